using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Web.Features.Shared;

namespace Quorum.Web.Features.Meetings;

[AllowAnonymous]
[OutputCache(PolicyName = PublicAnswers.Policy)]
public sealed class DetailsModel(QuorumDb db, Quorum.Notifications.MailSite site) : PageModel
{
    public Meeting Meeting { get; private set; } = default!;

    /// <summary>The meeting this one replaced, when it was rescheduled to this date.</summary>
    public Meeting? Replaces { get; private set; }

    public bool MayEdit { get; private set; }

    /// <summary>The viewer sits on the body (or clerks it): offered the members' documents, not for publication.</summary>
    public bool SeesUnpublished { get; private set; }

    /// <summary>Later meetings of the same body that could approve these minutes.</summary>
    public IReadOnlyList<SelectListItem> LaterMeetings { get; private set; } = [];

    [BindProperty]
    public int? ApprovedAt { get; set; }

    public ILookup<int, MinutesAmendment> AmendmentsByItem { get; private set; } = Array.Empty<MinutesAmendment>().ToLookup(a => a.AgendaItemId);

    public ILookup<int?, Quorum.Programmes.HighlightReport> ReportsByItem { get; private set; } = Array.Empty<Quorum.Programmes.HighlightReport>().ToLookup(r => r.AgendaItemId);

    public ILookup<int?, Quorum.Papers.Paper> PapersByItem { get; private set; } = Array.Empty<Quorum.Papers.Paper>().ToLookup(p => p.AgendaItemId);

    /// <summary>Exempt items this viewer may not see: shown as a notice in their place.</summary>
    public IReadOnlyList<Quorum.Access.WithheldItem> Withheld { get; private set; } = [];

    /// <summary>Earlier meetings' actions taken under this meeting's matters arising.</summary>
    public IReadOnlyList<Quorum.Actions.ActionItem> MattersArising { get; private set; } = [];

    public ILookup<int?, Quorum.Actions.ActionItem> ActionsByItem { get; private set; } = Array.Empty<Quorum.Actions.ActionItem>().ToLookup(a => a.AgendaItemId);

    /// <summary>Each item's declarations and motions, as the viewer may see them.</summary>
    public IReadOnlyDictionary<int, Conduct.ItemConduct> ConductByItem { get; private set; } = new Dictionary<int, Conduct.ItemConduct>();

    /// <summary>The quorum as the recorded attendance stands; null while the viewer sees no attendance.</summary>
    public Quorum.Conduct.QuorumCount? QuorumCount { get; private set; }

    public ILookup<int?, Quorum.Decisions.Decision> DecisionsByItem { get; private set; } = Array.Empty<Quorum.Decisions.Decision>().ToLookup(d => d.AgendaItemId);

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostHoldAsync(int id) => ChangeAsync(id, m => m.MarkHeld(), "The meeting has been marked as held");

    public async Task<IActionResult> OnPostCirculateAgendaAsync(int id)
    {
        var meeting = await db.Meetings.Include(m => m.Body).Include(m => m.Location).SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
            return NotFound();
        if (!await db.MayEditAsync(meeting))
            return Forbid();
        try
        {
            var written = await Quorum.Notifications.MeetingMail.CirculateAgendaAsync(db, site, meeting);
            await db.SaveChangesAsync();
            TempData["Success"] = written == 1 ? "The agenda and invitation are on their way to 1 member" : $"The agenda and invitation are on their way to {written} members";
            return Redirect($"/meetings/{id}");
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id);
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }

    public Task<IActionResult> OnPostCirculateAsync(int id) =>
        ChangeAsync(id, async m => await Quorum.Notifications.MinutesMail.CirculateDraftAsync(db, site, m), "The draft minutes are circulated to the members");

    public Task<IActionResult> OnPostPublishAsync(int id) =>
        ChangeAsync(id, async m => await Quorum.Notifications.MinutesMail.PublishAsync(db, site, m), "The minutes have been published; the body's followers are told");

    public async Task<IActionResult> OnPostApproveAsync(int id)
    {
        var later = ApprovedAt is null ? null : await db.Meetings.SingleOrDefaultAsync(m => m.Id == ApprovedAt);
        if (later is null)
        {
            if (!await LoadAsync(id))
                return NotFound();
            ModelState.AddModelError(nameof(ApprovedAt), "Choose the meeting that approved these minutes");
            return Page();
        }

        return await ChangeAsync(id, m => m.ApproveMinutesAt(later), $"The minutes are approved (at the meeting of {Display.Date(later.Date)}) and can no longer be edited");
    }

    private Task<IActionResult> ChangeAsync(int id, Action<Meeting> change, string success) =>
        ChangeAsync(id, m =>
        {
            change(m);
            return Task.CompletedTask;
        }, success);

    private async Task<IActionResult> ChangeAsync(int id, Func<Meeting, Task> change, string success)
    {
        var meeting = await db.Meetings.Include(m => m.MinutesApprovedAt).SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
            return NotFound();
        if (!await db.MayEditAsync(meeting))
            return Forbid();
        try
        {
            await change(meeting);
            await db.SaveChangesAsync();
            TempData["Success"] = success;
            return Redirect($"/meetings/{id}");
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id);
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }

    /// <summary>The agenda as this viewer reads it: visible items, and a notice where an item is withheld.</summary>
    public IEnumerable<(AgendaItem? Item, Quorum.Access.WithheldItem? Notice)> AgendaAsRead()
    {
        var entries = Meeting.AgendaInOrder().Select(i => (Key: i.Number, Item: (AgendaItem?)i, Notice: (Quorum.Access.WithheldItem?)null))
            .Concat(Withheld.Select(w => (Key: w.Number, Item: (AgendaItem?)null, Notice: (Quorum.Access.WithheldItem?)w)));
        return entries.OrderBy(e => e.Key, AgendaNumberOrder.Instance).Select(e => (e.Item, e.Notice));
    }

    private async Task<bool> LoadAsync(int id)
    {
        // The page only reads: untracked. Collections stay split queries: a single query joins the
        // whole filtered set of the collection's table, built in full for every request.
        var meeting = await db.LoadForReadingAsync(id);
        if (meeting is null)
            return false;
        Meeting = meeting;
        MayEdit = await db.MayEditAsync(meeting);
        SeesUnpublished = db.Viewer.SeesUnpublishedOf(meeting.BodyId);
        Replaces = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.ReplacementMeetingId == id);
        Withheld = await Quorum.Access.WithheldItems.ForMeetingAsync(db, id, [.. meeting.AgendaItems.Select(i => i.Id)]);
        // Minutes are amended only once approved (frozen).
        AmendmentsByItem = (meeting.IsFrozen
                ? await db.MinutesAmendments.AsNoTracking().Where(a => a.MeetingId == id).OrderBy(a => a.AmendedAt).ToListAsync()
                : [])
            .ToLookup(a => a.AgendaItemId);
        ReportsByItem = (await db.HighlightReports.AsNoTracking().Include(r => r.Workstream).Where(r => r.AgendaItem!.MeetingId == id).ToListAsync())
            .ToLookup(r => r.AgendaItemId);
        PapersByItem = (await db.Papers.AsNoTracking().Include(p => p.Versions).Where(p => p.MeetingId == id).OrderBy(p => p.Title).ToListAsync())
            .ToLookup(p => p.AgendaItemId);
        // Matters arising are shown under their item only: without one, the body's earlier actions
        // are not read at all.
        MattersArising = meeting.AgendaItems.Any(i => i.IsMattersArising)
            ? await Quorum.Actions.ActionRegister.MattersArisingFor(db.Actions.AsNoTracking(), meeting)
                .Include(a => a.Owners).Include(a => a.Meeting).Include(a => a.Updates)
                .OrderBy(a => a.Meeting!.Date).ThenBy(a => a.Sequence)
                .AsSplitQuery()
                .ToListAsync()
            : [];
        ActionsByItem = (await db.Actions.AsNoTracking().Include(a => a.Owners).Where(a => a.MeetingId == id).OrderBy(a => a.Sequence).ToListAsync())
            .ToLookup(a => a.AgendaItemId);
        DecisionsByItem = (await db.Decisions.AsNoTracking().Where(d => d.MeetingId == id).OrderBy(d => d.Number).ToListAsync())
            .ToLookup(d => d.AgendaItemId);
        ConductByItem = await Conduct.ConductMinutes.ForMeetingAsync(db, id);
        QuorumCount = meeting.Attendance.Count > 0 ? await Quorum.Conduct.ConductRegister.QuorumOfAsync(db, meeting) : null;
        if (MayEdit && meeting.MinutesState is MinutesState.Draft or MinutesState.Circulated)
        {
            var later = await db.Meetings.AsNoTracking()
                .Where(m => m.BodyId == meeting.BodyId && m.Date > meeting.Date
                    && (m.State == MeetingState.Held || m.State == MeetingState.Scheduled))
                .OrderBy(m => m.Date)
                .Select(m => new { m.Id, m.Number, m.Date })
                .ToListAsync();
            LaterMeetings = [.. later.Select(m => new SelectListItem($"Meeting {m.Number:00}, {Display.Date(m.Date)}", m.Id.ToString()))];
        }

        return true;
    }
}
