using Quorum.Conduct;
using Quorum.Imports;

namespace Quorum.Tests.Imports;

public class ReviewedMinutesTests
{
    [Theory]
    [InlineData("2010-03-31", 2010, 3, 31)]
    [InlineData(" 2010-03-31 ", 2010, 3, 31)]
    [InlineData("31/3/2010", 2010, 3, 31)]
    [InlineData("01/12/2010", 2010, 12, 1)]
    [InlineData("2010-03", 2010, 3, 31)]
    [InlineData("2012-02", 2012, 2, 29)]
    [InlineData("2011-02", 2011, 2, 28)]
    [InlineData("2010-12", 2010, 12, 31)]
    public void ADueDate_IsReadAsDraftsAndClerksWriteIt(string text, int year, int month, int day)
    {
        ReviewedAction.TryReadDue(text, out var due).ShouldBeTrue();
        due.ShouldBe(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ABlankDueDate_IsNoDate(string? text)
    {
        ReviewedAction.TryReadDue(text, out var due).ShouldBeTrue();
        due.ShouldBeNull();
    }

    [Theory]
    [InlineData("next meeting")]
    [InlineData("2010-13-01")]
    [InlineData("31/13/2010")]
    [InlineData("3/31/2010")]
    [InlineData("2010/03/31")]
    [InlineData("2010-3")]
    public void AnythingElse_IsRefused(string text)
    {
        ReviewedAction.TryReadDue(text, out var due).ShouldBeFalse();
        due.ShouldBeNull();
    }

    [Theory]
    [InlineData("disclosable_pecuniary", InterestKind.DisclosablePecuniary)]
    [InlineData("other_registrable", InterestKind.OtherRegistrable)]
    [InlineData("non_registrable", InterestKind.NonRegistrable)]
    [InlineData("Disclosable_Pecuniary", null)]
    [InlineData("personal", null)]
    [InlineData(null, null)]
    public void TheInterestKind_IsTheOneTheDraftNames(string? drafted, InterestKind? kind) =>
        ReviewedDeclaration.KindOf(drafted).ShouldBe(kind);

    [Theory]
    [InlineData("carried", MotionOutcome.Carried)]
    [InlineData("lost", MotionOutcome.Lost)]
    [InlineData("withdrawn", MotionOutcome.Withdrawn)]
    [InlineData("Carried", null)]
    [InlineData("agreed", null)]
    [InlineData(null, null)]
    public void TheMotionOutcome_IsTheOneTheDraftStates(string? drafted, MotionOutcome? outcome) =>
        ReviewedMotion.OutcomeOf(drafted).ShouldBe(outcome);

    [Theory]
    [InlineData(MotionOutcome.Carried, null, null, true)]
    [InlineData(MotionOutcome.Carried, 1, 5, true)]
    [InlineData(MotionOutcome.Lost, 5, 1, false)]
    [InlineData(MotionOutcome.Withdrawn, 5, 1, false)]
    [InlineData(null, 5, 4, true)]
    [InlineData(null, 4, 4, false)]
    [InlineData(null, 3, 4, false)]
    [InlineData(null, 5, null, false)]
    [InlineData(null, null, null, false)]
    public void AMotion_BecomesTheDecision_WhenCarriedOrWhenMoreVotedForThanAgainst(MotionOutcome? outcome, int? votesFor, int? against, bool carries) =>
        new ReviewedMotion("3", "That the report be approved", "Cllr Hart", null, outcome, votesFor, against, null).Carries.ShouldBe(carries);
}
