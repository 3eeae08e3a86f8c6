using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Web.Features.Meetings;

/// <summary>The shapes in which the meeting pages load a meeting. Reads go through the visibility filter.</summary>
public static class MeetingQueries
{
    /// <summary>A meeting with everything its page shows, tracked so that page handlers can change it.</summary>
    public static Task<Meeting?> LoadWholeAsync(this QuorumDb db, int id) =>
        db.Meetings.WithWhatItsPageShows().SingleOrDefaultAsync(m => m.Id == id);

    /// <summary>
    /// The same meeting for reading only: untracked, so nothing is kept for a save that will not
    /// come (the meeting's page as shown, not its handlers that change it).
    /// </summary>
    public static Task<Meeting?> LoadForReadingAsync(this QuorumDb db, int id) =>
        db.Meetings.AsNoTracking().WithWhatItsPageShows().SingleOrDefaultAsync(m => m.Id == id);

    /// <summary>One list of what the page shows, so the tracked and the read-only loads cannot drift apart.</summary>
    private static IQueryable<Meeting> WithWhatItsPageShows(this IQueryable<Meeting> meetings) =>
        meetings
            .Include(m => m.Body)
            .Include(m => m.Location)
            .Include(m => m.HostOrganisation)
            .Include(m => m.ReplacementMeeting)
            .Include(m => m.MinutesApprovedAt)
            .Include(m => m.Attendance).ThenInclude(a => a.Person)
            .Include(m => m.AgendaItems).ThenInclude(i => i.Presenters)
            .Include(m => m.AgendaItems).ThenInclude(i => i.Minute)
            .AsSplitQuery();

    /// <summary>The next number in a body's series. Counts meetings the viewer cannot see, so numbers never repeat.</summary>
    public static Task<int> NextMeetingNumberAsync(this QuorumDb db, int bodyId) =>
        db.NextMeetingNumberInSeriesAsync(bodyId);
}
