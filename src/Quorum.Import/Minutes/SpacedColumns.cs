using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// "Who      Action                          Status" over "AL       Send the draft budget     New": an action log set out
/// in columns with spaces, as a plain-text file or an e-mail keeps a table. Each line of it is given its cells parted by tabs, as
/// a PDF's table comes, so the readers of tabbed action tables read it; the cells are placed under the header by where they start.
/// </summary>
public static partial class SpacedColumns
{
    [GeneratedRegex(@" {2,}")]
    private static partial Regex Gap();

    public static List<TextLine> Tabulate(List<TextLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (Header(lines[i]) is not { } columns)
                continue;
            var rows = new List<(int Index, string[] Cells)>();
            for (var j = i + 1; j < lines.Count && Fields(lines[j]) is { Count: >= 2 } fields; j++)
            {
                if (Placed(fields, columns) is not { } cells)
                    break;
                rows.Add((j, cells));
            }

            if (rows.Count == 0)
                continue;
            lines[i] = lines[i] with { Text = string.Join('\t', columns.Select(c => c.Text)) };
            foreach (var (index, cells) in rows)
                lines[index] = lines[index] with { Text = string.Join('\t', cells) };
            i = rows[^1].Index;
        }

        return lines;
    }

    /// <summary>The header's cells with where each starts, when every cell is a column of an action log and two or more are.</summary>
    private static List<(string Text, int Start)>? Header(TextLine line)
    {
        if (Fields(line) is not { Count: >= 2 and <= 6 } fields || fields.Any(f => PersonNames.Tokens(f.Text).Length > 3))
            return null;
        return fields.All(f => ActionColumns.HeadsActionColumn(f.Text)) && fields.Any(f => ActionColumns.HeadsOwnersOrTasks(f.Text)) ? fields : null;
    }

    /// <summary>A line's pieces between runs of two or more spaces, with where each starts; null for a tabbed or table line.</summary>
    private static List<(string Text, int Start)>? Fields(TextLine line)
    {
        if (line.Kind != LineKind.Text || line.IsBlank || line.Text.Contains('\t', StringComparison.Ordinal))
            return null;
        var fields = new List<(string, int)>();
        var start = 0;
        foreach (Match gap in Gap().Matches(line.Text))
        {
            if (gap.Index > start)
                fields.Add((line.Text[start..gap.Index], start));
            start = gap.Index + gap.Length;
        }

        if (start < line.Text.Length)
            fields.Add((line.Text[start..], start));
        return fields;
    }

    /// <summary>A row's pieces under the header's columns, each under the last column starting at or before it; null when two fall under one.</summary>
    private static string[]? Placed(List<(string Text, int Start)> fields, List<(string Text, int Start)> columns)
    {
        var cells = new string[columns.Count];
        Array.Fill(cells, string.Empty);
        foreach (var (text, start) in fields)
        {
            var column = columns.FindLastIndex(c => c.Start <= start + 2);
            if (column < 0 || cells[column].Length > 0)
                return null;
            cells[column] = text.Trim();
        }

        return cells;
    }
}
