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

    // "Tally for Tom Fox: 7 votes for, 0 against, 1 abstain", "Signage -- Vote (as Recommended): For - 7, Against - 0, Abstain - 1",
    // "Sue Day as Secretary: 11 agreed, 1 against": what was put and the meeting's count for and against it on one line, which is the
    // meeting's answer to it. A count naming nothing ("Vote: For 5, Against 2") answers the motion before it, as CountAlone reads;
    // a figure for alone ("Hilya - 6 in favour") is often one line of a result set out under the vote it belongs to.
    [GeneratedRegex(@"^(?<matter>\S.{1,120}?)(?::|\s[-–—]{1,2}\s|\s->)\s*(?:vote\s*(?:\([^()]{1,30}\))?\s*:\s*)?"
        + @"(?:(?:for|yes|ayes?|in\s+favou?r)\s*[:\-–]{0,2}\s*\d{1,3}\s*[,;]?\s*(?:against|no|nays?|noes|opposed)\s*[:\-–]{0,2}\s*\d{1,3}(?:\s*[,;]?\s*(?:abstain(?:ed|s)?|abstentions?)\s*[:\-–]{0,2}\s*\d{1,3})?"
        + @"|\d{1,3}\s+(?:votes?\s+)?(?:for|yes|in\s+favou?r|agreed)\s*[,;]\s*\d{1,3}\s+(?:votes?\s+)?(?:against|no|opposed)(?:\s*[,;]\s*\d{1,3}\s+(?:abstain(?:ed|s)?|abstentions?))?)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex MatterCounted();

    [GeneratedRegex(@"^(?:the\s+)?(?:vote|votes|voting|result|results|tally|count|poll|ballot)$", RegexOptions.IgnoreCase)]
    private static partial Regex CountsOnly();

    // "Survey – residents were asked about a dog park: For 40, Against 12": the count of people outside the meeting, not its vote.
    [GeneratedRegex(@"\b(?:survey\w*|questionnaire|consultation|residents|respondents|public|asked)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountedOutsideTheMeeting();

    private static bool CountsItsMatter(string sentence) =>
        MatterCounted().Match(sentence.Trim()) is { Success: true } counted && !CountsOnly().IsMatch(counted.Groups["matter"].Value.Trim())
        && !CountedOutsideTheMeeting().IsMatch(counted.Groups["matter"].Value);

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
