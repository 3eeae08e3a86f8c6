using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Quorum.Meetings;

namespace Quorum.Notifications;

/// <summary>
/// A meeting as an iTIP invitation (RFC 5546): METHOD:REQUEST to add or update it in a member's
/// calendar, METHOD:CANCEL to take it out. The UID stays the same through the meeting's life
/// (a rescheduled meeting keeps the UID of the first in its chain) and SEQUENCE rises with each
/// update, so calendars replace the entry instead of adding a second.
/// </summary>
public static class MeetingInvitation
{
    public const string FileName = "invitation.ics";

    /// <summary>The UID of the first meeting of a reschedule chain, the same one the calendar feeds give it.</summary>
    public static string Uid(int firstMeetingId, MailSite site) => MeetingEvent.Uid(firstMeetingId, site.Host);

    /// <param name="page">The page the event links to; by default the meeting's own.</param>
    public static OutboxAttachment Attachment(string method, Meeting meeting, string bodyName, string uid, int sequence, string organiser, Recipient attendee, MailSite site, DateTime now, Uri? page = null) => new()
    {
        FileName = FileName,
        ContentType = $"text/calendar; method={method}; charset=utf-8",
        Content = Write(method, meeting, bodyName, uid, sequence, organiser, attendee, site, now, page),
    };

    public static string Write(string method, Meeting meeting, string bodyName, string uid, int sequence, string organiser, Recipient attendee, MailSite site, DateTime now, Uri? page = null)
    {
        var calendar = new Calendar { ProductId = "-//Quorum//Invitations//EN", Method = method };
        if (meeting.StartTime is not null)
            MeetingEvent.AddTimeZone(calendar, meeting.TimeZone, meeting.Date);

        page ??= site.Url($"meetings/{meeting.Id}");
        var e = new CalendarEvent
        {
            Uid = uid,
            Sequence = sequence,
            DtStamp = new CalDateTime(now, "UTC", hasTime: true),
            Summary = meeting.DisplayTitle,
            Url = page,
            Status = method == "CANCEL" ? EventStatus.Cancelled : EventStatus.Confirmed,
            Description = method == "CANCEL"
                ? $"This meeting of {bodyName} has been {(meeting.State == MeetingState.Postponed ? "postponed" : "cancelled")}. {page}"
                : $"{bodyName} meeting {meeting.Number:00}. Agenda and papers: {page}",
            Organizer = new Organizer($"mailto:{organiser}") { CommonName = bodyName },
        };
        e.Attendees.Add(new Attendee($"mailto:{attendee.Address}")
        {
            CommonName = attendee.Name,
            Role = "REQ-PARTICIPANT",
            ParticipationStatus = "NEEDS-ACTION",
            Rsvp = false,
        });
        MeetingEvent.Place(e, meeting, lengthWithoutEnd: TimeSpan.FromHours(2));

        calendar.Events.Add(e);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
