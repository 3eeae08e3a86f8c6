using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Applications;
using Quorum.Data;
using Quorum.Web.Features.Contracts;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Applications;

/// <summary>Adds an application to a catalogue (<c>/applications/new</c>) or edits one (<c>/applications/{id}/edit</c>).</summary>
[Authorize]
public sealed class EditModel(QuorumDb db) : PageModel
{
    [BindProperty]
    public ApplicationForm Input { get; set; } = new();

    /// <summary>The version read when the form was shown; a save against a newer one is refused.</summary>
    [BindProperty]
    public long Version { get; set; }

    public Application? Existing { get; private set; }

    public IReadOnlyList<SelectListItem> Catalogues { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Contracts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, int? organisation)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (Existing is not null)
        {
            Input = ApplicationForm.From(Existing);
            Version = Existing.Version;
        }
        else
        {
            Input.BodyId = Catalogues.Count == 1 ? int.Parse(Catalogues[0].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            Input.OrganisationId = organisation;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        var details = Input.ToDetails(ModelState);
        ModelState.AddProblems(await ApplicationCatalogue.ProblemsAsync(db, details, Existing?.Id));
        if (!ModelState.IsValid)
            return Page();
        try
        {
            if (Existing is null)
            {
                Existing = await ApplicationCatalogue.AddAsync(db, details);
            }
            else
            {
                db.Entry(Existing).Property(a => a.Version).OriginalValue = Version;
                await ApplicationCatalogue.UpdateAsync(db, Existing, details);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone else changed this application while you were editing it. Your changes have not been saved: reload the page to see theirs.");
            return Page();
        }
        catch (InvalidInputException e)
        {
            ModelState.AddProblems(e.Problems);
            return Page();
        }

        TempData["Success"] = $"{Existing.Product} has been saved";
        return Redirect($"/applications/{Existing.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int? id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (Existing is null)
            return NotFound();
        await ApplicationCatalogue.DeleteAsync(db, Existing);
        TempData["Success"] = $"{Existing.Product} has been removed from the catalogue";
        return Redirect("/applications");
    }

    private async Task<IActionResult?> LoadAsync(int? id)
    {
        if (id is not null)
        {
            Existing = await db.Applications.Include(a => a.Appraisal).Include(a => a.Organisation).SingleOrDefaultAsync(a => a.Id == id);
            if (Existing is null)
                return NotFound();
            if (!await db.MayEditAsync(Existing))
                return Forbid();
        }

        Catalogues = await ContractForm.RegisterChoicesAsync(db);
        if (Catalogues.Count == 0)
            return Forbid();
        Organisations = await ContractForm.OrganisationChoicesAsync(db);
        Contracts = await ApplicationForm.ContractChoicesAsync(db);
        return null;
    }
}
