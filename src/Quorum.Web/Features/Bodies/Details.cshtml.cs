using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Web.Features.Bodies;

[AllowAnonymous]
public sealed class DetailsModel(QuorumDb db) : PageModel
{
    public Body Body { get; private set; } = default!;

    public IReadOnlyList<Membership> CurrentMembers { get; private set; } = [];

    public IReadOnlyList<Meeting> Upcoming { get; private set; } = [];

    public IReadOnlyList<Meeting> Past { get; private set; } = [];

    public IReadOnlyList<AbsenceFlag> AbsenceFlags { get; private set; } = [];

    public bool MayEdit { get; private set; }

    public bool SeesUnpublished { get; private set; }

    public async Task<IActionResult> OnGetAsync(string shortName)
    {
        var body = await db.Bodies.AsNoTracking()
            .Include(b => b.ParentBody)
            .Include(b => b.SubBodies)
            .Include(b => b.FormerNames)
            .Include(b => b.Memberships).ThenInclude(m => m.Person!).ThenInclude(p => p.Organisation)
            .AsSplitQuery()
            .SingleOrDefaultAsync(b => b.ShortName == shortName);
        if (body is null)
            return NotFound();

        var today = db.Today;
        Body = body;
        MayEdit = await db.MayEditAsync(body);
        SeesUnpublished = db.Viewer.SeesUnpublishedOf(body.Id);
        CurrentMembers = [.. body.Memberships.Where(m => m.IsCurrentOn(today)).OrderBy(m => m.Role).ThenBy(m => m.Person!.FullName)];

        var meetings = await db.Meetings.AsNoTracking()
            .Include(m => m.Body)
            .Include(m => m.Location)
            .Include(m => m.Attendance)
            .Where(m => m.BodyId == body.Id)
            .AsSplitQuery()
            .ToListAsync();
        Upcoming = [.. meetings.Where(m => m.Date >= today && m.State != MeetingState.Held).OrderBy(m => m.Date)];
        Past = [.. meetings.Where(m => m.Date < today || m.State == MeetingState.Held).Except(Upcoming).OrderByDescending(m => m.Date)];

        // Attendance of unpublished meetings is withheld from the public, so the rule is only
        // meaningful to those who see every meeting's attendance.
        if (SeesUnpublished)
            AbsenceFlags = AttendanceRule.Apply(body.AbsenceThreshold, body.Memberships, meetings, today);
        return Page();
    }
}
