using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Web.Features.People;

/// <summary>A person: their seats on bodies, and their attendance record as the viewer may see it.</summary>
[AllowAnonymous]
public sealed class DetailsModel(QuorumDb db) : PageModel
{
    /// <summary>Today by Quorum's clock.</summary>
    public DateOnly Today => db.Today;

    public Person Person { get; private set; } = default!;

    public IReadOnlyList<Membership> Memberships { get; private set; } = [];

    public IReadOnlyList<Attendance> Attendance { get; private set; } = [];

    /// <summary>The interests the person declared at meetings, as the viewer may see them.</summary>
    public IReadOnlyList<Quorum.Conduct.Declaration> Declarations { get; private set; } = [];

    /// <summary>The latest version of each register of interests the viewer may see.</summary>
    public IReadOnlyList<Quorum.Conduct.InterestRegisterVersion> Registers { get; private set; } = [];

    public ILookup<int, Quorum.Access.WithheldInterest> Withheld { get; private set; } = Array.Empty<Quorum.Access.WithheldInterest>().ToLookup(w => w.RegisterVersionId);

    public bool SeesContactDetails => db.Viewer.SeesContactDetails;

    public bool MayEdit => db.Viewer.MayEditPeople;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var person = await db.People.AsNoTracking().Include(p => p.Organisation).SingleOrDefaultAsync(p => p.Id == id);
        if (person is null)
            return NotFound();
        Person = person;
        Memberships = await db.Memberships.AsNoTracking().Include(m => m.Body).Where(m => m.PersonId == id)
            .OrderByDescending(m => m.Until == null).ThenByDescending(m => m.From).ToListAsync();
        Attendance = await db.Attendance.AsNoTracking().Include(a => a.Meeting!).ThenInclude(m => m.Body)
            .Where(a => a.PersonId == id).OrderByDescending(a => a.Meeting!.Date).Take(200).ToListAsync();
        Declarations = await db.Declarations.AsNoTracking().Include(d => d.Meeting!).ThenInclude(m => m.Body).Include(d => d.AgendaItem)
            .Where(d => d.PersonId == id).OrderByDescending(d => d.Meeting!.Date).ThenBy(d => d.Id).Take(200).ToListAsync();
        var versions = await Quorum.Conduct.InterestRegister.Versions(db).Where(v => v.PersonId == id).ToListAsync();
        Registers = [.. versions.GroupBy(v => v.BodyId).Select(g => g.First())];
        Withheld = (await Quorum.Access.WithheldInterests.ForVersionsAsync(db, [.. Registers.Select(v => v.Id)])).ToLookup(w => w.RegisterVersionId);
        return Page();
    }
}
