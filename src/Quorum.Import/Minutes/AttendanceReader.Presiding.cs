using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

public sealed partial class AttendanceReader
{
    /// <summary>How far into the minutes a sentence saying who presided names someone present.</summary>
    private const int OpeningLines = 60;

    // "The meeting was called to order at 7:00 PM by Council President, Gordon Farrell.", "called to order by Vice President
    // Barbara in Jon's absence": the passive form of "President Biggs called the meeting to order".
    // The name is matched with its case: "Vice President Barbara in Jon's absence" ends at "Barbara".
    [GeneratedRegex(@"(?i:\bcalled\s+to\s+order\b[^.]{0,40}?\bby\s+(?:the\s+)?(?<post>(?:(?:council|board|club|vice|deputy)[\s-]+)*(?:president|chair(?:man|woman|person)?|mayor))?),?\s*(?i:(?:mr|mrs|ms|miss|dr)\.?\s+)?(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})")]
    private static partial Regex CalledToOrderBy();

    // "Sue Ennis took the chair", "Presiding: Peter Casey, Central Oregon Community College".
    [GeneratedRegex(@"(?:^|[.!?]\s+)(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+(?i:took\s+the\s+chair)\b|^\W*(?i:presiding)\s*[:\-–]\s*(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})")]
    private static partial Regex TookTheChair();

    /// <summary>
    /// Whoever the opening of the minutes says presided ("President Biggs called the meeting to order", "Sue Ennis took the
    /// chair", "called to order by Council President, Gordon Farrell") was there, though the list of those present left them
    /// out: an attendee in the Chair unless the lists already name someone of that surname, or a lone given name that is
    /// theirs ("Peter" for "Peter Cock"). A surname alone is taken only with the post that calls it ("President Biggs").
    /// Minutes that name no one present keep no roll, and the chair who opened them makes none.
    /// </summary>
    private void ReadWhoPresided(IReadOnlyList<TextLine> lines)
    {
        if (_present.Count == 0)
            return;
        var upTo = Math.Min(lines.Count, Math.Max(End + 10, OpeningLines));
        for (var i = 0; i < upTo; i++)
        {
            var text = lines[i].Text;
            if (text.Contains("chair", StringComparison.OrdinalIgnoreCase) || text.Contains("presiding", StringComparison.OrdinalIgnoreCase))
            {
                if (ChairSentence().Match(text) is { Success: true } chaired)
                    AddWhoPresided(chaired.Groups["name"].Value, withPost: false);
                if (TookTheChair().Match(text) is { Success: true } took)
                    AddWhoPresided(took.Groups["name"].Value, withPost: false);
            }

            if (!text.Contains("order", StringComparison.OrdinalIgnoreCase))
                continue;
            if (CalledToOrder().Match(text) is { Success: true } opened)
                AddWhoPresided(opened.Groups["name"].Value, withPost: true);
            if (CalledToOrderBy().Match(text) is { Success: true } by)
                AddWhoPresided(by.Groups["name"].Value, withPost: by.Groups["post"].Success);
        }
    }

    private void AddWhoPresided(string name, bool withPost)
    {
        var tokens = PersonNames.Tokens(name);
        var named = tokens.Length > 1 ? PersonEntries.LooksLikePerson(name, strict: true) : withPost && PersonNames.LooksLikeSingleName(name);
        if (!named || tokens.Any(PersonNames.IsOrganisationWord) || Roles.IsPostOnly(name))
            return;
        var surname = PersonNames.Key(tokens[^1]);
        var given = PersonNames.Key(tokens[0]);
        if (Named(name) || _present.Concat(_apologies).Any(p => PersonNames.Tokens(p.Name) is var listed
                && (listed.Any(t => PersonNames.Key(t) == surname) || listed.Length == 1 && PersonNames.Key(listed[0]) == given)))
        {
            return;
        }

        _present.Add(new PersonDraft(name, null, "Chair"));
    }
}
