using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Quorum.Import.Text;

/// <summary>Lines of a Word document read with the Open XML SDK: paragraphs, list items, headings and table rows in body order.</summary>
public static class DocxExtractor
{
    public static List<TextLine> Extract(byte[] content, string fileName)
    {
        PackageGuard.Check(content, fileName);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var settings = new OpenSettings { MaxCharactersInPart = ImportLimits.MaxUnpackedBytes / 2 };
            using var document = WordprocessingDocument.Open(stream, false, settings);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new ImportException($"'{fileName}' is a Word file with no document body.");
            var lines = new List<TextLine>();
            var numbers = new WordListNumbers(document.MainDocumentPart!);
            AddPageHeader(document.MainDocumentPart!, body, lines, numbers);
            foreach (var element in body.ChildElements)
                AddElement(element, lines, numbers);
            return lines;
        }
        catch (ImportException)
        {
            throw;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException
            or InvalidOperationException or ArgumentException or NotSupportedException or FormatException or OverflowException)
        {
            throw new ImportException($"'{fileName}' is a damaged Word document and cannot be read.", ex);
        }
    }

    /// <summary>
    /// The first page's header, where Word minutes often keep their letterhead ("Ashcombe Parish Council"): a PDF of the
    /// same document prints it at the top of the page, and the minutes may name their body nowhere else.
    /// </summary>
    private static void AddPageHeader(MainDocumentPart main, Body body, List<TextLine> lines, WordListNumbers numbers)
    {
        var section = body.Descendants<SectionProperties>().FirstOrDefault();
        if (section is null)
            return;
        var references = section.Elements<HeaderReference>().ToList();
        var wanted = section.GetFirstChild<TitlePage>() is { } title && (title.Val?.Value ?? true) ? HeaderFooterValues.First : HeaderFooterValues.Default;
        var reference = references.FirstOrDefault(r => r.Type?.Value == wanted) ?? references.FirstOrDefault(r => r.Type?.Value == HeaderFooterValues.Default);
        if (reference?.Id?.Value is not { } id || !main.TryGetPartById(id, out var part) || part is not HeaderPart { Header: { } header })
            return;
        var before = lines.Count;
        foreach (var element in header.ChildElements)
            AddElement(element, lines, numbers);
        if (lines.Count > before)
            lines.Add(TextLine.Blank);
    }

    private static void AddElement(OpenXmlElement element, List<TextLine> lines, WordListNumbers numbers)
    {
        if (lines.Count >= ImportLimits.MaxLines)
            return;
        switch (element)
        {
            case Paragraph paragraph:
                AddParagraph(paragraph, lines, numbers);
                break;
            case Table table when LaysOutPage(table):
                // A form set out as a table ("Meeting snapshot": the fields in one cell, "Key Decisions" in a cell beside
                // its bullets) is a page laid out in boxes, not a table of rows: its cells hold the minutes' own headings
                // and lists, read in order as the paragraphs they are, so labels, bullets and their levels stay seen.
                foreach (var cell in table.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>()))
                {
                    var before = lines.Count;
                    foreach (var child in cell.ChildElements.Where(c => c is Paragraph or Table or SdtBlock or CustomXmlBlock))
                        AddElement(child, lines, numbers);
                    if (lines.Skip(before).Any(l => !l.IsBlank))
                        lines.Add(TextLine.Blank);
                }

                break;
            case Table table:
                foreach (var row in table.Elements<TableRow>())
                {
                    var cells = row.Elements<TableCell>().ToList();
                    if (cells.Count > 0)
                    {
                        // A cell's text is its paragraphs run together, as the HTML reader gives it.
                        var paragraphs = cells.Select(CellParagraphs).ToList();
                        lines.Add(TextLine.Row(paragraphs.Select(p => string.Join(' ', p)).ToList()) with { CellParagraphs = paragraphs });
                    }
                }

                lines.Add(TextLine.Blank);
                break;
            case SdtBlock or CustomXmlBlock:
                foreach (var child in element.Descendants().Where(d => d is Paragraph or Table && d.Ancestors<Table>().FirstOrDefault() is null))
                    AddElement(child, lines, numbers);
                break;
        }
    }

    private static void AddParagraph(Paragraph paragraph, List<TextLine> lines, WordListNumbers numbers)
    {
        // Word prints a numbered paragraph's number ("3.", "4.2") from its list's counters, not from its text.
        var printed = numbers.Next(paragraph);
        var parts = ParagraphText(paragraph).Split('\n');
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
        // A paragraph's "numId 0" takes it out of the list its style or the paragraph before put it in: Word prints it, and
        // LibreOffice saves a list entry's second paragraph so, as plain text under the entry.
        var numbering = paragraph.ParagraphProperties?.NumberingProperties is { } properties && properties.NumberingId?.Val?.Value != 0 ? properties : null;
        var headingLevel = HeadingLevel(style);
        for (var i = 0; i < parts.Length; i++)
        {
            var text = TextCleaning.Clean(parts[i]).TrimEnd();
            if (text.Trim().Length == 0)
            {
                lines.Add(TextLine.Blank);
                continue;
            }

            if (i == 0 && headingLevel > 0)
                lines.Add(new TextLine(printed is null ? text.Trim() : $"{printed} {text.Trim()}", LineKind.Heading, headingLevel));
            else if (i == 0 && (numbering is not null || printed is not null || style.Contains("List", StringComparison.OrdinalIgnoreCase)))
                lines.Add(new TextLine(text.Trim(), LineKind.ListItem, (numbering?.NumberingLevelReference?.Val?.Value ?? 0) + 1) { Number = ListNumber(printed) });
            else
                lines.Add(PlainTextExtractor.ToLine(text));
        }
    }

    /// <summary>
    /// A list entry's number as a web page's ordered list gives it ("3", "4.2"); lettered and Roman entries ("b)", "IV.")
    /// keep none, as their text is read for items the way it always was.
    /// </summary>
    private static string? ListNumber(string? printed) =>
        printed?.TrimStart('(').TrimEnd('.', ')') is { Length: > 0 } number && number.All(c => char.IsAsciiDigit(c) || c == '.') && char.IsAsciiDigit(number[0]) ? number : null;

    /// <summary>
    /// A table whose cells hold headings (paragraphs styled as headings, in two rows or more) lays out a page: tables of
    /// minutes, actions or people hold plain text in their cells, a header row at most styled apart.
    /// </summary>
    private static bool LaysOutPage(Table table) =>
        table.Elements<TableRow>().Count(row => row.Elements<TableCell>().SelectMany(c => c.Elements<Paragraph>())
            .Any(p => HeadingLevel(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty) > 0)) >= 2;

    private static int HeadingLevel(string style)
    {
        if (style.Equals("Title", StringComparison.OrdinalIgnoreCase))
            return 1;
        if (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) && int.TryParse(style.AsSpan(7), out var level))
            return Math.Clamp(level, 1, 6);
        return 0;
    }

    private static string ParagraphText(OpenXmlElement paragraph)
    {
        var builder = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                // A content control showing its placeholder ("Organization/Committee Name", "Click to enter a date") holds the
                // template's prompt, which Word greys out and prints only until the field is filled: no part of the minutes.
                case DocumentFormat.OpenXml.Wordprocessing.Text text when !text.Ancestors<SdtElement>().Any(ShowsPlaceholder):
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append('\t');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool ShowsPlaceholder(SdtElement control) => control.SdtProperties?.GetFirstChild<ShowingPlaceholder>() is not null;

    private static IReadOnlyList<string> CellParagraphs(TableCell cell) =>
        cell.Descendants<Paragraph>().SelectMany(p => ParagraphText(p).Split('\n'))
            .Select(t => TextCleaning.Squash(TextCleaning.Clean(t)).Trim()).Where(t => t.Length > 0).ToList();
}
