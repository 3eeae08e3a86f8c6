using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Projects;
using Quorum.Web.Features.Contracts;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Projects;

/// <summary>Adds a project to a listing (<c>/projects/new</c>) or edits one (<c>/projects/{id}/edit</c>).</summary>
[Authorize]
public sealed class EditModel(QuorumDb db) : PageModel
{
    [BindProperty]
    public ProjectForm Input { get; set; } = new();

    /// <summary>The version read when the form was shown; a save against a newer one is refused.</summary>
    [BindProperty]
    public long Version { get; set; }

    public Project? Existing { get; private set; }

    public IReadOnlyList<SelectListItem> Listings { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Workstreams { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, int? workstream)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (Existing is not null)
        {
            Input = ProjectForm.From(Existing);
            Version = Existing.Version;
        }
        else
        {
            Input.BodyId = Listings.Count == 1 ? int.Parse(Listings[0].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            Input.WorkstreamId = workstream;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        var details = Input.ToDetails(ModelState);
        ModelState.AddProblems(await ProjectListing.ProblemsAsync(db, details));
        if (!ModelState.IsValid)
            return Page();
        try
        {
            if (Existing is null)
            {
                Existing = await ProjectListing.AddAsync(db, details);
            }
            else
            {
                db.Entry(Existing).Property(p => p.Version).OriginalValue = Version;
                await ProjectListing.UpdateAsync(db, Existing, details);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone else changed this project while you were editing it. Your changes have not been saved: reload the page to see theirs.");
            return Page();
        }
        catch (InvalidInputException e)
        {
            ModelState.AddProblems(e.Problems);
            return Page();
        }

        TempData["Success"] = $"{Existing.Name} has been saved";
        return Redirect($"/projects/{Existing.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int? id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (Existing is null)
            return NotFound();
        await ProjectListing.DeleteAsync(db, Existing);
        TempData["Success"] = $"{Existing.Name} has been removed from the listing";
        return Redirect("/projects");
    }

    private async Task<IActionResult?> LoadAsync(int? id)
    {
        if (id is not null)
        {
            Existing = await db.Projects.SingleOrDefaultAsync(p => p.Id == id);
            if (Existing is null)
                return NotFound();
            if (!await db.MayEditAsync(Existing))
                return Forbid();
        }

        Listings = await ContractForm.RegisterChoicesAsync(db);
        if (Listings.Count == 0)
            return Forbid();
        Organisations = await ContractForm.OrganisationChoicesAsync(db);
        Workstreams = await ProjectForm.WorkstreamChoicesAsync(db);
        return null;
    }
}
