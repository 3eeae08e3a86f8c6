using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Web.Features.Bodies;

[AllowAnonymous]
[OutputCache(PolicyName = PublicAnswers.Policy)]
public sealed class DetailsModel(QuorumDb db) : PageModel
{
    public Body Body { get; private set; } = default!;

    public IReadOnlyList<Membership> CurrentMembers { get; private set; } = [];

    public IReadOnlyList<Meeting> Upcoming { get; private set; } = [];

    public IReadOnlyList<Meeting> Past { get; private set; } = [];

    /// <summary>How many past meetings the body has; the page shows the latest <see cref="PastShown"/>.</summary>
    public int PastCount { get; private set; }

    public const int PastShown = 20;

    public IReadOnlyList<AbsenceFlag> AbsenceFlags { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>Consultations still waiting on the body, by deadline.</summary>
    public IReadOnlyList<Quorum.Consultations.Consultation> OpenConsultations { get; private set; } = [];

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
        Today = today;
        Body = body;
        MayEdit = await db.MayEditAsync(body);
        SeesUnpublished = db.Viewer.SeesUnpublishedOf(body.Id);
        CurrentMembers = [.. body.Memberships.Where(m => m.IsCurrentOn(today)).OrderBy(m => m.Role).ThenBy(m => m.Person!.FullName)];

        // Only the latest past meetings: a body with twenty years of history lists them on /meetings.
        var upcoming = db.Meetings.AsNoTracking().Include(m => m.Body).Include(m => m.Location)
            .Where(m => m.BodyId == body.Id && m.Date >= today && m.State != MeetingState.Held);
        Upcoming = await upcoming.OrderBy(m => m.Date).ThenBy(m => m.StartTime).Take(PastShown).ToListAsync();
        Past = await db.Meetings.AsNoTracking().Include(m => m.Body).Include(m => m.Location)
            .Where(m => m.BodyId == body.Id && !(m.Date >= today && m.State != MeetingState.Held))
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Number).Take(PastShown).ToListAsync();
        PastCount = Past.Count < PastShown ? Past.Count : await db.Meetings.CountAsync(m => m.BodyId == body.Id && !(m.Date >= today && m.State != MeetingState.Held));

        OpenConsultations = await Quorum.Consultations.ConsultationRegister.Outstanding(db, db.Consultations.AsNoTracking().Include(c => c.Decision).Where(c => c.BodyId == body.Id), today)
            .OrderBy(c => c.ResponseDeadline).ThenBy(c => c.Id).Take(PastShown).ToListAsync();

        // Attendance of unpublished meetings is withheld from the public, so the rule is only
        // meaningful to those who see every meeting's attendance.
        if (SeesUnpublished)
        {
            var held = await db.Meetings.AsNoTracking().Include(m => m.Attendance)
                .Where(m => m.BodyId == body.Id && m.State == MeetingState.Held && m.Date <= today)
                .AsSplitQuery().ToListAsync();
            AbsenceFlags = AttendanceRule.Apply(body.AbsenceThreshold, body.Memberships, held, today);
        }

        return Page();
    }
}
