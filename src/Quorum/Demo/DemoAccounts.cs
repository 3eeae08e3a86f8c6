using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Quorum.Accounts;
using Quorum.Data;

namespace Quorum.Demo;

/// <summary>The demo's three sign-ins, linked to the demo's people.</summary>
public static class DemoAccounts
{
    public static async Task EnsureAsync(QuorumDb db, UserManager<QuorumUser> users)
    {
        var links = new Dictionary<string, (string? Person, bool Admin)>
        {
            ["admin@example.org"] = (null, true),
            ["clerk@example.org"] = ("Susan Hale", false),
            ["member@example.org"] = ("Michael Fenton", false),
        };
        foreach (var (email, (personName, admin)) in links)
        {
            if (await users.FindByEmailAsync(email) is not null)
                continue;
            var personId = personName is null ? null
                : await db.People.Where(p => p.FullName == personName).Select(p => (int?)p.Id).SingleOrDefaultAsync();
            var user = new QuorumUser { UserName = email, Email = email, EmailConfirmed = true, IsAdministrator = admin, PersonId = personId };
            var result = await users.CreateAsync(user, DemoData.Password);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Could not create demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
