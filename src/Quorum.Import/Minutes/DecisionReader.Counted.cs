using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>A vote counted a line per figure, with what the meeting therefore decided written under the count.</summary>
public static partial class DecisionReader
{
    // "In Favour 18", "Against 3", "Abstain 1", "For: 11": one figure of a count on a line of its own, as a PDF sets a vote out.
    [GeneratedRegex(@"^(?:in\s+favou?r|for|against|abstain(?:ed|s)?|abstentions?|yes|no|ayes?|nays?|noes|opposed)\s*[:\-–]?\s*\d{1,3}\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CountFigure();

    // "Therefore the club representatives will vote for this change", "So the proposal falls": the consequence the meeting draws
    // from the count, which is what it decided.
    [GeneratedRegex(@"^(?:therefore|thus|hence|consequently|as\s+a\s+result)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Consequence();

    /// <summary>
    /// "Our vote for supporting this change" / "For 1" / "Against 9" / "Abstain 9" / "Therefore our representatives will not
    /// support this change": a count set out a figure a line (or all on one line) with a consequence under it is one decision:
    /// what was put, the count and the consequence. Returns the decision and the last line it takes; null when the lines at
    /// <paramref name="index"/> are no such count.
    /// </summary>
    private static (string Text, int Last)? CountedWithConsequence(IReadOnlyList<TextLine> lines, int index)
    {
        if (lines[index].Kind is not (LineKind.Text or LineKind.ListItem))
            return null;
        var figures = new List<string>();
        var j = index;
        for (; j < lines.Count && lines[j].Kind is LineKind.Text or LineKind.ListItem && CountFigure().IsMatch(lines[j].Text.Trim()); j++)
            figures.Add(lines[j].Text.Trim().TrimEnd('.'));
        if (figures.Count == 0 && CountAlone().IsMatch(Regex.Replace(lines[index].Text.Trim(), @"\s{2,}", " ")))
        {
            figures.Add(Regex.Replace(lines[index].Text.Trim(), @"\s{2,}", ", ").TrimEnd('.'));
            j = index + 1;
        }

        if (figures.Count == 0 || figures.Count == 1 && CountFigure().IsMatch(figures[0]))
            return null;
        var k = j;
        while (k < lines.Count && lines[k].IsBlank && k - j < 2)
            k++;
        if (k >= lines.Count || lines[k].Kind != LineKind.Text || !Consequence().IsMatch(lines[k].Text.Trim()))
            return null;
        var end = k;
        while (end + 1 < lines.Count && lines[end + 1].Kind == LineKind.Text && !lines[end + 1].IsBlank && end - k < 3)
            end++;
        var consequence = string.Join(' ', Enumerable.Range(k, end - k + 1).Select(n => lines[n].Text.Trim()));
        var count = string.Join(", ", figures);
        var put = StatementAbove(lines, index) is { } statement && PersonNames.Tokens(statement).Length <= 30 ? $"{statement.TrimEnd('.', ':', ' ')}: " : string.Empty;
        return ($"{put}{count}. {consequence}", end);
    }
}
