using Ical.Net;
using Ical.Net.CalendarComponents;
using Quorum.Bodies;
using Quorum.Meetings;
using Quorum.Notifications;

namespace Quorum.Tests.Notifications;

public class MeetingInvitationTests
{
    private static readonly MailSite Site = new(new Uri("https://quorum.example.org/"), "clerk@example.org");
    private static readonly DateTime Now = new(2026, 3, 12, 9, 30, 0, DateTimeKind.Utc);
    private static readonly Recipient Ada = new("ada@example.org", "Ada Lovelace", 7);

    [Fact]
    public void TheUid_IsTheFirstMeetingsOnTheSitesHost() =>
        MeetingInvitation.Uid(42, Site).ShouldBe("meeting-42@quorum.example.org");

    [Fact]
    public void ARequest_InvitesTheAttendee_ToTheMeetingAtItsTimes()
    {
        var meeting = Meeting(new TimeOnly(10, 0), new TimeOnly(12, 30));

        var attachment = MeetingInvitation.Attachment("REQUEST", meeting, "Council", "meeting-5@quorum.example.org", 3, "clerk@example.org", Ada, Site, Now);

        attachment.FileName.ShouldBe("invitation.ics");
        attachment.ContentType.ShouldBe("text/calendar; method=REQUEST; charset=utf-8");
        var calendar = Calendar.Load(attachment.Content)!;
        calendar.Method.ShouldBe("REQUEST");
        calendar.ProductId.ShouldBe("-//Quorum//Invitations//EN");
        calendar.TimeZones.Single().TzId.ShouldBe("Europe/London");
        var e = calendar.Events.Single();
        e.Uid.ShouldBe("meeting-5@quorum.example.org");
        e.Sequence.ShouldBe(3);
        e.Status.ShouldBe(EventStatus.Confirmed);
        e.Summary.ShouldBe("Council 04");
        e.Url.ShouldBe(new Uri("https://quorum.example.org/meetings/5"));
        e.Description.ShouldBe("Council meeting 04. Agenda and papers: https://quorum.example.org/meetings/5");
        e.DtStamp!.Value.ShouldBe(Now);
        e.DtStart!.Value.ShouldBe(new DateTime(2026, 3, 20, 10, 0, 0));
        e.DtStart.TzId.ShouldBe("Europe/London");
        e.DtEnd!.Value.ShouldBe(new DateTime(2026, 3, 20, 12, 30, 0));
        e.Organizer!.Value!.ToString().ShouldBe("mailto:clerk@example.org");
        e.Organizer.CommonName.ShouldBe("Council");
        var attendee = e.Attendees.Single();
        attendee.Value!.ToString().ShouldBe("mailto:ada@example.org");
        attendee.CommonName.ShouldBe("Ada Lovelace");
        attendee.Role.ShouldBe("REQ-PARTICIPANT");
        attendee.ParticipationStatus.ShouldBe("NEEDS-ACTION");
        attendee.Rsvp.ShouldBeFalse();
    }

    [Fact]
    public void AMeetingWithAStartButNoEnd_LastsTwoHours()
    {
        var e = Event("REQUEST", Meeting(new TimeOnly(14, 0), null));

        e.DtStart!.Value.ShouldBe(new DateTime(2026, 3, 20, 14, 0, 0));
        e.DtEnd!.Value.ShouldBe(new DateTime(2026, 3, 20, 16, 0, 0));
    }

    [Fact]
    public void AMeetingWithNoTime_IsAnAllDayEvent_WithNoTimeZone()
    {
        var meeting = Meeting(null, null);
        var content = MeetingInvitation.Write("REQUEST", meeting, "Council", "u", 0, "clerk@example.org", Ada, Site, Now);
        var calendar = Calendar.Load(content)!;

        calendar.TimeZones.ShouldBeEmpty();
        var e = calendar.Events.Single();
        e.DtStart!.HasTime.ShouldBeFalse();
        e.DtStart.Value.ShouldBe(new DateTime(2026, 3, 20));
        e.DtEnd!.Value.ShouldBe(new DateTime(2026, 3, 21));
    }

    [Fact]
    public void ACancellation_SaysTheMeetingIsCancelled()
    {
        var meeting = Meeting(new TimeOnly(10, 0), null);
        meeting.Cancel("No business");

        var attachment = MeetingInvitation.Attachment("CANCEL", meeting, "Council", "meeting-5@quorum.example.org", 4, "clerk@example.org", Ada, Site, Now);

        attachment.ContentType.ShouldBe("text/calendar; method=CANCEL; charset=utf-8");
        var calendar = Calendar.Load(attachment.Content)!;
        calendar.Method.ShouldBe("CANCEL");
        var e = calendar.Events.Single();
        e.Status.ShouldBe(EventStatus.Cancelled);
        e.Sequence.ShouldBe(4);
        e.Description.ShouldBe("This meeting of Council has been cancelled. https://quorum.example.org/meetings/5");
    }

    [Fact]
    public void ACancellationOfAPostponedMeeting_SaysItIsPostponed()
    {
        var meeting = Meeting(new TimeOnly(10, 0), null);
        meeting.Postpone("Not quorate");

        Event("CANCEL", meeting).Description.ShouldBe("This meeting of Council has been postponed. https://quorum.example.org/meetings/5");
    }

    [Fact]
    public void ATitledMeeting_IsSummarisedByItsTitle()
    {
        var meeting = Meeting(new TimeOnly(10, 0), null);
        meeting.Title = "Budget workshop";

        Event("REQUEST", meeting).Summary.ShouldBe("Budget workshop");
    }

    private static Meeting Meeting(TimeOnly? start, TimeOnly? end) => new()
    {
        Id = 5,
        Body = new Body { Name = "Council", ShortName = "C" },
        Number = 4,
        Date = new DateOnly(2026, 3, 20),
        StartTime = start,
        EndTime = end,
    };

    private static CalendarEvent Event(string method, Meeting meeting) =>
        Calendar.Load(MeetingInvitation.Write(method, meeting, "Council", "u", 0, "clerk@example.org", Ada, Site, Now))!.Events.Single();
}
