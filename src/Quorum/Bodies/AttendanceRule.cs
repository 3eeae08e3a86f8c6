using Quorum.Meetings;

namespace Quorum.Bodies;

/// <summary>A member who has missed a body's last N held meetings in a row.</summary>
public sealed record AbsenceFlag(int PersonId, string PersonName, int ConsecutiveMissed);

/// <summary>
/// The body's attendance rule: a member who misses <see cref="Body.AbsenceThreshold"/> consecutive
/// held meetings is flagged. Apologies count as missed: the rule is about the seat being empty.
/// </summary>
public static class AttendanceRule
{
    public static IReadOnlyList<AbsenceFlag> Apply(
        int? threshold, IEnumerable<Membership> memberships, IEnumerable<Meeting> meetings, DateOnly today)
    {
        if (threshold is not > 0)
            return [];

        var held = meetings
            .Where(m => m.State == MeetingState.Held && m.Date <= today)
            .OrderByDescending(m => m.Date)
            .ToList();
        var flags = new List<AbsenceFlag>();
        foreach (var membership in memberships.Where(m => m.IsCurrentOn(today)).DistinctBy(m => m.PersonId))
        {
            var missed = 0;
            foreach (var meeting in held.Where(m => membership.From is null || m.Date >= membership.From))
            {
                if (Attended(meeting, membership.PersonId))
                    break;
                missed++;
            }

            if (missed >= threshold)
                flags.Add(new AbsenceFlag(membership.PersonId, membership.Person?.FullName ?? "", missed));
        }

        return flags;
    }

    private static bool Attended(Meeting meeting, int personId) =>
        meeting.Attendance.Any(a => a.PersonId == personId
            && a.Status is AttendanceStatus.Present or AttendanceStatus.InAttendance or AttendanceStatus.Presenting);
}
