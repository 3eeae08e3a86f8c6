using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>Motions recorded as moved and seconded with no outcome written, and outcomes of votes taken in plain words.</summary>
public static partial class DecisionReader
{
    // "Motion and second to appoint three election judges.", "Motion by Ann Lee, second by Tom Fox to approve the levy.", "Motion
    // by Lee, seconded by Fox, for posting the notices monthly.", "Ann Lee moved, and Tom Fox seconded to approve the March minutes.": township and town boards that minute only the motions they carry
    // often write the motion with its movers and no outcome after it.
    [GeneratedRegex(@"^(?:a\s+)?motion\s+(?:and|&)\s+(?:a\s+)?second(?:ed)?\s+(?:to|that|for)\s+\S|^(?:a\s+)?motion\s+(?:made\s+)?by\s+(?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+,?\s+(?:and\s+)?(?:second(?:ed)?|2nd)\s+by\s+(?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+,?\s+(?:to|that|for)\s+\S|^(?-i:(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)\s+moved,?\s+(?:and\s+)?(?-i:(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)\s+seconded\s+(?:to|that)\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex MotionAndSecondTo();

    // What may follow such a motion and settle it, on its own line: "Motion carried", "Roll call vote:", "Ayes – all".
    [GeneratedRegex(@"^(?:(?:the\s+)?motion\s+(?:was\s+)?\w+|roll\s+call|voice\s+vote|vote\b|ayes?\b|nays?\b|yeas?\b|all\s+(?:were\s+)?in\s+favou?r|carried|passed|failed|defeated|withdrawn)", RegexOptions.IgnoreCase)]
    private static partial Regex SettlingLine();

    // "Bill made a motion to approve the July minutes, seconded by Sarah without amendments, and approved by the board.", "Ann
    // moved to approve the minutes, Tom seconded the motion and the minutes were approved by the board.": the mover, the
    // seconder and the board's vote in one sentence, the board being the meeting itself.
    [GeneratedRegex(@"\b(?:made\s+a\s+motion|moved|motioned)\s+(?:to|that)\s[^;]{3,200}?\bseconded\b[^;]{0,120}?\b(?:and\s+)?(?:(?:the\s+)?[\p{L}'’ ]{1,40}?\s+(?:was|were)\s+)?(?:unanimously\s+)?approved\s+by\s+(?:the\s+)?(?:whole\s+|full\s+)?(?:board|directors|trustees|committee|council)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecondedThenApprovedBy();

    // "M/S/A to commend Ann Lee for her service", "M/S/C (Lee/Fox) that the fee stays at $10", "M/S Lee/Fox Unanimous": moved,
    // seconded and approved (carried, passed), in the letters a secretary writes it in.
    [GeneratedRegex(@"(?-i:(?<![\p{L}/])M\s?/\s?S\s?/\s?[ACP](?![\p{L}/]))|(?-i:(?<![\p{L}/])M/S(?![\p{L}/]))[^.;]{1,60}?\b(?:unanimous(?:ly)?|carried|passed|approved)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MovedSecondedApprovedInLetters();

    [GeneratedRegex(@"\b(?:failed|fails|defeated|withdrawn|withdrew|tabled|died|lost|rejected)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MotionLost();

    /// <summary>
    /// True when sentence <paramref name="at"/> moves and seconds a motion and what comes next (the next sentence, or the next
    /// line when the paragraph ends) does not settle it: the motion stands as carried, as the minutes record it. A motion with an
    /// outcome after it is read with that outcome.
    /// </summary>
    private static bool MovedWithNoOutcome(List<string> sentences, int at, IReadOnlyList<TextLine> lines, int last) =>
        MotionAndSecondTo().IsMatch(sentences[at].Trim()) && !MotionLost().IsMatch(sentences[at]) && NoOutcomeAfter(sentences, at, lines, last);

    /// <summary>
    /// "It was suggested that we add a PayPal option. Cary moved to approve, Janine second.", and "Motion by Jess, second by Jeni."
    /// opening an item: movers named alone, closing their paragraph with no outcome after them, carry what the sentence before
    /// them states, or else what the item's title names, as minutes that record only carried motions write them. Null when
    /// sentence <paramref name="at"/> is no such close or nothing before it states what was moved.
    /// </summary>
    private static string? CarriedByMoversAlone(List<string> sentences, int at, IReadOnlyList<TextLine> lines, int index, int last, AgendaItemRange? item)
    {
        var movers = sentences[at].Trim();
        if (at != sentences.Count - 1 || !NamesASeconder().IsMatch(movers)
            || !(NamedMovers().IsMatch(movers) || MoversAlone().IsMatch(movers) || MoversOnly().IsMatch(movers)) || !NoOutcomeAfter(sentences, at, lines, last))
        {
            return null;
        }

        if (at > 0)
        {
            // "Nomination of Officers. Motion to accept made by Ann …": a title of a few words names a matter, not what was put.
            var put = sentences[at - 1].Trim();
            return IsOutcomeOrDecision(put) || put.EndsWith(':') || PersonNames.Tokens(put).Length < 5 ? null : $"{put} {movers}";
        }

        return item is not null && OpensItem(lines, item, index) && PersonNames.Tokens(item.Title).Length is > 0 and <= 12 && !Adjournment().IsMatch(item.Title)
            ? $"{item.Title.Trim().TrimEnd(':', ' ')}: {movers}"
            : null;
    }

    [GeneratedRegex(@"^\W*(?:adjourn|close\s+of\s+(?:the\s+)?meeting\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Adjournment();

    /// <summary>True when what follows sentence <paramref name="at"/> (the next sentence, or the next line when the paragraph ends) does not settle a motion.</summary>
    private static bool NoOutcomeAfter(List<string> sentences, int at, IReadOnlyList<TextLine> lines, int last)
    {
        string next;
        if (at + 1 < sentences.Count)
        {
            next = sentences[at + 1].Trim();
        }
        else
        {
            var j = last + 1;
            while (j < lines.Count && lines[j].IsBlank)
                j++;
            if (j >= lines.Count)
                return true;
            next = LeadingMark().Replace(lines[j].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim(), string.Empty);
        }

        return !(SettlingLine().IsMatch(next) || MotionOutcome().IsMatch(next) || BareOutcome().IsMatch(next) || CountAlone().IsMatch(next));
    }

    // "A vote was taken and the quote was accepted.", "The proposal was accepted by a show of hands.": a vote's outcome in plain words.
    // A vote's count for what it chose ("A vote was taken and was 4-2 in favour of including the layer", "Discussion was unanimously
    // in favour of removing it") and a vote with its verb ("It was voted on and approved to close the account", "It was voted to
    // accept the report") are the meeting's decisions as well.
    [GeneratedRegex(@"\b(?:vote|ballot|poll)\b[^.;]{0,80}?\b(?:was|were|of)\s+\d{1,3}\s*[-–:]\s*\d{1,3}\s+in\s+favou?r\s+of\b|\b(?:vote|discussion|meeting|committee|board|group|members)\s+(?:was|were)\s+unanimously\s+in\s+favou?r\s+of\b|^it\s+was\s+(?:\w+\s+)?voted\s+(?:on\s+and\s+(?:approved|agreed|passed|carried)\s+)?(?:to|that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VotedInFavourOf();

    [GeneratedRegex(@"\b(?:vote|ballot|poll)\s+was\s+(?:taken|held)\b[^.;]{0,20}?\band\s+(?:the\s+)?[^.;]{1,60}?\b(?:was|were)\s+(?:\w+\s+)?(?:accepted|approved|agreed|adopted)\b|\b(?:was|were)\s+(?:\w+\s+)?accepted\s+(?:by\s+(?:a\s+)?(?:show\s+of\s+hands|vote|ballot|majority|all)|unanimously|nem\.?\s*con)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AcceptedOnAVote();

    // "Last meeting we approved the plan", "Joe recapped last week's call, in which the spec was approved", "the action agreed at our
    // meeting 27th October", "Dec 15 meeting - resolution passed": a decision another meeting took, reported in this one. So are
    // "The board previously approved …", "As previously agreed, …", "the provisionally agreed builder", "The precept has been
    // submitted as agreed" and "Signage: At last meeting we agreed …": what was settled before, spoken of now.
    [GeneratedRegex(@"^last\s+(?:meeting|call|week|month|time)\b|^(?:[^:.]{1,40}:\s*)?at\s+(?:our\s+)?last\s+meeting\b|\b(?:previously|already|originally|provisionally)\s+(?:been\s+)?(?:agreed|approved|decided|adopted|voted|resolved)\b|\bas\s+(?:previously\s+)?agreed\b|\b(?:last|previous|prior)\s+(?:week|month)['’]?s?\s+(?:call|meeting)\b|\b(?:at|in|during)\s+(?:our|the|its|their)\s+(?:\w+\s+)?meeting\s+(?:on\s+|of\s+|held\s+on\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:\w+\s+)?meeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex AtAnEarlierMeeting();

    /// <summary>
    /// True when the sentence reports what an earlier meeting decided. The approval of an earlier meeting's minutes ("The minutes
    /// of last week's call were approved") is this meeting's decision and stays.
    /// </summary>
    private static bool EarlierMeetingsDecision(string sentence) =>
        AtAnEarlierMeeting().IsMatch(sentence.Trim()) && !MinutesApproved().IsMatch(sentence);

    // "Adrian Elwin proposed and James Alexander second", "Cllr Hill proposed, Cllr Lake seconded": the movers named first, on a line
    // of their own between what was put and the meeting's assent; "Dee moved to approve, Ann seconded" names no more of what.
    [GeneratedRegex(@"^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*\s+(?i:proposed|moved)(?:\s+(?i:it|this|the\s+motion|to\s+(?:approve|accept|adopt)))?,?\s+(?i:and\s+)?(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*\s+(?i:second(?:ed|s)?)(?:\s+(?i:it|this|the\s+motion))?\s*\.?$")]
    private static partial Regex NamedMovers();

    // "All agreed and carried …", "Carried unanimously", "All in favour": an assent that opens its paragraph and names no motion.
    [GeneratedRegex(@"^(?:all|everyone|unanimously|agreed|carried|approved|passed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AssentOpening();

    /// <summary>
    /// "Subscriptions to stay as they are." / "Ann Lee proposed and Tom Fox second" / "All agreed and carried": an assent straight
    /// under a line of movers settles what was put above them; returns that statement and the movers, to stand before the assent.
    /// Null when the line above is not a line of movers.
    /// </summary>
    private static string? MovedOnTheLineAbove(IReadOnlyList<TextLine> lines, int index)
    {
        var j = index - 1;
        while (j >= 0 && lines[j].IsBlank && index - j <= 2)
            j--;
        if (j < 0 || lines[j].Kind is not (LineKind.Text or LineKind.ListItem))
            return null;
        var movers = LeadingMark().Replace(lines[j].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim(), string.Empty).TrimEnd('.', ' ');
        if (!NamedMovers().IsMatch(movers) && !MoversOnly().IsMatch(movers))
            return null;
        return StatementAbove(lines, j) is { } statement ? $"{statement.TrimEnd('.', ' ')}. {movers}." : $"{movers}.";
    }

    // "ODPI-94 – Approved to merge in PR", "Hall hire charges – Adopted for the coming year": a line naming its matter, then after a
    // dash what the meeting approved be done about it.
    [GeneratedRegex(@"^\S.{3,60}?\s[-–—]\s*(?:approved|adopted)\s+(?:to|for)\s+\p{L}.{2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex ApprovedAfterItsMatter();

    // "All in favour of a spring fair", "All in support of discretionary spend, start small", "Everyone happy with the new role
    // description": the whole meeting's assent to what the sentence names, as informal minutes write a decision.
    [GeneratedRegex(@"^(?:all|everyone|everybody)\s+(?:(?:present|members)\s+)?(?:(?:is|are|was|were)\s+)?(?:in\s+support\s+of|in\s+favou?r\s+of|happy\s+with|supportive\s+of)\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex AllInSupportOf();

    // "Cheryl moved to approve, Lori seconded, motion approved.", "Dee moved to approve, Ann seconded, approved.": the movers and the
    // outcome in one sentence that names nothing of what was approved, which the sentence before it states.
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*\s+(?i:moved|proposed)(?:\s+(?i:to\s+(?:approve|accept|adopt)))?,?\s+(?i:and\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*\s+(?i:second(?:ed|s)?),?\s+(?i:and\s+)?(?i:(?:the\s+)?motion\s+)?(?i:approved|carried|passed)\s*\.?$")]
    private static partial Regex MoversThenOutcome();

    // "George - proposed, Bill - seconded": the names first, each with its part after a dash.
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}[-–—:]\s*(?i:proposed|moved),?\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}[-–—:]\s*(?i:seconded|second)\.?$")]
    private static partial Regex MoversNamedFirst();

    [GeneratedRegex(@"\bsecond", RegexOptions.IgnoreCase)]
    private static partial Regex NamesASeconder();

    /// <summary>
    /// "Need to remove double bunks" over "o Proposed Peri, Seconded Bill", "Minutes were read and accepted" over "George - proposed,
    /// Bill - seconded": a club's minutes that put the movers of each point on the line under it, with no outcome after them,
    /// record the point as carried. Returns the movers and their line; null when the line after the paragraph ending at
    /// <paramref name="last"/> is no such line, or when an outcome follows the movers (read with that outcome instead).
    /// </summary>
    private static (string Text, int Line)? MoversBelow(IReadOnlyList<TextLine> lines, int last)
    {
        var j = NextNonBlank(lines, last + 1, 1);
        if (j < 0 || lines[j].Kind is not (LineKind.Text or LineKind.ListItem))
            return null;
        var movers = LeadingMark().Replace(lines[j].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim(), string.Empty).Trim();
        if (movers.Length > 80 || !NamesASeconder().IsMatch(movers)
            || !(MoversOnly().IsMatch(movers) || MoversNamedFirst().IsMatch(movers) || NamedMovers().IsMatch(movers)))
        {
            return null;
        }

        var k = NextNonBlank(lines, j + 1, 1);
        if (k >= 0 && lines[k].Kind is LineKind.Text or LineKind.ListItem
            && LeadingMark().Replace(lines[k].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim(), string.Empty).Trim() is var next
            && (SettlingLine().IsMatch(next) || MotionOutcome().IsMatch(next) || BareOutcome().IsMatch(next) || OutcomeAlone().IsMatch(next)
                || CountAlone().IsMatch(next) || AssentOpening().IsMatch(next)))
        {
            return null;
        }

        return (movers.TrimEnd('.', ' '), j);
    }

    /// <summary>What the movers under a paragraph moved: the paragraph when short, else its closing sentence; null when it is no statement.</summary>
    private static string? MovedStatement(string paragraph)
    {
        if (paragraph.EndsWith(':') || Moved().IsMatch(paragraph) && (MoversOnly().IsMatch(paragraph) || NamedMovers().IsMatch(paragraph) || MotionAndSecondTo().IsMatch(paragraph))
            || MotionOutcome().IsMatch(paragraph) || NotADecision().IsMatch(paragraph) || AgendaAccepted().IsMatch(paragraph))
        {
            return null;
        }

        var statement = PersonNames.Tokens(paragraph).Length <= 30 ? paragraph : Sentences.Split(paragraph).LastOrDefault()?.Trim();
        return statement is { Length: > 0 } && PersonNames.Tokens(statement).Length is > 2 and <= 80 ? statement : null;
    }

    private static int NextNonBlank(IReadOnlyList<TextLine> lines, int from, int blanks)
    {
        for (var j = from; j < lines.Count && j <= from + blanks; j++)
        {
            if (!lines[j].IsBlank)
                return j;
        }

        return -1;
    }

    // "… and this was seconded by PB with all present in favour", "This was seconded by RW and unanimously agreed by the remaining
    // trustees", "PJ seconded, with all present being in favour": the seconder and the meeting's assent in one breath.
    [GeneratedRegex(@"\bseconded\b[^.;]{0,80}?\b(?:and|with)\s+(?:(?:was\s+)?(?:unanimously\s+)?agreed\s+by\s+(?:all|the\s+(?:remaining|other)\s+\w+)|unanimously\s+(?:agreed|approved|carried)|all\s+(?:those\s+|others\s+|other\s+\w+\s+)?(?:present\s+)?(?:were\s+|being\s+)?in\s+favou?r)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecondedWithAssent();

    // "This was seconded by …", "PJ seconded, …", "Seconded by Fox and …", "This was proposed by KF, seconded by …": the sentence
    // opens with who seconded or points back, and what was put is the sentence before it.
    [GeneratedRegex(@"^(?:(?:this|which)\s+was\s+(?:proposed|moved|seconded)\b|seconded\b|(?:\S+\s+){1,3}seconded\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SeconderOpens();

    [GeneratedRegex(@"\b(?:proposed|moved|proposes|moves)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Proposes();

    /// <summary>
    /// "JP proposed the accounts be signed off in principle and this was seconded by PB with all present in favour.", "PB proposed
    /// we commission the report. This was seconded by MS and all present were in favour.": a trust's minutes record the proposal,
    /// its seconder and the meeting's assent in one sentence, or the assent with the seconder in the sentence after the proposal.
    /// Returns what was decided; null when sentence <paramref name="at"/> is no such assent or no proposal stands before it.
    /// </summary>
    private static string? ProposalSecondedWithAssent(List<string> sentences, int at)
    {
        var sentence = sentences[at].Trim();
        if (SecondedWithAssent().Match(sentence) is not { Success: true } assent)
            return null;
        if (SeconderOpens().IsMatch(sentence))
            return at > 0 && Proposes().IsMatch(sentences[at - 1]) && !MotionOutcome().IsMatch(sentences[at - 1]) ? $"{sentences[at - 1].Trim()} {sentence}" : null;
        return Proposes().IsMatch(sentence[..assent.Index]) ? sentence : null;
    }

    // "After a discussion, the following motion was made by Lou Kaufman, seconded by Louise Moore:", "Ann Lee moved the following motion:":
    // the motion is set out below its movers.
    [GeneratedRegex(@"\b(?:following|this)\s+motion\s+was\s+(?:made|moved|put|proposed)\b[^:]{0,120}:$|\bmoved\s+the\s+following\s+motion\b[^:]{0,120}:$", RegexOptions.IgnoreCase)]
    private static partial Regex MotionFollows();

    /// <summary>
    /// "After a discussion, the following motion was made by A, seconded by B:" over "MOTION: That the Association apply for …" over
    /// "Passed": the movers' sentence, the motion set out below it and the outcome under that are one decision (none when the
    /// outcome is a defeat). Null when line <paramref name="index"/> is no such opening or no outcome closes the motion.
    /// </summary>
    private static (string Text, int Last, bool Carried)? MotionSetOutBelow(IReadOnlyList<TextLine> lines, int index)
    {
        var text = lines[index].Text.Trim();
        if (!text.EndsWith(':') || !MotionFollows().IsMatch(text))
            return null;
        var opening = Sentences.Split(text).LastOrDefault()?.Trim() ?? text;
        var motion = new List<string>();
        var j = NextNonBlank(lines, index + 1, 2);
        for (; j >= 0 && j < lines.Count && !lines[j].IsBlank && motion.Count < 8; j++)
        {
            var part = lines[j].Text.Trim();
            if (lines[j].Kind != LineKind.Text || motion.Count > 0 && IsMotionsOutcome(part))
                break;
            motion.Add(part);
        }

        if (motion.Count == 0 || j < 0 || j >= lines.Count)
            return null;
        var closing = lines[j].IsBlank ? NextNonBlank(lines, j, 2) : j;
        if (closing < 0 || lines[closing].Kind != LineKind.Text || !IsMotionsOutcome(lines[closing].Text.Trim()))
            return null;
        var outcome = lines[closing].Text.Trim();
        return ($"{opening} {string.Join(' ', motion)} {outcome}", closing, !MotionLost().IsMatch(outcome));
    }

    private static bool IsMotionsOutcome(string line) =>
        OutcomeAlone().IsMatch(line) || BareOutcome().IsMatch(line) || MotionOutcome().IsMatch(line)
        || MotionLost().IsMatch(line) && PersonNames.Tokens(line).Length <= 4;

    // "Motion: To accept the Treasurer’s report as presented." with "Mover: D. Ford" in a right-hand column or on the line under it:
    // a motion under its label, the movers under theirs.
    [GeneratedRegex(@"^(?:motion|resolution|proposal)\s*:\s*(?<motion>\S[^\t]{8,}?)\s*(?:\t\s*(?:mover|moved(?:\s+by)?|proposer|proposed(?:\s+by)?)\s*:\s*\S[^\t]{0,60})?$", RegexOptions.IgnoreCase)]
    private static partial Regex MotionUnderItsLabel();

    // "Mover: D. Ford", "Seconder: C. Pierce", "Moved by: Ann Lee", "Seconded: T. Fox".
    [GeneratedRegex(@"^(?:mover|moved(?:\s+by)?|proposer|proposed(?:\s+by)?|seconder|seconded(?:\s+by)?)\s*:\s*\S.{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex MoverUnderItsLabel();

    // "Carried: All in favour", "Carried unanimously", "Result: Defeated 2-5": the outcome under its label, after the movers.
    [GeneratedRegex(@"^(?:(?:result|outcome|vote)\s*:\s*)?(?:carried|passed|approved|adopted|agreed|defeated|lost|failed)\b(?:\s*[:\-–,]?\s*.{0,60})?$", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeUnderItsLabel();

    /// <summary>
    /// "Motion: To accept the Treasurer’s report as presented." over "Mover: D. Ford", "Seconder: K. Chachula" and "Carried: All in
    /// favour": an AGM's motion set out as a form, each part under its label, the mover sometimes in a right-hand column of the
    /// motion's line. The motion and its outcome are one decision, none when it was lost. Null when no mover's line and outcome follow
    /// (a nomination moved and seconded, settled later by acclamation), so that other forms may still read the line.
    /// </summary>
    private static (string? Text, int Last)? MotionFormBelow(IReadOnlyList<TextLine> lines, int index)
    {
        var first = lines[index].Text.Trim();
        if (!first.Contains(':', StringComparison.Ordinal) || MotionUnderItsLabel().Match(first) is not { Success: true } motion)
            return null;
        var movers = first.Contains('\t', StringComparison.Ordinal) ? 1 : 0;
        for (var j = index + 1; j < lines.Count && j <= index + 4; j++)
        {
            if (lines[j].Kind != LineKind.Text)
                return null;
            var text = lines[j].Text.Trim();
            if (MoverUnderItsLabel().IsMatch(text))
            {
                movers++;
                continue;
            }

            if (movers == 0 || !OutcomeUnderItsLabel().IsMatch(text))
                return null;
            var statement = $"{first[..(motion.Groups["motion"].Index + motion.Groups["motion"].Length)]} {text}";
            var carried = !MotionLost().IsMatch(text) && !Adjourns().IsMatch(statement) && !NotADecision().IsMatch(statement);
            return (carried ? statement : null, j);
        }

        return null;
    }
}
