using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Conduct;
using Quorum.Data;
using Quorum.People;

namespace Quorum.Web.Features.Conduct;

/// <summary>
/// A member's register of interests, every dated version the viewer may see, newest first. A
/// sensitive interest shows as withheld, with its category, to all but the body's clerks and the member.
/// </summary>
[AllowAnonymous]
public sealed class InterestsModel(QuorumDb db) : PageModel
{
    public Person Person { get; private set; } = default!;

    public IReadOnlyList<InterestRegisterVersion> Versions { get; private set; } = [];

    public ILookup<int, WithheldInterest> Withheld { get; private set; } = Array.Empty<WithheldInterest>().ToLookup(w => w.RegisterVersionId);

    /// <summary>Versions whose body's register the viewer keeps.</summary>
    public IReadOnlySet<int> Editable { get; private set; } = new HashSet<int>();

    public bool MayRecord { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPublishAsync(int id, int version)
    {
        var found = await db.InterestRegisterVersions.SingleOrDefaultAsync(v => v.Id == version && v.PersonId == id);
        if (found is null)
            return NotFound();
        try
        {
            await InterestRegister.PublishAsync(db, found);
            TempData["Success"] = "The register has been published";
        }
        catch (DomainException e)
        {
            await LoadAsync(id);
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        return Redirect($"/people/{id}/interests");
    }

    private async Task<bool> LoadAsync(int id)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (person is null)
            return false;
        Person = person;
        Versions = await InterestRegister.Versions(db).Where(v => v.PersonId == id).ToListAsync();
        Withheld = (await WithheldInterests.ForVersionsAsync(db, [.. Versions.Select(v => v.Id)])).ToLookup(w => w.RegisterVersionId);
        var editable = new HashSet<int>();
        foreach (var version in Versions)
        {
            if (await db.MayEditAsync(version))
                editable.Add(version.Id);
        }

        Editable = editable;
        var bodies = await db.Memberships.Where(m => m.PersonId == id).Select(m => m.Body!).Distinct().ToListAsync();
        foreach (var body in bodies)
            MayRecord |= await db.MayEditAsync(body);
        return true;
    }
}
