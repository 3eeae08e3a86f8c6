using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Papers;

namespace Quorum.Web.Features.Papers;

/// <summary>Adds a paper to a meeting (or one of its items) with its first version, marking and circulation.</summary>
[Authorize]
public sealed class UploadModel(QuorumDb db, IPaperStore store) : PageModel
{
    public Meeting Meeting { get; private set; } = default!;

    [BindProperty(SupportsGet = true)]
    public int? Item { get; set; }

    [BindProperty]
    public PaperForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<SelectListItem> Items { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Bodies { get; private set; } = [];

    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input.BodyIds = [Meeting.BodyId];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (Upload is null || Upload.Length == 0)
            ModelState.AddModelError(nameof(Upload), "Choose a file to upload");
        if (!string.IsNullOrWhiteSpace(Input.LegacyMarking) && !ProtectiveMarkings.TryParse(Input.LegacyMarking, out _, out _))
            ModelState.AddModelError("Input.LegacyMarking", "Enter a marking such as PROTECT or RESTRICTED, or leave it blank");
        if (!ModelState.IsValid)
            return Page();

        var item = Item is null ? null : await db.AgendaItems.SingleOrDefaultAsync(i => i.Id == Item && i.MeetingId == id);
        var bodies = await db.Bodies.Where(b => Input.BodyIds.Contains(b.Id)).ToListAsync();
        var people = await db.People.Where(p => Input.PersonIds.Contains(p.Id)).ToListAsync();
        var paper = new Paper { Title = Input.Title!.Trim(), Author = string.IsNullOrWhiteSpace(Input.Author) ? null : Input.Author.Trim(), BodyId = Meeting.BodyId, Meeting = Meeting, AgendaItem = item };
        try
        {
            var marking = Input.Marking;
            if (!string.IsNullOrWhiteSpace(Input.LegacyMarking) && ProtectiveMarkings.TryParse(Input.LegacyMarking, out var mapped, out _))
                marking = mapped;
            paper.Classify(marking, string.IsNullOrWhiteSpace(Input.LegacyMarking) ? null : Input.LegacyMarking, Input.Circulation, bodies, people);
            await using var content = Upload!.OpenReadStream();
            var (sha, size) = await store.SaveAsync(content, PapersSetup.MaxPaperBytes, HttpContext.RequestAborted);
            paper.Versions.Add(PaperVersions.New(1, Upload.FileName, Upload.ContentType, sha, size, db.Viewer.Name));
            db.Papers.Add(paper);
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Message.Contains("file", StringComparison.OrdinalIgnoreCase) ? nameof(Upload) : "Input.Circulation", e.Message);
            return Page();
        }

        TempData["Success"] = $"“{paper.Title}” has been added, marked {paper.MarkingLabel}";
        return Redirect($"/papers/{paper.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var meeting = await db.Meetings.Include(m => m.Body).Include(m => m.AgendaItems).SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
            return NotFound();
        if (!await db.MayEditAsync(meeting))
            return Forbid();
        Meeting = meeting;
        Items = [.. meeting.AgendaInOrder().Select(i => new SelectListItem($"{i.Number} {i.Title}", i.Id.ToString()))];
        Bodies = await PaperForm.BodyChoicesAsync(db);
        People = await PaperForm.PeopleChoicesAsync(db);
        return null;
    }
}
