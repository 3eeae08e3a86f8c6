using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>A body named over a list of what it did, each entry opening with its verb, as boards of trusts minute.</summary>
public static partial class DecisionReader
{
    // "The Board:", "The Committee:", "The Trust Board:", "The Panel RESOLVED to:": the body, then a colon, and nothing else.
    [GeneratedRegex(@"^(?:the\s+)?(?:[\p{Lu}][\p{L}&'’-]*\s+){0,4}(?i:board|committee|sub-committee|council|panel|cabinet|group|governors|trustees|directors|members)(?:\s+(?i:resolved|agreed)(?:\s+to)?)?\s*:$")]
    private static partial Regex BodyOverItsActs();

    // "approved the revised Standing Financial Instructions", "APPROVED the strategy", "agreed to …", "ratified …": an entry that
    // decides; "noted the report", "received the minutes", "discussed …" and "was assured …" are not decisions.
    [GeneratedRegex(@"^(?:approved|agreed|adopted|endorsed|ratified|resolved|elected|re-elected|appointed|confirmed|delegated|authorised|authorized|supported|accepted|recommended)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DecidingVerb();

    /// <summary>
    /// "The Board:" over "• noted the report" and "• approved the revised Standing Financial Instructions": each entry that decides
    /// is a decision of the body, written with it as subject ("The Board approved …"). Returns them and the last entry's line; null
    /// when the line is not such a label or fewer than half of the entries under it open with a verb of what the body did.
    /// </summary>
    private static (List<string> Decided, int Last)? ActsUnderBody(IReadOnlyList<TextLine> lines, int index)
    {
        var label = lines[index].Text.Trim();
        if (lines[index].Kind != LineKind.Text || !BodyOverItsActs().IsMatch(label))
            return null;
        var entries = BulletsAfter(lines, index);
        if (entries.Count == 0)
            entries = NumberedAfter(lines, index);
        if (entries.Count == 0)
            return null;
        var acts = entries.Select(e => LeadingMark().Replace(e.Text, string.Empty).Trim()).ToList();
        if (acts.Count(a => Acted().IsMatch(a)) * 2 < acts.Count)
            return null;
        var subject = VerbAfterBody().Replace(label.TrimEnd(':').Trim(), string.Empty);
        var decided = acts.Where(a => DecidingVerb().IsMatch(a) && !NotADecision().IsMatch(a))
            .Select(a => $"{subject} {char.ToLowerInvariant(a[0])}{a[1..]}").ToList();
        return (decided, entries[^1].Line);
    }

    // An entry opening with a verb in the past tense ("noted", "received", "approved", "was assured"): what the body did.
    [GeneratedRegex(@"^(?:\p{L}+ed|was|were|took|gave|heard|sought)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Acted();

    // "The Panel RESOLVED to": the verb after the body, left out of the subject its decisions are written with.
    [GeneratedRegex(@"\s+(?i:resolved|agreed)(?:\s+to)?$")]
    private static partial Regex VerbAfterBody();
}
