using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PdfSharp.UniversalAccessibility;

namespace Quorum.Web.Features.Shared.Exports;

/// <summary>
/// Writes a <see cref="DocumentContent"/> as a tagged PDF (PDFsharp's structure builder): headings,
/// paragraphs and tables in the structure tree, document language en-GB, the title shown in the
/// viewer's title bar, and headers and footers marked as artifacts so screen readers skip them.
/// </summary>
public static class PdfExport
{
    public const string ContentType = "application/pdf";

    private const double PageWidth = 595.28, PageHeight = 841.89, Margin = 56.7, HeaderSpace = 28;
    private const double TextWidth = PageWidth - (2 * Margin);
    private const double Top = Margin + HeaderSpace, Bottom = PageHeight - Margin - HeaderSpace;

    private static readonly Lazy<bool> Fonts = new(() =>
    {
        GlobalFontSettings.FontResolver ??= new SystemFontResolver();
        return true;
    });

    public static byte[] Write(DocumentContent content)
    {
        _ = Fonts.Value;
        using var document = new PdfDocument();
        document.Info.Title = content.Title;
        document.Info.Creator = "Quorum";
        document.ViewerPreferences.DisplayDocTitle = true;
        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage("en-GB");
        var writer = new PageWriter(document, ua.StructureBuilder, content);
        foreach (var block in content.Blocks)
            writer.Write(block);
        writer.Finish();
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return writer.Appended.Count == 0 ? stream.ToArray() : Append(stream, content, writer.Appended);
    }

    /// <summary>
    /// Papers that are PDFs are printed as they were written, page for page, after the document (the
    /// tagged part stays as written: PDFsharp's accessibility layer takes no imported pages, so they
    /// are added to the saved file). Each appended page carries the marking and the page number.
    /// </summary>
    private static byte[] Append(MemoryStream written, DocumentContent content, List<byte[]> papers)
    {
        written.Position = 0;
        using var document = PdfReader.Open(written, PdfDocumentOpenMode.Modify);
        var font = new XFont(SystemFontResolver.Family, 8.5, XFontStyleEx.Bold, new XPdfFontOptions(PdfFontEncoding.Unicode));
        var marking = content.Marking ?? content.Title;
        foreach (var pdf in papers)
        {
            using var source = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
            foreach (var imported in source.Pages)
            {
                var page = document.AddPage(imported);
                using var g = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
                var width = page.Width.Point;
                var height = font.Size * 1.3;
                g.DrawString(marking, font, XBrushes.Black, new XRect(0, Margin / 3, width, height), XStringFormats.TopCenter);
                g.DrawString($"{marking} · Page {document.PageCount}", font, XBrushes.Black, new XRect(0, page.Height.Point - (Margin / 3) - height, width, height), XStringFormats.TopCenter);
            }
        }

        using var result = new MemoryStream();
        document.Save(result, closeStream: false);
        return result.ToArray();
    }

    private sealed class PageWriter(PdfDocument document, StructureBuilder structure, DocumentContent content)
    {
        private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
        private readonly XFont body = new(SystemFontResolver.Family, 10.5, XFontStyleEx.Regular, Unicode);
        private readonly XFont bold = new(SystemFontResolver.Family, 10.5, XFontStyleEx.Bold, Unicode);
        private readonly XFont small = new(SystemFontResolver.Family, 8.5, XFontStyleEx.Bold, Unicode);
        private readonly List<byte[]> appended = [];
        private XGraphics? graphics;
        private double y = Top;
        private int pages;

        private XGraphics Graphics => graphics ?? NewPage();

        public void Write(DocumentBlock block)
        {
            switch (block)
            {
                case HeadingBlock h:
                    var size = h.Level switch { 1 => 20, 2 => 15, _ => 12.5 };
                    Block(Heading(h.Level), h.Text, new XFont(SystemFontResolver.Family, size, XFontStyleEx.Bold, Unicode), before: h.Level == 1 ? 0 : 10, keepWithNext: 40);
                    break;
                case ItemBlock i:
                    Block(i.Depth == 0 ? PdfBlockLevelElementTag.Heading3 : PdfBlockLevelElementTag.Heading4, $"{i.Number}   {i.Title}",
                        new XFont(SystemFontResolver.Family, i.Depth == 0 ? 12.5 : 11.5, XFontStyleEx.Bold, Unicode), before: 8, keepWithNext: 30);
                    break;
                case TextBlock t:
                    foreach (var line in t.Text.Split('\n').Where(l => l.Trim().Length > 0))
                        Block(PdfBlockLevelElementTag.Paragraph, line, t.IsNotice ? bold : body, before: 0);
                    break;
                case PaperBlock { Pdf: { } pdf } p when CanAppend(pdf):
                    appended.Add(pdf);
                    Block(PdfBlockLevelElementTag.Paragraph, "The paper's own pages follow at the end of this pack.", body, before: 0);
                    break;
                case PaperBlock p:
                    foreach (var line in p.Text.Split('\n').Where(l => l.Trim().Length > 0))
                        Block(PdfBlockLevelElementTag.Paragraph, line, body, before: 0);
                    break;
                case BulletBlock b:
                    Block(PdfBlockLevelElementTag.Paragraph, "•  " + b.Text, body, before: 0);
                    break;
                case TableBlock t:
                    Table(t);
                    break;
            }
        }

        public List<byte[]> Appended => appended;

        public void Finish()
        {
            if (graphics is null)
                NewPage();
            graphics!.Dispose();
        }

        /// <summary>A paper that is not a PDF, or one that cannot be opened (encrypted, damaged), is carried as text.</summary>
        private static bool CanAppend(byte[] pdf)
        {
            try
            {
                using var source = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
                return source.PageCount > 0;
            }
            catch (Exception e) when (e is PdfReaderException or InvalidOperationException or NotImplementedException or ArgumentException or IOException)
            {
                return false;
            }
        }

        private static PdfBlockLevelElementTag Heading(int level) => level switch
        {
            1 => PdfBlockLevelElementTag.Heading1,
            2 => PdfBlockLevelElementTag.Heading2,
            _ => PdfBlockLevelElementTag.Heading3,
        };

        /// <summary>One tagged element per page it falls on: marked content never crosses a page.</summary>
        private void Block(PdfBlockLevelElementTag tag, string text, XFont font, double before, double keepWithNext = 0)
        {
            var lineHeight = font.Size * 1.3;
            var lines = Wrap(text, font, TextWidth);
            y += before;
            if (y + (lineHeight * Math.Min(lines.Count, 2)) + keepWithNext > Bottom)
                NewPage();
            var index = 0;
            while (index < lines.Count)
            {
                structure.BeginElement(tag);
                while (index < lines.Count && y + lineHeight <= Bottom)
                {
                    Graphics.DrawString(lines[index++], font, XBrushes.Black, new XPoint(Margin, y + font.Size));
                    y += lineHeight;
                }

                structure.End();
                if (index < lines.Count)
                    NewPage();
            }

            y += font.Size * 0.5;
        }

        private void Table(TableBlock t)
        {
            var total = t.RelativeWidths.Sum();
            var widths = t.RelativeWidths.Select(w => TextWidth * w / total).ToList();
            const double pad = 3;
            var lineHeight = body.Size * 1.25;
            var header = Layout(t.Columns, widths, pad, bold);
            var headerHeight = (header.Max(c => c.Count) * lineHeight) + (2 * pad);
            if (y + (headerHeight * 2) > Bottom)
                NewPage();
            structure.BeginElement(PdfBlockLevelElementTag.Table);
            DrawRow(header, widths, headerHeight, pad, lineHeight, bold, PdfBlockLevelElementTag.TableHeaderCell);
            foreach (var row in t.Rows)
            {
                var cells = Layout(row, widths, pad, body);
                var height = (cells.Max(c => Math.Max(c.Count, 1)) * lineHeight) + (2 * pad);
                if (y + height > Bottom)
                {
                    NewPage();
                    DrawRow(header, widths, headerHeight, pad, lineHeight, bold, PdfBlockLevelElementTag.TableHeaderCell);
                }

                DrawRow(cells, widths, height, pad, lineHeight, body, PdfBlockLevelElementTag.TableDataCell);
            }

            structure.End();
            y += 10;
        }

        private List<List<string>> Layout(IReadOnlyList<string> cells, List<double> widths, double pad, XFont font) =>
            [.. widths.Select((w, c) => Wrap(c < cells.Count ? cells[c] : "", font, w - (2 * pad)))];

        private void DrawRow(List<List<string>> cells, List<double> widths, double height, double pad, double lineHeight, XFont font, PdfBlockLevelElementTag cellTag)
        {
            var g = Graphics;
            structure.BeginElement(PdfBlockLevelElementTag.TableRow);
            var x = Margin;
            for (var c = 0; c < widths.Count; c++)
            {
                structure.BeginElement(cellTag);
                var lineY = y + pad;
                foreach (var line in cells[c])
                {
                    g.DrawString(line, font, XBrushes.Black, new XPoint(x + pad, lineY + font.Size));
                    lineY += lineHeight;
                }

                structure.End();
                x += widths[c];
            }

            structure.End();
            structure.BeginArtifact();
            x = Margin;
            foreach (var w in widths)
            {
                g.DrawRectangle(new XPen(XColors.Gray, 0.5), x, y, w, height);
                x += w;
            }

            structure.End();
            y += height;
        }

        private XGraphics NewPage()
        {
            graphics?.Dispose();
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            graphics = XGraphics.FromPdfPage(page);
            pages++;
            y = Top;
            structure.BeginArtifact();
            var marking = content.Marking ?? content.Title;
            graphics.DrawString(marking, small, XBrushes.Black, new XRect(Margin, Margin, TextWidth, small.Size * 1.3), XStringFormats.TopCenter);
            graphics.DrawString($"{marking} · Page {pages}", small, XBrushes.Black, new XRect(Margin, PageHeight - Margin - (small.Size * 1.3), TextWidth, small.Size * 1.3), XStringFormats.TopCenter);
            structure.End();
            return graphics;
        }

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var g = Graphics;
            foreach (var paragraph in text.Replace("\t", "   ", StringComparison.Ordinal).Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : $"{line} {word}";
                    if (line.Length > 0 && g.MeasureString(candidate, font).Width > width)
                    {
                        lines.Add(line);
                        line = word;
                    }
                    else
                    {
                        line = candidate;
                    }

                    // A word longer than the line (an address, a hash) is broken where it must be.
                    while (g.MeasureString(line, font).Width > width && line.Length > 1)
                    {
                        var cut = line.Length - 1;
                        while (cut > 1 && g.MeasureString(line[..cut], font).Width > width)
                            cut--;
                        lines.Add(line[..cut]);
                        line = line[cut..];
                    }
                }

                lines.Add(line);
            }

            return lines;
        }
    }

    /// <summary>
    /// PDFsharp finds no fonts by itself on Linux: this gives it a sans-serif from the system
    /// (Liberation Sans, metric-compatible with Arial, else DejaVu Sans), embedded in every PDF.
    /// </summary>
    private sealed class SystemFontResolver : IFontResolver
    {
        public const string Family = "Quorum Sans";

        private static readonly string[][] Candidates =
        [
            ["liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"],
            ["liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"],
            ["dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"],
        ];

        private static readonly Lazy<string[]> Files = new(() =>
            Candidates.Select(pair => pair.Select(f => Path.Combine("/usr/share/fonts/truetype", f)).ToArray())
                .FirstOrDefault(pair => pair.All(File.Exists))
            ?? throw new InvalidOperationException("No sans-serif font found for PDF documents: install fonts-liberation (or fonts-dejavu-core)."));

        public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
            new(isBold ? "bold" : "regular", mustSimulateBold: false, mustSimulateItalic: isItalic);

        public byte[] GetFont(string faceName) => File.ReadAllBytes(Files.Value[faceName == "bold" ? 1 : 0]);
    }
}
