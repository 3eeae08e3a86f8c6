using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace Quorum.Meetings;

/// <summary>
/// What a meeting's calendar event says wherever Quorum writes one (feeds and invitations): one UID
/// for the whole reschedule chain, the place, and the wall-clock times in the body's zone.
/// </summary>
public static class MeetingEvent
{
    /// <summary>The UID of a reschedule chain, named by its first meeting, so calendars move the event rather than add one.</summary>
    public static string Uid(int firstMeetingId, string host) => $"meeting-{firstMeetingId}@{host}";

    /// <summary>Adds the rules of <paramref name="timeZone"/> (a VTIMEZONE) for meetings from <paramref name="firstDate"/> on.</summary>
    public static void AddTimeZone(Calendar calendar, string timeZone, DateOnly firstDate)
    {
        // Ical.Net writes the zone's rules from this day to a year past today by the machine's
        // clock, and throws when the day is later than that: meetings further ahead start them today.
        var earliest = firstDate.AddDays(-1).ToDateTime(TimeOnly.MinValue);
        calendar.AddTimeZone(timeZone, earliest < DateTime.Today ? earliest : DateTime.Today, includeHistoricalData: false);
    }

    /// <summary>Sets the event's place and times; a meeting with a start but no end lasts <paramref name="lengthWithoutEnd"/>, if given.</summary>
    public static void Place(CalendarEvent e, Meeting meeting, TimeSpan? lengthWithoutEnd = null)
    {
        e.Location = meeting.Location is { } place
            ? string.Join(", ", new[] { place.Name, place.Address }.Where(s => !string.IsNullOrWhiteSpace(s)))
            : meeting.IsRemote ? "Remote" : null;
        if (meeting.StartTime is { } start)
        {
            e.DtStart = new CalDateTime(meeting.Date, start, meeting.TimeZone);
            if (meeting.EndTime is { } end && end > start)
                e.DtEnd = new CalDateTime(meeting.Date, end, meeting.TimeZone);
            else if (lengthWithoutEnd is { } length)
                e.DtEnd = new CalDateTime(meeting.Date, start.Add(length), meeting.TimeZone);
        }
        else
        {
            // No time set yet: an all-day event on the date.
            e.DtStart = new CalDateTime(meeting.Date);
            e.DtEnd = new CalDateTime(meeting.Date.AddDays(1));
        }
    }
}
