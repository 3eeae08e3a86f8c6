using System.Text.RegularExpressions;

namespace Quorum.Import.Minutes;

/// <summary>
/// What reads like a decision but is not one the meeting took: one person's remark in notes kept as a transcript, and a
/// decision spoken of as still to come, possible or conditional.
/// </summary>
public static partial class DecisionReader
{
    // "VB: We decided that date …", "Dan: we had a breakout - we agreed …", "Florian - agreed, also …": notes kept as a
    // transcript open each remark with its speaker, by initials or by given name. The label ends at a colon or at a dash with
    // a space beside it, so "RES-OWIS – …" and "SCP-001: …" (a register's own numbering) are not speakers.
    [GeneratedRegex(@"^[*•-]?\s*(?<who>[a-z]?\p{Lu}{2,3}\p{Ll}?|[a-z]\p{Lu}|\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'’-]+)?)\s*(?::|\s[-–—]|[-–—]\s)\s*(?<quote>[""“])?\S")]
    private static partial Regex SpeakerLabel();

    // A speaker's line still records the meeting's decision when it says the meeting settled it: everyone assenting, no one
    // objecting, a consensus, a motion moved, seconded, counted, carried or passed ("JT – … All agreed", "Peter - Motion that …",
    // "Iddo: 8 votes for, 0 against").
    [GeneratedRegex(@"\b(?:all|everyone|everybody)\s*(?:[-–—:]\s*)?(?:present\s+|members\s+)?(?:agreed?|approved?|in\s+favou?r|voted|consented)\b|\bno\s+(?:objections?|opposition|dissent)\b|\bit\s+was\s+(?:\w+\s+)?(?:agreed|resolved|decided|approved)\b|\bconsensus\b|\bunanimous(?:ly)?\b|\bnem\.?\s*con\b|\bmotion(?:ed)?\b|\bmove[ds]\b|\bsecond(?:ed|s)\b|\d+\s+(?:votes?\s+)?(?:for|in\s+favou?r|against|yes|no)\b|\bcarried\b(?!\s+(?:over|out|forward)\b)|\bpassed\b", RegexOptions.IgnoreCase)]
    private static partial Regex SettledByAll();

    // Labels that open a line as speakers do and name no one: the meeting's own business, the words of a register, and months
    // that are given names too ("May - agreed to …" dates a decision).
    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "all", "agm", "egm", "aob", "nb", "ps", "fyi", "tbd", "tbc", "res", "ai", "pr", "ci", "faq", "rfc", "q", "a",
        "april", "may", "june", "august",
    };

    // "I proposed to Ann that we merge it as agreed", "we kind of agreed on doing both": a note-taker's own view or a hedge,
    // not a record of what the meeting settled.
    [GeneratedRegex(@"^I\s+\p{Ll}|\b(?:kind|sort)\s+of\s+(?:agreed|decided|approved|resolved)\b")]
    private static partial Regex OwnViewOrHedge();

    /// <summary>
    /// True when <paramref name="sentence"/> is one person's remark: it or its paragraph opens with a speaker's initials or
    /// given name (not the body's own), and the sentence does not say the meeting as a whole settled something; or it gives the
    /// writer's own view.
    /// </summary>
    private static bool OnePersonsRemark(string paragraph, string sentence, string? body)
    {
        if (OwnViewOrHedge().IsMatch(sentence.Trim()))
            return true;
        // The speaker opens the paragraph, or, where a note-taker runs remarks together, the sentence itself.
        var label = SpeakerLabel().Match(sentence.Trim());
        if (!label.Success)
            label = SpeakerLabel().Match(paragraph.Trim());
        // "Bill Mitton – appointed official photographer": the name before the dash is the one appointed, not a speaker.
        if (!label.Success || SettledByAll().IsMatch(sentence) || Appointed().IsMatch(sentence.Trim()))
            return false;
        var who = label.Groups["who"].Value;
        if (NotSpeakers.Contains(who) || body is not null && IsOwnBody(who, body))
            return false;
        var initials = who.Length <= 4 && who.Count(char.IsUpper) >= (who.Length <= 2 ? 1 : 2) && !who.Contains(' ', StringComparison.Ordinal);
        // "Laura: \"Agreed with Tom …\"": a name over a quotation is a speaker, whether or not the name is a common one.
        return initials || GivenNames.Contains(who.Split(' ')[0]) || label.Groups["quote"].Success && !who.Contains(' ', StringComparison.Ordinal);
    }

    // "The chair will be elected at the next meeting", "the SSC chair can be elected at the SSC", "Each time new members are
    // elected, review …", "The grant will be carried over to 2018": an election or a carrying forward still to come, possible
    // or conditional is not a decision this meeting took. So is an approval in a condition ("assuming both are approved", "once
    // the plan agreed", "if we decided to"), unless a decision of the meeting stands around it ("It was agreed that, once
    // approved, …").
    [GeneratedRegex(@"\b(?:can|could|should|would|will|may|might|must|shall|to)\s+(?:not\s+)?be\s+(?:\w+\s+)?(?:elected|ratified|endorsed|carried)\b|\b(?:was|were|be|been|is|are)\s+carried\s+(?:over|forward)\b|\b(?:each\s+time|whenever|when|once|if|until|unless|assuming(?:\s+that)?|provided(?:\s+that)?)\s+[^,.;]{0,40}?\b(?:is|are)\s+(?:\w+\s+)?(?:elected|approved|agreed|adopted|ratified)\b|(?<!\b(?:agreed|resolved|decided)\b.*)\b(?:once|if|unless|until)\s+(?:(?:[\w’'-]+\s+){0,3}?(?:agreed|approved|adopted|ratified)|we\s+(?:\w+\s+)?(?:agreed|decided|approved))\b(?!.*\b(?:it\s+was|we|all)\s+(?:\w+\s+)?(?:agreed|resolved|decided)\b)|\b(?:the\s+|an?\s+)?(?:final\s+|revised\s+)?agenda\s+(?:was|is)\s+(?:\w+\s+)?agreed\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unsettled();

    // "Action: GP to ensure all issues are being resolved", "This issue is now resolved with solar lighting", "he agreed that
    // support had not yet been sought": an action recorded, a problem that went away and one person's concession use the words
    // of a decision and are none. A problem goes away in many words: someone "has resolved" it, it is "very nearly resolved",
    // "we hope to get this resolved", "the situation resolved", "resolved by having …".
    [GeneratedRegex(@"\b(?:is|are|been|being|be)\s+(?:(?:now|very|nearly|almost|partially|fully|largely|mostly|finally|also|all|still|considered|hopefully|quickly)\s+){0,3}resolved\b(?!\s+(?:that|to|unanimously|as)\b)|\bbe\s+(?:\w+\s+){2}resolved\b|\b(?:has|have|had)\s+(?:\w+\s+)?resolved\b(?!\s+(?:that|to|unanimously|as|by\s+\d)\b)|\b(?:get|gets|got|getting)\s+(?:[\w’'-]+\s+){0,4}resolved\b|\bresolved\s+by\s+\w+ing\b|\b(?:issues?|problems?|situation|risks?|quer(?:y|ies)|disputes?|complaints?|faults?)\s+resolved\b(?!\s+(?:that|to)\b)|\b(?:he|she)\s+(?:\w+\s+)?agreed\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotTheMeetings();

    // "Action: Approved the minutes.", "ACTION: We agreed to propose …", "A/I: It was agreed we should hold …", "Action: On a motion by Clark, seconded by Wood, and carried …": boards that head the
    // outcome of each item "Action" record their decisions under the label.
    [GeneratedRegex(@"^(?:\*\*)?actions?(?:\*\*)?\s*[:\-–—]?\s*(?:\*\*)?\s*(?:(?:we|all|the\s+(?:committee|board|group|council|meeting))\s+)?(?:approved|adopted|carried|passed|accepted|ratified|resolved|agreed|on\s+a\s+motion|motion|moved|it\s+was)\b|\b(?:seconded|carried|unanimously)\b|\bit\s+was\s+(?:\w+\s+)?(?:agreed|resolved|decided)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BoardsActionTaken();

    /// <summary>True when the sentence is an action recorded under its label, not what the meeting decided.</summary>
    private static bool RecordsAnAction(string sentence) =>
        ActionLineReader.IsLabelled(sentence) && !BoardsActionTaken().IsMatch(sentence);

    // "SB would continue as Chair for the remainder of this meeting", "RE will chair this part of the meeting", "Agreed to move this
    // item up the agenda", "two items to be added as emergency business - agreed", "agreed to review this later in this meeting":
    // who chairs the meeting under way and the order of its agenda run the meeting and decide nothing of the business.
    [GeneratedRegex(@"\bchair\w*\s+(?:for|of)\s+(?:the\s+(?:remainder|rest)\s+of\s+)?(?:this|the)\s+(?:part\s+of\s+the\s+)?meeting\b|\bchair\s+(?:this|the\s+(?:remainder|rest)\s+of\s+(?:this|the))\s+(?:part\s+of\s+the\s+)?meeting\b|\b(?:up|down)\s+the\s+agenda\b|\bas\s+(?:an?\s+)?(?:emergency|urgent)\s+(?:business|items?)\b|\bagreed\s+to\s+(?:review|discuss|consider|take|return\s+to)\s+(?:this|it)\s+(?:later\s+)?(?:during|in)\s+this\s+meeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConductsThisMeeting();

    // "focus on the agreed objectives", "set up an agreed protocol", "so that there are agreed upon numbers", "(or pre-agreed
    // starting time)", "a departure from what was agreed": something agreed before, named as a thing, is no decision the meeting
    // took; the sentence may still take one in other words.
    [GeneratedRegex(@"\b(?:the|an?|this|these|its|their|our)\s+(?:(?:previously|already|jointly|mutually|originally)\s+)?agreed\s+(?!(?:to|that|by|with|on|upon|at|in|and|unanimously)\b)\p{L}+|\bpre-?agreed\b|\bagreed[\s-]+upon\s+(?!(?:by|without|the|an?|this|that|at|in|and)\b)\p{Ll}+|\b(?:what|which)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?agreed(?:\s+upon)?\b(?!\s+(?:unanimously|by\s+(?:all|the\s+(?:meeting|committee|council|board))))", RegexOptions.IgnoreCase)]
    private static partial Regex AgreedBefore();

    /// <summary>True when the sentence's only words of a decision name something agreed before.</summary>
    private static bool OnlyNamesWhatWasAgreed(string sentence)
    {
        if (!AgreedBefore().IsMatch(sentence))
            return false;
        var rest = AgreedBefore().Replace(sentence, " ");
        return !IsOutcomeOrDecision(rest) && !Unanimous().IsMatch(rest) && !MinutesApproved().IsMatch(rest);
    }

    // "It was agreed the next meeting would be Tuesday 23rd February 2021", "Agreed to meet on 21 October", "All agreed to discuss this
    // item at the next meeting", "All agreed that this item is deferred to the next meeting": setting the next meeting and putting a
    // matter off to it decide nothing of the business.
    [GeneratedRegex(@"\b(?:agreed|decided)\b[^.;]{0,30}?\bnext\s+meeting\s+(?:would|will|should|shall)\s+(?:now\s+)?(?:be|continue|take\s+place)\b|^(?:\S+\s+){0,5}agreed\s+to\s+meet\s+(?:on|monthly|weekly|fortnightly|every|again|at\s+\d)\b|\b(?:agreed|decided)\s+to\s+(?:discuss|consider|defer|push|move|revisit|return\s+to|review)\b[^.;]{0,80}?\b(?:at|to|until|till)\s+(?:the\s+|our\s+)?next\s+meeting\b|\bdeferred\s+(?:to|until)\s+(?:the\s+|our\s+)?next\s+meeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex PutOffToTheNextMeeting();
}
