using Quorum.Actions;
using Quorum.Meetings;

namespace Quorum.Tests.Actions;

/// <summary>What an update may say and do to an action: its status, when it closed and at which meeting.</summary>
public class ActionItemRulesTests
{
    private static readonly DateOnly Day = new(2026, 6, 4);
    private static readonly DateTime At = new(2026, 6, 4, 18, 30, 0, DateTimeKind.Utc);

    private static ActionItem NewAction() => new() { Reference = "LG CIO 03/01", Text = "Report on capacity" };

    [Fact]
    public void AChangeOfStatus_NeedsNoWords()
    {
        var action = NewAction();

        var update = action.RecordUpdate(null, ActionStatus.InProgress, Day, "clerk", At);

        (update.Text, update.StatusFrom, update.StatusTo, action.Status).ShouldBe(("", (ActionStatus?)ActionStatus.Open, (ActionStatus?)ActionStatus.InProgress, ActionStatus.InProgress));
    }

    [Fact]
    public void TheSameStatusAgain_IsNoChange_AndWithoutWordsIsRefused()
    {
        var action = NewAction();

        Should.Throw<DomainException>(() => action.RecordUpdate("  ", ActionStatus.Open, Day, "clerk", At))
            .Message.ShouldBe("Say what was reported on action LG CIO 03/01, or change its status.");
        var update = action.RecordUpdate(" Chased again ", ActionStatus.Open, Day, "clerk", At);

        (update.Text, update.StatusFrom, update.StatusTo).ShouldBe(("Chased again", (ActionStatus?)null, (ActionStatus?)null));
        action.Updates.ShouldBe([update]);
    }

    [Fact]
    public void AnUpdate_RecordsWhenWhoAndAtWhichSavedMeeting()
    {
        var action = NewAction();
        var meeting = new Meeting { Id = 31, Number = 4, Date = Day };

        var update = action.RecordUpdate("Two replies awaited", null, Day, "Clerk Carol", At, meeting);

        (update.On, update.RecordedAt, update.RecordedBy, update.Meeting, update.MeetingId).ShouldBe((Day, At, "Clerk Carol", meeting, (int?)31));
    }

    [Fact]
    public void AMeetingNotYetSaved_IsLinkedButHasNoId()
    {
        var action = NewAction();
        var meeting = new Meeting { Number = 4, Date = Day };

        var update = action.RecordUpdate("Done", ActionStatus.Done, Day, "clerk", At, meeting);

        (update.Meeting, update.MeetingId).ShouldBe((meeting, (int?)null));
        (action.ClosedAtMeeting, action.ClosedAtMeetingId).ShouldBe((meeting, (int?)null));
    }

    [Theory]
    [InlineData(ActionStatus.Done)]
    [InlineData(ActionStatus.Dropped)]
    [InlineData(ActionStatus.Superseded)]
    public void ClosingAnAction_RecordsTheDayAndTheMeeting(ActionStatus closing)
    {
        var action = NewAction();
        var meeting = new Meeting { Id = 31, Number = 4, Date = Day };

        action.RecordUpdate(null, closing, Day, "clerk", At, meeting);

        action.IsClosed.ShouldBeTrue();
        (action.ClosedOn, action.ClosedAtMeeting, action.ClosedAtMeetingId).ShouldBe(((DateOnly?)Day, meeting, (int?)31));
    }

    [Theory]
    [InlineData(ActionStatus.Open)]
    [InlineData(ActionStatus.InProgress)]
    public void ReopeningAnAction_ForgetsWhenAndWhereItClosed(ActionStatus reopened)
    {
        var action = NewAction();
        action.RecordUpdate(null, ActionStatus.Done, Day, "clerk", At, new Meeting { Id = 31, Number = 4, Date = Day });

        action.RecordUpdate("Needed after all", reopened, Day.AddDays(30), "clerk", At);

        action.IsClosed.ShouldBeFalse();
        (action.Status, action.ClosedOn, action.ClosedAtMeeting, action.ClosedAtMeetingId).ShouldBe((reopened, (DateOnly?)null, (Meeting?)null, (int?)null));
    }

    [Theory]
    [InlineData(ActionStatus.Done)]
    [InlineData(ActionStatus.Dropped)]
    [InlineData(ActionStatus.Superseded)]
    public void AClosedAction_IsNotClosedAgain(ActionStatus closing)
    {
        var action = NewAction();
        action.RecordUpdate(null, ActionStatus.Dropped, Day, "clerk", At);

        Should.Throw<DomainException>(() => action.RecordUpdate("Again", closing, Day.AddDays(1), "clerk", At))
            .Message.ShouldBe("Action LG CIO 03/01 is already dropped: reopen it to record more.");
        (action.Status, action.ClosedOn).ShouldBe((ActionStatus.Dropped, (DateOnly?)Day));
    }

    [Fact]
    public void AnActionInProgress_IsDescribedInWords()
    {
        ActionItem.Describe(ActionStatus.InProgress).ShouldBe("in progress");
        ActionItem.Describe(ActionStatus.Superseded).ShouldBe("superseded");
    }

    [Fact]
    public void AnAction_IsOverdueOnlyAfterItsDueDay_AndNeverWithoutOne()
    {
        var action = NewAction();
        action.DueDate = Day;

        action.IsOverdueOn(Day).ShouldBeFalse();
        action.IsOverdueOn(Day.AddDays(1)).ShouldBeTrue();
        NewAction().IsOverdueOn(Day).ShouldBeFalse();
    }
}
