using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Notifications;

namespace Quorum.Web.Features.Notifications;

/// <summary>The outbox of the bodies a clerk keeps: what was sent, what waits, what failed and why, with retry.</summary>
[Authorize]
public sealed class OutboxModel(QuorumDb db, MailSettings settings, TimeProvider clock) : PageModel
{
    private const int PageSize = 50;

    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];

    public bool CanSend => settings.CanSend;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public OutboxStatus? Status { get; set; }

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!db.Viewer.IsAdministrator && db.Viewer.ClerkOf.Count == 0)
            return Forbid();
        var messages = db.OutboxMessages.AsNoTracking();
        if (Status is not null)
            messages = messages.Where(m => m.Status == Status);
        Total = await messages.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Messages = await messages.OrderByDescending(m => m.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(int id)
    {
        if (!db.Viewer.IsAdministrator && db.Viewer.ClerkOf.Count == 0)
            return Forbid();
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id);
        if (message is null)
            return NotFound();
        try
        {
            Outbox.Retry(message, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
            TempData["Success"] = $"The message to {message.Recipient} will be sent again";
        }
        catch (DomainException e)
        {
            TempData["Success"] = e.Message;
        }

        return Redirect("/outbox");
    }

    public static string Tag(OutboxStatus status) => status switch
    {
        OutboxStatus.Sent => "govuk-tag--green",
        OutboxStatus.Failed => "govuk-tag--red",
        OutboxStatus.Sending => "govuk-tag--blue",
        _ => "govuk-tag--yellow",
    };
}
