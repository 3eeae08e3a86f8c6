using Microsoft.EntityFrameworkCore;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Web.Features.Shared;
using Quorum.Web.Features.Shared.Exports;

namespace Quorum.Web.Features.AttendanceRegister;

/// <summary>
/// Person × held meeting, read through the visibility rule (so the public sees only meetings whose
/// minutes are published), with members flagged by the body's consecutive-absence rule.
/// </summary>
public sealed class AttendanceGrid
{
    public required Body Body { get; init; }

    public required IReadOnlyList<Meeting> Meetings { get; init; }

    public required IReadOnlyList<(int PersonId, string Name)> People { get; init; }

    public required IReadOnlyDictionary<(int PersonId, int MeetingId), AttendanceStatus> Cells { get; init; }

    public required IReadOnlyList<AbsenceFlag> Flags { get; init; }

    public static async Task<AttendanceGrid?> LoadAsync(QuorumDb db, string shortName, DateOnly today)
    {
        var body = await db.Bodies.AsNoTracking()
            .Include(b => b.Memberships).ThenInclude(m => m.Person)
            .SingleOrDefaultAsync(b => b.ShortName == shortName);
        if (body is null)
            return null;
        var meetings = await db.Meetings.AsNoTracking()
            .Include(m => m.Attendance).ThenInclude(a => a.Person)
            .Where(m => m.BodyId == body.Id && m.State == MeetingState.Held)
            .OrderBy(m => m.Date)
            .AsSplitQuery()
            .ToListAsync();
        var people = body.Memberships.Select(m => (m.PersonId, m.Person!.FullName))
            .Concat(meetings.SelectMany(m => m.Attendance).Select(a => (a.PersonId, a.Person!.FullName)))
            .DistinctBy(p => p.PersonId)
            .OrderBy(p => p.FullName)
            .ToList();
        var cells = meetings.SelectMany(m => m.Attendance).ToDictionary(a => (a.PersonId, a.MeetingId), a => a.Status);
        var flags = db.Viewer.SeesUnpublishedOf(body.Id)
            ? AttendanceRule.Apply(body.AbsenceThreshold, body.Memberships, meetings, today)
            : [];
        return new AttendanceGrid { Body = body, Meetings = meetings, People = people, Cells = cells, Flags = flags };
    }

    public string Cell(int personId, int meetingId) =>
        Cells.TryGetValue((personId, meetingId), out var status) ? Display.Status(status) : "";

    public TableExport ToExport() => new(
        $"attendance-{Body.ShortName}",
        ["Person", .. Meetings.Select(m => $"{m.Number:00} {m.Date:yyyy-MM-dd}")],
        People.Select(p => (IReadOnlyList<object?>)[p.Name, .. Meetings.Select(m => (object?)Cell(p.PersonId, m.Id))]));
}
