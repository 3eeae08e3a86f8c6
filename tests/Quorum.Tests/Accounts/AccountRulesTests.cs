using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Quorum.Access;
using Quorum.Accounts;

namespace Quorum.Tests.Accounts;

public sealed class AccountRulesTests : IDisposable
{
    private static readonly DateTime Now = new(2031, 3, 12, 9, 30, 0, DateTimeKind.Utc);
    private readonly InMemoryQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    [Fact]
    public void AnIssuedToken_IsShownOnce_AndOnlyItsHashIsKept()
    {
        var (secret, record) = ApiToken.Issue("user-1", "Reporting", Now);

        secret.ShouldMatch("^qrm_[A-Za-z0-9_-]{43}$");
        record.Hash.ShouldBe(ApiToken.HashOf(secret));
        record.Hash.ShouldMatch("^[0-9A-F]{64}$");
        record.Hash.ShouldNotContain(secret[4..]);
        (record.UserId, record.Name, record.CreatedAt, record.ExpiresAt, record.RevokedAt).ShouldBe(("user-1", "Reporting", Now, (DateTime?)Now.AddDays(365), (DateTime?)null));
        ApiToken.Issue("user-1", null, Now).Secret.ShouldNotBe(secret);
    }

    [Fact]
    public void ACalendarAddress_IsSafeInAUrl_AndResettingItRetiresTheOldOne()
    {
        var user = new QuorumUser { UserName = "clara" };
        user.CalendarFeedToken.ShouldBeNull();

        var first = user.ResetCalendarFeedToken();
        first.ShouldMatch("^[A-Za-z0-9_-]{32}$");
        user.CalendarFeedToken.ShouldBe(first);

        var second = user.ResetCalendarFeedToken();
        second.ShouldNotBe(first);
        user.CalendarFeedToken.ShouldBe(second);
    }

    [Fact]
    public void TheHash_IsSha256OfTheSecret_InUpperCaseHex() =>
        ApiToken.HashOf("abc").ShouldBe("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD");

    [Fact]
    public void AToken_IsValidUntilItExpiresOrIsRevoked()
    {
        var (_, token) = ApiToken.Issue("user-1", null, Now, TimeSpan.FromDays(30));
        token.ExpiresAt.ShouldBe(Now.AddDays(30));

        token.IsValidAt(Now).ShouldBeTrue();
        token.IsValidAt(Now.AddDays(30).AddTicks(-1)).ShouldBeTrue();
        token.IsValidAt(Now.AddDays(30)).ShouldBeFalse();

        token.RevokedAt = Now.AddDays(1);
        token.IsValidAt(Now).ShouldBeFalse();

        new ApiToken { UserId = "u", Hash = "h" }.IsValidAt(DateTime.MaxValue).ShouldBeTrue();
    }

    [Fact]
    public void SignInRules_AskForLengthNotComplexity_AndLockAfterFiveFailures()
    {
        var options = new IdentityOptions();
        SignInRules.Apply(options);

        options.Password.RequiredLength.ShouldBe(10);
        (options.Password.RequireDigit, options.Password.RequireLowercase, options.Password.RequireUppercase, options.Password.RequireNonAlphanumeric)
            .ShouldBe((false, false, false, false));
        options.Lockout.MaxFailedAccessAttempts.ShouldBe(5);
        options.Lockout.DefaultLockoutTimeSpan.ShouldBe(TimeSpan.FromMinutes(15));
        options.Lockout.AllowedForNewUsers.ShouldBeTrue();
        options.User.RequireUniqueEmail.ShouldBeTrue();
    }

    [Theory]
    [InlineData(null, true, true)]
    [InlineData(-1, true, true)]
    [InlineData(0, true, true)]
    [InlineData(1, true, false)]
    [InlineData(1, false, true)]
    public void MayActNow_UnlessLockedOutUntilLater(int? minutesUntilEnd, bool lockoutEnabled, bool mayAct)
    {
        var now = new DateTimeOffset(Now);
        QuorumAccounts.MayActNow(minutesUntilEnd is { } m ? now.AddMinutes(m) : null, lockoutEnabled, now).ShouldBe(mayAct);
        QuorumAccounts.MayActNow(QuorumAccounts.Disabled, true, now).ShouldBeFalse();
    }

    [Fact]
    public async Task FiveFailedSignIns_LockTheAccount_AndEndItsSessions()
    {
        using var accounts = Accounts();
        var user = await CreateAsync(accounts, "ada@example.org");
        var stamp = user.SecurityStamp;

        for (var i = 0; i < 4; i++)
            (await accounts.AccessFailedAsync(user)).Succeeded.ShouldBeTrue();
        (await accounts.IsLockedOutAsync(user)).ShouldBeFalse();
        user.SecurityStamp.ShouldBe(stamp);

        (await accounts.AccessFailedAsync(user)).Succeeded.ShouldBeTrue();
        (await accounts.IsLockedOutAsync(user)).ShouldBeTrue();
        user.SecurityStamp.ShouldNotBe(stamp);
    }

    [Fact]
    public async Task LockingAnAccount_EndsItsSessions_AndUnlockingItDoesNotChangeTheStamp()
    {
        using var accounts = Accounts();
        var user = await CreateAsync(accounts, "bea@example.org");
        var stamp = user.SecurityStamp;

        (await accounts.SetLockoutEndDateAsync(user, QuorumAccounts.Disabled)).Succeeded.ShouldBeTrue();
        user.SecurityStamp.ShouldNotBe(stamp);
        (await accounts.IsLockedOutAsync(user)).ShouldBeTrue();

        var locked = user.SecurityStamp;
        (await accounts.SetLockoutEndDateAsync(user, null)).Succeeded.ShouldBeTrue();
        (await accounts.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(-1))).Succeeded.ShouldBeTrue();
        user.SecurityStamp.ShouldBe(locked);
        (await accounts.IsLockedOutAsync(user)).ShouldBeFalse();
    }

    [Fact]
    public async Task APasswordShorterThanTen_IsRefused_AndALongPlainOneIsAccepted()
    {
        using var accounts = Accounts();
        var user = new QuorumUser { UserName = "cara@example.org", Email = "cara@example.org" };

        var refused = await accounts.CreateAsync(user, "short pw1");
        refused.Succeeded.ShouldBeFalse();
        refused.Errors.Select(e => e.Code).ShouldBe(["PasswordTooShort"]);
        (await accounts.CreateAsync(user, "correct horse")).Succeeded.ShouldBeTrue();
        (await accounts.CreateAsync(new QuorumUser { UserName = "other", Email = "CARA@example.org" }, "correct horse")).Errors.Select(e => e.Code).ShouldBe(["DuplicateEmail"]);
    }

    private static async Task<QuorumUser> CreateAsync(QuorumAccounts accounts, string name)
    {
        var user = new QuorumUser { UserName = name, Email = name };
        (await accounts.CreateAsync(user, "correct horse battery")).Succeeded.ShouldBeTrue();
        return user;
    }

    private QuorumAccounts Accounts()
    {
        var db = quorum.Open(Viewer.System);
        var options = new IdentityOptions();
        SignInRules.Apply(options);
        var services = new ServiceCollection().BuildServiceProvider();
        return new QuorumAccounts(
            new UserStore<QuorumUser>(db) { AutoSaveChanges = true },
            Options.Create(options),
            new PasswordHasher<QuorumUser>(),
            [new UserValidator<QuorumUser>()],
            [new PasswordValidator<QuorumUser>()],
            new UpperInvariantLookupNormalizer(),
            new IdentityErrorDescriber(),
            services,
            NullLogger<UserManager<QuorumUser>>.Instance);
    }
}
