using System.Text.RegularExpressions;

namespace Quorum.Import.Minutes;

/// <summary>Decisions a body writes in its own voice, and motions moved in one sentence and settled in the next.</summary>
public static partial class DecisionReader
{
    // "The SC accepted PEP 675", "PMB endorsed the report", "The Steering Committee adopted the charter": the body whose
    // minutes these are names itself (in full, by a word of its name, or by its initials) as the one that decided.
    [GeneratedRegex(@"^[*•-]?\s*(?:the\s+)?(?<who>[\p{L}&/-]+(?:\s+[\p{L}&/-]+){0,3}?)\s+(?:(?:has|have)\s+)?(?:unanimously\s+)?(?:accepted|approved|adopted|endorsed|ratified|agreed|agrees?|decided|decides|resolved|resolves)\b(?!\s+(?:by|with)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NamedSubjectDecides();

    /// <summary>True when the sentence opens with the body whose minutes these are deciding something.</summary>
    private static bool OwnBodyDecides(string text, string? body) =>
        body is not null && NamedSubjectDecides().Match(text.Trim()) is { Success: true } m && IsOwnBody(m.Groups["who"].Value, body)
        && !ReceivesAReport().IsMatch(text);

    // "The Board accepted the Director's report", "Treasurer's report accepted": receiving a report is noting it, not deciding.
    [GeneratedRegex(@"\breports?\b[^.()]{0,30}?\b(?:was\s+|were\s+)?(?:accepted|received)\b|\b(?:accepted|received)\s+(?:the\s+)?[^.()]{0,60}?\breports?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivesAReport();

    // "CD rollover of 50k (Motion by Ann, seconded by Tom)", "Accept the quote (proposed Ann, Tom seconds, passed)": a line
    // closing on who moved and seconded it records the motion as passed, as minutes that list only carried motions write them.
    [GeneratedRegex(@"\((?=[^()]*\b(?:motion|moved|proposed)\b)(?=[^()]*\b(?:seconded|seconds|second)\b)(?![^()]*\b(?:failed|defeated|lost|withdrawn|rejected)\b)[^()]{3,80}\)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex MovedInBrackets();

    /// <summary>True when the sentence closes on its mover and seconder in brackets and is not the receipt of a report.</summary>
    private static bool CarriedAsMoved(string text) => MovedInBrackets().IsMatch(text.Trim()) && !ReceivesAReport().IsMatch(text) && !Candidacy().IsMatch(text);

    // "Ann Lee stands (proposed: Tom, seconded: Sue)": a candidate put forward, whose election (if any) is recorded after.
    [GeneratedRegex(@"\b(?:stands|standing|nominated|nominates|nomination|candidacy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Candidacy();

    /// <summary>
    /// "Steering Committee", "Committee", "SC" or "PSC" for the Python Steering Council: its name, a word of it that is not
    /// a common word, or the initials of the name or of its last words, as minutes abbreviate the body that keeps them.
    /// </summary>
    private static bool IsOwnBody(string who, string body)
    {
        var named = who.Trim();
        if (named.Length == 0)
            return false;
        if (MeetingHeaderReader.NamesBody(named, body) && PersonNames.Tokens(named).Any(t => t.Length > 1 && char.IsUpper(t[0])))
            return true;
        if (named.Length is < 2 or > 6 || !named.All(char.IsUpper))
            return false;
        var words = PersonNames.Tokens(body).Where(t => t.Length > 0 && char.IsUpper(t[0]) && t is not ("The" or "Of" or "And")).ToList();
        for (var first = 0; first < words.Count; first++)
        {
            var initials = new string(words.Skip(first).Select(w => w[0]).ToArray());
            if (initials.Length >= 2 && initials.Equals(named, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    // "Ann Lee made a motion to adopt the plan. Tom Fox seconded the motion, which was unanimously approved.": the seconder's
    // sentence settles the motion moved in the sentence before, as "Motion carried" does.
    [GeneratedRegex(@"^(?:[\p{L}.'’-]+\s+){1,4}seconded\s+(?:the\s+)?(?:motion|it|proposal)\b[^.]*?\b(?:approved|carried|passed|adopted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecondedAndSettledMotion();
}
