using Ical.Net.CalendarComponents;
using Quorum.Bodies;
using Quorum.Meetings;

namespace Quorum.Tests.Meetings;

/// <summary>
/// The rules a meeting enforces on itself: which state may go to which, what a circulated agenda
/// does to the invitation, who approves minutes, and how approved minutes change.
/// </summary>
public class MeetingRulesTests
{
    private static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static Meeting NewMeeting(DateOnly date, int bodyId = 1, int number = 1) =>
        new() { BodyId = bodyId, Number = number, Date = date };

    private static Meeting HeldWithDraftMinutes()
    {
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));
        meeting.MarkHeld();
        meeting.StartMinutes();
        return meeting;
    }

    private static Meeting Approved(out AgendaItem item)
    {
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));
        item = meeting.AddAgendaItem("Budget");
        item.Minute = new Minute { Text = "The budget was noted." };
        meeting.MarkHeld();
        meeting.StartMinutes();
        meeting.ApproveMinutesAt(NewMeeting(new DateOnly(2026, 5, 14), number: 2));
        return meeting;
    }

    [Fact]
    public void FirstCirculation_KeepsTheInvitationSequence_ASecondRaisesIt()
    {
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));

        meeting.RecordAgendaCirculated(Monday);
        meeting.AgendaCirculatedAt.ShouldBe(Monday);
        meeting.InvitationSequence.ShouldBe(0);

        meeting.RecordAgendaCirculated(Monday.AddDays(2));
        meeting.AgendaCirculatedAt.ShouldBe(Monday.AddDays(2));
        meeting.InvitationSequence.ShouldBe(1);

        meeting.NextInvitationSequence().ShouldBe(2);
        meeting.InvitationSequence.ShouldBe(2);
    }

    [Theory]
    [InlineData(MeetingState.Held)]
    [InlineData(MeetingState.Cancelled)]
    [InlineData(MeetingState.Postponed)]
    public void OnlyAScheduledMeetingsAgenda_IsCirculated(MeetingState state)
    {
        var meeting = InState(state);

        Should.Throw<DomainException>(() => meeting.RecordAgendaCirculated(Monday))
            .Message.ShouldContain($"this one is {state.ToString().ToLowerInvariant()}");
        meeting.AgendaCirculatedAt.ShouldBeNull();
    }

    private static Meeting InState(MeetingState state)
    {
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));
        switch (state)
        {
            case MeetingState.Held:
                meeting.MarkHeld();
                break;
            case MeetingState.Cancelled:
                meeting.Cancel("No business");
                break;
            case MeetingState.Postponed:
                meeting.Postpone("Chair unwell");
                break;
            case MeetingState.Rescheduled:
                meeting.RescheduleTo(new DateOnly(2026, 3, 19), null, null, 2, "Room double-booked");
                break;
        }

        meeting.State.ShouldBe(state);
        return meeting;
    }

    [Fact]
    public void APostponedMeeting_MayStillBeHeld_AndHoldingItClearsTheReason()
    {
        var meeting = InState(MeetingState.Postponed);
        meeting.StateReason.ShouldBe("Chair unwell");

        meeting.MarkHeld();

        meeting.State.ShouldBe(MeetingState.Held);
        meeting.StateReason.ShouldBeNull();
    }

    [Fact]
    public void APostponedMeeting_MayStillBeCancelled()
    {
        var meeting = InState(MeetingState.Postponed);

        meeting.Cancel("Business taken elsewhere");

        meeting.State.ShouldBe(MeetingState.Cancelled);
        meeting.StateReason.ShouldBe("Business taken elsewhere");
    }

    [Theory]
    [InlineData(MeetingState.Held)]
    [InlineData(MeetingState.Cancelled)]
    [InlineData(MeetingState.Rescheduled)]
    public void OnlyAScheduledOrPostponedMeeting_IsHeldCancelledOrRescheduled(MeetingState state)
    {
        var meeting = InState(state);
        var lower = state.ToString().ToLowerInvariant();

        Should.Throw<DomainException>(meeting.MarkHeld).Message.ShouldBe($"A {lower} meeting cannot be marked as held.");
        Should.Throw<DomainException>(() => meeting.Cancel(null)).Message.ShouldBe($"A {lower} meeting cannot be cancelled.");
        Should.Throw<DomainException>(() => meeting.RescheduleTo(new DateOnly(2026, 4, 1), null, null, 3, null))
            .Message.ShouldBe($"A {lower} meeting cannot be rescheduled.");
        meeting.State.ShouldBe(state);
    }

    [Theory]
    [InlineData(MeetingState.Held)]
    [InlineData(MeetingState.Cancelled)]
    [InlineData(MeetingState.Postponed)]
    [InlineData(MeetingState.Rescheduled)]
    public void OnlyAScheduledMeeting_IsPostponed(MeetingState state)
    {
        var meeting = InState(state);

        Should.Throw<DomainException>(() => meeting.Postpone(null))
            .Message.ShouldBe($"Only a scheduled meeting can be postponed; this one is {state.ToString().ToLowerInvariant()}.");
        meeting.State.ShouldBe(state);
    }

    [Fact]
    public void Rescheduling_ToTheSameDateAndStart_IsRefused_ButAnotherStartOnTheSameDayIsNot()
    {
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));
        meeting.StartTime = new TimeOnly(10, 0);

        Should.Throw<DomainException>(() => meeting.RescheduleTo(meeting.Date, new TimeOnly(10, 0), null, 2, null))
            .Message.ShouldBe("Choose a different date or time for the rescheduled meeting.");
        meeting.State.ShouldBe(MeetingState.Scheduled);

        var replacement = meeting.RescheduleTo(meeting.Date, new TimeOnly(14, 0), null, 2, null);
        replacement.Date.ShouldBe(meeting.Date);
        replacement.StartTime.ShouldBe(new TimeOnly(14, 0));
    }

    [Fact]
    public void Rescheduling_ToAnotherDateAtTheSameStart_IsAllowed()
    {
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));
        meeting.StartTime = new TimeOnly(10, 0);

        meeting.RescheduleTo(new DateOnly(2026, 3, 19), new TimeOnly(10, 0), null, 2, null).Date.ShouldBe(new DateOnly(2026, 3, 19));
    }

    [Fact]
    public void TheReplacement_IsTheSameEventMoved_WithTheReasonKeptOnTheFirst()
    {
        var body = new Body { Name = "Audit Committee", ShortName = "AC" };
        var meeting = new Meeting
        {
            Body = body,
            BodyId = 4,
            Number = 3,
            Title = "Special budget meeting",
            Kind = MeetingKind.Extraordinary,
            Date = new DateOnly(2026, 3, 12),
            StartTime = new TimeOnly(10, 0),
            TimeZone = "Europe/Dublin",
            LocationId = 7,
            RemoteDetails = "Dial 0100",
            HostOrganisationId = 9,
        };
        meeting.RecordAgendaCirculated(Monday);
        meeting.RecordAgendaCirculated(Monday.AddDays(1));

        var replacement = meeting.RescheduleTo(new DateOnly(2026, 3, 26), new TimeOnly(13, 0), new TimeOnly(15, 0), 4, "Auditor unavailable");

        meeting.StateReason.ShouldBe("Auditor unavailable");
        replacement.StateReason.ShouldBeNull();
        (replacement.Body, replacement.BodyId, replacement.Number, replacement.Title, replacement.Kind).ShouldBe((body, 4, 4, "Special budget meeting", MeetingKind.Extraordinary));
        (replacement.Date, replacement.StartTime, replacement.EndTime).ShouldBe((new DateOnly(2026, 3, 26), (TimeOnly?)new TimeOnly(13, 0), (TimeOnly?)new TimeOnly(15, 0)));
        (replacement.TimeZone, replacement.LocationId, replacement.RemoteDetails, replacement.HostOrganisationId).ShouldBe(("Europe/Dublin", (int?)7, "Dial 0100", (int?)9));
        replacement.AgendaCirculatedAt.ShouldBe(Monday.AddDays(1));
        replacement.InvitationSequence.ShouldBe(1);
    }

    [Fact]
    public void RescheduledAgenda_KeepsNumbersPositionsAndNesting()
    {
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));
        meeting.AddAgendaItem("Welcome");
        var finance = meeting.AddAgendaItem("Finance");
        meeting.AddAgendaItem("Budget", finance);
        meeting.AddAgendaItem("Audit", finance);

        var replacement = meeting.RescheduleTo(new DateOnly(2026, 3, 19), null, null, 2, null);

        replacement.AgendaInOrder().Select(i => (i.Number, i.Title, i.Position, i.Parent?.Title))
            .ShouldBe([("1", "Welcome", 1, null), ("2", "Finance", 2, null), ("2.1", "Budget", 1, "Finance"), ("2.2", "Audit", 2, "Finance")]);
        replacement.AgendaItems.ShouldAllBe(i => i.Meeting == replacement);
        replacement.AgendaItems.ShouldNotContain(i => meeting.AgendaItems.Contains(i));
    }

    [Fact]
    public void RescheduledAgenda_KeepsEachItemsPresenters()
    {
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));
        var finance = meeting.AddAgendaItem("Finance");
        var treasurer = new People.Person { FullName = "Tara Treasurer" };
        finance.Presenters.Add(treasurer);

        var replacement = meeting.RescheduleTo(new DateOnly(2026, 3, 19), null, null, 2, null);

        replacement.AgendaItems.Single().Presenters.ShouldBe([treasurer]);
    }

    [Fact]
    public void MinutesApproval_AndNesting_AreRefusedInTheirOwnWords()
    {
        var meeting = HeldWithDraftMinutes();
        Should.Throw<DomainException>(() => meeting.ApproveMinutesAt(NewMeeting(new DateOnly(2026, 5, 1), bodyId: 2)))
            .Message.ShouldBe("Minutes are approved by a later meeting of the same body.");

        var updates = meeting.AddAgendaItem("Updates");
        var cloud = meeting.AddAgendaItem("Cloud", updates);
        Should.Throw<DomainException>(() => meeting.AddAgendaItem("Deeper", cloud))
            .Message.ShouldBe("Items can be nested one level deep (3.1), not further.");
    }

    [Fact]
    public void AStandingItemNamedTwice_IsMattersArisingOnce()
    {
        var body = new Body { Name = "Board", ShortName = "B", StandingItems = "Welcome\nAction log\nAction log", MattersArisingItem = "Action log" };
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));

        meeting.StartAgendaWithStandingItems(body);

        meeting.AgendaInOrder().Select(i => i.IsMattersArising).ShouldBe([false, true, false]);
    }

    [Fact]
    public void MovingAnItem_KeepsThePositionsCountingFromOne()
    {
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));
        var welcome = meeting.AddAgendaItem("Welcome");
        meeting.AddAgendaItem("Minutes");
        meeting.AddAgendaItem("AOB");

        meeting.MoveAgendaItem(welcome, +1);

        meeting.AgendaInOrder().Select(i => (i.Title, i.Position)).ShouldBe([("Minutes", 1), ("Welcome", 2), ("AOB", 3)]);
    }

    [Fact]
    public void AnInquorateMeeting_MayBeRecordedAsInformal_AndUndone()
    {
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));

        meeting.RecordInformal(true, quorate: false);
        meeting.IsInformal.ShouldBeTrue();
        meeting.RecordInformal(false, quorate: true);
        meeting.IsInformal.ShouldBeFalse();
        meeting.RecordInformal(true, quorate: null);
        meeting.IsInformal.ShouldBeTrue();
    }

    [Fact]
    public void AQuorateMeeting_IsNotRecordedAsInformal()
    {
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));

        Should.Throw<DomainException>(() => meeting.RecordInformal(true, quorate: true)).Message.ShouldContain("only an inquorate meeting");
        meeting.IsInformal.ShouldBeFalse();
    }

    [Fact]
    public void Informality_IsNotChangedOnceTheMinutesAreApproved()
    {
        var meeting = Approved(out _);

        Should.Throw<DomainException>(() => meeting.RecordInformal(true, quorate: false));
        meeting.IsInformal.ShouldBeFalse();
    }

    [Fact]
    public void StartingMinutesAgain_LeavesThemCirculated()
    {
        var meeting = HeldWithDraftMinutes();
        meeting.CirculateMinutes();

        meeting.StartMinutes();

        meeting.MinutesState.ShouldBe(MinutesState.Circulated);
    }

    [Fact]
    public void MinutesAreCirculated_OnceDraftedAndOnlyOnce_ForAMeetingThatWasHeld()
    {
        var none = NewMeeting(new DateOnly(2026, 3, 12));
        Should.Throw<DomainException>(none.CirculateMinutes).Message.ShouldBe("There are no draft minutes to circulate yet.");

        var circulated = HeldWithDraftMinutes();
        circulated.CirculateMinutes();
        Should.Throw<DomainException>(circulated.CirculateMinutes).Message.ShouldBe("The minutes are already circulated.");

        var notHeld = NewMeeting(new DateOnly(2026, 3, 12));
        notHeld.StartMinutes();
        Should.Throw<DomainException>(notHeld.CirculateMinutes).Message.ShouldBe("Minutes can be circulated only for a meeting that was held.");
        notHeld.MinutesState.ShouldBe(MinutesState.Draft);
    }

    [Fact]
    public void MinutesAreApproved_OnceDraftedAndOnlyOnce_ForAMeetingThatWasHeld()
    {
        var later = NewMeeting(new DateOnly(2026, 5, 14), number: 2);

        var none = NewMeeting(new DateOnly(2026, 3, 12));
        none.MarkHeld();
        Should.Throw<DomainException>(() => none.ApproveMinutesAt(later)).Message.ShouldBe("There are no minutes to approve yet.");

        var approved = Approved(out _);
        Should.Throw<DomainException>(() => approved.ApproveMinutesAt(later)).Message.ShouldBe("The minutes are already approved.");

        var notHeld = NewMeeting(new DateOnly(2026, 3, 12));
        notHeld.StartMinutes();
        Should.Throw<DomainException>(() => notHeld.ApproveMinutesAt(later)).Message.ShouldBe("Only the minutes of a meeting that was held can be approved.");
    }

    [Fact]
    public void CirculatedMinutes_AreApprovedByTheLaterMeeting_WhoseIdIsRecorded()
    {
        var meeting = HeldWithDraftMinutes();
        meeting.CirculateMinutes();
        var later = NewMeeting(new DateOnly(2026, 5, 14), number: 2);
        later.Id = 42;

        meeting.ApproveMinutesAt(later);

        meeting.MinutesState.ShouldBe(MinutesState.Approved);
        meeting.MinutesApprovedAtId.ShouldBe(42);
    }

    [Fact]
    public void AMeetingOnTheSameDay_DoesNotApproveTheMinutes()
    {
        var meeting = HeldWithDraftMinutes();

        Should.Throw<DomainException>(() => meeting.ApproveMinutesAt(NewMeeting(meeting.Date, number: 2)))
            .Message.ShouldBe("Minutes are approved by a later meeting: choose a meeting after this one.");
    }

    [Fact]
    public void TheSameMeetingReadAgain_DoesNotApproveItsOwnMinutes()
    {
        var meeting = HeldWithDraftMinutes();
        meeting.Id = 5;
        var sameRecord = NewMeeting(new DateOnly(2026, 5, 14));
        sameRecord.Id = 5;

        Should.Throw<DomainException>(() => meeting.ApproveMinutesAt(sameRecord));
        meeting.MinutesState.ShouldBe(MinutesState.Draft);
    }

    [Theory]
    [InlineData(MeetingState.Cancelled)]
    [InlineData(MeetingState.Postponed)]
    [InlineData(MeetingState.Rescheduled)]
    public void AMeetingThatDidNotTakePlace_DoesNotApproveMinutes(MeetingState state)
    {
        var meeting = HeldWithDraftMinutes();
        var later = NewMeeting(new DateOnly(2026, 5, 14), number: 2);
        switch (state)
        {
            case MeetingState.Cancelled:
                later.Cancel(null);
                break;
            case MeetingState.Postponed:
                later.Postpone(null);
                break;
            default:
                later.RescheduleTo(new DateOnly(2026, 5, 21), null, null, 3, null);
                break;
        }

        Should.Throw<DomainException>(() => meeting.ApproveMinutesAt(later)).Message.ShouldContain($"was {state.ToString().ToLowerInvariant()} and cannot approve minutes");
        meeting.MinutesState.ShouldBe(MinutesState.Draft);
    }

    [Fact]
    public void AHeldLaterMeeting_ApprovesTheMinutes()
    {
        var meeting = HeldWithDraftMinutes();
        var later = NewMeeting(new DateOnly(2026, 5, 14), number: 2);
        later.MarkHeld();

        meeting.ApproveMinutesAt(later);

        meeting.MinutesApprovedAt.ShouldBe(later);
    }

    [Fact]
    public void FrozenMinutes_NameTheMeetingThatApprovedThem()
    {
        var meeting = Approved(out _);

        Should.Throw<DomainException>(meeting.EnsureEditable).Message.ShouldStartWith("The minutes of this meeting were approved at the meeting of ");
    }

    [Fact]
    public void PublishedMinutes_AreFrozenToo_AndNotPublishedTwice()
    {
        var meeting = Approved(out _);
        meeting.PublishMinutes();

        meeting.IsFrozen.ShouldBeTrue();
        Should.Throw<DomainException>(meeting.PublishMinutes);
        meeting.MinutesState.ShouldBe(MinutesState.Published);
    }

    [Fact]
    public void DraftAndCirculatedMinutes_AreNotFrozen()
    {
        var meeting = HeldWithDraftMinutes();
        meeting.IsFrozen.ShouldBeFalse();
        meeting.CirculateMinutes();
        meeting.IsFrozen.ShouldBeFalse();
        meeting.EnsureEditable();
    }

    [Fact]
    public void AnAmendment_ChangesTheApprovedMinute_AndRecordsWhoWhenWhyAndWhat()
    {
        var meeting = Approved(out var item);

        var amendment = meeting.AmendMinute(item, "  The budget was approved.  ", "  Error in the record  ", "Clerk", Monday);

        item.Minute!.Text.ShouldBe("The budget was approved.");
        (amendment.Meeting, amendment.AgendaItem).ShouldBe((meeting, item));
        (amendment.Reason, amendment.Before, amendment.After, amendment.AmendedBy, amendment.AmendedAt)
            .ShouldBe(("Error in the record", "The budget was noted.", "The budget was approved.", "Clerk", Monday));
        meeting.Amendments.ShouldBe([amendment]);
    }

    [Fact]
    public void AnAmendment_GivesAnItemWithoutAMinuteItsFirst()
    {
        var meeting = Approved(out _);
        var item = new AgendaItem { Title = "Any other business" };

        var amendment = meeting.AmendMinute(item, "No other business.", "Omitted", "Clerk", Monday);

        item.Minute!.Text.ShouldBe("No other business.");
        amendment.Before.ShouldBe("");
    }

    [Fact]
    public void MinutesNotYetApproved_AreEditedDirectly_NotAmended()
    {
        var meeting = HeldWithDraftMinutes();
        var item = meeting.AddAgendaItem("Budget");

        Should.Throw<DomainException>(() => meeting.AmendMinute(item, "Text", "Reason", "Clerk", Monday))
            .Message.ShouldBe("These minutes are not yet approved: edit the minute directly.");
        meeting.Amendments.ShouldBeEmpty();
    }

    [Fact]
    public void AnAmendment_NeedsAReason_AndAChange()
    {
        var meeting = Approved(out var item);

        Should.Throw<DomainException>(() => meeting.AmendMinute(item, "New text", "   ", "Clerk", Monday))
            .Message.ShouldBe("Say why the approved minutes are being amended.");
        Should.Throw<DomainException>(() => meeting.AmendMinute(item, " The budget was noted. ", "Typo", "Clerk", Monday))
            .Message.ShouldBe("The amended minute is the same as the approved one.");
        item.Minute!.Text.ShouldBe("The budget was noted.");
        meeting.Amendments.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(MeetingKind.ConferenceCall, 7, null, true)]
    [InlineData(MeetingKind.Ordinary, null, "Join on the link", true)]
    [InlineData(MeetingKind.Ordinary, 7, "Join on the link", false)]
    [InlineData(MeetingKind.Ordinary, null, null, false)]
    public void AMeetingIsRemote_WhenACallOrWhenOnlyJoiningDetailsAreGiven(MeetingKind kind, int? locationId, string? remoteDetails, bool remote) =>
        new Meeting { Kind = kind, LocationId = locationId, RemoteDetails = remoteDetails }.IsRemote.ShouldBe(remote);

    [Fact]
    public void AMeetingsTitle_IsItsOwn_ElseItsBodyAndNumber()
    {
        new Meeting { Title = "Annual meeting", Number = 3 }.DisplayTitle.ShouldBe("Annual meeting");
        new Meeting { Body = new Body { Name = "Audit Committee", ShortName = "AC" }, Number = 3 }.DisplayTitle.ShouldBe("Audit Committee 03");
        new Meeting { Number = 12 }.DisplayTitle.ShouldBe("Meeting 12");
    }

    [Theory]
    [InlineData("Town Hall", "1 High Street", "Town Hall, 1 High Street")]
    [InlineData("Town Hall", "  ", "Town Hall")]
    [InlineData("Town Hall", null, "Town Hall")]
    public void AnEventsPlace_IsTheVenuesNameAndAddress_LeavingOutABlankOne(string name, string? address, string expected)
    {
        var e = new CalendarEvent();
        MeetingEvent.Place(e, new Meeting { Date = new DateOnly(2026, 3, 12), Location = new Location { Name = name, Address = address } });
        e.Location.ShouldBe(expected);
    }

    [Fact]
    public void AnEventWithoutAVenue_IsRemote_WhenTheMeetingIs_ElseHasNoPlace()
    {
        var remote = new CalendarEvent();
        MeetingEvent.Place(remote, new Meeting { Date = new DateOnly(2026, 3, 12), Kind = MeetingKind.ConferenceCall });
        remote.Location.ShouldBe("Remote");

        var unplaced = new CalendarEvent();
        MeetingEvent.Place(unplaced, new Meeting { Date = new DateOnly(2026, 3, 12) });
        unplaced.Location.ShouldBeNull();
    }

    [Fact]
    public void NestingUnderASavedItem_RecordsItsId_AndStartsItsSubItemsFromOne()
    {
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));
        var updates = meeting.AddAgendaItem("Updates");
        updates.Id = 41;
        var cloud = meeting.AddAgendaItem("Cloud");

        meeting.NestAgendaItem(cloud);

        (cloud.Parent, cloud.ParentId, cloud.Position, cloud.Number).ShouldBe((updates, (int?)41, 1, "1.1"));
        var cyber = meeting.AddAgendaItem("Cyber");
        meeting.NestAgendaItem(cyber);
        (cyber.Position, cyber.Number).ShouldBe((2, "1.2"));
    }

    [Fact]
    public void NestingUnderAnItemNotYetSaved_LeavesTheIdToTheSave()
    {
        var meeting = NewMeeting(new DateOnly(2026, 3, 12));
        var updates = meeting.AddAgendaItem("Updates");
        var cloud = meeting.AddAgendaItem("Cloud");

        meeting.NestAgendaItem(cloud);

        (cloud.Parent, cloud.ParentId).ShouldBe((updates, (int?)null));
    }

    [Fact]
    public void AnItemIsExempt_OnlyOnAGround_AndOpenAgainOnceTheExemptionIsCleared()
    {
        var item = new AgendaItem { Title = "Land sale" };
        item.Number.ShouldBe("");

        Should.Throw<DomainException>(() => item.MarkExempt(new Exemption { Ground = "  " }))
            .Message.ShouldBe("Choose the ground on which the item is exempt.");
        (item.IsExempt, item.Exemption).ShouldBe((false, (Exemption?)null));

        item.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3" });
        item.IsExempt.ShouldBeTrue();
        item.ClearExemption();
        (item.IsExempt, item.Exemption).ShouldBe((false, (Exemption?)null));
    }

    [Fact]
    public void EveryGroundOffered_IsNamedByItsActAndParagraph_AndLabelled()
    {
        Exemption.Schedule12A.Keys.ShouldAllBe(ground => ground.StartsWith("LGA 1972 Sch 12A para ") || ground.StartsWith("FOIA s"));
        Exemption.Schedule12A.Keys.Count(ground => ground.StartsWith("LGA 1972 Sch 12A para ")).ShouldBe(7);
        Exemption.Schedule12A.Values.ShouldAllBe(label => label.Length > 0);
        Exemption.Schedule12A.Values.Distinct().Count().ShouldBe(Exemption.Schedule12A.Count);
    }
}
