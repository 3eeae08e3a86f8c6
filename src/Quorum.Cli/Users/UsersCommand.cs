using System.CommandLine;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Accounts;

namespace Quorum.Cli.Users;

/// <summary><c>quorum users add|token|tokens|revoke-token|revoke-tokens|disable|enable|list</c>: sign-ins and API tokens.</summary>
public static class UsersCommand
{
    public static Command Create()
    {
        var users = new Command("users", "Manage sign-ins and API tokens.");

        var email = new Argument<string>("email") { Description = "The person's email address, used to sign in." };
        var admin = new Option<bool>("--admin") { Description = "Make the account an administrator." };
        var personId = new Option<int?>("--person-id") { Description = "Link the account to a person, whose seats decide what it may see and edit." };
        var add = new Command("add", "Create an account with a one-time password, to be changed at first sign-in.") { email, admin, personId };
        add.SetAction((result, ct) => AddAsync(result.GetValue(email)!, result.GetValue(admin), result.GetValue(personId), ct));
        users.Subcommands.Add(add);

        var tokenEmail = new Argument<string>("email") { Description = "The account the token acts as." };
        var name = new Option<string?>("--name") { Description = "A name to recognise the token by." };
        var days = new Option<int>("--days") { Description = "How many days the token lasts (default 365).", DefaultValueFactory = _ => 365 };
        var token = new Command("token", "Issue a bearer token for the API (shown once).") { tokenEmail, name, days };
        token.SetAction((result, ct) => TokenAsync(result.GetValue(tokenEmail)!, result.GetValue(name), result.GetValue(days), ct));
        users.Subcommands.Add(token);

        var listEmail = new Argument<string>("email") { Description = "The account whose tokens to list." };
        var tokens = new Command("tokens", "List an account's tokens: id, name, issued, expires, state.") { listEmail };
        tokens.SetAction((result, ct) => TokensAsync(result.GetValue(listEmail)!, ct));
        users.Subcommands.Add(tokens);

        var which = new Argument<string>("token") { Description = "The token itself (qrm_…) or its id from 'quorum users tokens'." };
        var revoke = new Command("revoke-token", "Revoke one token: it is refused from the next request.") { which };
        revoke.SetAction((result, ct) => RevokeTokenAsync(result.GetValue(which)!, ct));
        users.Subcommands.Add(revoke);

        var revokeEmail = new Argument<string>("email") { Description = "The account whose tokens to revoke." };
        var revokeAll = new Command("revoke-tokens", "Revoke every token of an account.") { revokeEmail };
        revokeAll.SetAction((result, ct) => RevokeTokensAsync(result.GetValue(revokeEmail)!, ct));
        users.Subcommands.Add(revokeAll);

        var disableEmail = new Argument<string>("email") { Description = "The account to disable." };
        var disable = new Command("disable", "Disable an account: its sessions end and its tokens are refused until enabled.") { disableEmail };
        disable.SetAction((result, ct) => LockAsync(result.GetValue(disableEmail)!, QuorumAccounts.Disabled, ct));
        users.Subcommands.Add(disable);

        var enableEmail = new Argument<string>("email") { Description = "The account to enable (also lifts a lockout)." };
        var enable = new Command("enable", "Enable a disabled or locked-out account.") { enableEmail };
        enable.SetAction((result, ct) => LockAsync(result.GetValue(enableEmail)!, null, ct));
        users.Subcommands.Add(enable);

        var list = new Command("list", "List the accounts.");
        list.SetAction((_, ct) => ListAsync(ct));
        users.Subcommands.Add(list);
        return users;
    }

    private static async Task<int> AddAsync(string email, bool admin, int? personId, CancellationToken cancellationToken)
    {
        await using var services = await QuorumServices.OpenAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.Db();
        if (personId is { } id && !await db.People.AnyAsync(p => p.Id == id, cancellationToken))
            return Fail($"There is no person {id}.");
        var password = OneTimePassword();
        var user = new QuorumUser { UserName = email, Email = email, EmailConfirmed = true, IsAdministrator = admin, PersonId = personId, MustChangePassword = true };
        var created = await scope.ServiceProvider.Users().CreateAsync(user, password);
        if (!created.Succeeded)
            return Fail(string.Join(" ", created.Errors.Select(e => e.Description)));
        Console.WriteLine($"Created {(admin ? "administrator" : "account")} {email}.");
        Console.WriteLine($"One-time password: {password}");
        Console.WriteLine("It must be changed at first sign-in.");
        return 0;
    }

    private static async Task<int> TokenAsync(string email, string? name, int days, CancellationToken cancellationToken)
    {
        if (days < 1)
            return Fail("--days must be 1 or more.");
        await using var services = await QuorumServices.OpenAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.Users().FindByEmailAsync(email);
        if (user is null)
            return Fail($"There is no account {email}.");
        var db = scope.ServiceProvider.Db();
        var (secret, token) = ApiToken.Issue(user.Id, name, DateTime.UtcNow, TimeSpan.FromDays(days));
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        Console.WriteLine(secret);
        Console.Error.WriteLine($"Send it as 'Authorization: Bearer <token>'. It is shown only this once and expires {token.ExpiresAt:yyyy-MM-dd HH:mm} UTC.");
        return 0;
    }

    private static async Task<int> TokensAsync(string email, CancellationToken cancellationToken)
    {
        await using var services = await QuorumServices.OpenAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.Users().FindByEmailAsync(email);
        if (user is null)
            return Fail($"There is no account {email}.");
        var now = DateTime.UtcNow;
        foreach (var t in await scope.ServiceProvider.Db().ApiTokens.Where(t => t.UserId == user.Id).OrderBy(t => t.Id).ToListAsync(cancellationToken))
            Console.WriteLine($"{t.Id}  {t.Name ?? "(no name)"}  issued {t.CreatedAt:yyyy-MM-dd}  expires {t.ExpiresAt?.ToString("yyyy-MM-dd") ?? "never"}  {(t.RevokedAt is { } r ? $"revoked {r:yyyy-MM-dd}" : t.IsValidAt(now) ? "active" : "expired")}");
        return 0;
    }

    private static async Task<int> RevokeTokenAsync(string which, CancellationToken cancellationToken)
    {
        await using var services = await QuorumServices.OpenAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.Db();
        var hash = ApiToken.HashOf(which.Trim());
        var token = int.TryParse(which, out var id)
            ? await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            : await db.ApiTokens.SingleOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        if (token is null)
            return Fail("There is no such token.");
        token.RevokedAt ??= DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        Console.WriteLine($"Revoked token {token.Id}{(token.Name is null ? "" : $" ({token.Name})")}.");
        return 0;
    }

    private static async Task<int> RevokeTokensAsync(string email, CancellationToken cancellationToken)
    {
        await using var services = await QuorumServices.OpenAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.Users().FindByEmailAsync(email);
        if (user is null)
            return Fail($"There is no account {email}.");
        var db = scope.ServiceProvider.Db();
        var now = DateTime.UtcNow;
        var live = await db.ApiTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null).ToListAsync(cancellationToken);
        foreach (var t in live)
            t.RevokedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        Console.WriteLine($"Revoked {live.Count} token{(live.Count == 1 ? "" : "s")} of {email}.");
        return 0;
    }

    private static async Task<int> LockAsync(string email, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        await using var services = await QuorumServices.OpenAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.Users();
        var user = await accounts.FindByEmailAsync(email);
        if (user is null)
            return Fail($"There is no account {email}.");
        await accounts.SetLockoutEnabledAsync(user, true);
        var result = await accounts.SetLockoutEndDateAsync(user, until);
        if (!result.Succeeded)
            return Fail(string.Join(" ", result.Errors.Select(e => e.Description)));
        if (until is null)
            await accounts.ResetAccessFailedCountAsync(user);
        Console.WriteLine(until is null ? $"Enabled {email}." : $"Disabled {email}: its sessions have ended and its tokens are refused.");
        return 0;
    }

    private static async Task<int> ListAsync(CancellationToken cancellationToken)
    {
        await using var services = await QuorumServices.OpenAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var users = await scope.ServiceProvider.Db().Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);
        foreach (var user in users)
            Console.WriteLine($"{user.Email}{(user.IsAdministrator ? "  administrator" : "")}{(user.PersonId is { } p ? $"  person {p}" : "")}{(user.MustChangePassword ? "  (one-time password)" : "")}");
        return 0;
    }

    // Four groups of five from an unambiguous alphabet: long enough, easy to read out.
    private static string OneTimePassword()
    {
        const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        return string.Join('-', Enumerable.Range(0, 4).Select(_ => new string(RandomNumberGenerator.GetItems<char>(Alphabet, 5))));
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
