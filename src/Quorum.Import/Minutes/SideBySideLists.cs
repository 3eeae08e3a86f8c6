using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// "Present:" and "Members of the Public:" (or "Present:" and "Excused:", as US boards set their roll) printed side by
/// side, the names of each under its label: a PDF gives each printed line as the two columns' cells joined by a tab, a
/// Word document as the two entries set apart by runs of tabs and spaces. Read as the two lists one after the other,
/// each under its label.
/// </summary>
public static class SideBySideLists
{
    public static List<TextLine> Unfold(List<TextLine> lines)
    {
        var output = new List<TextLine>(lines.Count + 4);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind != LineKind.Text || Cells(line.Text) is not [var leftLabel, var rightLabel]
                || !IsListLabel(leftLabel) || !IsListLabel(rightLabel))
            {
                output.Add(line);
                continue;
            }

            var left = new List<TextLine>();
            var right = new List<TextLine>();
            var j = i + 1;
            while (j < lines.Count && lines[j].IsBlank && left.Count == 0)
                j++;
            for (; j < lines.Count && lines[j].Kind == LineKind.Text; j++)
            {
                var cells = Cells(lines[j].Text);
                // "Guest:   Ann Lee" under the columns: another list's label ends the two.
                if (cells.Length is 0 or > 2 || SectionVocabulary.OpensLine(cells[0], out _, out _))
                    break;
                left.Add(lines[j] with { Text = cells[0] });
                if (cells.Length == 2)
                    right.Add(lines[j] with { Text = cells[1] });
            }

            if (left.Count == 0)
            {
                output.Add(line);
                continue;
            }

            output.Add(line with { Text = leftLabel });
            output.AddRange(left);
            output.Add(TextLine.Blank);
            output.Add(line with { Text = rightLabel });
            output.AddRange(right);
            output.Add(TextLine.Blank);
            i = j - 1;
        }

        return output;
    }

    /// <summary>
    /// A line's cells: the runs of tabs between them may be uneven, so empty cells are none. A cell wholly in brackets
    /// ("Ann Lee, Vice Chair\t(Zoom)") is a note on the entry before it, tabbed along the line, not the other column's.
    /// </summary>
    private static string[] Cells(string text)
    {
        var cells = text.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return cells is [var entry, var note] && note.StartsWith('(') && note.EndsWith(')') ? [$"{entry} {note}"] : cells;
    }

    // "Present:\tApologies:", or, as a Word document heads the two columns, "Present\tApologies" without colons: two
    // labels alone on the line, so a sentence that opens with one is not taken for the columns' heads.
    private static bool IsListLabel(string text) =>
        SectionVocabulary.TryMatch(text.EndsWith(':') ? text : text + ":", out var phrase, out var rest) && rest.Length == 0
        && phrase.Kind is SectionKind.Attendance or SectionKind.Apologies or SectionKind.Absence;
}
