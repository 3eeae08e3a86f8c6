using System.Text;
using MiniExcelLibs;

namespace Quorum.Import.Tests;

public class StatusTableTests
{
    private const string Header = "Workstream Name\tShort Workstream Description\tSponsor\tKey Risks\tStatus update\tPlanned Spend\tActual Spend";

    [Fact]
    public void HtmlListInCell_BecomesItems()
    {
        var tsv = $"{Header}\nHR\tShared HR\tJane Roe\t<p>The risks are:</p><ul><li>Staff turnover</li><li>Budget cuts</li></ul>\t<p>Going well</p>\t£12,500\ttba\n";
        var draft = DocumentImporter.ReadStatus(Encoding.UTF8.GetBytes(tsv), "status.tsv");
        var workstream = draft.Workstreams.ShouldHaveSingleItem();
        workstream.Name.ShouldBe("HR");
        workstream.Risks.ShouldBe(["Staff turnover", "Budget cuts"]);
        workstream.Sponsors.ShouldBe(["Jane Roe"]);
        workstream.PlannedSpend!.Amount.ShouldBe(12500m);
        workstream.PlannedSpend.Currency.ShouldBe("GBP");
        workstream.ActualSpend!.Amount.ShouldBeNull();
        workstream.ActualSpend.Text.ShouldBe("tba");
    }

    [Fact]
    public void OverflowRow_ContinuesTheCellAbove()
    {
        var tsv = $"{Header}\nICT\tJoint ICT\tJo\t\t<ul> - First update - Second update is waiting for</ul>\ttba\ttba\n\t\t\t\t<p>sign-off.</p><ul> - Third update</ul>\t\t\n";
        var workstream = DocumentImporter.ReadStatus(Encoding.UTF8.GetBytes(tsv), "status.tsv").Workstreams.ShouldHaveSingleItem();
        workstream.StatusUpdates.ShouldBe(["First update", "Second update is waiting for sign-off.", "Third update"]);
    }

    [Fact]
    public void CsvWithQuotedCells_IsRead()
    {
        var csv = "Workstream,Description,Key Issues,Next Milestones\nProcurement,\"Joint buying, across Surrey\",\"<ul><li>Data quality</li></ul>\",Tender in May\n";
        var workstream = DocumentImporter.ReadStatus(Encoding.UTF8.GetBytes(csv), "status.csv").Workstreams.ShouldHaveSingleItem();
        workstream.Description.ShouldBe("Joint buying, across Surrey");
        workstream.Issues.ShouldBe(["Data quality"]);
        workstream.NextMilestones.ShouldBe(["Tender in May"]);
    }

    [Fact]
    public void Xlsx_IsRead()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { new Dictionary<string, object> { ["Workstream Name"] = "Estates", ["Key Risks"] = "<ul><li>Lease ends</li></ul>", ["Status update"] = "On track" } });
        var draft = DocumentImporter.ReadStatus(stream.ToArray(), "status.xlsx");
        var workstream = draft.Workstreams.ShouldHaveSingleItem();
        workstream.Name.ShouldBe("Estates");
        workstream.Risks.ShouldBe(["Lease ends"]);
        workstream.StatusUpdates.ShouldBe(["On track"]);
    }

    [Fact]
    public void TableWithoutRecognisableHeader_GivesAWarningNotAGuess()
    {
        var draft = DocumentImporter.ReadStatus(Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n"), "status.csv");
        draft.Workstreams.ShouldBeEmpty();
        draft.Warnings.ShouldNotBeEmpty();
    }
}
