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

    // "… called the meeting to order at 6:01 p.m. Present: Members Hage, Jerdonek, Kattouw. Excused absences: Members Bafundo
    // and Wasserman." / "Also present: Secretary Chan.": a roll call run into the paragraph that opens the meeting, a sentence a label.
    // A label that opens the paragraph is a list's, which the list readers take.
    [GeneratedRegex(@"(?<=[.!?]\s+)(?<label>(?:also\s+)?present|excused(?:\s+absences?)?)\s*:\s*(?<list>(?:\b\p{Lu}\.|[^.:])+?)\s*(?:\.(?=\s|$)|$)", RegexOptions.IgnoreCase)]
    private static partial Regex RunInRollCall();

    // "Board members present were Trustee Elton, Trustee Hawkins, and Supervisor Liccar.", "Also present were …", "Guests were …":
    // the group and its state first, the list after; township and small-town boards write their roll call so.
    // "Those attending were …" says the same. The sentence may follow one whose stop went unseen ("… at 7:05 p.m. Present were …").
    [GeneratedRegex(@"(?:^|(?<=\p{L}[.!?]\s+))(?:(?<group>(?:(?:the|also|other|others|board|council|commission|committee|town|township|village|city|staff|members?)\s+){0,3})present|those\s+(?:present|attending))\s+were:?\s+(?<list>.+?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex PresentWere();

    [GeneratedRegex(@"^(?:the\s+)?(?:guests|visitors)(?:\s+present)?\s+were:?\s+(?<list>.+?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex GuestsWere();

    // "The following members of the board of directors were present (8/11): Ann Lee, Tom Reid, and Sue Hart.", "The following
    // directors were absent: …": the state first, then a colon and the list; a count in brackets before the colon is the quorum's.
    // The sentence may follow a heading run into its paragraph ("Attendance The following …").
    [GeneratedRegex(@"\bthe\s+following\s+(?:[\p{L}\s]{1,60}?\s+)?(?:were|was)\s+(?:also\s+)?(?<state>present|in\s+attendance|excused|absent)\s*(?:\([^()]{0,20}\))?\s*:\s*(?<list>.+?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TheFollowingWere();

    // "Trustee Sterdivant (Excused Absent)", "Trustee Piacentini Absent": a member's state written after the name inside
    // the list of those present.
    [GeneratedRegex(@"\s*\(?\b(?<state>excused(?:\s+absen(?:t|ce))?|absent)\)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StateAfterName();

    /// <summary>How many lines of one paragraph are joined to read a roll call wrapped over them.</summary>
    private const int ParagraphLines = 6;

    /// <summary>Who the sentences say was present, and who was excused; the absent are in neither list.</summary>
    public static (List<PersonDraft> Present, List<PersonDraft> Excused) Read(IReadOnlyList<TextLine> lines, int attendanceEnd)
    {
        var present = new List<PersonDraft>();
        var excused = new List<PersonDraft>();
        var upTo = Math.Min(lines.Count, Math.Max(attendanceEnd + 10, OpeningLines));
        // The whole text, where a surname called alone is looked up in full; joined once, and only if a sentence needs it.
        var document = new Lazy<string>(() => string.Join('\n', lines.Select(l => l.Text)));
        ReadRunInRollCalls(lines, upTo, present, excused);
        ReadArrivals(lines, upTo, present);
        ReadPresentWere(lines, upTo, document, present, excused);
        AttendanceProse.Read(lines, upTo, present);
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

            foreach (var sentence in Sentences.Split(text))
            {
                if (Presence().Match(sentence) is { Success: true } presence)
                {
                    var state = presence.Groups["state"].Value.ToLowerInvariant();
                    if (state == "absent")
                        continue;
                    var target = state == "excused" ? excused : present;
                    PersonDraft? previous = null;
                    var list = presence.Groups["list"].Value;
                    var joins = AttendanceReader.NameListSeparator().Matches(list);
                    var parts = AttendanceReader.NameListSeparator().Split(list);
                    for (var k = 0; k < parts.Length; k++)
                    {
                        var part = parts[k];
                        // "Greg Morrill and Chad Curs, Bergerson Construction, Jon Keiser, ...": a firm after a person is theirs;
                        // the entry "and" brings in ("Sue Hart and Raj Singh") is the list's last person, not a firm.
                        var joinedByAnd = k > 0 && joins[k - 1].Value.Trim().Equals("and", StringComparison.OrdinalIgnoreCase);
                        if (previous is { Organisation: null } && !joinedByAnd && LooksLikeOrganisation(part))
                        {
                            var index = target.FindIndex(p => p.Name == previous.Name);
                            if (index >= 0)
                                target[index] = previous = previous with { Organisation = part.Trim() };
                            continue;
                        }

                        if (Person(part, document.Value) is { } person)
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

    /// <summary>
    /// Roll calls run into a paragraph: a roll call names members as it calls them, by surname, so the names are kept as
    /// written; a list with anything in it that is not a name ("Present: all members of the Board") is left to the other readers.
    /// </summary>
    /// <summary>
    /// The text paragraphs that start before <paramref name="upTo"/>, each of at most <paramref name="maxLines"/> lines joined
    /// into one string, so that a sentence a document wrapped over lines is read whole.
    /// </summary>
    internal static IEnumerable<string> Paragraphs(IReadOnlyList<TextLine> lines, int upTo, int maxLines)
    {
        for (var i = 0; i < upTo; i++)
        {
            if (lines[i].Kind != LineKind.Text || lines[i].IsBlank)
                continue;
            var last = i;
            while (last + 1 < lines.Count && last + 1 - i < maxLines && lines[last + 1].Kind == LineKind.Text && !lines[last + 1].IsBlank)
                last++;
            var paragraph = string.Join('\n', lines.Skip(i).Take(last - i + 1).Select(l => l.Text.Trim()));
            yield return WrappedAtHyphens().Replace(paragraph, m => char.IsUpper(m.Value[^1]) ? "-" + m.Value[^1] : m.Value[^1..]).Replace('\n', ' ');
            i = last;
        }
    }

    // "Robles-" / "Wong", "City Coun-" / "cillor": a word broken at the end of a line; a capital after the break keeps the hyphen of a double name.
    [GeneratedRegex(@"(?<=\p{L})-\n\p{L}")]
    private static partial Regex WrappedAtHyphens();

    private static void ReadRunInRollCalls(IReadOnlyList<TextLine> lines, int upTo, List<PersonDraft> present, List<PersonDraft> excused)
    {
        foreach (var paragraph in Paragraphs(lines, upTo, ParagraphLines))
        {
            foreach (Match call in RunInRollCall().Matches(paragraph))
            {
                var people = new List<PersonDraft>();
                foreach (var part in AttendanceReader.NameListSeparator().Split(call.Groups["list"].Value).Where(p => p.Trim().Length > 0))
                {
                    if (CalledByName(part) is not { } person)
                    {
                        people.Clear();
                        break;
                    }

                    people.Add(person);
                }

                var target = call.Groups["label"].Value.StartsWith("excused", StringComparison.OrdinalIgnoreCase) ? excused : present;
                foreach (var person in people)
                    AttendanceReader.AddPerson(target, person);
            }
        }
    }

    // "Sheumaker arrived at 7:32 a.m.", "Member Lee arrived late during item 3", "Cllr Ann Lee joined the meeting at 7.40pm":
    // a member who came after the roll was called, told in a sentence of the roll call's paragraph.
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:arrived|joined\s+the\s+meeting)\s+(?:late\b|at\s+\d)")]
    private static partial Regex Arrived();

    // A paragraph that calls the roll: "Present:", "ROLL CALL", "… were present".
    [GeneratedRegex(@"\b(?:present|roll\s+call|in\s+attendance)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallsTheRoll();

    // Words that open a sentence about arriving without naming a member: "He arrived late", "Everyone arrived at 7pm".
    [GeneratedRegex(@"^(?:he|she|they|we|it|everyone|everybody|all|someone|somebody|one|the|a|an|this|that|members?|guests?|visitors?|staff|police)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoOne();

    /// <summary>Members the roll call's paragraph says arrived late: present, by the name as the roll calls it.</summary>
    private static void ReadArrivals(IReadOnlyList<TextLine> lines, int upTo, List<PersonDraft> present)
    {
        // The roll may end the paragraph above: "ROLL CALL: Present: Cownie, Boesen. Absent:" over "Gatto. Sheumaker arrived at 7:32 a.m.".
        var above = string.Empty;
        foreach (var paragraph in Paragraphs(lines, upTo, ParagraphLines))
        {
            var roll = CallsTheRoll().IsMatch(above) || CallsTheRoll().IsMatch(paragraph);
            above = paragraph;
            if (!paragraph.Contains("arrived", StringComparison.OrdinalIgnoreCase) && !paragraph.Contains("joined", StringComparison.OrdinalIgnoreCase) || !roll)
                continue;

            foreach (var sentence in Sentences.Split(paragraph))
            {
                if (Arrived().Match(sentence) is not { Success: true } arrived || NoOne().IsMatch(arrived.Groups["name"].Value))
                    continue;
                if (CalledByName(arrived.Groups["name"].Value) is { } person && !NoOne().IsMatch(person.Name))
                    AttendanceReader.AddPerson(present, person with { Role = null });
            }
        }
    }

    /// <summary>
    /// "Board members present were Trustee Elton, Trustee Albrecht, and Supervisor Liccar. Clerk Buiter was also present.",
    /// "Board members present were supervisors Janet Keough and Gary Mantay, treasurer Ray Barnes and clerk Linda Britton.
    /// Also present were Marv and Sue Forbragd and Bill Taft.": the post in front of each name is its role; a member the
    /// sentence calls by post and surname is that surname, in full where the minutes name the person in full elsewhere.
    /// "(Excused Absent)" after a name is an apology and "Absent" an absence, though written in the list of those present.
    /// The sentence may be wrapped over the lines of its paragraph.
    /// </summary>
    private static void ReadPresentWere(IReadOnlyList<TextLine> lines, int upTo, Lazy<string> document, List<PersonDraft> present, List<PersonDraft> excused)
    {
        foreach (var paragraph in Paragraphs(lines, upTo, ParagraphLines))
        {
            if (!paragraph.Contains(" were", StringComparison.OrdinalIgnoreCase))
                continue;
            foreach (var sentence in Sentences.Split(paragraph))
            {
                if (TheFollowingWere().Match(sentence) is { Success: true } following)
                {
                    // A list that is not of full names leaves the sentence unread: it says something else.
                    var state = following.Groups["state"].Value.ToLowerInvariant();
                    if (state != "absent")
                    {
                        foreach (var person in AttendanceProse.Entries(following.Groups["list"].Value))
                            AttendanceReader.AddPerson(state == "excused" ? excused : present, person);
                    }

                    continue;
                }

                var guests = GuestsWere().Match(sentence);
                var match = guests.Success ? guests : PresentWere().Match(sentence);
                if (!match.Success)
                    continue;
                var people = new List<(PersonDraft Person, bool Excused)>();
                var list = SharedSurname().Replace(match.Groups["list"].Value, m => GivenNames.Contains(m.Groups["second"].Value)
                    ? $"{m.Groups["first"].Value} {m.Groups["surname"].Value}, {m.Groups["second"].Value} {m.Groups["surname"].Value}"
                    : m.Value);
                // "… and Dick Dillon treasurer Ray Barnes": a lower-case post starts the next entry even where the comma was left out.
                list = PostWithinEntry().Replace(list, ", ");
                var parts = AttendanceReader.NameListSeparator().Split(list).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
                // "Present were members Radding, Watkinson and Blake": a plural post in front of the list calls every surname in it.
                var calledByPost = parts.Count > 0 && PluralPost().IsMatch(parts[0]);
                foreach (var written in parts)
                {
                    var part = written;
                    var state = StateAfterName().Match(part);
                    if (state.Success)
                        part = part[..state.Index].Trim();
                    var called = calledByPost && PersonNames.LooksLikeSingleName(part) && !PersonNames.IsOrganisationWord(part) ? new PersonDraft(part) : null;
                    if ((PostedPerson(part, document.Value) ?? called) is not { } person)
                    {
                        // Not a list of people: the sentence says something else.
                        people.Clear();
                        break;
                    }

                    if (state.Success && state.Groups["state"].Value.StartsWith("absent", StringComparison.OrdinalIgnoreCase))
                        continue;
                    people.Add((guests.Success ? person with { Role = person.Role ?? "Guest" } : person, state.Success));
                }

                foreach (var (person, isExcused) in people)
                    AttendanceReader.AddPerson(isExcused ? excused : present, person);
            }
        }
    }

    /// <summary>
    /// "Trustee Elton" is Elton, Trustee: a post before a surname marks a person even where the minutes never give the full
    /// name; "treasurer Ray Barnes" is Ray Barnes, Treasurer; a bare word with no post is left to the other readers.
    /// </summary>
    private static PersonDraft? PostedPerson(string part, string document)
    {
        var entry = Spaces().Replace(Parenthetical().Replace(part, string.Empty), " ").Trim().TrimEnd('.').Trim();
        var (name, role) = WithoutPosts(entry);
        // One member's post is their role ("Trustee Elton", "treasurer Ray Barnes"); a plural ("supervisors A, B") labels the group.
        var post = entry.EndsWith(name, StringComparison.Ordinal) ? entry[..^name.Length].Trim() : string.Empty;
        if (role is null && post.Length > 0 && !post.Contains(' ', StringComparison.Ordinal) && !post.EndsWith('s'))
            role = post;
        if (role is { Length: > 0 } && char.IsLower(role[0]))
            role = char.ToUpperInvariant(role[0]) + role[1..];
        if (PersonNames.Tokens(name).Any(PersonNames.IsOrganisationWord))
            return null;
        if (PersonNames.LooksLikeFullName(name))
            return new PersonDraft(name, null, role);
        if (!PersonNames.LooksLikeSingleName(name))
            return null;
        // Only a given name the gazetteer knows completes a surname called with its post: "Truste Elton" is a slip, not a name.
        if (FullName(name, document, knownGivenOnly: true) is { } full)
            return new PersonDraft(full, null, role);
        return name != entry ? new PersonDraft(name, null, role) : null;
    }

    [GeneratedRegex(@"^(?i:members|trustees|directors|commissioners|councillors|councilmembers|supervisors)\s+\p{Lu}")]
    private static partial Regex PluralPost();

    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"(?<=\p{L})\s+(?=(?:supervisors?|treasurer|clerk|trustees?|chair(?:man|woman|person)?|secretary|mayor|councilmembers?|commissioners?|directors?)\s+\p{Lu})")]
    private static partial Regex PostWithinEntry();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    // "Marv and Sue Forbragd": a given name alone, then "and" and a full name, is two people who share the surname.
    [GeneratedRegex(@"(?<=^|[,;]\s*)(?<first>\p{Lu}[\p{L}'’-]+)\s+and\s+(?<second>\p{Lu}[\p{L}'’-]+)\s+(?<surname>\p{Lu}[\p{L}'’-]+)(?=\s*(?:[,;]|$))")]
    private static partial Regex SharedSurname();

    /// <summary>"Members Hage" is Hage; "Secretary Chan" is Chan, Secretary; "Jane Smith" stays Jane Smith.</summary>
    private static PersonDraft? CalledByName(string part)
    {
        var (entry, role) = WithoutPosts(SectionVocabulary.CollectiveLabelBeforeNames().Replace(part.Trim(), string.Empty));
        var name = PersonNames.LooksLikeFullName(entry) || PersonNames.LooksLikeSingleName(entry);
        return name && !PersonNames.Tokens(entry).Any(PersonNames.IsOrganisationWord) ? new PersonDraft(entry, null, role) : null;
    }

    /// <summary>"Vice-President Jan Power" is Jan Power, Vice-President; "Commissioners Bishop" is the Bishop named in full elsewhere.</summary>
    private static PersonDraft? Person(string part, string document)
    {
        var (entry, role) = WithoutPosts(part.Trim().TrimEnd('.').Trim());
        // "Ann Lee (Chair), Tom Reid and Sue Hart were present": the post in brackets after the name is the person's role.
        if (PostInBrackets().Match(entry) is { Success: true } bracketed && Roles.LooksLikeRole(bracketed.Groups["post"].Value))
        {
            entry = bracketed.Groups["name"].Value.Trim();
            role ??= Roles.Normalise(bracketed.Groups["post"].Value);
        }

        if (PersonNames.LooksLikeFullName(entry) && !PersonNames.Tokens(entry).Any(PersonNames.IsOrganisationWord))
            return new PersonDraft(entry, null, role);
        if (PersonNames.LooksLikeSingleName(entry) && FullName(entry, document) is { } full)
            return new PersonDraft(full, null, role);
        return null;
    }

    /// <summary>The name less the posts in front of it, and the first post that is an office rather than a collective label.</summary>
    private static (string Entry, string? Role) WithoutPosts(string entry)
    {
        string? role = null;
        while (Post().Match(entry) is { Success: true } post)
        {
            var word = post.Value.Trim();
            if (!SectionVocabulary.IsCollectiveLabel(word) && Roles.LooksLikeRole(word))
                role ??= Roles.Normalise(word);
            entry = entry[post.Length..].Trim();
        }

        return (entry, role);
    }

    /// <summary>
    /// The one given name the minutes put before <paramref name="surname"/> ("Board President Rob Bishop"),
    /// passing over posts and labels ("Commissioners Bishop"); a name from the gazetteer wins over another word.
    /// </summary>
    private static string? FullName(string surname, string document, bool knownGivenOnly = false)
    {
        var words = Regex.Matches(document, $@"\b(?<given>\p{{Lu}}[\p{{L}}'’-]+)\s+{Regex.Escape(surname)}\b")
            .Select(m => m.Groups["given"].Value)
            .Where(w => !Post().IsMatch($"{w} {surname}") && !NotGiven().IsMatch(w) && !PersonNames.IsOrganisationWord(w))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var given = words.Where(GivenNames.Contains).ToList();
        if (given.Count == 0 && !knownGivenOnly)
            given = words;
        return given.Count == 1 ? $"{given[0]} {surname}" : null;
    }

    // Honorifics and words that open sentences: "Mr Bishop", "The Bishop", "When Bishop ...".
    [GeneratedRegex(@"^(?:mr|mrs|ms|miss|dr|prof|rev|sir|dame|cllr|councillor|councilmember|commissioner|director|trustee|the|a|an|and|but|when|then|after|before|by|with|from|to|for|of|in|on|at|as|if|while|that|this|said|asked|noted|moved|seconded)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotGiven();

    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\((?<post>[^()]+)\)$")]
    private static partial Regex PostInBrackets();

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
