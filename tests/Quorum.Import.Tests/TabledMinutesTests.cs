using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Quorum.Import.Minutes;

namespace Quorum.Import.Tests;

/// <summary>
/// Minutes set out as a table, a row to each item ("Ref | Minute | Action"), with the attendance in a table whose labels
/// span it: made-up minutes of a health board, in HTML and in Word.
/// </summary>
public class TabledMinutesTests
{
    private static readonly string[][] Minutes =
    [
        ["HB/25/101", "Welcome and apologies|The Chair welcomed members and noted the apologies above.", ""],
        ["HB/25/102", "Audit committee report|Ms Lindqvist summarised the committee's work. The Board asked that the internal audit plan be brought to the June meeting.", "RL"],
        ["HB/25/103", "Estates strategy|The Board approved the estates strategy for 2025-2030.", ""],
    ];

    private static string Html()
    {
        var html = new StringBuilder("<html><body><h1>Fernbrook Health Board</h1><h2>Minutes of the Board meeting held on Wednesday 21 May 2025</h2><table>");
        html.Append("<tr><th colspan=\"2\">Present</th></tr><tr><td>Tomas Reyes</td><td>Chair</td></tr><tr><td>Ruth Lindqvist</td><td>Non-executive member</td></tr>");
        html.Append("<tr><th colspan=\"2\">Apologies</th></tr><tr><td>Kwame Asante</td><td>Medical Director</td></tr></table>");
        html.Append("<table><tr><th>Ref</th><th>Minute</th><th>Action</th></tr>");
        foreach (var row in Minutes)
        {
            var parts = row[1].Split('|');
            html.Append($"<tr><td>{row[0]}</td><td><p><strong>{parts[0]}</strong></p><p>{parts[1]}</p></td><td>{row[2]}</td></tr>");
        }

        return html.Append("</table></body></html>").ToString();
    }

    private static byte[] Docx()
    {
        static TableRow Row(params string[][] cells) =>
            new(cells.Select(paragraphs => new TableCell(paragraphs.Select(p => new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(p) { Space = SpaceProcessingModeValues.Preserve }))))));

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(
                new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Fernbrook Health Board"))),
                new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Minutes of the Board meeting held on Wednesday 21 May 2025"))),
                new Table(Row(["Present"], [""]), Row(["Tomas Reyes"], ["Chair"]), Row(["Ruth Lindqvist"], ["Non-executive member"]),
                    Row(["Apologies"], [""]), Row(["Kwame Asante"], ["Medical Director"])),
                new Paragraph(),
                new Table([Row(["Ref"], ["Minute"], ["Action"]), .. Minutes.Select(m => Row([m[0]], m[1].Split('|'), [m[2]]))]));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    public static TheoryData<string> Files => new() { "minutes.html", "minutes.docx" };

    private static MinutesDraft Read(string file) =>
        file.EndsWith(".docx", StringComparison.Ordinal)
            ? DocumentImporter.ReadMinutes(Docx(), file)
            : DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(Html()), file);

    [Theory]
    [MemberData(nameof(Files))]
    public void LabelRowsSpanningTheTable_HeadThePeopleBelowThem(string file)
    {
        var draft = Read(file);

        draft.Attendees.Select(a => a.Name).ShouldBe(["Tomas Reyes", "Ruth Lindqvist"]);
        draft.Attendees[0].Role.ShouldBe("Chair");
        draft.Apologies.Select(a => a.Name).ShouldBe(["Kwame Asante"]);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EachRow_IsAnItemTitledByItsFirstParagraph(string file)
    {
        var draft = Read(file);

        draft.AgendaItems.Select(i => i.Number).ShouldBe(["HB/25/101", "HB/25/102", "HB/25/103"]);
        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Welcome and apologies", "Audit committee report", "Estates strategy"]);
        draft.AgendaItems[0].Minute.ShouldBe("The Chair welcomed members and noted the apologies above.");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void TheActionColumn_OwnsTheRowsMinute_AndDecisionsAreReadInTheirItems(string file)
    {
        var draft = Read(file);

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.ShouldBe(["Ruth Lindqvist"]);
        action.Text.ShouldContain("internal audit plan");
        action.Item.ShouldBe("HB/25/102");
        var decision = draft.Decisions.ShouldHaveSingleItem();
        decision.Text.ShouldBe("The Board approved the estates strategy for 2025-2030.");
        decision.Item.ShouldBe("HB/25/103");
    }

    [Fact]
    public void ARegisterOfActions_IsNoTableOfMinutes()
    {
        var html = "<html><body><h1>Fernbrook Health Board</h1><p>Minutes of the Board meeting held on 21 May 2025</p>"
            + "<p>Present: Tomas Reyes (Chair), Ruth Lindqvist</p><h2>Actions</h2><table><tr><th>Action</th><th>Owner</th><th>Due</th></tr>"
            + "<tr><td>Circulate the audit plan</td><td>Ruth Lindqvist</td><td>30 June 2025</td></tr>"
            + "<tr><td>Book the June venue</td><td>Tomas Reyes</td><td>1 June 2025</td></tr></table></body></html>";

        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(html), "minutes.html");

        draft.Actions.Select(a => a.Text).ShouldBe(["Circulate the audit plan", "Book the June venue"]);
        draft.Actions[0].Owners.ShouldBe(["Ruth Lindqvist"]);
        draft.AgendaItems.ShouldNotContain(i => i.Title.Contains("audit plan", StringComparison.Ordinal));
    }

    [Fact]
    public void ATableWithoutHeader_TheMinutesNumberInItsOwnColumn_IsReadAsTheMinutes()
    {
        var html = "<html><body><p><b>NETHERCOTT PARISH COUNCIL</b></p><p>Minutes of the Meeting of the Parish Council held on Monday 9 June 2025 at 7.30pm</p>"
            + "<p>Present: Cllr E Marsh (Chairman), Cllr O Brandt, Cllr W Achebe</p><table>"
            + "<tr><td>25/061</td><td><b>Apologies for absence</b><br>Apologies were received and accepted from Cllr G Fenwick (holiday).</td></tr>"
            + "<tr><td>25/062</td><td><b>Minutes</b><br>RESOLVED that the minutes of the meeting held on 12 May 2025 be approved as a correct record.</td></tr>"
            + "<tr><td>25/063</td><td><b>Finance</b><br>RESOLVED to approve the payments listed on the schedule, totalling £812.40.</td></tr>"
            + "</table></body></html>";

        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(html), "minutes.html");

        draft.AgendaItems.Select(i => (i.Number, i.Title)).ShouldBe([("25/061", "Apologies for absence"), ("25/062", "Minutes"), ("25/063", "Finance")]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Cllr G Fenwick"]);
        draft.Decisions.Select(d => d.Item).ShouldBe(["25/062", "25/063"]);
    }

    [Fact]
    public void ATableOfPeopleWithoutHeader_IsNoTableOfMinutes()
    {
        var html = "<html><body><h1>Nethercott Parish Council</h1><p>Minutes of the meeting held on 9 June 2025</p><p>Present:</p><table>"
            + "<tr><td>Cllr E Marsh</td><td>Chairman</td></tr><tr><td>Cllr O Brandt</td><td>Vice-Chairman</td></tr></table>"
            + "<h2>1. Apologies</h2><p>None.</p></body></html>";

        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(html), "minutes.html");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Cllr E Marsh", "Cllr O Brandt"]);
        draft.AgendaItems.ShouldHaveSingleItem();
    }

    [Fact]
    public void WithoutHeader_AColumnOfInitialsRightOfTheMinutes_OwnsTheirActions()
    {
        var html = "<html><body><p><b>Westmoor Community Transport</b></p><p>Minutes of the Trustees' meeting held on Tuesday 8 April 2025</p>"
            + "<p>Present: Jo Whitfield (Chair), Sam Bright (Treasurer), Ade Okonjo</p><table>"
            + "<tr><td>1.</td><td><b>Welcome</b><br>The Chair welcomed members and thanked them for coming.</td><td></td></tr>"
            + "<tr><td>2.</td><td><b>Fundraising</b><br>The report was discussed at length. Sam to book the marquee for the summer fair.</td><td>SB</td></tr>"
            + "<tr><td>3.</td><td><b>Drivers</b><br>Members discussed the shortage of volunteer drivers. Jo to draft an advert.</td><td>JW</td></tr>"
            + "</table></body></html>";

        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(html), "minutes.html");

        draft.Actions.Select(a => (a.Owners.Single(), a.Item)).ShouldBe([("Sam Bright", "2"), ("Jo Whitfield", "3")]);
        draft.Actions[0].Text.ShouldContain("marquee");
    }

    [Fact]
    public void ALabelCellBesideOnePersonToAParagraph_ListsEachOfThem()
    {
        var html = "<html><body><p><b>KINGSMOOR TOWN COUNCIL</b></p><p>Minutes of the Finance Committee held on Tuesday 11 March 2025 at 7pm</p><table>"
            + "<tr><td>Present:</td><td><p>Cllr A Hughes (Chair)</p><p>Cllr B Okafor</p><p>Cllr C Lindqvist</p></td></tr>"
            + "<tr><td>Apologies:</td><td><p>Cllr F Dunne</p><p>Cllr G Hart</p></td></tr></table>"
            + "<p><b>1. Minutes</b></p><p>RESOLVED that the minutes of 11 February 2025 be approved.</p></body></html>";

        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(html), "minutes.html");

        draft.Attendees.Select(a => (a.Name, a.Organisation)).ShouldBe([("Cllr A Hughes", null), ("Cllr B Okafor", null), ("Cllr C Lindqvist", null)]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Cllr F Dunne", "Cllr G Hart"]);
    }

    [Fact]
    public void ColumnsOfDecisionsAndActionsBesideTheMinute_AreReadAsTheirLabelledLines()
    {
        var html = "<html><body><h1>Ashby Village Hall Committee</h1><p>Minutes of the meeting held on 2 April 2025</p>"
            + "<p>Present: Ann Cole (Chair), Ben Ford (Treasurer), Cara Dunn (Clerk)</p>"
            + "<table><tr><th>No</th><th>Item</th><th>Discussion</th><th>Decision</th><th>Actions</th></tr>"
            + "<tr><td>1</td><td>Finance</td><td>The Treasurer presented the accounts for the quarter and members asked about the reserves.</td>"
            + "<td>The accounts were approved.</td><td>Treasurer to publish the accounts on the website.</td></tr>"
            + "<tr><td>2</td><td>Hall roof</td><td>Members considered three quotations for the repair of the roof and the timing of the work.</td>"
            + "<td>The quotation from Abbey Roofing was accepted.</td><td>Clerk to instruct Abbey Roofing.</td></tr></table></body></html>";

        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(html), "minutes.html");

        draft.AgendaItems.Select(i => (i.Number, i.Title)).ShouldBe([("1", "Finance"), ("2", "Hall roof")]);
        draft.Decisions.Select(d => d.Item).ShouldBe(["1", "2"]);
        draft.Decisions[1].Text.ShouldContain("Abbey Roofing was accepted");
        draft.Actions.Select(a => (a.Owners.Single(), a.Item)).ShouldBe([("Treasurer", "1"), ("Clerk", "2")]);
    }

    private static MinutesDraft ReadHtml(string table) => DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(
        "<html><body><p><b>Eastbrook Steering Group</b></p><p>Minutes of the meeting held on 12 March 2025</p>"
        + "<p>Present: Gill Harper (Chair), Raj Patel, Sue Tomlin</p>" + table + "<p>Next meeting: 9 April 2025</p></body></html>"), "minutes.html");

    [Fact]
    public void ItemDiscussionAndDecisionColumns_BrieflyWritten_AreMinutes()
    {
        var draft = ReadHtml("<table><tr><th>Item</th><th>Discussion</th><th>Decision / Action</th></tr>"
            + "<tr><td>1. Minutes of last meeting</td><td>Minutes of 12 February reviewed.</td><td>Approved.</td></tr>"
            + "<tr><td>2. Housing survey</td><td>Raj reported 412 responses.</td><td>Agreed to publish the summary. Action: RP by 31 March.</td></tr>"
            + "<tr><td>3. Budget</td><td>£2,300 remains in the grant.</td><td>Noted.</td></tr></table>");

        draft.AgendaItems.Select(a => (a.Number, a.Title)).ShouldBe([("1", "Minutes of last meeting"), ("2", "Housing survey"), ("3", "Budget")]);
        draft.Decisions.Select(d => d.Text).ShouldBe(["Minutes of 12 February reviewed. Approved.", "Agreed to publish the summary."]);
        draft.AgendaItems[0].Minute.ShouldBe("Minutes of 12 February reviewed.\nApproved.");
        var action = draft.Actions.ShouldHaveSingleItem();
        (action.Owners.Single(), action.Text, action.Due).ShouldBe(("Raj Patel", "Agreed to publish the summary.", "2025-03-31"));
    }

    [Fact]
    public void DecisionColumn_IsDecidedInWhateverWords_AndTheOwnerColumnActsOnIt()
    {
        var draft = ReadHtml("<table><tr><th>No.</th><th>Item</th><th>Notes</th><th>Decision</th><th>Action by</th></tr>"
            + "<tr><td>1</td><td>Water supply</td><td>Two leaks were reported.</td><td>Pipe to be repaired before April.</td><td>ST</td></tr>"
            + "<tr><td>2</td><td>Open day</td><td>Date to be fixed.</td><td></td><td>GH</td></tr></table>");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Decision: Pipe to be repaired before April."]);
        draft.Actions.Select(a => (a.Owners.Single(), a.Text)).ShouldBe([("Sue Tomlin", "Decision: Pipe to be repaired before April."), ("Gill Harper", "Date to be fixed.")]);
    }
}
