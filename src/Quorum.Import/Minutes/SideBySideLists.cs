using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// "Present:" and "Members of the Public:" printed side by side, the names of each under its label: a PDF gives each
/// printed line as the two columns' cells joined by a tab. Read as the two lists one after the other, each under its label.
/// </summary>
public static class SideBySideLists
{
    public static List<TextLine> Unfold(List<TextLine> lines)
    {
        var output = new List<TextLine>(lines.Count + 4);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind != LineKind.Text || line.Text.Split('\t', StringSplitOptions.TrimEntries) is not [var leftLabel, var rightLabel]
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
                var cells = lines[j].Text.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (cells.Length is 0 or > 2)
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

    private static bool IsListLabel(string text) =>
        text.EndsWith(':') && SectionVocabulary.TryMatch(text, out var phrase, out var rest) && rest.Length == 0
        && phrase.Kind is SectionKind.Attendance or SectionKind.Apologies or SectionKind.Absence;
}
