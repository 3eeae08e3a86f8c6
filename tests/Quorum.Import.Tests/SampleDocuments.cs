using System.IO.Compression;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Quorum.Import.Tests;

/// <summary>Small minutes built in code, in every format the readers take.</summary>
public static class SampleDocuments
{
    public const string MinutesText = """
        MINUTES OF THE FINANCE COMMITTEE MEETING HELD ON TUESDAY 9TH MARCH 2021
        AT COUNTY HALL, KINGSTON

        Present:
        Alice Smith	Surrey County Council (Chair)
        Bob Jones	Mole Valley District Council
        Carol White	Surrey County Council (Secretary)

        Apologies:
        David Green	Waverley Borough Council

        1. Minutes of the previous meeting
        The minutes of the meeting held on 9 February were agreed.

        2. Budget monitoring
        Bob Jones presented the month 10 report.
        Action FC 04/01: Bob Jones to circulate the revised forecast by 31 March 2021.
        It was agreed to hold the reserves at the current level.

        3. Item 3 is exempt from publication under Schedule 12A paragraph 3

        4. Date of next meeting
        Tuesday 13th April 2021 at County Hall.
        """;

    public static string[] Lines => MinutesText.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    public static byte[] PlainText() => Encoding.UTF8.GetBytes(MinutesText);

    /// <summary>The sample as Markdown: attendance as bullets, items as headings.</summary>
    public static byte[] Markdown()
    {
        var builder = new StringBuilder();
        foreach (var line in Lines)
        {
            if (line.Contains('\t', StringComparison.Ordinal))
                builder.Append("- ").AppendLine(line.Replace("\t", ", ", StringComparison.Ordinal));
            else if (line.Length > 1 && char.IsDigit(line[0]) && line[1] == '.')
                builder.Append("### ").AppendLine(line.Replace(".", "\\.", StringComparison.Ordinal));
            else
                builder.AppendLine(line).AppendLine();
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    public static byte[] Html()
    {
        var body = new StringBuilder("<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>");
        foreach (var line in Lines)
        {
            if (line.Contains('\t', StringComparison.Ordinal))
                body.Append("<table><tr>").Append(string.Concat(line.Split('\t').Select(c => $"<td>{System.Net.WebUtility.HtmlEncode(c)}</td>"))).Append("</tr></table>");
            else
                body.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(line)).Append("</p>");
        }

        return Encoding.UTF8.GetBytes(body.Append("</body></html>").ToString());
    }

    public static byte[] Docx(IEnumerable<string>? lines = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in lines ?? Lines)
            {
                if (line.Contains('\t', StringComparison.Ordinal))
                {
                    var row = new TableRow(line.Split('\t').Select(cell => new TableCell(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(cell))))));
                    body.Append(new Table(row));
                }
                else
                {
                    body.Append(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(line) { Space = SpaceProcessingModeValues.Preserve })));
                }
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    public static byte[] Pdf(IEnumerable<string>? lines = null)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 800.0;
        foreach (var line in lines ?? Lines)
        {
            if (y < 40)
            {
                page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
                y = 800;
            }

            var x = 40.0;
            foreach (var cell in line.Split('\t'))
            {
                if (cell.Length > 0)
                    page.AddText(cell, 10, new PdfPoint(x, y), font);
                x += 220;
            }

            y -= 14;
        }

        return builder.Build();
    }

    /// <summary>A PDF of lines whose tab-separated cells stand at the given left edges, as a table's columns set them.</summary>
    public static byte[] PdfInColumns(IEnumerable<string> lines, params double[] columns)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 800.0;
        foreach (var line in lines)
        {
            var cells = line.Split('\t');
            for (var k = 0; k < cells.Length; k++)
            {
                if (cells[k].Length > 0)
                    page.AddText(cells[k], 10, new PdfPoint(columns[k], y), font);
            }

            y -= 14;
        }

        return builder.Build();
    }

    /// <summary>
    /// A PDF of lines with a bordered table between them, as Word prints one: a rule above and below each row and between
    /// its columns (left edges, then the table's right side), each cell's lines ("Dr Ann\nLee") centred in the row's height
    /// or set at its top.
    /// </summary>
    public static byte[] PdfWithRuledTable(IEnumerable<string> before, IEnumerable<string> rows, double[] columns, IEnumerable<string> after, bool centred = true)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 800.0;
        foreach (var line in before)
        {
            page.AddText(line, 10, new PdfPoint(40, y), font);
            y -= 14;
        }

        var top = y + 10;
        page.DrawLine(new PdfPoint(columns[0], top), new PdfPoint(columns[^1], top), 0.5);
        foreach (var row in rows)
        {
            var cells = row.Split('\t').Select(c => c.Split('\n')).ToList();
            var height = cells.Max(c => c.Length) * 12 + 6;
            for (var k = 0; k < cells.Count; k++)
            {
                var first = top - 3 - (centred ? (height - 6 - cells[k].Length * 12) / 2.0 : 0) - 10;
                for (var n = 0; n < cells[k].Length; n++)
                    page.AddText(cells[k][n], 10, new PdfPoint(columns[k] + 4, first - n * 12), font);
            }

            foreach (var x in columns)
                page.DrawLine(new PdfPoint(x, top), new PdfPoint(x, top - height), 0.5);
            top -= height;
            page.DrawLine(new PdfPoint(columns[0], top), new PdfPoint(columns[^1], top), 0.5);
        }

        y = top - 20;
        foreach (var line in after)
        {
            page.AddText(line, 10, new PdfPoint(40, y), font);
            y -= 14;
        }

        return builder.Build();
    }

    /// <summary>
    /// A PDF whose words are set apart by kerning alone, with no space characters and gaps of a fifth of the type's size,
    /// as TeX sets them.
    /// </summary>
    public static byte[] PdfSpacedByKerning(IEnumerable<string> lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 800.0;
        foreach (var line in lines)
        {
            var x = 40.0;
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var letters = page.AddText(word, 10, new PdfPoint(x, y), font);
                x = letters[^1].EndBaseLine.X + 1.9;
            }

            y -= 14;
        }

        return builder.Build();
    }

    /// <summary>The formats a made-up document is written in, by file name.</summary>
    public static readonly string[] FormatNames = ["minutes.txt", "minutes.md", "minutes.html", "minutes.docx", "minutes.pdf"];

    /// <summary>
    /// Every pairing of a made-up variant with a format: each convention is checked in every format the readers take.
    /// </summary>
    public static TheoryData<string, string> InEveryFormat(params string[] variants)
    {
        var data = new TheoryData<string, string>();
        foreach (var variant in variants)
        {
            foreach (var format in FormatNames)
                data.Add(variant, format);
        }

        return data;
    }

    /// <summary>
    /// Writes the lines of a made-up document in the format its file name gives. An empty line ends a paragraph; a line
    /// starting "## " is an item's heading (markdown and HTML mark it so, the others print its words alone); a run of
    /// tab-separated lines is a table whose first row is its header (a PDF prints the cells apart across the page, the
    /// last at the right-hand margin).
    /// </summary>
    public static byte[] InFormat(IReadOnlyList<string> lines, string fileName) => Path.GetExtension(fileName) switch
    {
        ".md" => Encoding.UTF8.GetBytes(MarkdownOf(lines)),
        ".html" => Encoding.UTF8.GetBytes(HtmlOf(lines)),
        ".docx" => DocxOf(Unmarked(lines)),
        ".pdf" => PdfOf(Unmarked(lines)),
        _ => Encoding.UTF8.GetBytes(string.Join('\n', Unmarked(lines)) + "\n"),
    };

    private static List<string> Unmarked(IReadOnlyList<string> lines) => lines.Select(l => l.StartsWith("## ", StringComparison.Ordinal) ? l[3..] : l).ToList();

    private static string MarkdownOf(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                text.Append(lines[i]).Append("\n\n");
                continue;
            }

            if (!lines[i].Contains('\t', StringComparison.Ordinal))
            {
                text.Append(lines[i]).Append('\n');
                continue;
            }

            var header = i == 0 || !lines[i - 1].Contains('\t', StringComparison.Ordinal);
            if (header && i > 0 && lines[i - 1].Length > 0)
                text.Append('\n');
            text.Append("| ").Append(string.Join(" | ", lines[i].Split('\t'))).Append(" |\n");
            if (header)
                text.Append('|').Append(string.Concat(lines[i].Split('\t').Select(_ => "---|"))).Append('\n');
            if (i + 1 < lines.Count && !lines[i + 1].Contains('\t', StringComparison.Ordinal) && lines[i + 1].Length > 0)
                text.Append('\n');
        }

        return text.ToString();
    }

    private static string HtmlOf(IReadOnlyList<string> lines)
    {
        var body = new StringBuilder("<!DOCTYPE html><html><head><title>Minutes</title></head><body>");
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
                continue;
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                body.Append("<h2>").Append(WebUtility.HtmlEncode(line[3..])).Append("</h2>");
                continue;
            }

            if (!line.Contains('\t', StringComparison.Ordinal))
            {
                body.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>");
                continue;
            }

            var header = i == 0 || !lines[i - 1].Contains('\t', StringComparison.Ordinal);
            var last = i + 1 == lines.Count || !lines[i + 1].Contains('\t', StringComparison.Ordinal);
            var cell = header ? "th" : "td";
            body.Append(header ? "<table>" : string.Empty).Append("<tr>")
                .Append(string.Concat(line.Split('\t').Select(c => $"<{cell}>{WebUtility.HtmlEncode(c)}</{cell}>")))
                .Append("</tr>").Append(last ? "</table>" : string.Empty);
        }

        return body.Append("</body></html>").ToString();
    }

    private static byte[] DocxOf(IReadOnlyList<string> lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            Table? table = null;
            foreach (var line in lines)
            {
                if (line.Contains('\t', StringComparison.Ordinal))
                {
                    if (table is null)
                    {
                        table = new Table();
                        body.Append(table);
                    }

                    table.Append(new TableRow(line.Split('\t').Select(cell => new TableCell(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(cell)))))));
                    continue;
                }

                table = null;
                if (line.Length > 0)
                    body.Append(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static byte[] PdfOf(IReadOnlyList<string> lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 800.0;
        foreach (var line in lines)
        {
            if (y < 40)
            {
                page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
                y = 800;
            }

            if (line.Length == 0)
            {
                y -= 10;
                continue;
            }

            var cells = line.Split('\t');
            for (var c = 0; c < cells.Length; c++)
            {
                // The cells spread across the page; the last stands at the right-hand margin.
                var x = c == 0 ? 40.0 : c == cells.Length - 1 ? 500.0 : 40.0 + (c * 460.0 / (cells.Length - 1));
                if (cells[c].Length > 0)
                    page.AddText(cells[c], 9, new PdfPoint(x, y), font);
            }

            y -= 13;
        }

        return builder.Build();
    }

    /// <summary>A copy of a zip with its entries written in another order.</summary>
    public static byte[] ReorderZip(byte[] zip, Random random)
    {
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entries = input.Entries.Select(e =>
        {
            using var s = e.Open();
            using var copy = new MemoryStream();
            s.CopyTo(copy);
            return (e.FullName, Data: copy.ToArray());
        }).OrderBy(_ => random.Next()).ToList();
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var s = archive.CreateEntry(name).Open();
                s.Write(data);
            }
        }

        return output.ToArray();
    }

    /// <summary>A valid Word file with one extra part of zeros that expands far beyond its compressed size.</summary>
    public static byte[] ZipBombDocx(int megabytes)
    {
        var docx = Docx();
        using var output = new MemoryStream();
        output.Write(docx);
        using (var archive = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var s = archive.CreateEntry("word/media/padding.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
                s.Write(zeros);
        }

        return output.ToArray();
    }
}
