using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Accounts;
using Quorum.Demo;

namespace Quorum.Web.Features.Accounts;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<QuorumUser> signIn, DemoMode demo, SingleSignOn sso) : PageModel
{
    [BindProperty]
    public Form Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<(string Email, string Description)> DemoAccounts => demo.IsOn ? DemoData.Accounts : [];

    public static string DemoPassword => DemoData.Password;

    public SingleSignOn SingleSignOn => sso;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();

        // Unknown, locked and wrong get one message after the same work (a password hash checked), so
        // that neither the answer nor its timing tells which addresses have accounts.
        var user = await signIn.UserManager.FindByEmailAsync(Input.Email.Trim());
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (user is null || result.IsLockedOut || result.IsNotAllowed)
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(new QuorumUser(), StandInHash(signIn.UserManager.PasswordHasher), Input.Password);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("Input.Email", FailureMessage);
            return Page();
        }

        if (user!.MustChangePassword)
            return RedirectToPage("ChangePassword");
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    public const string FailureMessage = "The email address or password is not right. After 5 wrong attempts an account is locked for 15 minutes.";

    private static string? standInHash;

    private static string StandInHash(IPasswordHasher<QuorumUser> hasher) =>
        standInHash ??= hasher.HashPassword(new QuorumUser(), Guid.NewGuid().ToString());

    public sealed class Form
    {
        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.org")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password")]
        public string Password { get; set; } = "";
    }
}
