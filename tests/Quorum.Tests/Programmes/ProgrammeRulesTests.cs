using Quorum.Programmes;

namespace Quorum.Tests.Programmes;

/// <summary>The edges of a programme board's records: sums as written, slippage, RAID entries and reports.</summary>
public class ProgrammeRulesTests
{
    [Theory]
    [InlineData("TBC")]
    [InlineData(" to be confirmed ")]
    [InlineData("tbd")]
    [InlineData(null)]
    public void Money_WrittenAsNotYetKnown_IsToBeAgreed(string? text)
    {
        Money.TryParse(text, out var money).ShouldBeTrue();
        money.ShouldBe(Money.ToBeAgreed);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("£2.5M", 2500000)]
    [InlineData(" 1,250.50 ", 1250.50)]
    [InlineData("0.5k", 500)]
    public void Money_IsReadAsPeopleWriteIt(string text, double amount)
    {
        Money.TryParse(text, out var money).ShouldBeTrue();
        money.Amount.ShouldBe((decimal)amount);
    }

    [Theory]
    [InlineData("-1k")]
    [InlineData("k")]
    [InlineData("12 pounds")]
    public void Money_RefusesWhatIsNotASum_AndLeavesItToBeAgreed(string text)
    {
        Money.TryParse(text, out var money).ShouldBeFalse();
        money.IsToBeAgreed.ShouldBeTrue();
    }

    [Fact]
    public void Money_InAnotherCurrency_IsPrintedWithItsCode()
    {
        new Money { Amount = 1234.5m, Currency = "EUR" }.ToString().ShouldBe("1,234.5 EUR");
        Money.Pounds(1234.56m).ToString().ShouldBe("£1,234.56");
    }

    [Fact]
    public void ADayTarget_SlipsFromTheNextDay()
    {
        var milestone = new Milestone { Text = "Go live", TargetDate = new DateOnly(2010, 6, 15) };

        milestone.Deadline.ShouldBe(new DateOnly(2010, 6, 15));
        milestone.SlippageDaysOn(new DateOnly(2010, 6, 1)).ShouldBe(0);
        milestone.SlippageDaysOn(new DateOnly(2010, 6, 15)).ShouldBe(0);
        milestone.SlippageDaysOn(new DateOnly(2010, 6, 16)).ShouldBe(1);
        milestone.TargetLabel.ShouldBe("15 June 2010");
    }

    [Fact]
    public void AMilestoneAchievedInTime_OrDropped_HasNoSlippage()
    {
        var today = new DateOnly(2011, 1, 1);
        new Milestone { Text = "Go live", TargetDate = new DateOnly(2010, 6, 15), Status = MilestoneStatus.Achieved, ActualDate = new DateOnly(2010, 6, 15) }
            .SlippageDaysOn(today).ShouldBe(0);
        new Milestone { Text = "Go live", TargetDate = new DateOnly(2010, 6, 15), Status = MilestoneStatus.Achieved }.SlippageDaysOn(today).ShouldBe(0);
        new Milestone { Text = "Go live", TargetDate = new DateOnly(2010, 6, 15), Status = MilestoneStatus.Dropped }.SlippageDaysOn(today).ShouldBe(0);
        new Milestone { Text = "Go live", TargetDate = new DateOnly(2010, 6, 15), Status = MilestoneStatus.InProgress }.SlippageDaysOn(today).ShouldBe(200);
    }

    [Fact]
    public void AMonthTarget_EndsOnTheMonthsLastDay()
    {
        new Milestone { Text = "Procurement", TargetDate = new DateOnly(2012, 2, 1), TargetIsMonth = true }.Deadline.ShouldBe(new DateOnly(2012, 2, 29));
    }

    [Fact]
    public void ARaidEntry_IsClosedOnce_AndReopenedOpen()
    {
        var issue = new RaidEntry { Kind = RaidKind.Issue, Description = "Supplier late" };
        issue.Close(new DateOnly(2010, 5, 1));

        Should.Throw<DomainException>(() => issue.Close(new DateOnly(2010, 6, 1))).Message.ShouldBe("This entry is already closed.");
        issue.ClosedOn.ShouldBe(new DateOnly(2010, 5, 1));

        issue.Reopen();
        (issue.IsClosed, issue.ClosedOn).ShouldBe((false, (DateOnly?)null));
    }

    [Theory]
    [InlineData(RaidKind.Risk, RaidLevel.High, RaidLevel.High, true)]
    [InlineData(RaidKind.Risk, RaidLevel.High, RaidLevel.Low, false)]
    [InlineData(RaidKind.Risk, RaidLevel.Medium, RaidLevel.High, false)]
    [InlineData(RaidKind.Issue, RaidLevel.High, RaidLevel.High, false)]
    public void OnlyAnOpenRisk_OfHighImpact_AndAtLeastMediumLikelihood_IsHigh(RaidKind kind, RaidLevel impact, RaidLevel likelihood, bool high) =>
        new RaidEntry { Kind = kind, Description = "Funding", Impact = impact, Likelihood = likelihood }.IsHighRisk.ShouldBe(high);

    [Fact]
    public void AReportNotTakenToAMeeting_MayStillChange()
    {
        var report = new HighlightReport { ReportDate = new DateOnly(2010, 2, 5) };

        report.IsFrozen.ShouldBeFalse();
        report.EnsureEditable();
    }

    [Fact]
    public void OfTwoReportsOnOneDay_TheLaterRecordedLeads()
    {
        var ws = new Workstream { Name = "ICT" };
        ws.LatestReport.ShouldBeNull();
        ws.Reports.Add(new HighlightReport { Id = 4, ReportDate = new DateOnly(2010, 2, 5), Overall = Rag.Green });
        ws.Reports.Add(new HighlightReport { Id = 3, ReportDate = new DateOnly(2010, 2, 5), Overall = Rag.Red });

        ws.LatestReport!.Id.ShouldBe(4);
    }

    [Fact]
    public void AReportsLines_AreItsNonBlankLinesTrimmed() =>
        Workstream.Lines(" First \n\n  \nSecond\n").ShouldBe(["First", "Second"]);
}
