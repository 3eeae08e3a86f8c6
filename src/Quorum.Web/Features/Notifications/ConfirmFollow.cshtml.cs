using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Notifications;

namespace Quorum.Web.Features.Notifications;

/// <summary>
/// The link in a follow confirmation. Opening it asks for a click and only the click confirms, so
/// that a mail scanner fetching links does not subscribe anyone.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmFollowModel(QuorumDb db, TimeProvider clock) : PageModel
{
    public BodyFollower Follower { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string token) => await LoadAsync(token) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (!await LoadAsync(token))
            return NotFound();
        Follower.ConfirmedAt ??= clock.GetUtcNow().UtcDateTime;
        await Outbox.OptInAsync(db, Follower.Address, MessageKind.PublishedMinutes);
        await db.SaveChangesAsync();
        return Page();
    }

    private async Task<bool> LoadAsync(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
            return false;
        var follower = await db.BodyFollowers.Include(f => f.Body).SingleOrDefaultAsync(f => f.ConfirmationToken == token && f.Body != null);
        if (follower is null)
            return false;
        Follower = follower;
        return true;
    }
}
