using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>An election recorded as the item's title over who now holds each post.</summary>
public static partial class DecisionReader
{
    // "Election of Officers", "Election Of O cers" (a PDF that lost its ligature), "Appointment of Chairman", "Election of the
    // Committee": an item that elects, whose lines are the result.
    [GeneratedRegex(@"^(?:the\s+)?(?:(?:re-?)?election|appointment)s?\s+(?:of\s+)?(?:the\s+)?\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex ElectionTitle();

    // "(a) Chairman - James Alexander", "- Treasurer.   Alan Heath", "Secretary: Cllr Mrs D Smith": a post and who fills it.
    [GeneratedRegex(@"^(?:\(?[a-z]\)\s*|[a-z][.)]\s+|[-•*]\s*)?(?<post>\p{L}[\p{L}' -]{1,40}?)\.?\s*(?:[-–—:]\s*|\s{2,}|\t+)(?<who>(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Rev)\.?\s+)*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*\.?$")]
    private static partial Regex PostAndHolder();

    // "All elected unopposed", "All were duly elected": the outcome written under the list.
    [GeneratedRegex(@"^(?:all|each|both)\s+(?:were\s+)?(?:duly\s+|re-?)?(?:elected|appointed)\b[^.]{0,30}\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex AllElected();

    // "Ann Lee was acclaimed as President", "Alex declared those nominated to be acclaimed as Members at large", "Tom Fox was
    // returned by acclamation": a nominee unopposed, or carried by the meeting's voice, takes the post.
    [GeneratedRegex(@"\b(?:was|were|be|been|is|are)\s+(?:duly\s+|declared\s+|hereby\s+)?acclaimed\b|\b(?:elected|returned|appointed|approved|adopted|carried)\s+by\s+acclamation\b", RegexOptions.IgnoreCase)]
    private static partial Regex Acclaimed();

    // "After a poll vote, he was unanimously voted in", "Geoff and Keith were voted to continue", "The budget was voted on, and
    // passed 15 yes, 1 no": a member elected, or a matter carried, by the meeting's vote in plain words.
    [GeneratedRegex(@"\b(?:was|were)\s+(?:\w+\s+)?voted\s+(?:in\b(?!\s+(?:favou?r|support|opposition|the|a|an)\b)|onto\s+the\s+\w+|to\s+(?:continue|remain|serve|stay)\b)|\b(?:was|were)\s+voted\s+on,?\s+and\s+(?:\w+\s+)?(?:passed|carried|approved|adopted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VotedIn();

    // "Ann Lee was appointed Independent Examiner", "Tom Fox – appointed official photographer", "That Mr Tom Fox is formally
    // appointed as the Assistant Clerk", "President Lee appointed Director Fox to the Personnel Committee": a named person given a
    // post is an appointment, as an election is. Tellers or scrutineers for the meeting's own count are procedure, and "Two
    // wardens appointed and about to start" or "Newly appointed officers are …" report staff or a post already filled.
    private const string Named = @"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}";

    [GeneratedRegex(@"^(?i:that\s+)?(?!(?i:one|two|three|four|five|six|seven|eight|nine|ten|newly|recently|previously|already|also|both|all)\b)" + Named + @"(?:\s+(?:and|&)\s+" + Named + @")?\s*(?:[-–—,]\s*)?(?:(?i:was|were|is|are)\s+(?:(?i:duly|formally|unanimously)\s+)?)?(?i:re-?)?appointed\s+(?:(?i:as|to)\s+)?(?!(?i:tellers?|scrutineers?|and|by|in|on|at|with)\b)\p{L}")]
    private static partial Regex Appointed();

    // "Results were as follows:", "The results were:": the count's outcome set out below, which under an election is who now holds each post.
    [GeneratedRegex(@"^(?:the\s+)?(?:election\s+)?results?\s+(?:(?:were|are|was|is)\s+)?(?:as\s+follows\s*)?:$", RegexOptions.IgnoreCase)]
    private static partial Regex ResultsFollow();

    [GeneratedRegex(@"\b(?:(?:re-?)?elect\w*|returning\s+officer|nominations?|nominated|office[\s-]+bearers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeaksOfAnElection();

    /// <summary>
    /// "Election of Committee" / "All positions were declared vacant and Ann acted as returning officer." over "Results were as
    /// follows:": results announced where the item, the heading or one of the few lines above speaks of an election are the election's.
    /// </summary>
    private static bool ElectionResultsFollow(IReadOnlyList<TextLine> lines, int index, string text, AgendaItemRange? item, string? heading)
    {
        if (!ResultsFollow().IsMatch(text.Trim()))
            return false;
        if (SpeaksOfAnElection().IsMatch(item?.Title ?? string.Empty) || SpeaksOfAnElection().IsMatch(heading ?? string.Empty))
            return true;
        var seen = 0;
        for (var j = index - 1; j >= 0 && seen < 3; j--)
        {
            if (lines[j].IsBlank)
                continue;
            if (lines[j].Kind is not (LineKind.Text or LineKind.Heading or LineKind.ListItem))
                return false;
            if (SpeaksOfAnElection().IsMatch(lines[j].Text))
                return true;
            seen++;
        }

        return false;
    }

    /// <summary>
    /// "9) Election of Officers" over "(a) Chairman - James Alexander", "(b) Secretary - George Ward" and "All elected unopposed":
    /// an election item whose opening lines each give a post and its holder records one decision, the title with who fills each
    /// post. Returns it and the last line it takes; null unless at least two lines give posts, every one of them a post's words.
    /// </summary>
    private static (string Text, int Last)? ElectedAsListed(IReadOnlyList<TextLine> lines, AgendaItemRange item, int index)
    {
        if (!ElectionTitle().IsMatch(item.Title.Trim()) || !OpensItem(lines, item, index))
            return null;
        var entries = new List<string>();
        var last = index - 1;
        for (var j = index; j < lines.Count && j < item.End && entries.Count < 12; j++)
        {
            if (lines[j].IsBlank)
                continue;
            var text = lines[j].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
            if (PostAndHolder().Match(text) is not { Success: true } entry || !Roles.LooksLikeRole(entry.Groups["post"].Value))
                break;
            entries.Add($"{entry.Groups["post"].Value.Trim()} - {entry.Groups["who"].Value.Trim()}");
            last = j;
        }

        if (entries.Count < 2)
            return null;
        var decision = $"{item.Title.Trim().TrimEnd(':')}: {string.Join(", ", entries)}";
        var next = last + 1;
        while (next < lines.Count && next < item.End && lines[next].IsBlank)
            next++;
        if (next < lines.Count && next < item.End && AllElected().IsMatch(lines[next].Text.Trim()))
        {
            decision += $". {lines[next].Text.Trim()}";
            last = next;
        }

        return (decision, last);
    }
}
