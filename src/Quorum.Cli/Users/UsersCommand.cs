using System.CommandLine;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Accounts;

namespace Quorum.Cli.Users;

/// <summary><c>quorum users add|token|list</c>: sign-ins and API tokens.</summary>
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
        var token = new Command("token", "Issue a bearer token for the API (shown once).") { tokenEmail, name };
        token.SetAction((result, ct) => TokenAsync(result.GetValue(tokenEmail)!, result.GetValue(name), ct));
        users.Subcommands.Add(token);

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

    private static async Task<int> TokenAsync(string email, string? name, CancellationToken cancellationToken)
    {
        await using var services = await QuorumServices.OpenAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.Users().FindByEmailAsync(email);
        if (user is null)
            return Fail($"There is no account {email}.");
        var db = scope.ServiceProvider.Db();
        var (secret, token) = ApiToken.Issue(user.Id, name, DateTime.UtcNow);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        Console.WriteLine(secret);
        Console.Error.WriteLine("Send it as 'Authorization: Bearer <token>'. It is shown only this once.");
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
