using Microsoft.AspNetCore.Identity;

namespace Quorum.Accounts;

/// <summary>Password and lockout rules, shared by the web app and the command line.</summary>
public static class SignInRules
{
    public static void Apply(IdentityOptions options)
    {
        // Length over complexity, as the NCSC advises.
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
    }
}
