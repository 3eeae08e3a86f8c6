using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics;

namespace Quorum.Import.Text;

/// <summary>
/// The rows of a PDF page's tables that the page draws rules between. Word and LibreOffice draw a bordered table's borders
/// as lines (or thin filled boxes) round each cell, and set the other cells of a row centred or at the top beside one that
/// wraps, so its lines' baselines interleave with theirs ("Dr Helen | Non-Executive" over "Achebe | Director (Chair)"): the
/// text between two rules is one row, whatever the lines it is printed on.
/// </summary>
internal static partial class PdfRules
{
    // A border is drawn a point or two thick at most; a shaded cell or a picture is thicker.
    private const double Thin = 2;

    // Word draws a border as two strokes half a point apart, and a row's rule cell by cell with gaps of a stroke's width.
    private const double Join = 3;

    /// <summary>A rule: horizontal ones at a height <see cref="At"/> from x <see cref="From"/> to <see cref="To"/>, vertical ones at an x from one height to another.</summary>
    private readonly record struct Rule(double At, double From, double To);

    /// <summary>
    /// The placements of <see cref="PdfTables.Place"/> with the rows of each ruled table that has a row wrapped onto several
    /// lines read between its rules: a row's first line starts it and the others carry its cells on. Its columns are parted
    /// at the vertical rules drawn through the row, else where the rows' words place them. A page with no such table keeps
    /// its placements, as does a ruled table whose rows are each one line or whose cells mostly hold several paragraphs.
    /// </summary>
    public static PdfTables.Placement?[] Place(IReadOnlyList<PdfPath> paths, List<List<Word>> rows, PdfTables.Placement?[] placements)
    {
        var (across, down) = Rules(paths);
        if (across.Count < 2 || rows.Count == 0)
            return placements;
        var levels = Levels(across);
        var bands = Bands(rows, levels);
        var placed = (PdfTables.Placement?[])placements.Clone();
        var changed = false;
        var start = 0;
        while (start < bands.Count)
        {
            // A table is its bands one under another, each one's lower rule the upper rule of the next.
            var end = start + 1;
            while (end < bands.Count && bands[end].Above == bands[end - 1].Below && bands[end].First == bands[end - 1].Last + 1)
                end++;
            var table = bands.GetRange(start, end - start);
            start = end;
            var columns = new List<List<double>?>();
            var (wrapped, paragraphs) = (0, 0);
            foreach (var band in table)
            {
                var edges = ColumnsOf(band, levels, down, placements, columns.LastOrDefault(c => c is not null));
                // A cell of several paragraphs (a name a line, or a note and the list under it) is no row wrapped: its lines are
                // left to read as they are printed.
                var paragraph = edges is not null && !Wrapped(rows, band, edges, Math.Min(levels[band.Above].To, levels[band.Below].To));
                columns.Add(paragraph ? null : edges);
                if (band.Last > band.First && edges is not null)
                    (wrapped, paragraphs) = paragraph ? (wrapped, paragraphs + 1) : (wrapped + 1, paragraphs);
            }

            // A table whose cells mostly hold several paragraphs is a page laid out in boxes ("3. | Minutes … | Proposed …"),
            // read throughout by where its words stand, as a page without rules is, rather than in part by its rules.
            if (wrapped == 0 || wrapped < paragraphs)
                continue;
            for (var k = 0; k < table.Count; k++)
            {
                var band = table[k];
                if (band.Last + 1 < rows.Count && placed[band.Last + 1] is { ContinuesAbove: true } after)
                    placed[band.Last + 1] = after with { ContinuesAbove = false };
                if (columns[k] is not { } edges)
                    continue;
                for (var r = band.First; r <= band.Last; r++)
                    placed[r] = new PdfTables.Placement(edges, r > band.First);
                changed = true;
            }
        }

        return changed ? placed : placements;
    }

    /// <summary>
    /// A band's column edges: the vertical rules drawn from its upper rule to its lower one, strictly inside them, else the
    /// edges its rows were placed by. The edges of the band above are taken again when they are the same, so the rows of one
    /// table read as one.
    /// </summary>
    private static List<double>? ColumnsOf((int First, int Last, int Above, int Below) band, List<Rule> levels, List<Rule> down, PdfTables.Placement?[] placements, List<double>? above)
    {
        var (top, bottom) = (levels[band.Above], levels[band.Below]);
        var (left, right) = (Math.Max(top.From, bottom.From), Math.Min(top.To, bottom.To));
        var edges = new List<double>();
        foreach (var x in down.Where(v => v.At > left + Join && v.At < right - Join && v.From <= bottom.At + Join && v.To >= top.At - Join).Select(v => v.At).Order())
        {
            if (edges.Count == 0 || x - edges[^1] > Join)
                edges.Add(x);
        }

        if (edges.Count == 0)
            edges = Enumerable.Range(band.First, band.Last - band.First + 1).Select(r => placements[r]?.Edges).FirstOrDefault(e => e is not null);
        if (edges is null || edges.Count == 0)
            return null;
        return above is not null && above.Count == edges.Count && above.Zip(edges).All(p => Math.Abs(p.First - p.Second) <= Join) ? above : edges;
    }

    /// <summary>
    /// Whether each cell of a band is one paragraph wrapped to its column: each line of it after the first runs on from the
    /// line above, which is filled so far that the line's first word, after a space, would not have fitted beside it before
    /// the cell's right side, or it starts in lower case ("and role appointments"), as some writers wrap short of the side.
    /// A bullet or a lettered entry starts a paragraph of its own, as does a short line after a colon or a dash ("Next steps -"
    /// over "seek legal advice"), a list's lead-in.
    /// </summary>
    private static bool Wrapped(List<List<Word>> rows, (int First, int Last, int Above, int Below) band, List<double> edges, double right)
    {
        for (var c = 0; c <= edges.Count; c++)
        {
            var side = c < edges.Count ? edges[c] : right;
            Word? end = null;
            for (var r = band.First; r <= band.Last; r++)
            {
                var cell = rows[r].Where(w => PdfTables.Column(w, edges) == c).ToList();
                if (cell.Count == 0)
                    continue;
                var letter = cell[0].BoundingBox.Width / Math.Max(1, cell[0].Text.Length);
                if (end is not null && (Entry().IsMatch(cell[0].Text) || end.BoundingBox.Right + letter + cell[0].BoundingBox.Width < side - letter
                    && !(char.IsLower(cell[0].Text[0]) && end.Text[^1] is not (':' or '-' or '–'))))
                    return false;
                end = cell[^1];
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?:[•·▪◦●○■□*–—-]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])$")]
    private static partial Regex Entry();

    /// <summary>
    /// The runs of rows that stand between the same two rules, each rule reaching across the whole row: the nearest above
    /// the row's middle and the nearest below it.
    /// </summary>
    private static List<(int First, int Last, int Above, int Below)> Bands(List<List<Word>> rows, List<Rule> levels)
    {
        var bands = new List<(int First, int Last, int Above, int Below)>();
        for (var r = 0; r < rows.Count; r++)
        {
            var middle = (rows[r].Max(w => w.BoundingBox.Top) + rows[r].Min(w => w.BoundingBox.Bottom)) / 2;
            var (left, right) = (rows[r].Min(w => w.BoundingBox.Left), rows[r].Max(w => w.BoundingBox.Right));
            int above = -1, below = -1;
            for (var k = 0; k < levels.Count; k++)
            {
                var level = levels[k];
                if (level.From > left + Join || level.To < right - Join)
                    continue;
                if (level.At > middle && (above < 0 || level.At < levels[above].At))
                    above = k;
                if (level.At < middle && (below < 0 || level.At > levels[below].At))
                    below = k;
            }

            if (above < 0 || below < 0)
                continue;
            if (bands.Count > 0 && bands[^1] is var last && last.Last == r - 1 && last.Above == above && last.Below == below)
                bands[^1] = last with { Last = r };
            else
                bands.Add((r, r, above, below));
        }

        return bands;
    }

    /// <summary>The horizontal rules joined into the lines they draw across the page: strokes at one height that meet or nearly meet.</summary>
    private static List<Rule> Levels(List<Rule> across)
    {
        var levels = new List<Rule>();
        foreach (var rule in across.OrderBy(r => r.At).ThenBy(r => r.From))
        {
            // The levels stand in order of height, so only the last few can be at this one.
            var joined = levels.Count - 1;
            while (joined >= 0 && levels[joined].At >= rule.At - Join && !(rule.From <= levels[joined].To + Join && rule.To >= levels[joined].From - Join))
                joined--;
            if (joined >= 0 && levels[joined].At < rule.At - Join)
                joined = -1;
            if (joined >= 0)
                levels[joined] = levels[joined] with { From = Math.Min(levels[joined].From, rule.From), To = Math.Max(levels[joined].To, rule.To) };
            else
                levels.Add(rule);
        }

        // A rule as short as a word underlines it.
        return levels.Where(l => l.To - l.From >= 50).ToList();
    }

    /// <summary>The page's horizontal and vertical rules: thin stroked lines or filled boxes, and the sides of stroked rectangles.</summary>
    private static (List<Rule> Across, List<Rule> Down) Rules(IReadOnlyList<PdfPath> paths)
    {
        var across = new List<Rule>();
        var down = new List<Rule>();
        foreach (var path in paths)
        {
            if (path.IsClipping || !path.IsStroked && !path.IsFilled)
                continue;
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box)
                    continue;
                if (box.Height <= Thin && box.Width > Thin)
                {
                    across.Add(new Rule((box.Top + box.Bottom) / 2, box.Left, box.Right));
                }
                else if (box.Width <= Thin && box.Height > Thin)
                {
                    down.Add(new Rule((box.Left + box.Right) / 2, box.Bottom, box.Top));
                }
                else if (path.IsStroked && !path.IsFilled && subpath.IsDrawnAsRectangle)
                {
                    across.AddRange([new Rule(box.Top, box.Left, box.Right), new Rule(box.Bottom, box.Left, box.Right)]);
                    down.AddRange([new Rule(box.Left, box.Bottom, box.Top), new Rule(box.Right, box.Bottom, box.Top)]);
                }
            }
        }

        return (across, down);
    }
}
