using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Notifications;
using Quorum.Web.Features.Shared;

namespace Quorum.Web.Features.Notifications;

/// <summary>The outbox of the bodies a clerk keeps: what was sent, what waits, what failed and why, with retry.</summary>
[Authorize]
public sealed class OutboxModel(QuorumDb db, MailSettings settings, TimeProvider clock) : PageModel
{
    private const int PageSize = 50;

    /// <summary>The page of messages shown, newest first.</summary>
    public RowPage<OutboxMessage> Messages { get; private set; } = RowPage.Empty<OutboxMessage>();

    public bool CanSend => settings.CanSend;

    [BindProperty(SupportsGet = true)]
    public OutboxStatus? Status { get; set; }

    /// <summary>How many messages the filter holds: a clerk's outbox is small, and "3 failed" is what they look for.</summary>
    public int Total { get; private set; }

    /// <summary>The address of another page of the same filter.</summary>
    public string PageUrl(int number) => Status is null ? $"/outbox?page={number}" : $"/outbox?status={Status}&page={number}";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!db.Viewer.IsAdministrator && db.Viewer.ClerkOf.Count == 0)
            return Forbid();
        var messages = db.OutboxMessages.AsNoTracking();
        if (Status is not null)
            messages = messages.Where(m => m.Status == Status);
        Total = await messages.CountAsync(HttpContext.RequestAborted);
        Messages = await messages.OrderByDescending(m => m.Id)
            .ReadPageAsync(RowPage.NumberAskedIn(Request), PageSize, HttpContext.RequestAborted);
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
