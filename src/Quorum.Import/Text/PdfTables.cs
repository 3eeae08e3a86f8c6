using UglyToad.PdfPig.Content;

namespace Quorum.Import.Text;

/// <summary>
/// The tables of a PDF page, found from where their rows' words stand: Word, LibreOffice and most councils' templates set a
/// table's cells closer than the gap that marks a column on its own, centre the headings over their columns and wrap a long
/// cell onto lines of its own.
/// </summary>
internal static class PdfTables
{
    /// <summary>Where a printed row stands in a table: the x at which each column after the first begins, and whether the row only carries cells of the row above onto another line.</summary>
    public readonly record struct Placement(List<double> Edges, bool ContinuesAbove);

    /// <summary>
    /// For each row (its words left to right), its place in a table, or null for a row in none. A table is three rows or more
    /// after one another that share two column edges or more, an edge being a strip of the page no word of theirs covers
    /// ("Gemma Hollis | Westshire Council | Chair") or the left edge at which many of them start a cell, however close the
    /// cell before it ("… circulate all three to | Morag Sinclair"), that no word crosses.
    /// </summary>
    public static Placement?[] Place(List<List<Word>> rows, bool[][]? undrawnSpaces)
    {
        var placements = new Placement?[rows.Count];
        if (rows.Count < 3)
            return placements;
        var letter = rows.SelectMany(r => r).Average(w => w.BoundingBox.Width / Math.Max(1, w.Text.Length));
        var undrawn = undrawnSpaces ?? [.. rows.Select(r => new bool[r.Count])];
        var aligned = AlignedEdges(rows, undrawn, letter);
        // Grow a block while its rows still share two edges or more; a paragraph's gap ends it, as it ends a table, except
        // where the rows of cells padded apart stand as far apart as paragraphs: two rows that both start cells, standing
        // as far apart as the rows before or after them, go on.
        // A row whose short cells stand centred beside a wrapped one is its lines together, and its pitch to the rows
        // either side is measured past them.
        bool Padded(int start, int k) =>
            BandCells(k - 1) && BandCells(k)
            && (GapBefore(start, k) is { } before ? Even(Pitch(rows, k), before) : GapAfter(k) is { } after && Even(Pitch(rows, k), after));
        bool BandCells(int k)
        {
            var (top, bottom) = (k, k);
            while (top > 0 && SameRow(rows, top))
                top--;
            while (bottom + 1 < rows.Count && SameRow(rows, bottom + 1))
                bottom++;
            return Enumerable.Range(top, bottom - top + 1).Any(j => Cells(rows, undrawn, j, letter));
        }

        double? GapBefore(int start, int k)
        {
            for (var j = k - 1; j > start; j--)
            {
                if (!SameRow(rows, j))
                    return Pitch(rows, j);
            }

            return null;
        }

        double? GapAfter(int k)
        {
            for (var j = k + 1; j < rows.Count; j++)
            {
                if (!SameRow(rows, j))
                    return Pitch(rows, j);
            }

            return null;
        }

        (int End, List<double>? Edges, bool Bridged) Block(int start, bool padded)
        {
            var end = start;
            List<double>? edges = null;
            var bridged = false;
            while (end < rows.Count)
            {
                var gap = end > start && ParagraphGap(rows, end);
                if (gap && !(padded && Padded(start, end)) || Edges(rows, start, end, aligned, letter) is not { Count: >= 2 } shared)
                    break;
                bridged |= gap;
                edges = shared;
                end++;
            }

            return (end, edges, bridged);
        }

        var start = 0;
        while (start < rows.Count)
        {
            var (end, edges, bridged) = Block(start, padded: true);
            var table = end - start >= 3 && edges is not null ? Table(rows, start, end, edges, undrawnSpaces, letter) : null;
            if (table is null && bridged)
            {
                // What was taken for padding may be a paragraph's gap before or after a table.
                (end, edges, _) = Block(start, padded: false);
                table = end - start >= 3 && edges is not null ? Table(rows, start, end, edges, undrawnSpaces, letter) : null;
            }

            if (table is var (first, last, continues) && edges is not null)
            {
                // The rows before the table's first ("4. Actions") may hide an edge its rows share ("Ref | Action").
                var own = Edges(rows, first, last, aligned, letter);
                if (own.Count > edges.Count && Table(rows, first, last + 1, own, undrawnSpaces, letter) is { } refined && refined.First == first)
                    (edges, first, last, continues) = (own, refined.First, refined.Last, refined.Continues);
                for (var k = first; k <= last; k++)
                    placements[k] = new Placement(edges, continues[k - first]);
            }

            // A block that is no table (a column of paragraphs beside a margin of owners) is passed over whole.
            start = end - start >= 3 && edges is not null ? end : start + 1;
        }

        return placements;
    }

    /// <summary>
    /// For each word of each row, whether no space is drawn in the gap before it. Word and LibreOffice draw the spaces
    /// between a cell's words and place each cell's text afresh, so on a page whose words are parted by drawn spaces a gap
    /// with none is a cell's edge, however narrow ("Westshire Council | Chair"). A page that places each word on its own,
    /// drawing no spaces, tells nothing: every gap of it is taken as drawn.
    /// </summary>
    public static bool[][]? UndrawnSpaces(IReadOnlyList<Letter> letters, List<List<Word>> rows)
    {
        var spaces = letters.Where(l => l.Value == " ").Select(l => l.StartBaseLine).OrderBy(p => p.X).ToArray();
        var xs = Array.ConvertAll(spaces, p => p.X);
        var undrawn = rows.Select(r => new bool[r.Count]).ToArray();
        var drawn = 0;
        var gaps = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            for (var k = 1; k < rows[i].Count; k++)
            {
                var (before, word) = (rows[i][k - 1], rows[i][k]);
                var baseline = word.Letters[0].StartBaseLine.Y;
                var tolerance = Math.Max(1, word.BoundingBox.Height * 0.5);
                var from = before.BoundingBox.Right - 1;
                var to = word.BoundingBox.Left + 0.5;
                var index = Array.BinarySearch(xs, from);
                var first = index < 0 ? ~index : index;
                while (first > 0 && xs[first - 1] >= from)
                    first--;
                var found = false;
                for (var s = first; s < spaces.Length && xs[s] <= to && !found; s++)
                    found = Math.Abs(spaces[s].Y - baseline) < tolerance;
                gaps++;
                if (found)
                    drawn++;
                else
                    undrawn[i][k] = true;
            }
        }

        return drawn >= gaps * 0.6 ? undrawn : null;
    }

    /// <summary>The column a word stands in: how many edges lie left of where it starts.</summary>
    public static int Column(Word word, List<double> edges) => edges.Count(e => word.BoundingBox.Left >= e);

    /// <summary>
    /// The rows of a block that make a table, from its first row with two cells to its last (and the lines that carry that
    /// row's cells on), and which rows only carry the cells above on; null when the block is not a table. Most of a table's
    /// rows fill two of its columns or more: paragraphs of discussion beside a margin column of owners ("… to join the | All")
    /// fill one, and are left to read as prose.
    /// </summary>
    private static (int First, int Last, bool[] Continues)? Table(List<List<Word>> rows, int start, int end, List<double> edges, bool[][]? undrawn, double letter)
    {
        // A row the edges would cut at a space the page drew, between two words of one sentence ("Next | meeting: 4 June"),
        // is past the table's end.
        for (var k = start + 1; k < end && undrawn is not null; k++)
        {
            var row = rows[k];
            if (Enumerable.Range(1, row.Count - 1).Any(j => !undrawn[k][j] && Column(row[j], edges) != Column(row[j - 1], edges)
                && row[j].BoundingBox.Left - row[j - 1].BoundingBox.Right <= letter * 1.05))
            {
                end = k;
                break;
            }
        }

        if (end - start < 3)
            return null;

        var filled = new int[end - start];
        var firstEmpty = new bool[end - start];
        var columnsOf = new HashSet<int>[end - start];
        var rowsIn = new int[edges.Count + 1];
        for (var k = start; k < end; k++)
        {
            var columns = rows[k].Select(w => Column(w, edges)).ToHashSet();
            columnsOf[k - start] = columns;
            filled[k - start] = columns.Count;
            firstEmpty[k - start] = !columns.Contains(0);
            foreach (var column in columns)
                rowsIn[column]++;
        }

        // Three columns or more, each filled in two rows: a word alone past the others (a page's number) makes no column, nor
        // does a reference set before its title ("BM 52/2122 | To record those present"), though a label ("Present:") heading
        // a list set in columns makes the first.
        var labelled = rowsIn[0] == 1 && Enumerable.Range(start, end - start).Select(k => rows[k].Where(w => Column(w, edges) == 0).ToList())
            .FirstOrDefault(cell => cell.Count > 0) is { } label && label[^1].Text.EndsWith(':');
        if (rowsIn.Count(n => n >= 2) + (labelled ? 1 : 0) < 3)
            return null;

        var first = Array.FindIndex(filled, f => f >= 2);
        var last = Array.FindLastIndex(filled, f => f >= 2);
        if (first < 0 || last - first < 1)
            return null;
        // How close a row whose first cell is filled stands to the line above: a wrapped cell's next line stands closer, inside
        // its cell's padding.
        var sameRow = Enumerable.Range(start, end - start).Select(k => k > start && SameRow(rows, k)).ToArray();
        var rowPitch = Enumerable.Range(first + 1, last - first).Where(k => filled[k] >= 2 && !firstEmpty[k] && !sameRow[k])
            .Select(k => Pitch(rows, start + k)).DefaultIfEmpty(0).Min();
        // The lines from one to the last that overlaps the line above it: one row's, whose short cells are centred beside a
        // wrapped one.
        HashSet<int> Band(int k)
        {
            var columns = new HashSet<int>(columnsOf[k]);
            for (var j = k + 1; j < end - start && sameRow[j]; j++)
                columns.UnionWith(columnsOf[j]);
            return columns;
        }

        var continues = new bool[end - start];
        for (var k = first + 1; k < end - start; k++)
        {
            var height = rows[start + k].Max(w => w.BoundingBox.Height);
            var pitch = Pitch(rows, start + k);
            // "the Board" under "Obtain a third quote … to": a line with its first column empty carries the row above on,
            // unless a paragraph's gap parts them or it fills several columns as far apart as whole rows stand; a line
            // overlapping the one above stands in its row, and one over a line of its own row that fills the first column
            // ("Finalise and submit the" over "2 | … | OA / GH") starts a row.
            continues[k] = sameRow[k]
                || firstEmpty[k] && (filled[k] == 1 || pitch < rowPitch - height * 0.15) && !Band(k).Contains(0);
        }

        while (last + 1 < end - start && continues[last + 1])
            last++;
        var rowsOfCells = Enumerable.Range(first, last - first + 1).Count(k => !continues[k] && Band(k).Count >= 2);
        var lines = Enumerable.Range(first, last - first + 1).Count(k => !sameRow[k]);
        if (rowsOfCells * 2 < lines || rowsOfCells < 2)
            return null;
        return (start + first, start + last, continues[first..(last + 1)]);
    }

    private static bool Even(double pitch, double other) => Math.Abs(pitch - other) <= Math.Max(pitch, other) * 0.1;

    private static double Pitch(List<List<Word>> rows, int k) => rows[k - 1][0].BoundingBox.Bottom - rows[k][0].BoundingBox.Bottom;

    /// <summary>More than a line and a half between the baselines of a row and the row above: a paragraph's gap.</summary>
    public static bool ParagraphGap(List<List<Word>> rows, int k) =>
        Pitch(rows, k) > Math.Max(rows[k].Max(w => w.BoundingBox.Height), rows[k - 1].Max(w => w.BoundingBox.Height)) * 2.2;

    /// <summary>The edges the rows from <paramref name="start"/> to <paramref name="end"/> share, left to right, one per gap between columns.</summary>
    private static List<double> Edges(List<List<Word>> rows, int start, int end, List<(double X, int From, int To)> aligned, double letter)
    {
        var block = rows.GetRange(start, end - start + 1);
        var edges = EmptyStrips(block, letter);
        edges.AddRange(aligned.Where(a => a.From <= start && a.To >= end).Select(a => a.X));
        edges.Sort();
        var words = block.SelectMany(r => r).ToList();
        // A strip and the left edge just past it part the same two columns.
        for (var k = edges.Count - 1; k > 0; k--)
        {
            if (!words.Any(w => w.BoundingBox.Left >= edges[k - 1] && w.BoundingBox.Left < edges[k]))
                edges.RemoveAt(k);
        }

        return edges;
    }

    /// <summary>The middles of the strips, at least two letters wide, that no word of the rows covers and that have words on both sides.</summary>
    private static List<double> EmptyStrips(List<List<Word>> rows, double letter)
    {
        var spans = rows.SelectMany(r => r).Select(w => (w.BoundingBox.Left, w.BoundingBox.Right)).OrderBy(s => s.Left).ToList();
        var strips = new List<double>();
        var reach = spans[0].Right;
        foreach (var (left, right) in spans.Skip(1))
        {
            if (left - reach >= letter * 2)
                strips.Add((left + reach) / 2);
            reach = Math.Max(reach, right);
        }

        return strips;
    }

    /// <summary>
    /// Left edges at which words of three rows or more start, two of them after another word of their row, with the runs of
    /// rows no word crosses them in: a column's cells start at its left edge, whatever the width of the cells before them.
    /// Each edge is given a little left of where its words start, so that a cell's first word falls past it. Cells of one
    /// word centred in their column (a heading and the ticks under it) line up by their middles instead.
    /// </summary>
    private static List<(double X, int From, int To)> AlignedEdges(List<List<Word>> rows, bool[][] undrawn, double letter)
    {
        var tolerance = letter * 0.3;
        var startsCell = rows.Select((r, i) => Enumerable.Range(0, r.Count).Select(k => StartsCell(rows, undrawn, i, k, letter)).ToArray()).ToArray();
        var starts = rows.SelectMany((r, i) => r.Select((w, k) => (Row: i, X: w.BoundingBox.Left, Left: w.BoundingBox.Left, Inner: startsCell[i][k])))
            .OrderBy(s => s.X).ToList();
        var edges = LeftEdgesOf(rows, starts, tolerance);
        edges.AddRange(LeftEdgesOf(rows, [.. Centres(rows, startsCell).OrderBy(c => c.X)], tolerance));
        return edges;
    }

    /// <summary>
    /// The middles of the cells of one word that start a cell after another ("✓" under "Present"), with their left edges:
    /// a column whose heading and marks are centred over it lines them up by their middles, not their left edges.
    /// </summary>
    private static IEnumerable<(int Row, double X, double Left, bool Inner)> Centres(List<List<Word>> rows, bool[][] startsCell) =>
        rows.SelectMany((r, i) => r.Select((w, k) => (Word: w, k, i)))
            .Where(c => c.k > 0 && startsCell[c.i][c.k] && (c.k + 1 == rows[c.i].Count || startsCell[c.i][c.k + 1]))
            .Select(c => (Row: c.i, X: (c.Word.BoundingBox.Left + c.Word.BoundingBox.Right) / 2, Left: c.Word.BoundingBox.Left, Inner: true));

    /// <summary>The edges of the columns whose cells line up at one x, each a little left of the leftmost of its cells.</summary>
    private static List<(double X, int From, int To)> LeftEdgesOf(List<List<Word>> rows, List<(int Row, double X, double Left, bool Inner)> starts, double tolerance)
    {
        var edges = new List<(double, int, int)>();
        var k = 0;
        while (k < starts.Count)
        {
            var group = new List<(int Row, double X, double Left, bool Inner)> { starts[k] };
            while (k + 1 < starts.Count && starts[k + 1].X - group[^1].X <= tolerance)
                group.Add(starts[++k]);
            k++;
            if (!Column(group))
                continue;
            var x = group.Min(g => g.Left) - tolerance;
            var from = -1;
            for (var r = 0; r <= rows.Count; r++)
            {
                var crossed = r == rows.Count || rows[r].Any(w => w.BoundingBox.Left < x && w.BoundingBox.Right > x + tolerance);
                if (!crossed && from < 0)
                    from = r;
                if (crossed && from >= 0)
                {
                    if (Column(group.Where(g => g.Row >= from && g.Row < r).ToList()))
                        edges.Add((x, from, r - 1));
                    from = -1;
                }
            }
        }

        return edges;
    }

    /// <summary>
    /// Starts at one left edge that make a column's: three rows or more, two of them starting a cell, or two rows that
    /// both start a cell (a column filled in two rows of a table, "Chair" and "Secretariat" under "Role").
    /// </summary>
    private static bool Column(List<(int Row, double X, double Left, bool Inner)> starts)
    {
        var rows = starts.Select(g => g.Row).Distinct().Count();
        var inner = starts.Where(g => g.Inner).Select(g => g.Row).Distinct().Count();
        return rows >= 3 && inner >= 2 || rows == 2 && inner == 2;
    }

    /// <summary>Whether a row starts a cell after another: cells parted by a column's gap or by no space the page drew.</summary>
    private static bool Cells(List<List<Word>> rows, bool[][] undrawn, int i, double letter) =>
        Enumerable.Range(0, rows[i].Count).Any(k => StartsCell(rows, undrawn, i, k, letter));

    /// <summary>
    /// Whether a word starts a cell after another: a cell's padding parts it from the cell before by more than a space
    /// ("20 | June 2025" in a column of dates set in figures of one width is no edge), or the page drew no space before it;
    /// a row's first word starts a cell when a line of the same row, beside it, has a cell to its left.
    /// </summary>
    private static bool StartsCell(List<List<Word>> rows, bool[][] undrawn, int i, int k, double letter)
    {
        var word = rows[i][k];
        if (k > 0)
        {
            var gap = word.BoundingBox.Left - rows[i][k - 1].BoundingBox.Right;
            return gap > letter * 1.05 || undrawn[i][k] && gap >= letter * 0.4;
        }

        return i > 0 && SameRow(rows, i) && rows[i - 1].Any(w => w.BoundingBox.Right < word.BoundingBox.Left - letter)
            || i + 1 < rows.Count && SameRow(rows, i + 1) && rows[i + 1].Any(w => w.BoundingBox.Right < word.BoundingBox.Left - letter);
    }

    /// <summary>
    /// Whether a line stands less than three quarters of its type's size below the line above, closer than any two lines of
    /// a paragraph are set: lines of one table row, a one-line cell centred beside a cell wrapped onto two lines. (The type's
    /// size, not the words' boxes: some fonts give every word a box as tall as the line.)
    /// </summary>
    private static bool SameRow(List<List<Word>> rows, int k) =>
        Pitch(rows, k) < Math.Max(rows[k].Max(w => w.Letters[0].PointSize), rows[k - 1].Max(w => w.Letters[0].PointSize)) * 0.75;
}
