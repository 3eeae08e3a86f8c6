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
            double? margin = null;
            for (var number = 1; number <= pages && lines.Count < ImportLimits.MaxLines; number++)
            {
                margin = AddPage(document.GetPage(number), lines, margin);
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

    /// <summary>Adds the page's lines; returns where its margin column of owners starts, if it has one.</summary>
    private static double? AddPage(Page page, List<TextLine> lines, double? margin)
    {
        var all = Words(page.GetWords(NearestNeighbourWordExtractor.Instance));
        // A typesetter that spaces words by kerning alone, with no space characters (TeX), sets them closer than the
        // nearest-neighbour grouping allows: its "words" come out as whole lines run together ("MinutesofaRegularMeeting").
        // PdfPig's own extractor, which goes by the gaps between letters, parts them.
        if (RunTogether(all))
            all = Words(page.GetWords());
        if (all.Count == 0)
            return margin;
        var typical = all.Select(w => w.BoundingBox.Height).Order().ElementAt(all.Count / 2);
        // Raised ordinal suffixes ("5th") sit above their line and would make a line of their own.
        var raised = all.Where(w => IsOrdinalSuffix(w, typical)).ToList();
        var words = all.Where(w => !raised.Contains(w)).ToList();
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

        foreach (var suffix in raised)
        {
            var below = rows.Where(r => r[0].BoundingBox.Bottom <= suffix.BoundingBox.Bottom && suffix.BoundingBox.Bottom - r[0].BoundingBox.Bottom < typical * 1.2)
                .OrderBy(r => suffix.BoundingBox.Bottom - r[0].BoundingBox.Bottom).FirstOrDefault();
            if (below is not null)
                below.Add(suffix);
        }

        var pageLines = new List<TextLine>();
        var ordered = rows.Select(r => r.OrderBy(w => w.BoundingBox.Left).ToList()).ToList();
        var placements = PdfRules.Place(page.Paths, ordered, PdfTables.Place(ordered, PdfTables.UndrawnSpaces(page.Letters, ordered)));
        var parted = PdfMargins.Part(ordered, placements, typical, margin);
        (ordered, placements) = (parted.Rows, parted.Placements);
        for (var r = 0; r < ordered.Count; r++)
        {
            // Rows of one table stand together, however far their cells' padding parts them.
            var sameTable = r > 0 && placements[r] is { } here && placements[r - 1] is { } above && ReferenceEquals(here.Edges, above.Edges);
            if (r > 0 && PdfTables.ParagraphGap(ordered, r) && !sameTable)
                pageLines.Add(TextLine.Blank);
            if (placements[r] is { } placement)
            {
                // A table's row with the lines below that carry its cells on, read cell by cell.
                var carried = new List<List<Word>> { ordered[r] };
                while (r + 1 < ordered.Count && placements[r + 1] is { ContinuesAbove: true })
                    carried.Add(ordered[++r]);
                var cells = Cells(carried, placement.Edges, typical);
                var printed = PlainTextExtractor.ToLines(string.Join('\t', cells.Where(c => c.Length > 0))).ToList();
                pageLines.AddRange(printed is [var row] && !row.IsBlank ? [row with { PrintedCells = cells }] : printed);
            }
            else
            {
                var printed = PlainTextExtractor.ToLines(JoinWords(ordered[r], typical)).ToList();
                pageLines.AddRange(printed is [var row] && parted.Entries[r] is { } entry ? [row with { Margin = entry }] : printed);
            }
        }

        // The margin's entry stands as the last cell of the paragraph it was printed beside, as a margin column's owner does.
        lines.AddRange(Unwrap(pageLines).Select(l => l.Margin is { } entry ? l with { Text = l.Text.TrimEnd() + "\t" + entry, Margin = null } : l));
        return parted.Edge;
    }

    private static List<Word> Words(IEnumerable<Word> words) =>
        words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderByDescending(w => w.BoundingBox.Bottom).ToList();

    /// <summary>
    /// True when five or more of a page's words are twenty letters or longer and hold a third of its letters: lines with no
    /// spaces. Prose has few words so long (a web address, a compound name), and they hold a few letters in a hundred.
    /// </summary>
    private static bool RunTogether(List<Word> words)
    {
        var runs = words.Where(w => w.Text.Length >= 20).ToList();
        return runs.Count >= 5 && runs.Sum(w => w.Text.Length) * 3 >= words.Sum(w => w.Text.Length);
    }

    private static bool IsOrdinalSuffix(Word word, double typical) =>
        word.Text is "st" or "nd" or "rd" or "th" && word.BoundingBox.Height < typical * 0.8;

    /// <summary>
    /// A sentence the page wrapped onto the next line is one line again: a long line without a
    /// closing stop runs on into a next line that is not numbered, bulleted or set in columns.
    /// </summary>
    private static List<TextLine> Unwrap(List<TextLine> lines)
    {
        var result = new List<TextLine>(lines.Count);
        var longest = lines.Where(l => !l.IsBlank).Select(l => l.Text.Length).DefaultIfEmpty(0).Max();
        string? printed = null;
        var bracketClosed = false;
        foreach (var line in lines)
        {
            if (result.Count > 0 && !line.IsBlank && line.Kind == LineKind.Text && result[^1] is { Kind: LineKind.Text } previous)
            {
                // Once a wrapped bracket is closed, what follows runs on as it would after the printed line that closed it.
                var runsOn = RunsOn(bracketClosed && printed is not null ? printed : previous.Text, line.Text, longest);
                if (runsOn || ClosesBracket(previous.Text, line.Text))
                {
                    bracketClosed = bracketClosed || !runsOn;
                    result[^1] = previous with { Text = previous.Text.TrimEnd() + " " + line.Text.Trim(), Margin = previous.Margin ?? line.Margin };
                    printed = line.Text;
                    continue;
                }
            }

            bracketClosed = false;

            if (result.Count > 0 && !line.IsBlank && line.Kind == LineKind.Text && result[^1] is { Kind: LineKind.ListItem } item
                && printed is not null && ContinuesItem(printed, line.Text, longest))
            {
                result[^1] = item with { Text = item.Text.TrimEnd() + " " + line.Text.Trim(), Margin = item.Margin ?? line.Margin };
                printed = line.Text;
                continue;
            }

            result.Add(line);
            printed = line.IsBlank ? null : line.Text;
        }

        return result;
    }

    /// <summary>
    /// "- Letter to go out to parents asking for volunteers ... Parent" over "Council to follow up with HB.": a bullet
    /// the page wrapped runs on into the unbulleted line below it, however short that line, when its own printed line
    /// reached the right-hand margin without a closing stop. A label ("Conclusions:") or a numbered line starts afresh.
    /// </summary>
    private static bool ContinuesItem(string printed, string next, int longest)
    {
        var before = printed.TrimEnd();
        var after = next.Trim();
        if (before.Length == 0 || after.Length == 0 || before.Contains('\t', StringComparison.Ordinal) || after.Contains('\t', StringComparison.Ordinal))
            return false;
        if (before[^1] is '.' or ':' or ';' or '!' or '?' || after[^1] == ':' || StartsOwnLine(after))
            return false;
        return char.IsLower(after[0]) || before.Length >= Math.Max(50, longest * 0.7);
    }

    /// <summary>
    /// "Attendees: | Dorian Grieves (chair), Helen Brown (Head" over "teacher), Ahmed Subed (P2)": a line the page wrapped
    /// inside a bracket runs on into the line that closes it, even beside a label column, as a bracket is never left open.
    /// </summary>
    private static bool ClosesBracket(string previous, string next)
    {
        // The bracket is open in the line's last cell: one left open in an earlier column ("… (less | Kay | asap") is a
        // table's row, whose cell wraps within its column.
        var open = previous.LastIndexOf('(');
        if (open < 0 || previous.IndexOf(')', open) >= 0 || previous.IndexOf('\t', open) >= 0 || previous.Length - open > 40)
            return false;
        var close = next.IndexOf(')', StringComparison.Ordinal);
        var reopen = next.IndexOf('(', StringComparison.Ordinal);
        return close > 0 && close < 40 && (reopen < 0 || close < reopen) && !next.Contains('\t', StringComparison.Ordinal);
    }

    private static bool RunsOn(string previous, string next, int longest)
    {
        var before = previous.TrimEnd();
        var after = next.Trim();
        if (before.Length == 0 || after.Length == 0 || before.Contains('\t', StringComparison.Ordinal) || after.Contains('\t', StringComparison.Ordinal))
            return false;
        if (before[^1] is '.' or ':' or ';' or '!' or '?' || StartsOwnLine(after))
            return false;
        if (char.IsLower(after[0]))
            return true;
        // A full line's sentence ends on a short line of its own ("… to Members by 21" over "October 2026."): the stop says
        // it is the sentence's end, where a short line without one is a heading or a label.
        return before.Length >= Math.Max(50, longest * 0.7) && (after.Length >= 30 || after[^1] == '.') && before[^1] is not ('_' or '-');
    }

    // "b) agreed the revised code; and" over "c) agreed that …", "(ii) to appoint …", "a. Sickness Policy": a lettered or
    // numeralled entry starts its own line, though its letter is small.
    private static bool StartsOwnLine(string text) =>
        char.IsDigit(text[0]) && System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{1,4}(?:[./]\d{1,4})*[.):]?\s")
        || System.Text.RegularExpressions.Regex.IsMatch(text, @"^(?:\(?(?:[a-z]|[ivx]{1,4})\)|[a-z]\.(?=\s+\p{Lu}))\s+\S")
        || text.StartsWith("ACTION", StringComparison.OrdinalIgnoreCase) || text.StartsWith("RESOLVED", StringComparison.Ordinal)
        || text.StartsWith("Signed", StringComparison.Ordinal) || text.StartsWith("Page ", StringComparison.Ordinal);

    /// <summary>A table's row as its cells, each cell's lines run together; the line's text parts the filled ones by tabs.</summary>
    private static List<string> Cells(List<List<Word>> lines, List<double> edges, double typical) =>
        [.. Enumerable.Range(0, edges.Count + 1)
            .Select(c => CellText(lines.Select(l => l.Where(w => PdfTables.Column(w, edges) == c).ToList()).Where(l => l.Count > 0).Select(l => JoinWords(l, typical))))];

    /// <summary>
    /// A cell's lines run together. A column too narrow for a reference or a date breaks it inside the word, at a slash or
    /// after a hyphen ("QSC/" over "26/017", "07/04" over "/2026", "Non-" over "Executive"), and there the parts meet
    /// without a space.
    /// </summary>
    private static string CellText(IEnumerable<string> lines)
    {
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            var brokenInWord = builder.Length > 1 && (builder[^1] == '/' || builder[^1] == '-' && char.IsLetter(builder[^2]))
                || line.StartsWith('/') && builder.Length > 0 && char.IsLetterOrDigit(builder[^1]);
            if (builder.Length > 0 && !brokenInWord)
                builder.Append(' ');
            builder.Append(line);
        }

        return builder.ToString();
    }

    private static string JoinWords(List<Word> ordered, double typical)
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
                if (IsOrdinalSuffix(word, typical) && previous.Text.Length > 0 && char.IsDigit(previous.Text[^1]))
                {
                    builder.Append(word.Text);
                    previous = word;
                    continue;
                }

                builder.Append(gap > charWidth * 4 ? '\t' : ' ');
            }

            builder.Append(word.Text);
            previous = word;
        }

        return builder.ToString();
    }
}
