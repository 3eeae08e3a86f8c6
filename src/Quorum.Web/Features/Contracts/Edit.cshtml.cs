using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Contracts;
using Quorum.Data;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Contracts;

/// <summary>Adds a contract to a register (<c>/contracts/new</c>) or edits one (<c>/contracts/{id}/edit</c>).</summary>
[Authorize]
public sealed class EditModel(QuorumDb db) : PageModel
{
    [BindProperty]
    public ContractForm Input { get; set; } = new();

    /// <summary>The version read when the form was shown; a save against a newer one is refused.</summary>
    [BindProperty]
    public long Version { get; set; }

    public Contract? Existing { get; private set; }

    public IReadOnlyList<SelectListItem> Registers { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public IReadOnlyList<string> Categories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, int? organisation)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (Existing is not null)
        {
            Input = ContractForm.From(Existing);
            Version = Existing.Version;
        }
        else
        {
            Input.BodyId = Registers.Count == 1 ? int.Parse(Registers[0].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            Input.OrganisationId = organisation;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        var details = Input.ToDetails(ModelState);
        ModelState.AddProblems(await ContractRegister.ProblemsAsync(db, details, Existing?.Id));
        if (!ModelState.IsValid)
            return Page();
        try
        {
            if (Existing is null)
            {
                Existing = await ContractRegister.AddAsync(db, details);
            }
            else
            {
                db.Entry(Existing).Property(c => c.Version).OriginalValue = Version;
                await ContractRegister.UpdateAsync(db, Existing, details);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone else changed this contract while you were editing it. Your changes have not been saved: reload the page to see theirs.");
            return Page();
        }
        catch (InvalidInputException e)
        {
            ModelState.AddProblems(e.Problems);
            return Page();
        }

        TempData["Success"] = $"{Existing.Title} has been saved";
        return Redirect($"/contracts/{Existing.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int? id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (Existing is null)
            return NotFound();
        await ContractRegister.DeleteAsync(db, Existing);
        TempData["Success"] = $"{Existing.Title} has been removed from the register";
        return Redirect("/contracts");
    }

    private async Task<IActionResult?> LoadAsync(int? id)
    {
        if (id is not null)
        {
            Existing = await db.Contracts.Include(c => c.Terms).Include(c => c.Organisation).SingleOrDefaultAsync(c => c.Id == id);
            if (Existing is null)
                return NotFound();
            if (!await db.MayEditAsync(Existing))
                return Forbid();
        }

        Registers = await ContractForm.RegisterChoicesAsync(db);
        if (Registers.Count == 0)
            return Forbid();
        Organisations = await ContractForm.OrganisationChoicesAsync(db);
        Categories = await ContractRegister.CategoriesAsync(db);
        return null;
    }
}
