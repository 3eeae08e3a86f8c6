using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Programmes;

namespace Quorum.Web.Features.Programmes;

/// <summary>Adds a workstream to a programme (<c>/programmes/{id}/workstreams/new</c>) or edits one (<c>/workstreams/{id}/edit</c>).</summary>
[Authorize]
public sealed class EditWorkstreamModel(QuorumDb db) : PageModel
{
    public Programme Programme { get; private set; } = default!;

    public Workstream? Existing { get; private set; }

    [BindProperty]
    public WorkstreamForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Bodies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? programme, int? id)
    {
        if (await LoadAsync(programme, id) is { } refusal)
            return refusal;
        if (Existing is not null)
            Input = WorkstreamForm.From(Existing);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? programme, int? id)
    {
        if (await LoadAsync(programme, id) is { } refusal)
            return refusal;
        var spend = Input.ReadSpend(ModelState);
        if (!ModelState.IsValid || spend is null)
            return Page();
        var workstream = Existing ?? new Workstream { Name = Input.Name!, ProgrammeId = Programme.Id };
        var sponsors = await db.People.Where(p => Input.SponsorIds.Contains(p.Id)).ToListAsync();
        Input.ApplyTo(workstream, spend.Value, sponsors);
        if (Existing is null)
            db.Workstreams.Add(workstream);
        await db.SaveChangesAsync();
        TempData["Success"] = $"{workstream.Name} has been saved";
        return Redirect($"/workstreams/{workstream.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int? programmeId, int? id)
    {
        if (id is not null)
        {
            Existing = await db.Workstreams.Include(w => w.Sponsors).Include(w => w.Programme).SingleOrDefaultAsync(w => w.Id == id);
            if (Existing is null)
                return NotFound();
            programmeId = Existing.ProgrammeId;
        }

        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == programmeId);
        if (programme is null)
            return NotFound();
        if (!await db.MayEditAsync(programme))
            return Forbid();
        Programme = programme;
        People = await db.People.OrderBy(p => p.FullName).Select(p => new SelectListItem(p.FullName, p.Id.ToString())).ToListAsync();
        Bodies = await db.Bodies.OrderBy(b => b.Name).Select(b => new SelectListItem(b.Name, b.Id.ToString())).ToListAsync();
        return null;
    }
}
