using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.Web.Features.Shared.Forms;

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
        if (!ModelState.IsValid)
            return Page();
        var file = Upload is { Length: > 0 } ? Upload : null;
        Paper paper;
        try
        {
            await using var content = file?.OpenReadStream();
            paper = await PaperRegister.AddAsync(db, store, PaperText.Read, Meeting, new NewPaper
            {
                Title = Input.Title,
                Author = Input.Author,
                Marking = Input.Marking,
                LegacyMarking = Input.LegacyMarking,
                Circulation = Input.Circulation,
                BodyIds = Input.BodyIds,
                PersonIds = Input.PersonIds,
                AgendaItemId = Item,
                FileName = file?.FileName ?? "",
                ContentType = file?.ContentType,
            }, content, HttpContext.RequestAborted);
        }
        catch (InvalidInputException e)
        {
            foreach (var (field, message) in e.Problems)
                ModelState.AddModelError(field switch { "file" => nameof(Upload), "agendaItemId" => nameof(Item), _ => InputProblems.FieldOf(field) }, message);
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
