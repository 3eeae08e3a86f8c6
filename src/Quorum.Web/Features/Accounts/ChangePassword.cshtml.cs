using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Accounts;

namespace Quorum.Web.Features.Accounts;

[Authorize]
public sealed class ChangePasswordModel(UserManager<QuorumUser> users, SignInManager<QuorumUser> signIn) : PageModel
{
    [BindProperty]
    public Form Input { get; set; } = new();

    public bool MustChange { get; private set; }

    public async Task OnGetAsync() => MustChange = (await users.GetUserAsync(User))?.MustChangePassword == true;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        MustChange = user.MustChangePassword;
        if (Input.NewPassword != Input.ConfirmPassword)
            ModelState.AddModelError("Input.ConfirmPassword", "The new passwords do not match");
        if (!ModelState.IsValid)
            return Page();

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Input.CurrentPassword" : "Input.NewPassword",
                    error.Code == "PasswordMismatch" ? "Your current password is not right" : error.Description);
            return Page();
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Success"] = "Your password has been changed";
        return RedirectToPage("/Home/Index");
    }

    public sealed class Form
    {
        [Required(ErrorMessage = "Enter your current password")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password")]
        [MinLength(10, ErrorMessage = "The new password must be at least 10 characters long")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter the new password again")]
        public string ConfirmPassword { get; set; } = "";
    }
}
