using Quorum.Meetings;

namespace Quorum.Tests;

public class MeetingLifecycleTests
{
    private static Meeting NewMeeting(DateOnly date, int bodyId = 1, int number = 1) =>
        new() { BodyId = bodyId, Number = number, Date = date };

    [Fact]
    public void Minutes_GoFromDraftToCirculatedToApprovedToPublished()
    {
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));
        var next = NewMeeting(new DateOnly(2026, 5, 14), number: 2);
        meeting.MarkHeld();

        meeting.StartMinutes();
        meeting.MinutesState.ShouldBe(MinutesState.Draft);
        meeting.CirculateMinutes();
        meeting.MinutesState.ShouldBe(MinutesState.Circulated);
        meeting.ApproveMinutesAt(next);
        meeting.MinutesState.ShouldBe(MinutesState.Approved);
        meeting.MinutesApprovedAt.ShouldBe(next);
        meeting.PublishMinutes();
        meeting.MinutesState.ShouldBe(MinutesState.Published);
    }

    [Fact]
    public void ApprovedMinutes_AreFrozen()
    {
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));
        meeting.AddAgendaItem("Welcome");
        meeting.MarkHeld();
        meeting.StartMinutes();
        meeting.ApproveMinutesAt(NewMeeting(new DateOnly(2026, 5, 14), number: 2));

        Should.Throw<DomainException>(() => meeting.AddAgendaItem("Late item")).Message.ShouldContain("can no longer be edited");
        Should.Throw<DomainException>(meeting.EnsureEditable);
        Should.Throw<DomainException>(meeting.StartMinutes);
    }

    [Fact]
    public void Minutes_AreApprovedOnlyByALaterMeetingOfTheSameBody()
    {
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));
        meeting.MarkHeld();
        meeting.StartMinutes();

        Should.Throw<DomainException>(() => meeting.ApproveMinutesAt(NewMeeting(new DateOnly(2026, 1, 1), number: 2)));
        Should.Throw<DomainException>(() => meeting.ApproveMinutesAt(meeting));
        Should.Throw<DomainException>(() => meeting.ApproveMinutesAt(NewMeeting(new DateOnly(2026, 5, 1), bodyId: 2)));
        meeting.MinutesState.ShouldBe(MinutesState.Draft);
    }

    [Fact]
    public void Minutes_CannotBePublishedBeforeApproval()
    {
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));
        meeting.MarkHeld();
        meeting.StartMinutes();

        Should.Throw<DomainException>(meeting.PublishMinutes).Message.ShouldContain("approved");
    }

    [Fact]
    public void CancelledMeeting_CannotBeHeldOrRescheduled()
    {
        var meeting = NewMeeting(new DateOnly(2026, 9, 10));
        meeting.Cancel("Summit clash");

        meeting.State.ShouldBe(MeetingState.Cancelled);
        meeting.StateReason.ShouldBe("Summit clash");
        Should.Throw<DomainException>(meeting.MarkHeld);
        Should.Throw<DomainException>(() => meeting.RescheduleTo(new DateOnly(2026, 9, 24), null, null, 2, null));
    }

    [Fact]
    public void Reschedule_LinksAReplacementThatCarriesTheAgenda()
    {
        var meeting = NewMeeting(new DateOnly(2026, 10, 8));
        var updates = meeting.AddAgendaItem("Updates");
        meeting.AddAgendaItem("Cloud", updates);

        var replacement = meeting.RescheduleTo(new DateOnly(2026, 10, 22), new TimeOnly(14, 0), null, 6, "Report not ready");

        meeting.State.ShouldBe(MeetingState.Rescheduled);
        meeting.ReplacementMeeting.ShouldBe(replacement);
        replacement.Number.ShouldBe(6);
        replacement.State.ShouldBe(MeetingState.Scheduled);
        replacement.AgendaInOrder().Select(i => $"{i.Number} {i.Title}").ShouldBe(["1 Updates", "1.1 Cloud"]);
    }

    [Fact]
    public void PostponedMeeting_CanStillBeRescheduled()
    {
        var meeting = NewMeeting(new DateOnly(2027, 1, 14));
        meeting.Postpone("Awaiting report");

        meeting.RescheduleTo(new DateOnly(2027, 2, 11), null, null, 4, null).Date.ShouldBe(new DateOnly(2027, 2, 11));
        meeting.State.ShouldBe(MeetingState.Rescheduled);
    }
}
