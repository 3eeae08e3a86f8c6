using UglyToad.PdfPig.Content;

namespace Quorum.Import.Text;

/// <summary>
/// A narrow right-hand column beside a page's paragraphs ("Action", "Who", "By", or no heading) holding who is to act on the
/// paragraph beside it: "Clerk", "JM", "Cllr Smith", "Clerk to include on PC agenda". Parish and small bodies' templates set
/// it apart from the text by a strip of page no line of text crosses, often so narrow that the words would run on into the
/// paragraph ("… notified to the Hampshire JM rangers").
/// </summary>
internal static class PdfMargins
{
    /// <summary>A page's rows with the margin's words taken out, rows that held only them dropped, and each row's entry in the margin beside it.</summary>
    public sealed record Split(List<List<Word>> Rows, PdfTables.Placement?[] Placements, string?[] Entries, double? Edge);

    /// <summary>
    /// The page's rows parted from the margin column beside them; the rows as they are when the page has none. Table rows are
    /// left whole. A page that carries on the minutes of the page before, with too few entries of its own to show its margin,
    /// has the margin where that page had it, so long as no line of its text crosses it.
    /// </summary>
    public static Split Part(List<List<Word>> rows, PdfTables.Placement?[] placements, double typical, double? before)
    {
        var unchanged = new Split(rows, placements, new string?[rows.Count], null);
        if (Edge(rows, placements, typical, before) is not { } edge)
            return unchanged;
        bool InMargin(int r, Word w) => placements[r] is null && w.BoundingBox.Left >= edge;

        // A margin entry runs over the lines that follow one another closely ("Clerk to" / "include on" / "PC agenda").
        var entries = new List<(int First, int Last, string Text)>();
        for (var r = 0; r < rows.Count; r++)
        {
            var words = rows[r].Where(w => InMargin(r, w)).ToList();
            if (words.Count == 0)
                continue;
            var text = string.Join(' ', words.Select(w => w.Text));
            if (entries.Count > 0 && entries[^1] is var open && rows[open.Last][0].BoundingBox.Bottom - rows[r][0].BoundingBox.Bottom <= typical * 2)
                entries[^1] = (open.First, r, open.Text + " " + text);
            else
                entries.Add((r, r, text));
        }

        var kept = Enumerable.Range(0, rows.Count).Where(r => rows[r].Any(w => !InMargin(r, w))).ToList();
        if (kept.Count == 0)
            return unchanged;
        var beside = new string?[rows.Count];
        foreach (var (first, last, text) in entries)
        {
            var anchor = Anchor(rows, kept, first, last);
            beside[anchor] = beside[anchor] is { } earlier ? earlier + " " + text : text;
        }

        return new Split(
            [.. kept.Select(r => rows[r].Where(w => !InMargin(r, w)).ToList())],
            [.. kept.Select(r => placements[r])],
            [.. kept.Select(r => beside[r])],
            edge);
    }

    /// <summary>
    /// The line of text an entry stands beside: the first that starts within its lines, else the nearest, the one above when
    /// the entry stands halfway between (a paragraph's last line rather than the next paragraph's first).
    /// </summary>
    private static int Anchor(List<List<Word>> rows, List<int> kept, int first, int last)
    {
        if (kept.FirstOrDefault(r => r >= first && r <= last, -1) is var within and >= 0)
            return within;
        var top = rows[first][0].BoundingBox.Bottom;
        return kept.OrderBy(r => Math.Abs(rows[r][0].BoundingBox.Bottom - top)).ThenBy(r => r).First();
    }

    /// <summary>
    /// Where the page's margin column starts, or null: a left edge right of most of the text, beyond a gap no row of text
    /// crosses, to whose right two rows or more hold a few short words (a name, initials, a post), while three lines of text
    /// or more run up to the gap, as paragraphs do beside a margin and a table's short cells do not.
    /// </summary>
    private static double? Edge(List<List<Word>> rows, PdfTables.Placement?[] placements, double typical, double? before)
    {
        var free = Enumerable.Range(0, rows.Count).Where(r => placements[r] is null).ToList();
        if (free.Count == 0)
            return null;
        var advance = Advance(rows);
        var left = free.Min(r => rows[r][0].BoundingBox.Left);
        if (before is { } carried && Stands(rows, free, carried, left, typical, advance, carriedOn: true))
            return carried;
        if (free.Count < 4)
            return null;
        var right = free.Max(r => Right(rows[r][^1], advance));
        var candidates = free.SelectMany(r => rows[r].Select((w, k) => (w, k, r)))
            .Where(c => c.k == 0 ? c.w.BoundingBox.Left > left + (right - left) * 0.6 : c.w.BoundingBox.Left - Right(rows[c.r][c.k - 1], advance) >= typical * 0.8)
            .Select(c => c.w.BoundingBox.Left)
            .Where(x => x > left + (right - left) * 0.6)
            .Distinct().Order();
        foreach (var x in candidates)
        {
            if (Stands(rows, free, x, left, typical, advance, carriedOn: false))
                return x;
        }

        return null;
    }

    private static bool Stands(List<List<Word>> rows, List<int> free, double x, double left, double typical, double advance, bool carriedOn)
    {
        var gutter = typical * 0.5;
        var marginRows = 0;
        var fullLines = 0;
        var owned = 0;
        var marginRight = x;
        foreach (var r in free)
        {
            var body = rows[r].Where(w => w.BoundingBox.Left < x).ToList();
            var margin = rows[r].Where(w => w.BoundingBox.Left >= x).ToList();
            if (body.Any(w => Right(w, advance) > x - gutter))
                return false;
            if (body.Count > 0 && Right(body[^1], advance) >= x - (x - left) * 0.15)
                fullLines++;
            if (margin.Count == 0)
                continue;
            var text = string.Join(' ', margin.Select(w => w.Text));
            if (margin.Count > 6 || text.Length > 30)
                return false;
            marginRows++;
            marginRight = Math.Max(marginRight, Right(margin[^1], advance));
            // Names, initials and posts start with a capital and hold no figures; a date or an amount is no owner.
            if (char.IsUpper(text[0]) && !text.Any(char.IsDigit))
                owned++;
        }
        if (carriedOn)
            return marginRows >= 1 && owned * 2 >= marginRows && marginRows * 2 <= free.Count;
        return marginRows >= 2 && marginRows * 2 <= free.Count && owned * 2 >= marginRows && fullLines >= 3
            && marginRight - x <= (x - left) * 0.3;
    }

    /// <summary>
    /// Where a word ends: a font whose widths the file leaves out gives its words boxes far wider than their letters ("the" as
    /// wide as "recommendations" is long), so a word ends no later than a letter's width past where its last letter starts.
    /// </summary>
    private static double Right(Word word, double advance) =>
        Math.Min(word.BoundingBox.Right, word.Letters[^1].StartBaseLine.X + advance * 1.5);

    /// <summary>The usual distance from one letter's start to the next within a word on the page.</summary>
    private static double Advance(List<List<Word>> rows)
    {
        var steps = rows.SelectMany(r => r).SelectMany(w => w.Letters.Zip(w.Letters.Skip(1), (a, b) => b.StartBaseLine.X - a.StartBaseLine.X))
            .Where(d => d > 0).Order().ToList();
        return steps.Count == 0 ? double.MaxValue / 4 : steps[steps.Count / 2];
    }
}
