using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Programmes;

namespace Quorum.Web.Features.Programmes;

/// <summary>A highlight report; a clerk takes it to a meeting's agenda item as its paper, which freezes it.</summary>
[AllowAnonymous]
public sealed class ReportModel(QuorumDb db) : PageModel
{
    public HighlightReport Report { get; private set; } = default!;

    public bool MayEdit { get; private set; }

    public IReadOnlyList<SelectListItem> AgendaItems { get; private set; } = [];

    [BindProperty]
    public int? AgendaItemId { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (!MayEdit)
            return Forbid();
        var item = await db.AgendaItems.Include(i => i.Meeting).SingleOrDefaultAsync(i => i.Id == AgendaItemId);
        if (item is null || item.Meeting!.BodyId != Report.Workstream!.Programme!.BodyId)
        {
            ModelState.AddModelError(nameof(AgendaItemId), "Choose an agenda item of the programme board's meetings");
            return Page();
        }

        try
        {
            Report.EnsureEditable();
            item.Meeting.EnsureEditable();
            Report.AgendaItemId = item.Id;
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(AgendaItemId), e.Message);
            return Page();
        }

        TempData["Success"] = $"The report is now the paper for item {item.Number}, and is frozen";
        return Redirect($"/highlight-reports/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var report = await db.HighlightReports
            .Include(r => r.Workstream!).ThenInclude(w => w.Programme!).ThenInclude(p => p.Body)
            .Include(r => r.AgendaItem!).ThenInclude(i => i.Meeting)
            .SingleOrDefaultAsync(r => r.Id == id);
        if (report is null)
            return NotFound();
        Report = report;
        MayEdit = await db.MayEditAsync(report);
        if (MayEdit && !report.IsFrozen)
        {
            var today = db.Today;
            var meetings = await db.Meetings.Include(m => m.AgendaItems)
                .Where(m => m.BodyId == report.Workstream!.Programme!.BodyId && m.Date >= today.AddDays(-60)
                    && m.MinutesState != MinutesState.Approved && m.MinutesState != MinutesState.Published
                    && m.State != MeetingState.Cancelled && m.State != MeetingState.Rescheduled)
                .OrderBy(m => m.Date)
                .ToListAsync();
            AgendaItems = [.. meetings.SelectMany(m => m.AgendaInOrder().Select(i => new SelectListItem($"{Quorum.Web.Features.Shared.Display.Date(m.Date)}, item {i.Number}: {i.Title}", i.Id.ToString())))];
        }

        return null;
    }
}
