using Microsoft.EntityFrameworkCore;
using Quorum.Accounts;

namespace Quorum.Cli.Tests.Users;

public sealed class UsersCommandTests : IAsyncLifetime
{
    private readonly QuorumCli cli = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await cli.DisposeAsync();

    [Fact]
    public async Task Add_CreatesAnAccountWithAOneTimePassword_AndRefusesTheSameAddressTwice()
    {
        var added = await cli.RunAsync("users", "add", "clerk@example.org", "--admin");

        added.ExitCode.ShouldBe(0, added.Error);
        added.Out.ShouldContain("Created administrator clerk@example.org.");
        added.Out.ShouldMatch(@"One-time password: [a-z2-9]{5}(-[a-z2-9]{5}){3}");
        var user = await cli.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "clerk@example.org"));
        user.IsAdministrator.ShouldBeTrue();
        user.MustChangePassword.ShouldBeTrue();

        var again = await cli.RunAsync("users", "add", "clerk@example.org");
        again.ExitCode.ShouldBe(1);
        again.Error.ShouldContain("clerk@example.org");
        (await cli.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Add_WithAPersonQuorumDoesNotHold_IsRefused_AndCreatesNothing()
    {
        var refused = await cli.RunAsync("users", "add", "member@example.org", "--person-id", "999");

        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain("There is no person 999.");
        (await cli.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Token_IsShownOnce_StoredAsAHash_Listed_ThenRevoked()
    {
        (await cli.RunAsync("users", "add", "clerk@example.org")).ExitCode.ShouldBe(0);

        var issued = await cli.RunAsync("users", "token", "clerk@example.org", "--name", "minutes robot", "--days", "30");
        issued.ExitCode.ShouldBe(0, issued.Error);
        var secret = issued.Out.Trim();
        secret.ShouldStartWith("qrm_");
        var stored = await cli.WithDbAsync(db => db.ApiTokens.SingleAsync());
        stored.Hash.ShouldBe(ApiToken.HashOf(secret));
        stored.Hash.ShouldNotContain(secret);
        stored.Name.ShouldBe("minutes robot");

        var listed = await cli.RunAsync("users", "tokens", "clerk@example.org");
        listed.Out.ShouldContain($"{stored.Id}  minutes robot");
        listed.Out.ShouldContain("active");

        var revoked = await cli.RunAsync("users", "revoke-token", secret);
        revoked.ExitCode.ShouldBe(0, revoked.Error);
        revoked.Out.ShouldContain($"Revoked token {stored.Id} (minutes robot).");
        (await cli.WithDbAsync(db => db.ApiTokens.SingleAsync())).RevokedAt.ShouldNotBeNull();
        (await cli.RunAsync("users", "tokens", "clerk@example.org")).Out.ShouldContain("revoked");
    }

    [Fact]
    public async Task Token_ForNoAccount_OrForNoDays_IsRefused()
    {
        var nobody = await cli.RunAsync("users", "token", "nobody@example.org");
        nobody.ExitCode.ShouldBe(1);
        nobody.Error.ShouldContain("There is no account nobody@example.org.");

        var noDays = await cli.RunAsync("users", "token", "nobody@example.org", "--days", "0");
        noDays.ExitCode.ShouldBe(1);
        noDays.Error.ShouldContain("--days must be 1 or more.");
        (await cli.WithDbAsync(db => db.ApiTokens.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task RevokeToken_ThatDoesNotExist_IsRefused()
    {
        var refused = await cli.RunAsync("users", "revoke-token", "qrm_not-a-token");

        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain("There is no such token.");
    }

    [Fact]
    public async Task RevokeTokens_RevokesEveryLiveTokenOfTheAccount()
    {
        (await cli.RunAsync("users", "add", "clerk@example.org")).ExitCode.ShouldBe(0);
        (await cli.RunAsync("users", "token", "clerk@example.org")).ExitCode.ShouldBe(0);
        (await cli.RunAsync("users", "token", "clerk@example.org")).ExitCode.ShouldBe(0);

        var revoked = await cli.RunAsync("users", "revoke-tokens", "clerk@example.org");

        revoked.Out.ShouldContain("Revoked 2 tokens of clerk@example.org.");
        (await cli.WithDbAsync(db => db.ApiTokens.CountAsync(t => t.RevokedAt == null))).ShouldBe(0);
    }
}
