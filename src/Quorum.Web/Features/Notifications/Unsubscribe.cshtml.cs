using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Notifications;

namespace Quorum.Web.Features.Notifications;

/// <summary>
/// The link at the foot of every message. A person clicking it is asked to confirm; a mail
/// program's one-click POST (RFC 8058) unsubscribes at once, without a session or form token,
/// which is why this page takes posts without an anti-forgery token: the secret is in the address.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(QuorumDb db) : PageModel
{
    public string Address { get; private set; } = "";

    public MessageKind Kind { get; private set; }

    public bool Done { get; private set; }

    /// <summary>The body whose published minutes the link stops, when it stops one body's.</summary>
    public string? BodyName { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (await Outbox.UnsubscribeLinkAsync(db, token) is not { } link)
            return NotFound();
        await ReadAsync(link);
        Done = await Outbox.IsUnsubscribedAsync(db, link);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await Outbox.UnsubscribeLinkAsync(db, token) is not { } link)
            return NotFound();
        await ReadAsync(link);
        await Outbox.UnsubscribeAsync(db, link);
        await db.SaveChangesAsync();
        Done = true;
        return Page();
    }

    private async Task ReadAsync(UnsubscribeLink link)
    {
        (Address, Kind) = (link.Address, link.Kind);
        BodyName = link.BodyId is { } body ? await db.Bodies.Where(b => b.Id == body).Select(b => b.Name).SingleOrDefaultAsync() : null;
    }
}
