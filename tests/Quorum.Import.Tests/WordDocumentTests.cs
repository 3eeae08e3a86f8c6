using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Quorum.Import.Minutes;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Quorum.Import.Tests;

/// <summary>
/// What Word keeps outside a paragraph's text: the numbers of a numbered list or of headings linked to a list (from the
/// numbering definitions, as Word prints them), and the letterhead in the page header. Made-up parish council minutes.
/// </summary>
public class WordDocumentTests
{
    private static AbstractNum Decimal(int id, string levelText = "%1.") =>
        new(new W.Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = levelText }) { LevelIndex = 0 },
            new W.Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.LowerLetter }, new LevelText { Val = "(%2)" }) { LevelIndex = 1 })
        { AbstractNumberId = id };

    private static Paragraph Text(string text) => new(new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Numbered(string text, int numId, int level = 0) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
            new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Heading(string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = "Heading2" }), new Run(new W.Text(text)));

    private static MinutesDraft Read(bool numberedHeadings)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(Decimal(10), new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 });
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new Style(new StyleName { Val = "heading 2" },
                new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })))
            { Type = StyleValues.Paragraph, StyleId = "Heading2" });
            var titles = new[] { "Apologies for absence", "Minutes of the last meeting", "Highways" };
            var body = new Body(
                Text("Brackley Green Parish Council"),
                Text("Minutes of the meeting of the Parish Council held on Tuesday 4 March 2025 at 7pm"),
                Text("Present: Cllr H Moreton (Chairman), Cllr P Iqbal, Cllr D Yates"),
                numberedHeadings ? Heading(titles[0]) : Numbered(titles[0], 1),
                Text("Apologies were received from Cllr F Nash."),
                numberedHeadings ? Heading(titles[1]) : Numbered(titles[1], 1),
                Text("RESOLVED that the minutes of 4 February 2025 be approved."),
                numberedHeadings ? Heading(titles[2]) : Numbered(titles[2], 1),
                Numbered("The potholes in Church Lane were reported again.", 1, level: 1),
                Numbered("The speed survey results were noted.", 1, level: 1));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return DocumentImporter.ReadMinutes(stream.ToArray(), "minutes.docx");
    }

    [Fact]
    public void AWordNumberedList_GivesTheItemsTheirPrintedNumbers()
    {
        var draft = Read(numberedHeadings: false);

        draft.AgendaItems.Select(i => (i.Number, i.Title)).ShouldBe([("1", "Apologies for absence"), ("2", "Minutes of the last meeting"), ("3", "Highways")]);
        draft.Decisions.ShouldHaveSingleItem().Item.ShouldBe("2");
    }

    [Fact]
    public void AParagraphTakenOutOfTheList_UnderANumberedEntry_IsTheEntrysMinute()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(Decimal(10), new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 });
            main.Document = new Document(new Body(
                Text("Minutes of the Board of Trustees held on Thursday 8 October 2026"),
                Text("Present: Helen Marsh (Chair), David Okafor, Priya Nair"),
                Numbered("Declarations of interest", 1),
                Numbered("None.", 0),
                Numbered("Budget monitoring", 1),
                Numbered("Trustees approved the revised budget for 2026/27.", 0),
                Numbered("Date of next meeting", 1),
                Numbered("10 December 2026 at 5.00 pm.", 0)));
            main.Document.Save();
        }

        var draft = DocumentImporter.ReadMinutes(stream.ToArray(), "trustees.docx");

        draft.AgendaItems.Select(i => (i.Number, i.Title)).ShouldBe([("1", "Declarations of interest"), ("2", "Budget monitoring"), ("3", "Date of next meeting")]);
        draft.Decisions.Select(d => d.Text).ShouldBe(["Trustees approved the revised budget for 2026/27."]);
        draft.NextMeetings.ShouldBe(["2026-12-10"]);
    }

    [Fact]
    public void AHeadingStyleLinkedToAList_NumbersTheHeadings()
    {
        var draft = Read(numberedHeadings: true);

        draft.AgendaItems.Select(i => (i.Number, i.Title)).ShouldBe([("1", "Apologies for absence"), ("2", "Minutes of the last meeting"), ("3", "Highways")]);
    }

    [Fact]
    public void TheFirstPagesHeader_NamesTheBody()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Text("Brackley Green Parish Council"));
            var body = new Body(
                Text("Minutes of the meeting of the Parish Council held on Tuesday 4 March 2025 at 7pm"),
                Text("Present: Cllr H Moreton (Chairman), Cllr P Iqbal, Cllr D Yates"),
                Text("1. Apologies for absence"),
                Text("None."),
                new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        var draft = DocumentImporter.ReadMinutes(stream.ToArray(), "minutes.docx");

        draft.Body.ShouldBe("Brackley Green Parish Council");
        draft.MeetingDate.ShouldBe("2025-03-04");
    }

    private static TableCell Cell(params OpenXmlElement[] paragraphs) => new(paragraphs);

    [Fact]
    public void AFormLaidOutAsATable_WithHeadingsAndListsInItsCells_IsReadAsTheParagraphsItHolds()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(Decimal(10, "•"), new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 });
            var table = new Table(
                new TableRow(Cell(Heading("Workgroup Meeting Record")), Cell(Text(string.Empty))),
                new TableRow(
                    Cell(Heading("Meeting: Estates Council"), Text("Date: March 3, 2022"), Text("Present: R. Okafor (Northfield), L. Brandt (Eastvale), M. Quist (Southgate)")),
                    Cell(Text("Key Discussion Topics"), Numbered("Budget for the depot roof", 1), Numbered("Fleet replacement", 1))),
                new TableRow(Cell(Heading("Key Decisions")), Cell(Numbered("The depot roof budget was approved as presented", 1))),
                new TableRow(Cell(Heading("Action/Input Requirements")), Cell(Numbered("L. Brandt to obtain three quotes for the roof", 1))));
            main.Document = new Document(new Body(table));
            main.Document.Save();
        }

        var draft = DocumentImporter.ReadMinutes(stream.ToArray(), "snapshot.docx");

        draft.MeetingDate.ShouldBe("2022-03-03");
        draft.Attendees.Select(a => a.Name).ShouldBe(["R. Okafor", "L. Brandt", "M. Quist"]);
        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Budget for the depot roof", "Fleet replacement"]);
        draft.Decisions.Select(d => d.Text).ShouldContain("The depot roof budget was approved as presented");
        draft.Actions.ShouldHaveSingleItem().Owners.ShouldBe(["L. Brandt"]);
    }
}
