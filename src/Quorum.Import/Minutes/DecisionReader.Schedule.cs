using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// A schedule of planning applications set out over a few lines each, as a PDF or a plain text keeps a table without its
/// borders: the reference, site and proposal, and the council's response in a column of its own or on a line under them.
/// </summary>
public static partial class DecisionReader
{
    // "CT.0650/D", "24/02778/DISC", "DM/2019/00603", "SDNP/13/03" (the rest of the reference wrapped onto the line below):
    // a reference leading the line, however the planning authority numbers it; a date ("12/04/2023") is none.
    [GeneratedRegex(@"^(?!\d{1,2}/\d{1,2}/\d{2,4}\b)(?:[A-Z]{1,5}[./ ]?)?\d{2,6}(?:/[A-Z\d]{1,6}){1,3}\b")]
    private static partial Regex ScheduleReference();

    // "No Objection", "OBJECTIONS ON POINTS OF DETAIL", "No PC Objections", "Supported by PC", "Objection – outside the Local Plan",
    // "No comment from PC": what the council answers, written where a schedule's last column stands.
    [GeneratedRegex(@"^(?:no\s+(?:(?:PC|parish\s+council|town\s+council|council)\s+)?(?:objections?|comments?|observations?)|(?:further\s+|strong\s+)?objections?|objects?|support(?:ed|s)?|neutral)\b(?:\s+(?:by|from)\s+(?:the\s+)?(?:PC|parish\s+council|town\s+council|council))?(?<rest>\W.{0,100})?$", RegexOptions.IgnoreCase)]
    private static partial Regex ScheduleResponse();

    // "… the stable wall Supported by PC", "… Works No Objection": a response in its own column that a PDF ran onto the line,
    // its capital the only mark of the column.
    [GeneratedRegex(@"\s(?<response>(?:No\s+(?:PC\s+)?(?:Objections?|Comments?|Observations?)|NO\s+(?:OBJECTIONS?|COMMENTS?)|Objections?|OBJECTIONS?|Support(?:ed)?|SUPPORT(?:ED)?)(?:\s+(?:by|By|from)\s+(?:the\s+)?PC)?)\s*$")]
    private static partial Regex ResponseEndsTheLine();

    /// <summary>
    /// "24/02778/DISC  St Josephs, High Street  Discharge of Condition 10" over "… of 23/01280/FO – NO OBJECTION", "CT.0776/Q" over
    /// "Erection of a dwelling at Upper Up." over "OBJECTION": an application whose lines start with its reference and hold the
    /// council's response once, in the last column of a line, after a dash at the end of its last line, or on a line of its own.
    /// The decision is the application's lines in order. Returns the last line read, or -1 when line <paramref name="index"/>
    /// starts no such application.
    /// </summary>
    private static int ScheduledApplicationAt(IReadOnlyList<TextLine> lines, int index, AgendaItemRange? item, List<DecisionDraft> decisions)
    {
        // The application starts its lines: after a blank line, or under the label over the schedule ("New Planning applications").
        if (index > 0 && !lines[index - 1].IsBlank && lines[index - 1].Kind is LineKind.Text or LineKind.ListItem && !ScheduleLabel().IsMatch(lines[index - 1].Text.Trim()))
            return -1;
        var first = lines[index].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
        // "12/43 PUBLIC COMMENT – No comments received.": a minute's own number is no application's reference.
        if (ScheduleReference().Match(first) is not { Success: true } reference || !StartsAnotherApplication(reference.Value))
            return -1;
        var parts = new List<string>();
        var responses = 0;
        var last = index;
        for (var j = index; j < lines.Count && j - index < 6; j++)
        {
            if (lines[j].IsBlank || lines[j].Kind is not (LineKind.Text or LineKind.ListItem))
                break;
            var text = lines[j].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
            // The next application's reference after a response read: the schedule goes on without a blank line between them.
            if (j > index && responses > 0 && ScheduleReference().Match(text) is { Success: true } next && StartsAnotherApplication(next.Value))
                break;
            responses += ResponsesIn(text);
            parts.Add(text.Replace('\t', ' '));
            last = j;
        }

        if (responses != 1 || parts.Sum(p => PersonNames.Tokens(p).Length) > 120)
            return -1;
        var application = string.Join(' ', parts);
        if (NotADecision().IsMatch(application) || OtherBody().IsMatch(application))
            return -1;
        Add(decisions, application, item);
        return last;
    }

    // "New Planning applications", "Applications received:", "Planning:": the label a schedule stands under.
    [GeneratedRegex(@"(?:\bapplications?|:)$", RegexOptions.IgnoreCase)]
    private static partial Regex ScheduleLabel();

    /// <summary>
    /// "23/01344/F" or "CT.0650/D" leading a line starts an application; "346/FUL" under "SDNP/13/03" is the rest of a reference
    /// the column was too narrow for, and "12/43" a minute's number.
    /// </summary>
    private static bool StartsAnotherApplication(string reference) =>
        reference.Count(c => c == '/') >= 2 || char.IsLetter(reference[0]);

    /// <summary>How many responses a line of a schedule holds: in its last column, after a dash at its end, or as the whole line.</summary>
    private static int ResponsesIn(string line)
    {
        var cells = line.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (cells.Length == 0)
            return 0;
        var lastCell = cells[^1];
        if (ScheduleResponse().IsMatch(lastCell) && (cells.Length > 1 || PersonNames.Tokens(lastCell).Length <= 12))
            return 1;
        var dash = Math.Max(lastCell.LastIndexOf(" – ", StringComparison.Ordinal), lastCell.LastIndexOf(" - ", StringComparison.Ordinal));
        if (dash > 0 && ScheduleResponse().IsMatch(lastCell[(dash + 3)..].Trim()))
            return 1;
        return ResponseEndsTheLine().IsMatch(lastCell) ? 1 : 0;
    }
}
