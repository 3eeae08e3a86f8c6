using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Attendance written as sentences, as American boards minute it: "Commissioners Bishop,
/// Vice-President Jan Power and Joe Rohleder were present.", "Commissioner Chuck Pavlik was
/// excused.", "David Ulbrecht, the Port's Municipal Advisor, attended the meeting." A member named
/// by surname alone is given the full name the minutes use elsewhere ("Board President Rob Bishop
/// called the meeting to order"); one the minutes never name in full is left out rather than guessed.
/// </summary>
internal static partial class PresenceSentences
{
    /// <summary>How far into the minutes attendance sentences are looked for when no attendance section was found.</summary>
    private const int OpeningLines = 60;

    // "X, Y and Z were present" / "X was excused"; "present at the hearing" or "absent from" say something else.
    [GeneratedRegex(@"^(?<list>.+?)\s+(?:were|was)\s+(?:also\s+)?(?<state>present|in\s+attendance|excused|absent)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Presence();

    // "Dennis Anstine, reporter for the News-Times also attended." / "Ann Lee attended the meeting."
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:,\s*[^,]{2,80}?,?)?\s+(?:also\s+)?attended\b")]
    private static partial Regex Attended();

    // The post or collective label in front of a name: "Commissioners", "Vice-President", "Secretary/ Treasurer", "Port Manager".
    [GeneratedRegex(@"^(?:(?:board|vice|deputy|assistant|acting|interim|port|district|general|executive|city|county|school)[\s-]+)*(?:president|chair(?:man|woman|person)?|secretary(?:\s*/\s*treasurer)?|treasurer|commissioners?|directors?|trustees?|members?|councilmembers?|supervisors?|manager|mayor|clerk|superintendent|attorney)\s+(?=\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex Post();

    [GeneratedRegex(@"^[\p{L}’' &/-]{2,60}:\s*")]
    private static partial Regex Label();

    /// <summary>Who the sentences say was present, and who was excused; the absent are in neither list.</summary>
    public static (List<PersonDraft> Present, List<PersonDraft> Excused) Read(IReadOnlyList<TextLine> lines, int attendanceEnd)
    {
        var present = new List<PersonDraft>();
        var excused = new List<PersonDraft>();
        var upTo = Math.Min(lines.Count, Math.Max(attendanceEnd + 10, OpeningLines));
        string? document = null;
        for (var i = 0; i < upTo; i++)
        {
            var line = lines[i];
            // A label and its sentence split by a tab read as a row of two cells.
            if (line.Kind is not (LineKind.Text or LineKind.ListItem) && !(line.Kind == LineKind.TableRow && line.Cells is { Count: <= 2 }))
                continue;
            var text = line.Kind == LineKind.TableRow ? string.Join(' ', line.Cells!) : line.Text.Trim();
            if (SectionVocabulary.OpensLine(text, out _, out var rest, out _))
                text = rest;
            // "Members of the Public and Media: Dan Ortiz, the District's Municipal Advisor, attended the meeting."
            text = Label().Replace(text, string.Empty);
            if (!text.Contains("present", StringComparison.OrdinalIgnoreCase) && !text.Contains("attend", StringComparison.OrdinalIgnoreCase)
                && !text.Contains("excused", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            document ??= string.Join('\n', lines.Select(l => l.Text));
            foreach (var sentence in Sentences.Split(text))
            {
                if (Presence().Match(sentence) is { Success: true } presence)
                {
                    var state = presence.Groups["state"].Value.ToLowerInvariant();
                    if (state == "absent")
                        continue;
                    var target = state == "excused" ? excused : present;
                    PersonDraft? previous = null;
                    foreach (var part in AttendanceReader.NameListSeparator().Split(presence.Groups["list"].Value))
                    {
                        // "Greg Morrill and Chad Curs, Bergerson Construction, Jon Keiser, ...": a firm after a person is theirs.
                        if (previous is { Organisation: null } && LooksLikeOrganisation(part))
                        {
                            var index = target.FindIndex(p => p.Name == previous.Name);
                            if (index >= 0)
                                target[index] = previous = previous with { Organisation = part.Trim() };
                            continue;
                        }

                        if (Person(part, document) is { } person)
                        {
                            AttendanceReader.AddPerson(target, person);
                            previous = person;
                        }
                    }
                }
                else if (Attended().Match(sentence) is { Success: true } attended && PersonNames.LooksLikeFullName(attended.Groups["name"].Value))
                {
                    AttendanceReader.AddPerson(present, new PersonDraft(attended.Groups["name"].Value));
                }
            }
        }

        return (present, excused);
    }

    /// <summary>"Vice-President Jan Power" is Jan Power, Vice-President; "Commissioners Bishop" is the Bishop named in full elsewhere.</summary>
    private static PersonDraft? Person(string part, string document)
    {
        var entry = part.Trim().TrimEnd('.').Trim();
        string? role = null;
        while (Post().Match(entry) is { Success: true } post)
        {
            var word = post.Value.Trim();
            if (!SectionVocabulary.IsCollectiveLabel(word) && Roles.LooksLikeRole(word))
                role ??= Roles.Normalise(word);
            entry = entry[post.Length..].Trim();
        }

        if (PersonNames.LooksLikeFullName(entry) && !PersonNames.Tokens(entry).Any(PersonNames.IsOrganisationWord))
            return new PersonDraft(entry, null, role);
        if (PersonNames.LooksLikeSingleName(entry) && FullName(entry, document) is { } full)
            return new PersonDraft(full, null, role);
        return null;
    }

    /// <summary>
    /// The one given name the minutes put before <paramref name="surname"/> ("Board President Rob Bishop"),
    /// passing over posts and labels ("Commissioners Bishop"); a name from the gazetteer wins over another word.
    /// </summary>
    private static string? FullName(string surname, string document)
    {
        var words = Regex.Matches(document, $@"\b(?<given>\p{{Lu}}[\p{{L}}'’-]+)\s+{Regex.Escape(surname)}\b")
            .Select(m => m.Groups["given"].Value)
            .Where(w => !Post().IsMatch($"{w} {surname}") && !NotGiven().IsMatch(w) && !PersonNames.IsOrganisationWord(w))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var given = words.Where(GivenNames.Contains).ToList();
        if (given.Count == 0)
            given = words;
        return given.Count == 1 ? $"{given[0]} {surname}" : null;
    }

    // Honorifics and words that open sentences: "Mr Bishop", "The Bishop", "When Bishop ...".
    [GeneratedRegex(@"^(?:mr|mrs|ms|miss|dr|prof|rev|sir|dame|cllr|councillor|councilmember|commissioner|director|trustee|the|a|an|and|but|when|then|after|before|by|with|from|to|for|of|in|on|at|as|if|while|that|this|said|asked|noted|moved|seconded)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotGiven();

    /// <summary>"Bergerson Construction", "PND Engineers": no post before it, and a firm's words rather than a given name.</summary>
    private static bool LooksLikeOrganisation(string part)
    {
        var entry = part.Trim().TrimEnd('.').Trim();
        var tokens = PersonNames.Tokens(entry);
        if (tokens.Length == 0 || Post().IsMatch(entry) || !char.IsUpper(entry[0]))
            return false;
        return tokens.Any(PersonNames.IsOrganisationWord) || tokens.Any(t => t.Length >= 2 && t.All(char.IsUpper))
            || (tokens.Length >= 2 && !GivenNames.Contains(tokens[0]));
    }
}
