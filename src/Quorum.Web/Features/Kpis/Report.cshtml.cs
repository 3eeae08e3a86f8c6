using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Kpis;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.Web.Features.Papers;
using Quorum.Web.Features.Shared.Exports;

namespace Quorum.Web.Features.Kpis;

/// <summary>
/// A register's KPI report: every measure ranked on its latest quarter. A clerk takes it to an item
/// of the body's meetings, where it becomes the item's paper (a Word document) through the same
/// operation as an uploaded paper, with the circulation its measures allow.
/// </summary>
[AllowAnonymous]
public sealed class ReportModel(QuorumDb db, IPaperStore store) : PageModel
{
    /// <summary>The short name of the body whose register is reported; the first with measures when not given.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Body { get; set; }

    [BindProperty]
    public int? AgendaItemId { get; set; }

    public KpiReport? Report { get; private set; }

    public IReadOnlyList<Body> Registers { get; private set; } = [];

    public bool MayEdit { get; private set; }

    public IReadOnlyList<SelectListItem> AgendaItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnGetWordAsync()
    {
        if (await LoadAsync() is { } refusal)
            return refusal;
        if (Report is null)
            return NotFound();
        return File(Report.Word(), WordExport.ContentType, Report.FileName);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refusal)
            return refusal;
        if (Report is null)
            return NotFound();
        if (!MayEdit)
            return Forbid();
        var item = AgendaItemId is null ? null : await db.AgendaItems.Include(i => i.Meeting).SingleOrDefaultAsync(i => i.Id == AgendaItemId);
        if (item is null || item.Meeting!.BodyId != Report.Body.Id)
        {
            ModelState.AddModelError(nameof(AgendaItemId), $"Choose an agenda item of a meeting of {Report.Body.Name}");
            return Page();
        }

        Paper paper;
        try
        {
            item.Meeting.EnsureEditable();
            using var content = new MemoryStream(Report.Word());
            paper = await PaperRegister.AddAsync(db, store, PaperText.Read, item.Meeting, new NewPaper
            {
                Title = Report.Title,
                Author = db.Viewer.DisplayName ?? db.Viewer.Name,
                Marking = Report.Marking,
                Circulation = Report.IsRestricted ? Circulation.MembersOfBodies : Circulation.Public,
                BodyIds = Report.IsRestricted ? [Report.Body.Id] : [],
                AgendaItemId = item.Id,
                FileName = Report.FileName,
                ContentType = WordExport.ContentType,
            }, content);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(AgendaItemId), e.Message);
            return Page();
        }
        catch (InvalidInputException e)
        {
            ModelState.AddModelError(nameof(AgendaItemId), string.Join(" ", e.Problems.Values));
            return Page();
        }

        TempData["Success"] = $"The KPI report is now a paper for item {item.Number}, {item.Title}";
        return Redirect($"/papers/{paper.Id}");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        Registers = await db.Bodies.AsNoTracking().Where(b => db.Kpis.Any(k => k.BodyId == b.Id)).OrderBy(b => b.Name).ToListAsync();
        var body = Body is null ? (Registers.Count > 0 ? Registers[0] : null) : Registers.FirstOrDefault(b => b.ShortName == Body);
        if (body is null)
            return Body is null ? null : NotFound();
        Body = body.ShortName;
        Report = new KpiReport(body, [.. (await KpiRegister.AllWithValuesAsync(db, body.Id)).Select(k => KpiBenchmark.Of(k))], db.Today);
        MayEdit = await db.MayEditAsync(Owner.Of<Body>(body.Id));
        if (MayEdit)
        {
            var today = db.Today;
            var meetings = await db.Meetings.AsNoTracking().Include(m => m.AgendaItems)
                .Where(m => m.BodyId == body.Id && m.Date >= today.AddDays(-60)
                    && m.MinutesState != MinutesState.Approved && m.MinutesState != MinutesState.Published
                    && m.State != MeetingState.Cancelled && m.State != MeetingState.Rescheduled)
                .OrderBy(m => m.Date)
                .ToListAsync();
            AgendaItems = [.. meetings.SelectMany(m => m.AgendaInOrder().Select(i => new SelectListItem($"{Shared.Display.Date(m.Date)}, item {i.Number}: {i.Title}", i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))))];
        }

        return null;
    }
}
