using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// A roll set out as a table, in whatever format: a header naming the column of names and one or more columns of
/// attendance ("Name | Role | Present | Apologies", "Member | Attendance"), each row a person and the marks that say
/// whether they came. Each column takes its part from its header's words and each cell its meaning from its mark
/// (<see cref="RollColumns"/>), so a layout never seen reads as long as it uses the common words and marks. A Word or
/// web table comes as rows of cells, a PDF's as lines of cells parted by tabs.
/// </summary>
internal static class RollTables
{
    public sealed record Entry(PersonDraft Person, SectionKind State, string? Initials);

    public sealed record Roll(int Start, int End, List<Entry> Entries);

    public static List<Roll> Read(IReadOnlyList<TextLine> lines)
    {
        var rolls = new List<Roll>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Header(lines, i) is not { } columns)
                continue;
            var rows = Body(lines, i, columns);
            var entries = rows.OfType<IReadOnlyList<string>>().Select(cells => EntryOf(columns, cells)).OfType<Entry>().ToList();
            var j = i + 1 + rows.Count;
            if (entries.Count == 0)
                continue;
            rolls.Add(new Roll(i, j, entries));
            i = j - 1;
        }

        return rolls;
    }

    /// <summary>
    /// The lines with each roll printed in columns (a PDF's, a text's) as the table rows it stands for, its cells in their
    /// places, so that a roll under a label ("Members of the board:") reads as a Word table would; a roll some row of which
    /// cannot be placed stays as it is.
    /// </summary>
    public static IReadOnlyList<TextLine> AsRows(IReadOnlyList<TextLine> lines)
    {
        List<TextLine>? read = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Text || Header(lines, i) is not { } columns)
                continue;
            var rows = Body(lines, i, columns);
            if (rows.Count == 0 || rows.Any(r => r is null))
                continue;
            read ??= [.. lines];
            read[i] = lines[i] with { Kind = LineKind.TableRow, Cells = Row(lines[i], LineKind.Text) };
            for (var k = 0; k < rows.Count; k++)
                read[i + 1 + k] = lines[i + 1 + k] with { Kind = LineKind.TableRow, Cells = rows[k]! };
            i += rows.Count;
        }

        return read ?? lines;
    }

    /// <summary>
    /// The rows under a roll's header, each with its cells under the header's columns (null where that cannot be told). Lines
    /// of cells parted by tabs keep an empty cell's place where a row shows a gap between two filled cells; the empty cells
    /// at a row's end are then only trimmed away.
    /// </summary>
    private static List<IReadOnlyList<string>?> Body(IReadOnlyList<TextLine> lines, int header, List<RollColumn> columns)
    {
        var rows = new List<IReadOnlyList<string>>();
        for (var j = header + 1; j < lines.Count && Row(lines[j], lines[header].Kind) is { } cells; j++)
            rows.Add(cells);
        var keepsPlaces = rows.Any(r => r.SkipWhile(c => c.Length > 0).SkipWhile(c => c.Length == 0).Any(c => c.Length > 0));
        return [.. rows.Select(r => Placed(keepsPlaces && r.Count < columns.Count ? [.. r, .. Enumerable.Repeat(string.Empty, columns.Count - r.Count)] : r, columns))];
    }

    /// <summary>The columns of a roll's header: one of names (or of first and last names) and one of attendance or more.</summary>
    public static List<RollColumn>? Header(IReadOnlyList<TextLine> lines, int index)
    {
        if (Columns(lines, index) is not { Count: >= 2 and <= 16 } columns)
            return null;
        var named = columns.Count(c => c == RollColumn.Name) == 1 || columns.Contains(RollColumn.FirstName) && columns.Contains(RollColumn.LastName);
        return named && columns.Any(RollColumns.IsState) && (columns.Count <= 8 || columns.Contains(RollColumn.Meeting)) ? columns : null;
    }

    /// <summary>The part each cell of a table's first row gives its column (null for a row of long cells, which heads nothing).</summary>
    public static List<RollColumn>? Columns(IReadOnlyList<TextLine> lines, int index)
    {
        if (Row(lines[index], lines[index].Kind) is not { } cells || cells.Any(c => PersonNames.Tokens(c).Length > 4))
            return null;
        var columns = cells.Select(RollColumns.Of).ToList();
        if (!columns.Any(RollColumns.IsState) && MeetingColumn(lines, index, cells) is var meeting and >= 0)
            columns[meeting] = RollColumn.Meeting;
        return columns;
    }

    /// <summary>
    /// A register of the year's meetings, a column to each meeting's date ("Governor | 27/09/2025 | 22/11/2025 | 21/03/2026"):
    /// the column of this meeting's date, the first date the minutes give above the register; -1 where there is none.
    /// </summary>
    private static int MeetingColumn(IReadOnlyList<TextLine> lines, int header, IReadOnlyList<string> cells)
    {
        var dated = Enumerable.Range(0, cells.Count).Where(c => cells[c].Any(char.IsDigit)).ToList();
        if (dated.Count < 2)
            return -1;
        var above = string.Join('\n', lines.Take(header).TakeLast(40).Select(l => l.Text));
        var monthFirst = DateText.WritesMonthFirst(above);
        var year = DateText.FindYear(above);
        if (DateText.FindAll(above, year, monthFirst: monthFirst).FirstOrDefault(d => d.Date is not null)?.Date is not { } meeting)
            return -1;
        // A date alone in its cell, not a note that mentions one.
        DateOnly? DateOf(string cell) => DateText.FindFirst(cell, year, monthFirst) is { Date: { } date } mention
            && mention.Text.Length * 3 >= cell.Trim().Length * 2 ? date : null;
        return dated.Count(c => DateOf(cells[c]) is not null) >= 2 ? dated.FirstOrDefault(c => DateOf(cells[c]) == meeting, -1) : -1;
    }

    /// <summary>
    /// What a row's marks say of its person: the first column of attendance that says anything; where the header has no
    /// column of those present, the roll lists everyone, present unless marked otherwise.
    /// </summary>
    public static SectionKind? State(IReadOnlyList<RollColumn> columns, IReadOnlyList<string> cells)
    {
        for (var c = 0; c < columns.Count && c < cells.Count; c++)
        {
            if (!RollColumns.IsState(columns[c]))
                continue;
            SectionKind? said = (columns[c], RollColumns.Mark(cells[c])) switch
            {
                (_, RollMark.None) => null,
                // "10" in a row of totals: a count, no mark. A column of states says them in the roll's words: "Open" or "Done"
                // (a register of actions' "Status"), or a register's own letters ("S"), say nothing of attendance.
                (_, RollMark.Other) when !cells[c].Any(char.IsLetter) || columns[c] is RollColumn.Status or RollColumn.Meeting => null,
                (_, RollMark.Apologies) => SectionKind.Apologies,
                // "N" under "Apologies": none were sent, which says nothing of whether the person came.
                (RollColumn.Apologies, RollMark.Absent) => null,
                (_, RollMark.Absent) => SectionKind.Absence,
                (RollColumn.Apologies, _) => SectionKind.Apologies,
                (RollColumn.Absent, RollMark.Present) => SectionKind.Attendance,
                (RollColumn.Absent, _) => SectionKind.Absence,
                _ => SectionKind.Attendance,
            };
            if (said is not null)
                return said;
        }

        return columns.Any(c => c is RollColumn.Present or RollColumn.Status or RollColumn.Meeting) ? null : SectionKind.Attendance;
    }

    private static Entry? EntryOf(List<RollColumn> columns, IReadOnlyList<string> cells)
    {
        string Cell(RollColumn column) => columns.IndexOf(column) is var c and >= 0 && c < cells.Count ? cells[c].Trim() : string.Empty;
        var name = columns.Contains(RollColumn.Name) ? Cell(RollColumn.Name) : $"{Cell(RollColumn.FirstName)} {Cell(RollColumn.LastName)}".Trim();
        if (name.Length == 0 || State(columns, cells) is not { } state)
            return null;
        var role = Cell(RollColumn.Role);
        // "David Leonard, Supervisor": the post after the name, where the roll has no column of posts; a second name is no post.
        if (role.Length == 0 && name.Split(',', 2) is [var before, var after] && PersonNames.LooksLikeFullName(before.Trim())
            && PersonNames.Tokens(after).Length is >= 1 and <= 4 && (Roles.LooksLikeRole(after) || !PersonNames.LooksLikeFullName(after.Trim())))
            (name, role) = (before.Trim(), after.Trim());
        var person = new PersonDraft(name, NullIfEmpty(Cell(RollColumn.Organisation)), Roles.Normalise(NullIfEmpty(role)));
        return new Entry(person, state, NullIfEmpty(Cell(RollColumn.Initials)));
    }

    /// <summary>
    /// A row's cells under the header's columns. A PDF whose row came without the places of its cells gives only the filled
    /// ones: a name and one mark fall under their columns where the mark says its state in a word ("Apologies", "P") or
    /// the header has one column of attendance; otherwise where the mark stood is not known, and the row is not read.
    /// </summary>
    private static IReadOnlyList<string>? Placed(IReadOnlyList<string> cells, List<RollColumn> columns)
    {
        if (cells.Count == columns.Count)
            return cells;
        var name = columns.IndexOf(RollColumn.Name);
        cells = [.. cells.Where(c => c.Trim().Length > 0)];
        // A register's marks stand under the dates of many meetings: without their places, which is this meeting's is not known.
        if (cells.Count != 2 || name != 0 || columns.Contains(RollColumn.Meeting))
            return null;
        var states = Enumerable.Range(0, columns.Count).Where(c => RollColumns.IsState(columns[c])).ToList();
        var state = RollColumns.Mark(cells[1]) switch
        {
            RollMark.Tick when states.Count == 1 => states[0],
            RollMark.Present => Column(RollColumn.Present),
            RollMark.Apologies => Column(RollColumn.Apologies),
            RollMark.Absent => Column(RollColumn.Absent),
            _ => -1,
        };
        if (state < 0)
            return null;
        var placed = Enumerable.Repeat(string.Empty, columns.Count).ToArray();
        placed[name] = cells[0];
        placed[state] = cells[1];
        return placed;

        // A mark in a word stands in the column of states, or in its own state's, or failing both in the first of attendance.
        int Column(RollColumn own) => columns.IndexOf(RollColumn.Status) is var status and >= 0 ? status
            : columns.IndexOf(own) is var column and >= 0 ? column : states[0];
    }

    /// <summary>A line's cells: a table's row, or a line of cells parted by tabs (with their places where the PDF kept them).</summary>
    private static IReadOnlyList<string>? Row(TextLine line, LineKind kind)
    {
        if (line.Kind != kind)
            return null;
        if (line.Kind == LineKind.TableRow)
            return line.Cells;
        if (line.Kind != LineKind.Text)
            return null;
        if (line.PrintedCells is { } printed)
            return printed;
        return line.Text.Contains('\t', StringComparison.Ordinal) ? line.Text.Trim().Split('\t', StringSplitOptions.TrimEntries) : null;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
