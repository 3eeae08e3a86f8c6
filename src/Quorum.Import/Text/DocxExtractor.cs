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
            foreach (var element in body.ChildElements)
                AddElement(element, lines);
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

    private static void AddElement(OpenXmlElement element, List<TextLine> lines)
    {
        if (lines.Count >= ImportLimits.MaxLines)
            return;
        switch (element)
        {
            case Paragraph paragraph:
                AddParagraph(paragraph, lines);
                break;
            case Table table:
                foreach (var row in table.Elements<TableRow>())
                {
                    var cells = row.Elements<TableCell>().Select(CellText).ToList();
                    if (cells.Count > 0)
                        lines.Add(TextLine.Row(cells));
                }

                lines.Add(TextLine.Blank);
                break;
            case SdtBlock or CustomXmlBlock:
                foreach (var child in element.Descendants().Where(d => d is Paragraph or Table && d.Ancestors<Table>().FirstOrDefault() is null))
                    AddElement(child, lines);
                break;
        }
    }

    private static void AddParagraph(Paragraph paragraph, List<TextLine> lines)
    {
        var parts = ParagraphText(paragraph).Split('\n');
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
        var numbering = paragraph.ParagraphProperties?.NumberingProperties;
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
                lines.Add(new TextLine(text.Trim(), LineKind.Heading, headingLevel));
            else if (i == 0 && (numbering is not null || style.Contains("List", StringComparison.OrdinalIgnoreCase)))
                lines.Add(new TextLine(text.Trim(), LineKind.ListItem, (numbering?.NumberingLevelReference?.Val?.Value ?? 0) + 1));
            else
                lines.Add(PlainTextExtractor.ToLine(text));
        }
    }

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
                case DocumentFormat.OpenXml.Wordprocessing.Text text:
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

    private static string CellText(TableCell cell) =>
        TextCleaning.Squash(string.Join(' ', cell.Descendants<Paragraph>().Select(p => ParagraphText(p).Replace('\n', ' '))));
}
