using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.People;

namespace Quorum.Web.Features.People;

/// <summary>Adds a person (<c>/people/new</c>) or edits one (<c>/people/{id}/edit</c>).</summary>
[Authorize]
public sealed class EditModel(QuorumDb db) : PageModel
{
    [BindProperty]
    public PersonForm Input { get; set; } = new();

    [BindProperty]
    public long Version { get; set; }

    public Person? Existing { get; private set; }

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (Existing is not null)
        {
            Input = PersonForm.From(Existing);
            Version = Existing.Version;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (!ModelState.IsValid)
            return Page();
        var person = Existing ?? new Person { FullName = Input.FullName! };
        if (Existing is not null)
            db.Entry(person).Property(p => p.Version).OriginalValue = Version;
        Input.ApplyTo(person);
        if (Existing is null)
            db.People.Add(person);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone else changed this person while you were editing. Your changes have not been saved: reload the page to see theirs.");
            return Page();
        }

        TempData["Success"] = $"{person.FullName} has been saved";
        return Redirect($"/people/{person.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int? id)
    {
        if (!db.Viewer.MayEditPeople)
            return Forbid();
        if (id is not null)
        {
            Existing = await db.People.SingleOrDefaultAsync(p => p.Id == id);
            if (Existing is null)
                return NotFound();
        }

        Organisations = await PersonForm.OrganisationsAsync(db);
        return null;
    }
}
