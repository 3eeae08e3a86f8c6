using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Quorum.Import.Text;

/// <summary>Lines of a PDF's text layer read with PdfPig: words grouped by baseline, pages in order.</summary>
public static class PdfExtractor
{
    public static List<TextLine> Extract(byte[] content, string fileName)
    {
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.IsEncrypted)
                throw new ImportException($"'{fileName}' is a password-protected PDF. Remove the password and upload it again.");
            var lines = new List<TextLine>();
            var pages = Math.Min(document.NumberOfPages, ImportLimits.MaxPdfPages);
            for (var number = 1; number <= pages && lines.Count < ImportLimits.MaxLines; number++)
            {
                AddPage(document.GetPage(number), lines);
                lines.Add(TextLine.Blank);
            }

            return lines;
        }
        catch (ImportException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new ImportException($"'{fileName}' is a password-protected PDF. Remove the password and upload it again.", ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // PdfPig reports damage through many exception types; to the clerk they all mean the same.
            throw new ImportException($"'{fileName}' is a damaged PDF and cannot be read.", ex);
        }
    }

    private static void AddPage(Page page, List<TextLine> lines)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .OrderByDescending(w => w.BoundingBox.Bottom)
            .ToList();
        var rows = new List<List<Word>>();
        foreach (var word in words)
        {
            var row = rows.Count > 0 ? rows[^1] : null;
            var height = Math.Max(2, word.BoundingBox.Height);
            if (row is not null && Math.Abs(row[0].BoundingBox.Bottom - word.BoundingBox.Bottom) < height * 0.5)
                row.Add(word);
            else
                rows.Add([word]);
        }

        double? previousBottom = null;
        double previousHeight = 0;
        foreach (var row in rows)
        {
            var ordered = row.OrderBy(w => w.BoundingBox.Left).ToList();
            var bottom = ordered[0].BoundingBox.Bottom;
            var height = ordered.Max(w => w.BoundingBox.Height);
            // A gap of more than a line and a half between baselines is a paragraph break.
            if (previousBottom is { } last && last - bottom > Math.Max(height, previousHeight) * 2.2)
                lines.Add(TextLine.Blank);
            lines.Add(PlainTextExtractor.ToLine(JoinWords(ordered)));
            previousBottom = bottom;
            previousHeight = height;
        }
    }

    private static string JoinWords(List<Word> ordered)
    {
        var builder = new StringBuilder();
        Word? previous = null;
        foreach (var word in ordered)
        {
            if (previous is not null)
            {
                var gap = word.BoundingBox.Left - previous.BoundingBox.Right;
                var charWidth = previous.BoundingBox.Width / Math.Max(1, previous.Text.Length);
                // Wide gaps are table columns; keep them apart as a tab so column layouts survive.
                builder.Append(gap > charWidth * 4 ? '\t' : ' ');
            }

            builder.Append(word.Text);
            previous = word;
        }

        return builder.ToString();
    }
}
