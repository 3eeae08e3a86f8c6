using Quorum.Programmes;

namespace Quorum.Tests;

public class ProgrammeTests
{
    [Theory]
    [InlineData("tba", null)]
    [InlineData("To be agreed", null)]
    [InlineData("", null)]
    [InlineData("£12,500", 12500)]
    [InlineData("40k", 40000)]
    [InlineData("1.2m", 1200000)]
    public void Money_IsAnAmountOrToBeAgreed_NeverAZeroForUnknown(string text, int? expected)
    {
        Money.TryParse(text, out var money).ShouldBeTrue();
        money.Amount.ShouldBe(expected);
        money.IsToBeAgreed.ShouldBe(expected is null);
    }

    [Fact]
    public void Money_RefusesNonsense_AndPrintsToBeAgreedInWords()
    {
        Money.TryParse("lots", out _).ShouldBeFalse();
        Money.TryParse("-5", out _).ShouldBeFalse();
        Money.ToBeAgreed.ToString().ShouldBe("To be agreed");
        Money.Pounds(12500).ToString().ShouldBe("£12,500");
    }

    [Theory]
    [InlineData(Rag.Green, Rag.Green, Rag.Green, Rag.Green)]
    [InlineData(Rag.Green, Rag.Amber, Rag.Green, Rag.Amber)]
    [InlineData(Rag.Amber, Rag.Green, Rag.Red, Rag.Red)]
    public void OverallRag_IsTheWorstOfItsParts(Rag time, Rag cost, Rag scope, Rag overall)
    {
        RagRule.Overall(time, cost, scope).ShouldBe(overall);
    }

    [Fact]
    public void MonthTarget_SlipsOnlyAfterTheMonthEnds()
    {
        var milestone = new Milestone { Text = "Procurement complete", TargetDate = new DateOnly(2010, 3, 1), TargetIsMonth = true };

        milestone.SlippageDaysOn(new DateOnly(2010, 3, 31)).ShouldBe(0);
        milestone.SlippageDaysOn(new DateOnly(2010, 4, 10)).ShouldBe(10);
        milestone.TargetLabel.ShouldBe("March 2010");
    }

    [Fact]
    public void AchievedMilestone_SlippageIsFrozenAtItsActualDate()
    {
        var milestone = new Milestone { Text = "Go live", TargetDate = new DateOnly(2010, 6, 1), Status = MilestoneStatus.Achieved, ActualDate = new DateOnly(2010, 6, 15) };
        milestone.SlippageDaysOn(new DateOnly(2011, 1, 1)).ShouldBe(14);
    }

    [Fact]
    public void LatestReport_DrivesTheWorkstream_AndAFrozenReportCannotChange()
    {
        var ws = new Workstream { Name = "ICT" };
        ws.Reports.Add(new HighlightReport { Id = 1, ReportDate = new DateOnly(2010, 1, 5), Overall = Rag.Red });
        ws.Reports.Add(new HighlightReport { Id = 2, ReportDate = new DateOnly(2010, 2, 5), Overall = Rag.Amber, AgendaItemId = 7 });

        ws.LatestReport!.Overall.ShouldBe(Rag.Amber);
        Should.Throw<DomainException>(ws.LatestReport.EnsureEditable);
    }

    [Fact]
    public void HighRisk_IsOpenWithHighImpactAndLikely()
    {
        var risk = new RaidEntry { Kind = RaidKind.Risk, Description = "Funding", Impact = RaidLevel.High, Likelihood = RaidLevel.Medium };
        risk.IsHighRisk.ShouldBeTrue();
        risk.Close(new DateOnly(2010, 5, 1));
        risk.IsHighRisk.ShouldBeFalse();
        risk.ClosedOn.ShouldBe(new DateOnly(2010, 5, 1));
    }
}
