using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Quorum.Meetings;

namespace Quorum.Web.Features.Calendars;

/// <summary>
/// Meetings as an RFC 5545 calendar. A meeting keeps one UID through its life: a rescheduled
/// meeting is replaced by a new one, which takes over the UID of the first in the chain, so that
/// subscribers see the event move; cancelling keeps the UID and says STATUS:CANCELLED. SEQUENCE
/// adds up the versions of the meetings in the chain, so it rises with every change to any of them.
/// </summary>
public static class MeetingCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>
    /// Writes <paramref name="meetings"/> (all the viewer may see, rescheduled ones included so that
    /// their replacements can inherit their UIDs) as a calendar named <paramref name="name"/>.
    /// </summary>
    public static string Write(string name, IReadOnlyCollection<Meeting> meetings, Uri site, DateTime now)
    {
        var calendar = new Calendar { ProductId = "-//Quorum//Meetings//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        var replaced = meetings.Where(m => m.ReplacementMeetingId is not null)
            .GroupBy(m => m.ReplacementMeetingId!.Value)
            .ToDictionary(g => g.Key, g => g.First());

        var shown = meetings.Where(m => !(m.State == MeetingState.Rescheduled && m.ReplacementMeetingId is { } next && meetings.Any(r => r.Id == next)))
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime).ToList();
        foreach (var zone in shown.Where(m => m.StartTime is not null).GroupBy(m => m.TimeZone))
            MeetingEvent.AddTimeZone(calendar, zone.Key, zone.Min(m => m.Date));

        foreach (var meeting in shown)
            calendar.Events.Add(Event(meeting, ChainOf(meeting, replaced), site, now));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static List<Meeting> ChainOf(Meeting meeting, Dictionary<int, Meeting> replaced)
    {
        var chain = new List<Meeting> { meeting };
        while (replaced.TryGetValue(chain[^1].Id, out var earlier) && !chain.Contains(earlier))
            chain.Add(earlier);
        return chain;
    }

    private static CalendarEvent Event(Meeting meeting, List<Meeting> chain, Uri site, DateTime now)
    {
        var first = chain[^1];
        var page = new Uri(site, $"/meetings/{meeting.Id}");
        var e = new CalendarEvent
        {
            Uid = MeetingEvent.Uid(first.Id, site.Host),
            Sequence = (int)chain.Sum(m => m.Version),
            DtStamp = new CalDateTime(now.ToUniversalTime(), "UTC", hasTime: true),
            Summary = meeting.DisplayTitle,
            Url = page,
            Status = meeting.State switch
            {
                MeetingState.Cancelled or MeetingState.Rescheduled => EventStatus.Cancelled,
                MeetingState.Postponed => EventStatus.Tentative,
                _ => EventStatus.Confirmed,
            },
            Description = Description(meeting, page),
        };
        MeetingEvent.Place(e, meeting);
        return e;
    }

    private static string Description(Meeting meeting, Uri page)
    {
        var state = meeting.State switch
        {
            MeetingState.Cancelled => "This meeting has been cancelled. ",
            MeetingState.Postponed => "This meeting has been postponed; a new date is to be set. ",
            MeetingState.Rescheduled => "This meeting has been rescheduled. ",
            _ => "",
        };
        return $"{state}{meeting.Body?.Name} meeting {meeting.Number:00}. Agenda and papers: {page}";
    }
}
