using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>An outcome recorded on a line of its own, apart from what it settles.</summary>
public static partial class DecisionReader
{
    // "Carried unanimously.", "Approved nem con", "Agreed nem. con.", "All in favour.", "All - agreed.", "Vote - All agreed.",
    // "No opposition.", "ACCEPTED": the meeting's answer, naming nothing of what it answers.
    [GeneratedRegex(@"^(?:(?:all|everyone|all\s+members|vote|status|result|outcome)\s*[-–—:]?\s*)?(?:all\s+)?(?:(?:unanimously|duly)\s+)?(?:agreed|approved|carried|passed|adopted|accepted|in\s+favou?r)(?:\s+(?:unanimously|nem\.?\s*con\.?|by\s+all|by\s+consensus|without\s+(?:objection|dissent)))?\s*[.!]?$|^(?:there\s+was\s+)?no\s+(?:opposition|objections?|dissent)\s*[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareOutcome();

    // "All were in agreement, subject to a 72 hour veto", "All others were in favour.", "All present were in favour, apart from
    // DL who abstained", "All those in favor responded with “I”": the meeting's answer to the motion before it, with the terms
    // or abstentions it was given on.
    [GeneratedRegex(@"^all\s+(?:(?:those|others|other\s+members|members|trustees|councillors)\s+)?(?:present\s+)?(?:(?:were|being|was|are)\s+)?(?:in\s+favou?r|in\s+agreement)\b(?!\s+of\b)|^all\s+those\s+in\s+favou?r\s+(?:responded|voted|said|raised)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllInFavour();

    /// <summary>
    /// "That the minutes be approved." over "Carried unanimously.", "Buy a new mower" over "Approved nem con", "Keep the fee at
    /// £20? No opposition.": minutes of many kinds put the outcome on a line after the motion or question it settles, with no
    /// mover between them; the decision is the two together. Null when <paramref name="text"/> is not such an outcome, or
    /// when a mover stands above it (the motion readers take those).
    /// </summary>
    private static string? SettlesWhatIsAbove(IReadOnlyList<TextLine> lines, int index, string text)
    {
        if (VoteCounted().IsMatch(text) && CountedMotionAbove(lines, index) is { } counted)
            return $"{counted} {text}";
        var sentences = Sentences.Split(text);
        if (sentences.Length == 2 && sentences[0].TrimEnd().EndsWith('?') && (BareOutcome().IsMatch(sentences[1].Trim()) || OptionsCounted(sentences[1])))
            return text;
        // "Create separate namespace for new encoding schemes?" over "Yes - 6, No - 0, Abstain - 2": the question put and its count.
        if (OptionsCounted(text) && StatementAbove(lines, index) is { } question && question.TrimEnd().EndsWith('?'))
            return $"{question.TrimEnd()} {text}";
        if (!BareOutcome().IsMatch(text) || (NumberedMotionAbove(lines, index) ?? MotionAbove(lines, index)) is not null)
            return null;
        if (StatementAbove(lines, index) is not { } statement)
            return null;
        statement = statement.TrimEnd();
        return char.IsLetterOrDigit(statement[^1]) ? $"{statement}. {text}" : $"{statement} {text}";
    }

    /// <summary>
    /// The paragraph or list entry straight above line <paramref name="index"/>, read whole as a PDF wraps it; null when that
    /// is a heading, a table, a mover, a vote count or another outcome, or too long to be what was put to the meeting.
    /// </summary>
    private static string? StatementAbove(IReadOnlyList<TextLine> lines, int index)
    {
        var j = index - 1;
        while (j >= 0 && lines[j].IsBlank && index - j <= 2)
            j--;
        if (j < 0 || lines[j].IsBlank || lines[j].Kind is not (LineKind.Text or LineKind.ListItem))
            return null;
        var start = j;
        while (start > 0 && !lines[start - 1].IsBlank && lines[start - 1].Kind is LineKind.Text or LineKind.ListItem && ParagraphEnd(lines, start - 1) >= j)
            start--;
        var statement = string.Join(' ', Enumerable.Range(start, j - start + 1).Select(k => lines[k].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim()));
        statement = LeadingMark().Replace(statement, string.Empty, 1).Trim();
        if (statement.Length == 0 || PersonNames.Tokens(statement).Length > 60 || BareOutcome().IsMatch(statement) || OutcomeAlone().IsMatch(statement)
            || MoversOnly().IsMatch(statement) || BareMover().IsMatch(statement) || MoverLine().IsMatch(statement) || VoteCountLine().IsMatch(statement)
            || Sentences.Split(statement).Any(s => MotionOutcome().IsMatch(s)))
        {
            return null;
        }

        return statement;
    }

    /// <summary>
    /// Adds the motion with its outcome, in place of the motion alone when that was read as a decision already ("That the
    /// minutes be approved." reads as one by itself).
    /// </summary>
    private static void AddSettled(List<DecisionDraft> decisions, string settled, AgendaItemRange? item)
    {
        if (NotADecision().IsMatch(settled) || ReceivesAReport().IsMatch(settled) || Unsettled().IsMatch(settled))
            return;
        if (decisions.Count > 0 && decisions[^1].Text.Length > 0 && TextCleaning.Squash(settled).Contains(decisions[^1].Text, StringComparison.Ordinal))
            decisions.RemoveAt(decisions.Count - 1);
        Add(decisions, settled, item);
    }

    // "Moved by Wood, seconded by Clark, and carried unanimously to adopt …", "On a motion by Lee, seconded by Fox, and carried
    // (Aye: …) to give …", "On the motion of Lee, seconded by Fox, it was resolved …": US boards and many others record the
    // mover, the seconder and the outcome in one sentence, with what was decided after them.
    [GeneratedRegex(@"\b(?:moved|proposed|motion)\s+(?:by|of|from)\s+[^,;()]{1,40}?,?\s+(?:and\s+)?seconded\s+by\s+[^,;()]{1,40}?,?\s+(?:and\s+)?(?:(?:was\s+)?(?:unanimously\s+)?(?:carried|passed|approved|adopted)|it\s+was\s+(?:\w+\s+)?(?:resolved|agreed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MovedSecondedAndCarried();

    // "The Board, by motion duly made, seconded and unanimously approved, adjourned its regular meeting at 4:03 p.m.", "…
    // carried to adjourn", "Ann moved that we adjourn the AGM", "motion to close the public board meeting": closing the meeting is procedure, not a decision.
    [GeneratedRegex(@"\badjourn(?:ed|s)?\s+(?:(?:its|the)\s+(?:\w+\s+)?meeting|at\s+\d)|\bto\s+adjourn\b|\bthat\s+(?:we|the\s+meeting)\s+(?:be\s+)?adjourn|\bmotion\s+to\s+close\s+the\s+(?:\w+\s+){0,2}meeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex Adjourns();

    // "… to adopt the Consent Calendar as follows:": what was adopted is the block set out under the sentence.
    [GeneratedRegex(@"\bas\s+follows\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex AsFollows();

    // "Decided.", "Approved.", "Carried unanimously.": an outcome word alone on its line.
    [GeneratedRegex(@"^(?:decided|approved|agreed|carried|resolved)(?:\s+unanimously)?\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeWord();

    /// <summary>
    /// True when the paragraph straight above line <paramref name="index"/> ends with the last decision read, so that an outcome
    /// alone on the line closes that decision rather than standing as one of its own.
    /// </summary>
    private static bool ClosesTheDecisionAbove(IReadOnlyList<TextLine> lines, int index, List<DecisionDraft> decisions)
    {
        if (decisions.Count == 0 || index == 0 || lines[index - 1].IsBlank || lines[index - 1].Kind is not (LineKind.Text or LineKind.ListItem))
            return false;
        var above = Sentences.Split(lines[index - 1].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim()).LastOrDefault()?.Trim();
        return above is { Length: > 0 } && !OutcomeWord().IsMatch(above) && decisions[^1].Text.EndsWith(TextCleaning.Squash(above).Trim(), StringComparison.Ordinal);
    }

    // "Decision: Reject (see Point 9 below)", "Decision: Accept (in principle)": a verdict on a proposal, a bare verb under its label.
    [GeneratedRegex(@"^decision\s*:\s*(?:accept|reject|approve|decline|defer|agree|adopt|refuse|endorse)\w*(?:\s+\w+){0,2}\s*(?:\([^()]{0,60}\)\s*){0,3}\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Verdict();

    // "Yes - 5, No - 2, Abstain - 1", "Registered - 8, Recommended - 0", "Yes - 7 (unanimous)": the count of each answer to a question
    // put to the vote.
    [GeneratedRegex(@"^(?:\p{L}{2,15}(?:\s\p{L}{2,15})?\s*[-–:]\s*(?:\d{1,3}|\?)(?:\s*\([^()]{0,30}\))?\s*[,;]?\s*){1,5}(?:\([^()]{0,80}\))?\s*\.?$")]
    private static partial Regex AnswersCounted();

    private static bool OptionsCounted(string text) => text.Trim() is { Length: <= 160 } counted && AnswersCounted().IsMatch(counted);

    // "Bank Reconciliation: approved", "Accounts for payment: all approved for payment.": the matter, then the meeting's approval of it.
    [GeneratedRegex(@"^(?![^:]{0,60}\bagenda\b)\p{L}[^:.]{0,30}\s[^:.]{1,30}:\s*(?:all\s+)?(?:approved|agreed|accepted|adopted|carried|passed)(?:\s+(?:unanimously|for\s+payment|nem\.?\s*con\.?))?\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ApprovedAfterItsLabel();

    // "Vote: Yes: 100% No: 0", "Vote: Yes 100%    No: 0": a vote's count, in votes or in shares of the votes cast.
    [GeneratedRegex(@"^(?:vote\s*:?\s*)?(?:yes|ayes?|yeas?)\s*:?\s*\d{1,3}\s*%?\s*[,;]?\s*(?:no|nays?|noes)\s*:?\s*\d{1,3}\s*%?\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex VoteCounted();

    /// <summary>
    /// "Payment to the caterer: $2100. Made by Bob, Second by Alex" over "Vote: Yes: 100% No: 0": the motion a count on the line under
    /// it settles. Movers alone on that line ("Motion made by Alex, seconded by Kathy") moved the statement on the line above them.
    /// Null when the line above moves no motion.
    /// </summary>
    private static string? CountedMotionAbove(IReadOnlyList<TextLine> lines, int index)
    {
        if (StatementAbove(lines, index) is not { } motion || !(MotionMade().IsMatch(motion) || MovesAMotion().IsMatch(motion)))
            return null;
        var j = index - 1;
        while (j > 0 && lines[j].IsBlank)
            j--;
        if (MoversAlone().IsMatch(motion) && StatementAbove(lines, j) is { } put && !MotionMade().IsMatch(put))
            motion = $"{put} {motion}";
        return motion;
    }

    // "Treasurer’s Report given by Lillian and accepted.": a report accepted after who gave it ("Accepted the minutes of the
    // previous meeting", the verb first, is MinutesApproved's shorthand).
    [GeneratedRegex(@"\b(?:report|minutes|accounts)\b[^.]{0,80}?\b(?:given|presented|read|received)\b[^.]{0,60}?\band\s+(?:unanimously\s+)?accepted\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportAccepted();
}
