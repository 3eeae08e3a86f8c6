using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Accounts;

namespace Quorum.Web.Features.Accounts;

[AllowAnonymous]
public sealed class SignOutModel(SignInManager<QuorumUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Home/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp ends this session everywhere, even for a copy of the cookie kept elsewhere.
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        TempData["Success"] = "You have signed out";
        return RedirectToPage("/Home/Index");
    }
}
