using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Quorum.Web.Features.Shared.Exports;

/// <summary>
/// Writes a <see cref="DocumentContent"/> as a .docx with Word's own styles (Title, Heading 1–3,
/// List Bullet, Table Grid), agenda items as a real numbered list, and tables with their grid, so
/// that the file passes OpenXmlValidator and reads in Word's navigation pane as it should.
/// </summary>
public static class WordExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // A4 with 2 cm margins, in twentieths of a point.
    private const int PageWidth = 11906, PageHeight = 16838, Margin = 1134, TextWidth = PageWidth - (2 * Margin);
    private const int ItemNumbering = 1, BulletNumbering = 2;

    public static byte[] Write(DocumentContent content)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = content.Title;
            document.PackageProperties.Language = "en-GB";
            document.PackageProperties.Creator = "Quorum";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();

            var body = new Body();
            var itemsNumberThemselves = ItemsFollowWordsNumbering(content.Blocks.OfType<ItemBlock>());
            foreach (var block in content.Blocks)
                body.Append(Write(block, itemsNumberThemselves));

            var section = new SectionProperties();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(MarkingParagraph(content.Marking ?? content.Title, withPage: false));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(MarkingParagraph(content.Marking ?? content.Title, withPage: true));
            section.Append(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 567, Footer = 567, Gutter = 0 });
            body.Append(section);
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Word numbers the items itself when the agenda's numbers are the plain sequence it would give
    /// (1, 2, 2.1, 3); imported agendas that skip numbers keep them as printed.
    /// </summary>
    private static bool ItemsFollowWordsNumbering(IEnumerable<ItemBlock> items)
    {
        int top = 0, sub = 0;
        foreach (var item in items)
        {
            string expected;
            if (item.Depth == 0)
            {
                top++;
                sub = 0;
                expected = top.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                expected = $"{top}.{++sub}";
            }

            if (item.Depth > 1 || item.Number != expected)
                return false;
        }

        return true;
    }

    private static OpenXmlElement[] Write(DocumentBlock block, bool itemsNumberThemselves) => block switch
    {
        HeadingBlock h => [StyledParagraph(h.Level == 1 ? "Title" : $"Heading{Math.Min(h.Level - 1, 3)}", h.Text)],
        TextBlock t => [.. t.Text.Split('\n').Select(line => t.IsNotice ? Notice(line) : StyledParagraph(null, line))],
        PaperBlock p => [.. p.Text.Split('\n').Select(line => StyledParagraph(null, line))],
        BulletBlock b => [new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "ListBullet" }, new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumbering })),
            TextRun(b.Text))],
        ItemBlock i when itemsNumberThemselves => [new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = i.Depth == 0 ? "Heading2" : "Heading3" }, new NumberingProperties(new NumberingLevelReference { Val = i.Depth }, new NumberingId { Val = ItemNumbering })),
            TextRun(i.Title))],
        ItemBlock i => [StyledParagraph(i.Depth == 0 ? "Heading2" : "Heading3", $"{i.Number}\t{i.Title}")],
        TableBlock t => [Table(t), new Paragraph()],
        _ => [],
    };

    private static Paragraph StyledParagraph(string? style, string text) => style is null
        ? new Paragraph(TextRun(text))
        : new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), TextRun(text));

    private static Paragraph Notice(string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = "Notice" }), TextRun(text));

    private static Run TextRun(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
            run.Append(new RunProperties(new Bold()));
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Paragraph MarkingParagraph(string text, bool withPage)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = withPage ? "Footer" : "Header" }, new Justification { Val = JustificationValues.Center }), TextRun(text, bold: true));
        if (withPage)
        {
            paragraph.Append(TextRun(" · Page "));
            paragraph.Append(new SimpleField(TextRun("1")) { Instruction = " PAGE " });
        }

        return paragraph;
    }

    private static Table Table(TableBlock t)
    {
        var total = t.RelativeWidths.Sum();
        var widths = t.RelativeWidths.Select(w => TextWidth * w / total).ToList();
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0" }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(t.Columns, widths, header: true));
        foreach (var row in t.Rows)
            table.Append(Row(row, widths, header: false));
        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, List<int> widths, bool header)
    {
        var row = new TableRow();
        if (header)
            row.Append(new TableRowProperties(new TableHeader()));
        for (var c = 0; c < widths.Count; c++)
        {
            var text = c < cells.Count ? cells[c] : "";
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[c].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }), TextRun(text, bold: header))));
        }

        return row;
    }

    private static Styles Styles()
    {
        static Style ParagraphStyle(string id, string name, int? size = null, bool bold = false, int? outline = null, int before = 0, int after = 120)
        {
            var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
            style.Append(new StyleName { Val = name });
            if (id != "Normal")
                style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
            style.Append(new PrimaryStyle());
            var paragraph = new StyleParagraphProperties();
            if (outline is not null)
                paragraph.Append(new KeepNext(), new KeepLines());
            paragraph.Append(new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture) });
            if (outline is { } level)
                paragraph.Append(new OutlineLevel { Val = level });
            style.Append(paragraph);
            var run = new StyleRunProperties();
            if (bold)
                run.Append(new Bold());
            if (size is { } halfPoints)
                run.Append(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
            if (run.HasChildren)
                style.Append(run);
            return style;
        }

        var normal = ParagraphStyle("Normal", "Normal");
        normal.Default = true;
        var listBullet = ParagraphStyle("ListBullet", "List Bullet");
        var tableGrid = new Style(
            new StyleName { Val = "Table Grid" },
            new PrimaryStyle(),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableGrid" };

        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                    new FontSize { Val = "22" },
                    new Languages { Val = "en-GB" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
            normal,
            ParagraphStyle("Title", "Title", size: 40, bold: true, outline: 0, after: 240),
            ParagraphStyle("Heading1", "heading 1", size: 32, bold: true, outline: 0, before: 360),
            ParagraphStyle("Heading2", "heading 2", size: 26, bold: true, outline: 1, before: 240),
            ParagraphStyle("Heading3", "heading 3", size: 24, bold: true, outline: 2, before: 200),
            ParagraphStyle("Notice", "Notice", bold: true),
            ParagraphStyle("TableText", "Table Text", after: 0),
            ParagraphStyle("Header", "header", size: 18, after: 0),
            ParagraphStyle("Footer", "footer", size: 18, after: 0),
            listBullet,
            tableGrid);
    }

    private static Numbering Numbering()
    {
        static Level Level(int index, NumberFormatValues format, string text, int indent) => new(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = indent.ToString(CultureInfo.InvariantCulture), Hanging = "567" }))
        { LevelIndex = index };

        return new Numbering(
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.Multilevel },
                Level(0, NumberFormatValues.Decimal, "%1", 567),
                Level(1, NumberFormatValues.Decimal, "%1.%2", 1134))
            { AbstractNumberId = ItemNumbering },
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                Level(0, NumberFormatValues.Bullet, "•", 567))
            { AbstractNumberId = BulletNumbering },
            new NumberingInstance(new AbstractNumId { Val = ItemNumbering }) { NumberID = ItemNumbering },
            new NumberingInstance(new AbstractNumId { Val = BulletNumbering }) { NumberID = BulletNumbering });
    }
}
