using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// A motion and its outcome, in whatever order and words a clerk sets them down: a sentence that moves or proposes something,
/// and a word that settles it (carried, passed, approved, agreed …) later in the sentence, the paragraph or on the short lines
/// under it. A lost motion decides nothing.
/// </summary>
public static partial class DecisionReader
{
    // "Ann made a motion to …", "Motion to …", "MOTION: …", "A motion was made to …", "Dan moved to adopt …", "Moved by Ann that …",
    // "It was proposed by Cllr Lee that …", "Cllr Jay proposed Cllr Pollard join …", "proposed (MC) and seconded (RJ) that …":
    // the openings of a motion. "The website was moved to a new server" and "the proposed budget" move and propose nothing.
    [GeneratedRegex(@"\b(?:made|makes|put(?:\s+forward)?)\s+a\s+motion\b|^(?:a\s+)?motion\s*(?:[:\-–]|(?:was\s+)?(?:made|put|moved|to|that|for|by)\b)|\bmotion(?:ed|s)?\s+(?:to|that|for|by)\b"
        + @"|(?<!\b(?:been|was|were|be|is|are|being|has|have|had)\s+)\bmoved\s+(?:to\s+(?!(?:the|a|an|item|next|agenda|another|other|this|that)\b)\p{L}|that\b|by\b|and\s+seconded\b|\(|:)|^moved\b"
        + @"|\bproposed\s+(?:by\b|that\b|and\s+seconded\b|\()|^proposed\s*:|^it\s+was\s+(?:then\s+|further\s+)?proposed\b"
        + @"|^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr|Trustee|Director)\.?\s+)?(?-i:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+proposed\b(?!\s+[\p{L}-]+\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex OpensAMotion();

    // "Carried", "The motion passed", "approved", "Agreed", "accepted", "All in favour", "unanimously": what settles a motion as
    // the meeting's decision; "if approved", "to be agreed" settle nothing yet.
    [GeneratedRegex(@"(?<!\b(?:if|unless|once|when|until|pending|be|not)\s+)\b(?:carried|carries|passed|passes|approved|adopted|agreed|accepted|resolved)\b|\ball\s+(?:those\s+)?(?:present\s+)?(?:were\s+)?in\s+favou?r\b|\bunanimous(?:ly)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex SettlesAMotion();

    // "Motion failed", "The motion was defeated", "withdrawn": a motion the meeting did not carry.
    [GeneratedRegex(@"\b(?:failed|fails|defeated|lost|withdrawn|rejected|not\s+carried)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LosesAMotion();

    // What may stand between a motion and its outcome, each on a line of its own: the seconder and the count.
    [GeneratedRegex(@"\bsecond(?:ed|s)?\b|\b2nd\b|\b(?:ayes?|nays?|noes|yeas?|for|against|abstain\w*|abstentions?|opposed|in\s+favou?r|vote[sd]?|roll\s+call)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenMotionAndOutcome();

    /// <summary>
    /// The motion that sentence <paramref name="at"/> of a paragraph opens and the outcome that settles it: later in the same
    /// sentence or paragraph, or on one of the few short lines after the paragraph (its last line <paramref name="last"/>) that
    /// name only the seconder, the count or the outcome. Null when no such outcome follows, or the motion was lost.
    /// </summary>
    private static string? MotionWithOutcome(List<string> sentences, int at, IReadOnlyList<TextLine> lines, int last)
    {
        var opening = OpensAMotion().Match(sentences[at].Trim());
        if (!opening.Success)
            return null;
        for (var s = at; s < sentences.Count; s++)
        {
            var said = s == at ? sentences[s].Trim()[(opening.Index + opening.Length)..] : sentences[s];
            if (s > at && OpensAMotion().IsMatch(sentences[s].Trim()))
                return null;
            if (LosesAMotion().IsMatch(said))
                return null;
            if (SettlesAMotion().IsMatch(said) && !(s > at && (PeopleTakeItOn(said, null) || SpeakerAssents().IsMatch(said.Trim()))))
                return string.Join(' ', sentences[at..(s + 1)].Select(t => t.Trim()));
        }

        for (int j = last + 1, seen = 0; j < lines.Count && seen < 4; j++)
        {
            if (lines[j].IsBlank)
                continue;
            seen++;
            if (lines[j].Kind is not (LineKind.Text or LineKind.ListItem))
                return null;
            var next = LeadingMark().Replace(lines[j].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim(), string.Empty).TrimStart('*', '-', '•', ' ');
            if (PersonNames.Tokens(next).Length > 12 || OpensAMotion().IsMatch(next) || LosesAMotion().IsMatch(next) || PeopleTakeItOn(next, null) || SpeakerAssents().IsMatch(next))
                return null;
            if (SettlesAMotion().IsMatch(next))
                return $"{string.Join(' ', sentences[at..].Select(t => t.Trim()))} {next}";
            if (!BetweenMotionAndOutcome().IsMatch(next))
                return null;
        }

        return null;
    }

    /// <summary>
    /// The first motion in the paragraph that an outcome settles, with the sentence before it when the motion names only its
    /// movers ("The request was for an interim payment. The motion was proposed by Cllr Lee, seconded by Cllr Fox. Agreed.").
    /// Procedure (adjourning, adopting the agenda) and other bodies' motions are no decisions of the meeting.
    /// </summary>
    private static string? SettledMotionIn(List<string> sentences, IReadOnlyList<TextLine> lines, int last, string? body)
    {
        // "The following motion was made, seconded and adopted:" sets the motion out below, where it is read.
        if (sentences.Count == 0 || sentences[^1].TrimEnd().EndsWith(':'))
            return null;
        for (var at = 0; at < sentences.Count; at++)
        {
            if (MotionWithOutcome(sentences, at, lines, last) is not { } motion)
                continue;
            // "Moved: Ann Lee" alone says nothing of what was moved: the lines above it do, and are read with the outcome there.
            var text = motion;
            if (NamesOnlyMovers(sentences[at]))
            {
                if (at == 0 || IsOutcomeOrDecision(sentences[at - 1]))
                    continue;
                text = $"{sentences[at - 1].Trim()} {text}";
            }

            if (NotADecision().IsMatch(text) || Adjourns().IsMatch(text) || AgendaAccepted().IsMatch(text) || ByAnotherBody(text, body) || EarlierMeetingsDecision(text)
                || NotTheMeetings().IsMatch(text) || Unsettled().IsMatch(text) || PutOffToTheNextMeeting().IsMatch(text) || ConductsThisMeeting().IsMatch(text))
                return null;
            return text;
        }

        return null;
    }

    // The words of a motion that say who moved it and nothing of what: "The motion was proposed by Cllr Lee, seconded by Cllr Fox".
    private static readonly HashSet<string> MoversWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "the", "motion", "was", "it", "this", "made", "moved", "moves", "already", "proposed", "seconded", "second", "seconds", "by", "and", "to", "approve", "accept", "adopt", "from", "cllr",
        // "Motion moved from Jeremy approved with no objections": how it was settled says nothing of what was moved either.
        "approved", "carried", "passed", "agreed", "unanimously", "with", "without", "no", "objections", "objection", "dissent", "consent", "councillor", "mr", "mrs", "ms", "dr", "trustee", "director",
    };

    private static bool NamesOnlyMovers(string sentence) =>
        PersonNames.Tokens(sentence).Select(t => t.Trim('.', ',', ';', ':', '(', ')', '[', ']')).All(t => !t.Any(char.IsLetter) || MoversWords.Contains(t) || char.IsUpper(t[0]));

    /// <summary>
    /// Puts each motion read from a paragraph that gave no decision at the place it was read, unless a decision read from the
    /// lines around it already holds most of its words (the outcome's line read with the motion above it).
    /// </summary>
    private static void AddMotionsReadNowhereElse(List<DecisionDraft> decisions, List<(int At, string Text, AgendaItemRange? Item)> motions)
    {
        for (var m = motions.Count - 1; m >= 0; m--)
        {
            var (at, text, item) = motions[m];
            var read = new List<DecisionDraft>();
            Add(read, text, item);
            if (read.Count == 1 && !decisions.Any(d => SharesMostWords(d.Text, read[0].Text)))
                decisions.Insert(at, read[0]);
        }
    }

    private static bool SharesMostWords(string one, string other)
    {
        var a = PersonNames.Tokens(one).Select(t => t.ToLowerInvariant()).ToHashSet();
        var b = PersonNames.Tokens(other).Select(t => t.ToLowerInvariant()).ToHashSet();
        var shared = a.Intersect(b).Count();
        return a.Count > 0 && b.Count > 0 && shared >= 0.6 * Math.Min(a.Count, b.Count);
    }
}
