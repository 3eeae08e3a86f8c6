using Quorum.Actions;
using Quorum.Meetings;

namespace Quorum.Tests;

public class ActionTests
{
    [Theory]
    [InlineData(null, "LG CIO", 3, 5, 17, "LG CIO 03/05")]
    [InlineData(ActionReferenceScheme.Default, "DFG", 12, 1, 40, "DFG 12/01")]
    [InlineData(ActionReferenceScheme.RunningNumber, "LG CIO", 3, 5, 1, "Action 01")]
    [InlineData("{prefix}-{n:000}", "NPPB", 1, 1, 7, "NPPB-007")]
    public void References_FollowTheBodysScheme(string? scheme, string prefix, int meeting, int sequence, int running, string expected)
    {
        ActionReferenceScheme.Format(scheme, prefix, meeting, sequence, running).ShouldBe(expected);
    }

    [Fact]
    public void SchemeWithoutAnActionNumber_IsInvalid()
    {
        ActionReferenceScheme.IsValid("{prefix} {meeting:00}").ShouldBeFalse();
        ActionReferenceScheme.IsValid("{prefix} {meeting:00}/{seq:00}").ShouldBeTrue();
        ActionReferenceScheme.IsValid("{prefix} {colour}/{seq}").ShouldBeFalse();
    }

    [Theory]
    [InlineData("  ", "LG CIO", "LG CIO 03/05")]
    [InlineData("{prefix} {colour}/{seq}", "LG CIO", "LG CIO {colour}/5")]
    [InlineData("{prefix} {n}", "", "17")]
    [InlineData("{meeting}.{seq:000}", "LG CIO", "3.005")]
    public void ABlankScheme_IsTheDefault_AnUnknownPlaceholderStaysAsWritten_AndTheReferenceIsTrimmed(string scheme, string prefix, string expected)
    {
        ActionReferenceScheme.Format(scheme, prefix, 3, 5, 17).ShouldBe(expected);
    }

    [Theory]
    [InlineData(ActionReferenceScheme.RunningNumber, true)]
    [InlineData("{prefix}-{n:000}", true)]
    [InlineData("{seq}", true)]
    [InlineData("{prefix} {meeting}", false)]
    [InlineData("{prefix} {n}/{sequence}", false)]
    public void ASchemeNumbersActions_ByTheMeetingOrAcrossTheBody_WithPlaceholdersItKnows(string scheme, bool valid)
    {
        ActionReferenceScheme.IsValid(scheme).ShouldBe(valid);
    }

    [Fact]
    public void ActionCarriedOverThreeMeetings_KeepsItsWholeHistory_AndClosesAtTheLast()
    {
        var action = new ActionItem { Reference = "LG CIO 01/02", Text = "report on capacity" };
        var meetings = new[] { 2, 3, 4 }.Select(n => new Meeting { Number = n, Date = new DateOnly(2026, n * 2, 1) }).ToArray();

        action.RecordUpdate("Still outstanding", null, meetings[0].Date, "clerk", DateTime.UtcNow, meetings[0]);
        action.RecordUpdate("Two replies awaited", ActionStatus.InProgress, meetings[1].Date, "clerk", DateTime.UtcNow, meetings[1]);
        action.RecordUpdate("Report received", ActionStatus.Done, meetings[2].Date, "clerk", DateTime.UtcNow, meetings[2]);

        action.Updates.Count.ShouldBe(3);
        action.Status.ShouldBe(ActionStatus.Done);
        action.ClosedAtMeeting.ShouldBe(meetings[2]);
        action.ClosedOn.ShouldBe(meetings[2].Date);
        action.Updates[1].StatusFrom.ShouldBe(ActionStatus.Open);
        action.Updates[1].StatusTo.ShouldBe(ActionStatus.InProgress);
    }

    [Fact]
    public void ClosedAction_TakesNoMoreUpdates_UntilReopened()
    {
        var action = new ActionItem { Reference = "A 1", Text = "x" };
        action.RecordUpdate("Not needed", ActionStatus.Dropped, new DateOnly(2026, 1, 1), "clerk", DateTime.UtcNow);

        Should.Throw<DomainException>(() => action.RecordUpdate("more", null, new DateOnly(2026, 2, 1), "clerk", DateTime.UtcNow));
        action.RecordUpdate("Needed after all", ActionStatus.Open, new DateOnly(2026, 3, 1), "clerk", DateTime.UtcNow);
        action.Status.ShouldBe(ActionStatus.Open);
        action.ClosedOn.ShouldBeNull();
    }

    [Fact]
    public void EmptyUpdate_IsRefused()
    {
        Should.Throw<DomainException>(() => new ActionItem { Reference = "A 1" }.RecordUpdate(" ", null, new DateOnly(2026, 1, 1), "clerk", DateTime.UtcNow));
    }

    [Fact]
    public void OpenActionPastItsDueDate_IsOverdue_ButADoneOneIsNot()
    {
        var today = new DateOnly(2026, 11, 24);
        var action = new ActionItem { Reference = "A 1", DueDate = today.AddDays(-1) };
        action.IsOverdueOn(today).ShouldBeTrue();
        action.RecordUpdate("Done", ActionStatus.Done, today, "clerk", DateTime.UtcNow);
        action.IsOverdueOn(today).ShouldBeFalse();
    }
}
