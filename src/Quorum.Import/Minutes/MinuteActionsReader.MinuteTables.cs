using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

public static partial class MinuteActionsReader
{
    /// <summary>
    /// "Item | Discussion | Action by", "Agenda item | Notes | Who": minutes written as a table, a row to each minute, with a
    /// column of who is to act on it. No column is named for the task (or the one taken for it holds only item numbers or
    /// titles), so the task is the minute itself: the column whose cells run to sentences. Null when the table is not so.
    /// </summary>
    private static int? MinuteColumnBesideOwners(IReadOnlyList<TextLine> lines, int header, int end, List<string> columns, int text, int owner)
    {
        if (owner < 0 || !ActionColumns.NamesWhoActs(columns[owner]))
            return null;
        var rows = Enumerable.Range(header + 1, end - header).Select(r => lines[r].Cells!).Where(c => c.Count == columns.Count).ToList();
        if (rows.Count == 0)
            return null;
        double Words(int column) => rows.Average(c => PersonNames.Tokens(c[column]).Length);
        if (text >= 0 && Words(text) > 3)
            return null;
        var others = Enumerable.Range(0, columns.Count).Where(i => i != owner && i != text).ToList();
        return others.Count > 0 && others.MaxBy(Words) is var prose && Words(prose) >= 6 ? prose : null;
    }

    /// <summary>
    /// The rows of a table of minutes with a column of who is to act: each row whose owner cell names people of the
    /// attendance, an office or a group is an action, its minute the task. A row with that cell empty records a minute only.
    /// </summary>
    private static void ReadMinuteRows(IReadOnlyList<TextLine> lines, int header, int end, int minute, int owner, int due, ActionLineReader reader, List<ActionDraft> actions, string? item)
    {
        for (var r = header + 1; r <= end; r++)
            AddMinuteRow(lines[r].Cells!, minute, owner, due, reader, actions, item);
    }

    /// <summary>
    /// One row of a table of minutes, as cells: an action when its owner cell names people of the attendance, an office or a
    /// group, its minute the task; nothing when that cell is empty.
    /// </summary>
    private static void AddMinuteRow(IReadOnlyList<string> cells, int minute, int owner, int due, ActionLineReader reader, List<ActionDraft> actions, string? item)
    {
        if (cells.Count <= Math.Max(minute, owner))
            return;
        var who = cells[owner].Trim();
        var task = cells[minute].Trim();
        if (who.Length == 0 || task.Length == 0 || IsNothing(who) || !(reader.IsKnownOwnerList(who) || reader.NamesAttendees(who)))
            return;
        var reference = minute != 0 && ReferenceCell().IsMatch(cells[0]) ? cells[0].Trim().TrimEnd('.') : null;
        var read = reader.ReadEntry(task, reference, who);
        var dueDate = due >= 0 && due != owner && due < cells.Count ? DateText.FindAll(cells[due], reader.DefaultYear, includeMonthOnly: true, reader.MonthFirst).FirstOrDefault()?.Iso : null;
        actions.Add(new ActionDraft(read.Reference, read.Owners, task, dueDate ?? read.Due, item));
    }

    /// <summary>
    /// A column named "Minute", "Item" or "No" holds the row's number in some tables and the minute's whole text in others;
    /// it is a reference only when its cells are short.
    /// </summary>
    private static bool HoldsReferences(IReadOnlyList<TextLine> lines, int header, int end, int column) =>
        column >= 0 && Enumerable.Range(header + 1, end - header).Select(r => lines[r].Cells!)
            .All(c => column >= c.Count || PersonNames.Tokens(c[column]).Length <= 3);

    /// <summary>
    /// "Item | Discussion | Action by" or "No. | Minute | Action" as lines of tab-separated text, as a PDF or a plain-text
    /// export prints a table of minutes: the header names a column of who acts ("Action" when its cells hold only
    /// owners) and none for the task, so each row's minute is the task of the owners beside it. Rows with fewer cells (the
    /// owner's cell left empty) record a minute only. Returns the last line read, or <paramref name="index"/> when the
    /// line does not head such a table.
    /// </summary>
    private static int ReadTabbedMinuteTable(IReadOnlyList<TextLine> lines, int index, ActionLineReader reader, List<ActionDraft>? actions, string? item)
    {
        var header = lines[index].Text.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (header.Length is < 2 or > 6 || header.Any(c => PersonNames.Tokens(c).Length > 3))
            return index;
        var columns = header.Select(ActionColumns.Key).ToList();
        var rows = new List<string[]>();
        var last = index;
        for (var j = index + 1; j < lines.Count && !lines[j].IsBlank && lines[j].Kind == LineKind.Text; j++)
        {
            var cells = lines[j].Text.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length == 1)
                break;
            if (cells.Length == header.Length)
                rows.Add(cells);
            last = j;
        }

        if (rows.Count == 0)
            return index;
        var owner = columns.FindIndex(ActionColumns.NamesWhoActs);
        if (owner < 0)
            owner = columns.FindIndex(c => ActionColumns.IsActionWord(c) && rows.All(r => r[columns.IndexOf(c)] is var cell && (IsNothing(cell) || reader.IsKnownOwnerList(cell))));
        if (owner < 0)
            return index;
        double Words(int column) => rows.Average(r => PersonNames.Tokens(r[column]).Length);
        var named = columns.FindIndex(ActionColumns.NamesTask);
        if (named >= 0 && named != owner && Words(named) > 3)
            return index;
        var minute = Enumerable.Range(0, columns.Count).Where(i => i != owner).MaxBy(Words);
        // "ITEM | BY WHOM | BY WHEN" over the tasks themselves: an action log, which its own reader takes.
        if (Words(minute) < 6 || TabbedHeader(lines[index].Text.Trim(), underActionLabel: true) is { } log && log.Text == minute)
            return index;
        var due = ActionColumns.Of(columns).Due;
        if (actions is not null)
        {
            foreach (var cells in rows)
                AddMinuteRow(cells, minute, owner, due, reader, actions, item);
        }

        return last;
    }
}
