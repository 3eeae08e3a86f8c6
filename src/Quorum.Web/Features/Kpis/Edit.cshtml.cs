using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Kpis;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Kpis;

/// <summary>Adds a measure to a register (<c>/kpis/new</c>) or edits one (<c>/kpis/{id}/edit</c>).</summary>
[Authorize]
public sealed class EditModel(QuorumDb db) : PageModel
{
    [BindProperty]
    public KpiForm Input { get; set; } = new();

    /// <summary>The version read when the form was shown; a save against a newer one is refused.</summary>
    [BindProperty]
    public long Version { get; set; }

    public Kpi? Existing { get; private set; }

    public IReadOnlyList<SelectListItem> Registers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (Existing is not null)
        {
            Input = KpiForm.From(Existing);
            Version = Existing.Version;
        }
        else
        {
            Input.BodyId = Registers.Count == 1 ? int.Parse(Registers[0].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            Input.Tolerance = "0";
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        var details = Input.ToDetails(ModelState);
        ModelState.AddProblems(await KpiRegister.ProblemsAsync(db, details, Existing?.Id));
        if (!ModelState.IsValid)
            return Page();
        try
        {
            if (Existing is null)
            {
                Existing = await KpiRegister.AddAsync(db, details);
            }
            else
            {
                db.Entry(Existing).Property(k => k.Version).OriginalValue = Version;
                await KpiRegister.UpdateAsync(db, Existing, details);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone else changed this measure while you were editing it. Your changes have not been saved: reload the page to see theirs.");
            return Page();
        }
        catch (InvalidInputException e)
        {
            ModelState.AddProblems(e.Problems);
            return Page();
        }

        TempData["Success"] = $"{Existing.Name} has been saved";
        return Redirect($"/kpis/{Existing.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int? id)
    {
        if (id is not null)
        {
            Existing = await db.Kpis.SingleOrDefaultAsync(k => k.Id == id);
            if (Existing is null)
                return NotFound();
            if (!await db.MayEditAsync(Existing))
                return Forbid();
        }

        Registers = await KpiForm.RegisterChoicesAsync(db);
        return Registers.Count == 0 ? Forbid() : null;
    }
}
