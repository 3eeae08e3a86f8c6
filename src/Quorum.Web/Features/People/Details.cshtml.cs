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
        return Page();
    }
}
