using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Data;
using Quorum.Web.Features.Shared;

namespace Quorum.Web.Features.Actions;

/// <summary>An action and its whole thread: raised, each update at each meeting, closed.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicAnswers.Policy)]
public sealed class DetailsModel(QuorumDb db) : PageModel
{
    /// <summary>Today by Quorum's clock.</summary>
    public DateOnly Today => db.Today;

    public ActionItem Action { get; private set; } = default!;

    public bool MayEdit { get; private set; }

    public IReadOnlyList<SelectListItem> Meetings { get; private set; } = [];

    [BindProperty]
    public ActionStatus? NewStatus { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public int? MeetingId { get; set; }

    /// <summary>Where to go after recording an update (the meeting page, under matters arising).</summary>
    [BindProperty]
    public string? ReturnTo { get; set; }

    public static IReadOnlyList<SelectListItem> StatusChoices { get; } =
        [.. Enum.GetValues<ActionStatus>().Select(s => new SelectListItem(Display.Status(s), s.ToString()))];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (!MayEdit)
            return Forbid();
        var meeting = MeetingId is null ? null : await db.Meetings.SingleOrDefaultAsync(m => m.Id == MeetingId && m.BodyId == Action.BodyId);
        try
        {
            if ((NewStatus is null || NewStatus == Action.Status) && string.IsNullOrWhiteSpace(Note))
                throw new DomainException($"Say what was reported on action {Action.Reference}, or change its status.");
            ActionRegister.Change(db, Action, new ActionChange { Status = NewStatus, Note = Note, AtMeeting = meeting });
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(Note), e.Message);
            return Page();
        }

        TempData["Success"] = $"Action {Action.Reference} has been updated";
        return LocalRedirect(Url.IsLocalUrl(ReturnTo) ? ReturnTo : $"/actions/{id}");
    }

    private async Task<bool> LoadAsync(int id)
    {
        var action = await db.Actions
            .Include(a => a.Body)
            .Include(a => a.Meeting)
            .Include(a => a.AgendaItem)
            .Include(a => a.ClosedAtMeeting)
            .Include(a => a.Owners)
            .Include(a => a.Updates).ThenInclude(u => u.Meeting)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id);
        if (action is null)
            return false;
        Action = action;
        MayEdit = await db.MayEditAsync(action);
        if (MayEdit)
        {
            var meetings = await db.Meetings
                .Where(m => m.BodyId == action.BodyId && m.Date >= action.Meeting!.Date && m.State != Quorum.Meetings.MeetingState.Cancelled)
                .OrderByDescending(m => m.Date)
                .Select(m => new { m.Id, m.Number, m.Date })
                .ToListAsync();
            Meetings = [.. meetings.Select(m => new SelectListItem($"Meeting {m.Number:00}, {Display.Date(m.Date)}", m.Id.ToString()))];
        }

        return true;
    }
}
