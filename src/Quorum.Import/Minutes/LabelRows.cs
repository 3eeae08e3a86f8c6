using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Attendance set out as a table of two columns, a label and its list ("Present: | Cllr A Lee, Cllr T Hall",
/// "Apologies: | Cllr J Hart"), as Word and web minutes often head their record: each such row is the labelled
/// line it stands for. A row whose one filled cell is such a label ("Present", spanning the table, over a row to each
/// member, then "In attendance" and "Apologies" over theirs) heads the rows below it as a label line would.
/// Rows keep their places, so that where the attendance starts and ends is told in the same lines.
/// </summary>
internal static partial class LabelRows
{
    public static IReadOnlyList<TextLine> AsLabelledLines(IReadOnlyList<TextLine> lines)
    {
        List<TextLine>? read = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (LabelledLine(lines[i]) is not { } text)
                continue;
            read ??= [.. lines];
            read[i] = lines[i] with { Text = text, Kind = LineKind.Text, Cells = null };
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (LabelInTheMiddle(lines[i]) is not { } text)
                continue;
            read ??= [.. lines];
            read[i] = lines[i] with { Text = text };
        }

        return read ?? lines;
    }

    // "Steve Buffington, Leonard Jarabek, MEMBERS PRESENT Kim O’Dell, Mark Robinson": a names run, its label in capitals, more names.
    [GeneratedRegex(@"^(?<before>[^:\t]+,)\s+(?<label>\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3})\s+(?<after>\p{Lu}\p{Ll}[^:\t]*)$")]
    private static partial Regex NamesAroundLabel();

    /// <summary>
    /// A row of a label and its list whose list wrapped over several lines in the cell beside the label: a PDF sets the
    /// label in capitals level with the middle of the list and reads the row out as one line with the label inside it.
    /// The label heads the row again ("MEMBERS PRESENT: Steve Buffington, Leonard Jarabek, Kim O’Dell, Mark Robinson").
    /// </summary>
    private static string? LabelInTheMiddle(TextLine line)
    {
        if (line.Kind != LineKind.Text || NamesAroundLabel().Match(line.Text.Trim()) is not { Success: true } match)
            return null;
        var label = match.Groups["label"].Value;
        if (!SectionVocabulary.TryMatch(label, out var phrase, out var rest) || rest.Length > 0
            || phrase.Kind is not (SectionKind.Attendance or SectionKind.Apologies or SectionKind.Absence))
        {
            return null;
        }

        return $"{label}: {match.Groups["before"].Value} {match.Groups["after"].Value}";
    }

    /// <summary>
    /// "Apologies:" and a list in the cell beside it. The label cell ends in a colon, or the other cell lists or names
    /// people, so that a table's heading row ("Attendees | Organisation") stays the heading of a table of people.
    /// </summary>
    private static string? LabelledLine(TextLine line)
    {
        if (line.Kind != LineKind.TableRow || line.Cells is not { } cells)
            return null;
        var filled = cells.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (filled.Count == 1 && SectionVocabulary.TryMatch(filled[0], out var label, out var after) && after.Length == 0
            && label.Kind is SectionKind.Attendance or SectionKind.Apologies or SectionKind.Absence)
        {
            return filled[0];
        }

        if (filled.Count != 2 || !SectionVocabulary.TryMatch(filled[0], out var phrase, out var rest) || rest.Length > 0
            || phrase.Kind is not (SectionKind.Attendance or SectionKind.Apologies or SectionKind.Absence))
        {
            return null;
        }

        // One person to a paragraph of the cell ("Cllr A Hughes (Chair)" / "Cllr B Okafor"): each paragraph is an entry of the list.
        var list = line.CellParagraphs?.Where(p => p.Count > 0).Skip(1).FirstOrDefault() is { Count: > 1 } paragraphs
            ? string.Join(", ", paragraphs.Select(p => p.Trim().TrimEnd(',', ';')))
            : filled[1];
        var listsPeople = filled[0].EndsWith(':') || list.Contains(',', StringComparison.Ordinal) || PersonEntries.IsNobody(list)
            || PersonEntries.LooksLikePerson(list, strict: true);
        return listsPeople ? $"{filled[0].TrimEnd(':').Trim()}: {list}" : null;
    }
}
