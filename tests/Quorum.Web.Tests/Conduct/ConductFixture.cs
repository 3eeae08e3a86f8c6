using Quorum.Bodies;
using Quorum.Conduct;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Web.Tests.Conduct;

/// <summary>Body A's meeting with a chair and three more voting members, a quorum of more than half of them, and one item.</summary>
public sealed record ConductMeeting(int Meeting, int Item, int Chair, int Ann, int Bob, int Dan)
{
    /// <summary>
    /// Seeds the meeting. <paramref name="present"/> picks who is recorded present (the chair, Ann,
    /// Bob, Dan by name); the clerk is always in attendance. Nobody is recorded when it is empty.
    /// </summary>
    public static async Task<ConductMeeting> SeedAsync(QuorumApp app, Scenario s, params string[] present) => await app.WithDbAsync(async db =>
    {
        var body = await db.Bodies.FindAsync(s.BodyA.Id);
        body!.QuorumFraction = "1/2";
        body.QuorumRounding = QuorumRounding.MoreThan;
        var people = new Dictionary<string, Person>();
        foreach (var (name, role) in new[] { ("Chair", MembershipRole.Chair), ("Ann", MembershipRole.Member), ("Bob", MembershipRole.Member), ("Dan", MembershipRole.Member) })
        {
            var person = new Person { FullName = $"{name} Voter {s.Suffix}" };
            db.Memberships.Add(new Membership { BodyId = body.Id, Person = person, Role = role });
            people[name] = person;
        }

        // Body A's member from the scenario also votes: five voting members, three make a quorum.
        var meeting = new Meeting { BodyId = body.Id, Number = 1, Date = new DateOnly(2026, 3, 12) };
        var item = meeting.AddAgendaItem("Library opening hours");
        foreach (var name in present)
            meeting.Attendance.Add(new Attendance { Person = people[name], Status = AttendanceStatus.Present, Role = name == "Chair" ? "Chair" : null });
        if (present.Length > 0)
            meeting.Attendance.Add(new Attendance { PersonId = s.Clerk.Id, Status = AttendanceStatus.InAttendance, Role = "Secretary" });
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return new ConductMeeting(meeting.Id, item.Id, people["Chair"].Id, people["Ann"].Id, people["Bob"].Id, people["Dan"].Id);
    });

    public string ItemUrl => $"/meetings/{Meeting}/items/{Item}";
}
