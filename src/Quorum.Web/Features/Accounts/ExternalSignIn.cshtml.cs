using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Accounts;

namespace Quorum.Web.Features.Accounts;

/// <summary>Starts single sign-on, and on return signs in the Quorum account with the provider's e-mail address.</summary>
[AllowAnonymous]
public sealed class ExternalSignInModel(SignInManager<QuorumUser> signIn, SingleSignOn sso) : PageModel
{
    public string? Problem { get; private set; }

    public IActionResult OnGet(string? returnUrl)
    {
        if (!sso.IsOn)
            return NotFound();
        var properties = new AuthenticationProperties { RedirectUri = Url.Page("/Accounts/ExternalSignIn", "Callback", new { returnUrl }) };
        return Challenge(properties, SingleSignOn.Scheme);
    }

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl)
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        var email = external.Principal?.FindFirstValue("email") ?? external.Principal?.FindFirstValue(ClaimTypes.Email)
            ?? external.Principal?.FindFirstValue("preferred_username");
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var user = email is null ? null : await signIn.UserManager.FindByEmailAsync(email);
        if (user is null || await signIn.UserManager.IsLockedOutAsync(user))
        {
            Problem = email is null
                ? "Your organisation's sign-in did not tell Quorum your e-mail address."
                : $"There is no Quorum account for {email}. Ask an administrator to add one.";
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: SingleSignOn.Scheme);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
