using System.Text;
using Quorum.Import.Minutes;

namespace Quorum.Import.Tests;

/// <summary>The same minutes read from each format give the same draft.</summary>
public class FormatTests
{
    public static TheoryData<string> Formats => new() { "minutes.txt", "minutes.docx", "minutes.pdf", "minutes.html", "minutes.md" };

    [Fact]
    public void Windows1252Text_KeepsCurlyQuotesDashesAndTheEuroSign()
    {
        // “Budget” – €5,000 in Windows-1252, which is not valid UTF-8.
        byte[] bytes = [0x93, .. "Budget"u8, 0x94, 0x20, 0x96, 0x20, 0x80, .. "5,000"u8];

        TextDecoding.Decode(bytes).ShouldBe("\u201cBudget\u201d \u2013 \u20ac5,000");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void SampleMinutes_ReadTheSameInEveryFormat(string fileName)
    {
        var bytes = Path.GetExtension(fileName) switch
        {
            ".docx" => SampleDocuments.Docx(),
            ".pdf" => SampleDocuments.Pdf(),
            ".html" => SampleDocuments.Html(),
            ".md" => SampleDocuments.Markdown(),
            _ => SampleDocuments.PlainText(),
        };
        var draft = DocumentImporter.ReadMinutes(new MemoryStream(bytes), fileName);

        draft.MeetingDate.ShouldBe("2021-03-09");
        draft.Attendees.Select(a => a.Name).ShouldBe(["Alice Smith", "Bob Jones", "Carol White"]);
        draft.Attendees[0].Role.ShouldBe("Chair");
        draft.Attendees[2].Role.ShouldBe("Secretary");
        draft.Apologies.Select(a => a.Name).ShouldBe(["David Green"]);
        draft.AgendaItems.Select(i => i.Number).ShouldBe(["1", "2", "3", "4"]);
        draft.AgendaItems[2].Exempt.ShouldBeTrue();
        var action = draft.Actions.ShouldHaveSingleItem();
        action.Reference.ShouldBe("FC 04/01");
        action.Owners.ShouldBe(["Bob Jones"]);
        action.Due.ShouldBe("2021-03-31");
        draft.Decisions.Count.ShouldBe(2);
        draft.NextMeetings.ShouldBe(["2021-04-13"]);
    }

    [Fact]
    public void Json_UsesTheSchemaNames()
    {
        var json = DraftJson.Serialize(DocumentImporter.ReadMinutes(SampleDocuments.PlainText(), "minutes.txt"));
        json.ShouldContain("\"meeting_date\": \"2021-03-09\"");
        json.ShouldContain("\"agenda_items\"");
        json.ShouldContain("\"next_meetings\"");
        json.ShouldContain("\"kind\": \"minutes\"");
    }

    [Fact]
    public void AlternateLineAttendance_PairsNamesWithOrganisations()
    {
        var text = "NOTES OF THE BOARD MEETING 7 JANUARY 2010\nParticipants:\nWilliam Barker\n\nDept of Communities & Local Government\nMartin Bellamy\n\nCabinet Office\nPeter Bole\n\nKent County Council\nKay Brown\n\nSouth Lanarkshire Council\nApologies:\nRose Crozier\n\nBelfast City Council\n\n1. Welcome\nAll welcomed.\n";
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), "notes.txt");
        draft.Attendees.ShouldBe([
            new PersonDraft("William Barker", "Dept of Communities & Local Government"),
            new PersonDraft("Martin Bellamy", "Cabinet Office"),
            new PersonDraft("Peter Bole", "Kent County Council"),
            new PersonDraft("Kay Brown", "South Lanarkshire Council"),
        ]);
        draft.Apologies.ShouldBe([new PersonDraft("Rose Crozier", "Belfast City Council")]);
    }

    [Fact]
    public void AlternateLineAttendance_AOneWordOrganisationAfterANameIsThatPersonsOrganisation()
    {
        var text = "NOTES FROM LOCAL CIO COUNCIL CONFERENCE CALL THURSDAY 7TH JANUARY 2010\nParticipants:\nMartin Bellamy\nCabinet Office\nMark Brett\nSocitm\n"
            + "Jos Creese\nHampshire County Council (Chair of LCIOC)\nApologies:\nGlyn Evans\nBirmingham City Council\n\n1.   Welcome & Introductions\n\nThe call opened with introductions.\n";
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), "notes.txt");
        draft.Attendees.Select(a => (a.Name, a.Organisation)).ShouldBe([
            ("Martin Bellamy", "Cabinet Office"),
            ("Mark Brett", "Socitm"),
            ("Jos Creese", "Hampshire County Council"),
        ]);
        draft.Apologies.Select(a => (a.Name, a.Organisation)).ShouldBe([("Glyn Evans", "Birmingham City Council")]);
    }

    [Fact]
    public void PersonBothPresentAndApologising_IsInNeitherList()
    {
        var text = "Minutes of the Board meeting 1 May 2020\nPresent:\tAnn Lee\tCouncil A\n\tTom Hall\tCouncil B\nApologies:\tTom Hall\tCouncil B\n\n1. Welcome\n";
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), "m.txt");
        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee"]);
        draft.Apologies.ShouldBeEmpty();
        draft.Warnings.ShouldContain(w => w.Contains("Tom Hall", StringComparison.Ordinal));
    }

    private static MinutesDraft ReadFile(string text, string name) => DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), name);

    [Theory]
    [InlineData("**Present:**\nAnn Lee (Chair), Tom Reid and Ruth Shaw were all there today\n", "Present:")]
    [InlineData("Some words first.\n**Apologies**\nApologies were received from Sam Cole.\n", "Apologies")]
    [InlineData("__Attendees__\nAnn Lee, Tom Reid and Ruth Shaw from the regional office\n", "Attendees")]
    public void WhollyBoldMarkdownLine_StandsAsALineOfItsOwn(string paragraph, string label)
    {
        var lines = Quorum.Import.Text.MarkdownExtractor.Extract(paragraph);

        lines.Where(l => !l.IsBlank).Select(l => l.Text).ShouldContain(label);
    }

    [Fact]
    public void BoldWordsInsideALine_StayInTheSentence()
    {
        var lines = Quorum.Import.Text.MarkdownExtractor.Extract("The **budget** was agreed\nby all members present at the meeting.\n");

        lines.Where(l => !l.IsBlank).Select(l => l.Text).ShouldBe(["The budget was agreed by all members present at the meeting."]);
    }

    [Fact]
    public void BoldLabelOnItsOwnMarkdownLine_HeadsTheListBelowIt()
    {
        var draft = ReadFile("# Schools Forum\n\nMinutes of the meeting of 12 May 2021\n\n**Present**\nAnn Lee (Chair), Tom Reid, Ruth Shaw and Ben Ives of the forum\n\n"
            + "**Apologies**\nApologies were received from Sam Cole.\n\n## 1. Welcome\n\nThe chair opened the meeting.\n", "minutes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid", "Ruth Shaw", "Ben Ives"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Sam Cole"]);
    }

    [Fact]
    public void BoldLabelOnItsOwnMarkdownLine_AboveOnePersonALine()
    {
        var draft = ReadFile("# Schools Forum\n\nMinutes of the meeting of 12 May 2021\n\n**Members present:**\nAnn Lee, Kent County Council (Chair)\nTom Reid, Medway Council\n\n"
            + "**Apologies:**\nSam Cole, Bexley Council\n\n## 1. Welcome\n\nThe chair opened the meeting.\n", "minutes.md");

        draft.Attendees.Select(a => (a.Name, a.Organisation)).ShouldBe([("Ann Lee", "Kent County Council"), ("Tom Reid", "Medway Council")]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Sam Cole"]);
    }

    [Fact]
    public void StrongOnlyHtmlParagraph_HeadsOneParagraphAPerson()
    {
        var draft = ReadFile("<html><body><h1>Schools Forum</h1><p>Minutes of the meeting of 12 May 2021</p><p><strong>Present</strong></p>"
            + "<p>Ann Lee (Chair)</p><p>Tom Reid</p><p>Ruth Shaw</p><p><b>Apologies</b></p><p>Sam Cole</p><h2>1. Welcome</h2><p>The chair opened the meeting.</p></body></html>", "minutes.html");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid", "Ruth Shaw"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Sam Cole"]);
    }

    [Fact]
    public void HtmlParagraphWrappedInItsSource_KeepsTheSpaceBetweenItsWords()
    {
        var lines = Quorum.Import.Text.HtmlExtractor.Extract("<html><body><p>The board agreed that we should\nrelax the requirement.</p></body></html>");

        lines.Select(l => l.Text).ShouldContain("The board agreed that we should relax the requirement.");
    }

    [Fact]
    public void HtmlPreformattedMinutes_KeepTheirLines()
    {
        var draft = ReadFile("<html><body><pre>DCMI Usage Board\nTelecon report, 24 March 2005\n\nParticipants: Stuart Sutton, Diane Hillmann, Andrew Wilson\nRegrets: Traugott Koch\n\n"
            + "1. Accessibility proposal\nWe agreed to change the definition.\n</pre></body></html>", "minutes.html");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Stuart Sutton", "Diane Hillmann", "Andrew Wilson"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Traugott Koch"]);
    }

    [Fact]
    public void MarkdownFieldsOneALine_EachOpeningWithABoldLabel_StayLinesOfTheirOwn()
    {
        var draft = ReadFile("# Data Standards Group\n\n**Date:** 3 April 2021\n**Attendees:** Priya Shah (chair), Marcus Lee, Jo Turner\n**Apologies:** Ahmed Karim\n\n"
            + "## 1. Schema review\n\nMarcus walked through the draft.\n", "minutes.md");

        draft.MeetingDate.ShouldBe("2021-04-03");
        draft.Attendees.Select(a => a.Name).ShouldBe(["Priya Shah", "Marcus Lee", "Jo Turner"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Ahmed Karim"]);
    }

    [Fact]
    public void BoldWordsOpeningAWrappedSentence_AreNoLabel()
    {
        var lines = Quorum.Import.Text.MarkdownExtractor.Extract("The members discussed the figures at some length and asked\n**Budget** holders: to explain the overspend on the grounds\n");

        lines.Where(l => !l.IsBlank).Select(l => l.Text).ShouldBe(["The members discussed the figures at some length and asked Budget holders: to explain the overspend on the grounds"]);
    }

    [Fact]
    public void APdfSpacedByKerningAlone_KeepsItsWordsApart()
    {
        string[] lines =
        [
            "Minutes of a Regular Meeting of the Board of Directors",
            "Meeting held on Thursday June 18, 2026.",
            "A regular meeting of the Foundation was held over a conference call.",
            "Members of the board of directors present: Lee Barney, David Bernheisel, Zach Daniel.",
            "Approval of the minutes from the previous meeting was moved and carried.",
            "The treasurer presented the accounts for the second quarter of the year.",
        ];

        var text = string.Join('\n', Quorum.Import.Text.PdfExtractor.Extract(SampleDocuments.PdfSpacedByKerning(lines), "minutes.pdf").Select(l => l.Text));

        text.ShouldContain("Minutes of a Regular Meeting of the Board of Directors");
        text.ShouldContain("Meeting held on Thursday June 18, 2026.");
    }

    public static TheoryData<string, string> TablesPrintedToPdf => new()
    {
        { "harbour-trust-2025-03-12", "harbour-trust-2025-03-12.pdf" },
        { "library-friends-2025-06-04", "library-friends-2025-06-04.pdf" },
        // Cells closer than a space's width apart, one cell wrapped with its row's other cells centred beside it.
        { "partnership-2025-03-05", "partnership-2025-03-05.pdf" },
        // The same page printed from the browser's view of it: rows padded as far apart as paragraphs.
        { "partnership-2025-03-05", "partnership-2025-03-05.page.pdf" },
    };

    [Theory]
    [MemberData(nameof(TablesPrintedToPdf))]
    public void MinutesWithTables_PrintedToPdf_ReadAsTheWordDocument(string name, string printed)
    {
        var word = ReadDocument($"{name}.docx");
        var pdf = ReadDocument(printed);

        word.Attendees.Count.ShouldBeGreaterThan(3);
        word.Actions.Count.ShouldBeGreaterThanOrEqualTo(2);
        pdf.Attendees.Select(a => (a.Name, a.Organisation, a.Role)).ShouldBe(word.Attendees.Select(a => (a.Name, a.Organisation, a.Role)));
        pdf.Apologies.Select(a => a.Name).ShouldBe(word.Apologies.Select(a => a.Name));
        pdf.Actions.Select(a => (a.Text, string.Join('+', a.Owners), a.Due)).ShouldBe(word.Actions.Select(a => (a.Text, string.Join('+', a.Owners), a.Due)));
    }

    [Fact]
    public void BorderedTablesInAPdf_WithCellsWrappedBesideCentredOnes_ReadARowBetweenEachPairOfRules()
    {
        // Each short cell stands centred beside a wrapped one, so the rows' printed lines interleave.
        byte[] Table(string[] before, string[] rows, double[] columns, string[] after) => SampleDocuments.PdfWithRuledTable(before, rows, columns, after);
        var attendance = Table(
            ["Fenwick Community Trust", "Minutes of the trustees' meeting held on 4 March 2026", "", "Present"],
            ["Name\tRole", "Dr Helen\nAchebe\tChair", "Mark\nSutherland\tTreasurer and\ncompany\nsecretary", "Priya Raman\tTrustee"],
            [40, 110, 200],
            ["1. Accounts", "The trustees approved the accounts for the year."]);
        var actions = Table(
            ["Fenwick Community Trust", "Minutes of the trustees' meeting held on 4 March 2026", "", "Present: Helen Achebe, Mark Sutherland, Priya Raman", "", "Actions"],
            ["Ref\tAction\tLead\tDue", "FT/01\tBring a plan for the\nroof repairs to the April\nmeeting\tMark\nSutherland\t7 April\n2026",
                "FT/02\tRenew the insurance\tPriya Raman\t31 March 2026"],
            [40, 100, 230, 320, 400],
            ["2. Next meeting", "The next meeting is on 8 April 2026."]);

        var present = DocumentImporter.ReadMinutes(attendance, "minutes.pdf");
        var acted = DocumentImporter.ReadMinutes(actions, "minutes.pdf");

        present.Attendees.Select(a => (a.Name, a.Role)).ShouldBe([
            ("Dr Helen Achebe", (string?)"Chair"), ("Mark Sutherland", "Treasurer and company secretary"), ("Priya Raman", "Trustee")]);
        acted.Actions.Select(a => (a.Text, string.Join('+', a.Owners), a.Due)).ShouldBe([
            ("Bring a plan for the roof repairs to the April meeting", "Mark Sutherland", (string?)"2026-04-07"),
            ("Renew the insurance", "Priya Raman", "2026-03-31")]);
    }

    [Fact]
    public void BorderedTableInAPdf_WithADateBrokenAtItsSlash_ReadsTheWholeDate()
    {
        // The due column is too narrow for "30/04/2026", so the date breaks before its last slash, as a word processor breaks it.
        var pdf = SampleDocuments.PdfWithRuledTable(
            ["Fenwick Community Trust", "Minutes of the trustees' meeting held on 4 March 2026", "", "Present: Helen Achebe, Priya Raman", "", "Actions"],
            ["Action\tLead\tDue", "Clear the gutters of the hall\tPriya Raman\t30/04\n/2026"],
            [40, 200, 280, 322],
            ["2. Next meeting", "The next meeting is on 8 April 2026."]);

        var draft = DocumentImporter.ReadMinutes(pdf, "minutes.pdf");

        draft.Actions.Select(a => (a.Text, string.Join('+', a.Owners), a.Due)).ShouldBe([("Clear the gutters of the hall", "Priya Raman", (string?)"2026-04-30")]);
    }

    [Fact]
    public void BorderedTableInAPdf_WithANameALineInOneCell_KeepsEachName()
    {
        // A cell of several short lines, each a paragraph of its own, is no wrapped row, though the row below it wraps; each
        // label is set at the top of its row.
        var pdf = SampleDocuments.PdfWithRuledTable(
            ["Fenwick Community Trust", "Minutes of the trustees' meeting held on 4 March 2026", ""],
            ["Present:\tHelen Achebe\nMark Sutherland\nPriya Raman", "Apologies:\tOwen Price (Clerk to the\ntrustees)"],
            [40, 140, 400],
            ["1. Accounts", "The trustees approved the accounts for the year."],
            centred: false);

        var draft = DocumentImporter.ReadMinutes(pdf, "minutes.pdf");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Helen Achebe", "Mark Sutherland", "Priya Raman"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Owen Price"]);
    }

    [Fact]
    public void ARollOfTicks_CentredUnderItsHeadings_InAPdf_ReadsAsTheWordDocument()
    {
        var word = ReadDocument("allotments-2026-03-12.docx");
        var pdf = ReadDocument("allotments-2026-03-12.pdf");

        word.Attendees.Select(a => a.Name).ShouldBe(["Margaret Oduya", "Tomasz Kowal", "Graham Ellis", "Priya Nair"]);
        word.Apologies.Select(a => a.Name).ShouldBe(["Helen Pryce"]);
        // A tick centred under "Apologies", far from the ticks under "Present", is the column's only mark below its heading.
        pdf.Attendees.Select(a => (a.Name, a.Role)).ShouldBe(word.Attendees.Select(a => (a.Name, a.Role)));
        pdf.Apologies.Select(a => a.Name).ShouldBe(word.Apologies.Select(a => a.Name));
    }

    [Fact]
    public void AnActionTable_WhoseTaskWrapsAroundItsOwnerAndDate_InAPdf_ReadsAsTheWordDocument()
    {
        var word = ReadDocument("riverside-2026-03-12.docx");
        var pdf = ReadDocument("riverside-2026-03-12.pdf");

        word.Actions.Select(a => string.Join('+', a.Owners)).ShouldBe(["Helen Pryce", "Graham Ellis"]);
        // The task's first line stands alone in its row, the owner and date centred on the line below it, and the rows
        // are padded as far apart as paragraphs.
        pdf.Actions.Select(a => (a.Text, string.Join('+', a.Owners), a.Due)).ShouldBe(word.Actions.Select(a => (a.Text, string.Join('+', a.Owners), a.Due)));
    }

    [Fact]
    public void ProseBesideAMarginOfOwners_AndProseInTwoColumns_InAPdf_AreNoTable()
    {
        var word = ReadDocument("residents-2025-09-17.docx");
        var pdf = ReadDocument("residents-2025-09-17.pdf");

        pdf.Attendees.Select(a => a.Name).ShouldBe(word.Attendees.Select(a => a.Name));
        // Lines of a paragraph cut where a table's columns would be would turn its halves into actions of their own.
        pdf.Actions.ShouldAllBe(a => word.Actions.Any(w => w.Text == a.Text));
    }

    private static MinutesDraft ReadDocument(string fileName) =>
        DocumentImporter.ReadMinutes(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Documents", fileName)), fileName);
}
