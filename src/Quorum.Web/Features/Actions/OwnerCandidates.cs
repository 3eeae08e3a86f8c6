using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Web.Features.Actions;

/// <summary>Who can own a meeting's actions: the body's members at the time and everyone recorded at the meeting.</summary>
public static class OwnerCandidates
{
    public static async Task<IReadOnlyList<Person>> ForAsync(QuorumDb db, Meeting meeting)
    {
        var members = await db.Memberships
            .Where(m => m.BodyId == meeting.BodyId && (m.From == null || m.From <= meeting.Date) && (m.Until == null || m.Until >= meeting.Date))
            .Select(m => m.Person!)
            .ToListAsync();
        var attendees = await db.Attendance.Where(a => a.MeetingId == meeting.Id).Select(a => a.Person!).ToListAsync();
        return [.. members.Concat(attendees).DistinctBy(p => p.Id).OrderBy(p => p.FullName)];
    }
}
