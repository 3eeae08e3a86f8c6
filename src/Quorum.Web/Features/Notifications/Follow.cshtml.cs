using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Notifications;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Notifications;

/// <summary>Anyone may follow a public body by e-mail; the address is used only once its owner follows the confirmation link.</summary>
[AllowAnonymous]
public sealed class FollowModel(QuorumDb db, MailSite site) : PageModel
{
    public Body Body { get; private set; } = default!;

    [BindProperty]
    [Required(ErrorMessage = "Enter your e-mail address")]
    [LengthOf<Quorum.Notifications.BodyFollower>(nameof(Quorum.Notifications.BodyFollower.Address), "The e-mail address")]
    public string? Email { get; set; }

    public bool Requested { get; private set; }

    public async Task<IActionResult> OnGetAsync(string shortName) => await LoadAsync(shortName) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string shortName)
    {
        if (!await LoadAsync(shortName))
            return NotFound();
        if (!ModelState.IsValid)
            return Page();
        try
        {
            await MinutesMail.RequestFollowAsync(db, site, Body, Email!);
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(Email), e.Message);
            return Page();
        }

        Requested = true;
        return Page();
    }

    private async Task<bool> LoadAsync(string shortName)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.ShortName == shortName && b.IsPublic);
        if (body is null)
            return false;
        Body = body;
        return true;
    }
}
