using System.Text;
using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Finds attendance and apologies by the section vocabulary, wherever the label stands (a heading,
/// a bold line, a list item, a numbered item, or inline before the list) and whatever follows it
/// (one person a line, a list, a comma-separated paragraph, a table of names), reading each entry
/// with <see cref="PersonEntries"/>.
/// </summary>
public static partial class AttendanceSections
{
    public sealed record Result(List<PersonDraft> Present, List<PersonDraft> Apologies, List<(string Name, string Initials)> Initials, int Start, int End);

    // "Present: Cllrs Hale, Ross and the Clerk. Members of the public – Mr R. Parsons.": the sentence after the list's full stop
    // opens the list of the public, its label set off by a dash.
    [GeneratedRegex(@"\s(?=(?:apologies|regrets|absent(?:\s+with(?:out)?\s+apolog(?:y|ies))?|excused|not\s+present|also\s+attending|also\s+present|in\s+attendance|guests?|observers?)\s*[:;])|(?<=\.)\s+(?=members\s+of\s+the\s+public\s+[-–]\s)", RegexOptions.IgnoreCase)]
    private static partial Regex EmbeddedLabel();

    [GeneratedRegex(@"^\s*(?:\d{1,3}(?:[./]\d{1,3}){0,3}[.):]?\s+|item\s+\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^\[(?<mark>[ xX✓])\]\s*")]
    private static partial Regex Checkbox();

    // "Apologies were received from Gail Hart and Prof. Ian Jones.": the list runs to the sentence's full stop, past an honorific's or an initial's.
    [GeneratedRegex(@"\b(?:apolog(?:ies|y)|regrets)\b[^.:]*?\b(?:from|by|of)\s*:?\s+(?<list>(?:[^.]|(?<=\b(?:Mr|Mrs|Ms|Dr|Prof|Rev|Revd|Cllrs?|St|(?-i:\p{Lu})))\.)+)", RegexOptions.IgnoreCase)]
    private static partial Regex ApologiesFrom();

    [GeneratedRegex(@"^(?<list>.+?)\s+(?:sent|sends|gave|gives|given|tendered|tenders|offered|offers|submitted|submits|conveyed|forwarded)\s+(?:their\s+|his\s+|her\s+)?(?:apologies|regrets)", RegexOptions.IgnoreCase)]
    private static partial Regex SentApologies();

    /// <summary>
    /// The person initials in brackets stand for: "Mrs B Molog Honorary Clerk (BM)" declares BM for Mrs B Molog, the name the
    /// roll gives without the post written after it.
    /// </summary>
    private static string Declared(string name, List<PersonDraft> present) =>
        PersonEntries.TrailingPost(name, shortestName: 2) is { } split
            ? present.FirstOrDefault(p => p.Name.EndsWith(' ' + split.Name, StringComparison.Ordinal))?.Name ?? split.Name
            : name;

    // "Ann Lee (AL)", and "Ann Lee (AL, chair)" with the role after the initials.
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*\((?<i>[A-Z][A-Za-z]{0,11})(?:\s*[,;]\s*[^()]{1,30})?\)")]
    private static partial Regex NameWithInitials();

    [GeneratedRegex(@"^(?:ayes|nays|noes|yeas|yes|no|abstain(?:ed|s|ing)?|abstentions?)\s*[-–—:]", RegexOptions.IgnoreCase)]
    private static partial Regex VoteCount();

    /// <summary>"Absent – none" under "Nays – none": a roll-call vote's count of who was absent for it, not the attendance.</summary>
    internal static bool CountsAVote(IReadOnlyList<TextLine> lines, int i)
    {
        var above = i - 1;
        while (above >= 0 && lines[above].IsBlank)
            above--;
        return above >= 0 && VoteCount().IsMatch(lines[above].Text.Trim());
    }

    private const int FarBelow = 40;

    public static Result Read(IReadOnlyList<TextLine> lines)
    {
        var present = new List<PersonDraft>();
        var apologies = new List<PersonDraft>();
        var initials = new List<(string, string)>();
        var start = -1;
        var end = 0;
        var apologiesLabel = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || line.Kind is LineKind.TableRow or LineKind.FrontMatter)
                continue;
            var text = line.Text.Trim();
            if (!SectionVocabulary.TryMatch(text, out var phrase, out var rest) || phrase.Kind is not (SectionKind.Attendance or SectionKind.Apologies or SectionKind.Absence))
                continue;
            if (phrase.Kind == SectionKind.Absence && CountsAVote(lines, i))
                continue;
            // A long sentence that happens to start with "Present" is prose, not a label.
            if (rest.Length == 0 && PersonNames.Tokens(text).Length > 8)
                continue;
            if (phrase.NeedsPeople && ListsMembership(lines, end, i))
                continue;
            var numbered = Numbered().IsMatch(text);
            if (phrase.Kind == SectionKind.Apologies && apologiesLabel < 0)
                apologiesLabel = i;
            // "1\tApologies\tHP": the right-hand column of a numbered item says who presents it, not who sent apologies.
            if (numbered && IsPresenterColumn(text, rest))
                rest = string.Empty;
            var j = i + 1;
            var contents = new List<(string Text, SectionPhrase Phrase)>();
            if (rest.Length > 0)
            {
                var joining = new StringBuilder(rest);
                var last = rest;
                while (j < lines.Count)
                {
                    // "… Adrian Ellis, Thomas Evans," / blank / "Mark Osborn, Dave Phillips.": a PDF's paragraph spacing inside a list
                    // whose line ends in a comma; the list is plainly not over and goes on below the blank line.
                    var k = lines[j].IsBlank && lines[j].Kind != LineKind.TableRow && last.TrimEnd().EndsWith(',') ? j + 1 : j;
                    if (k >= lines.Count || !Continues(last, lines[k], joining))
                        break;
                    last = lines[k].Text.Trim();
                    AppendWrapped(joining, last);
                    j = k + 1;
                }

                var joined = joining.ToString();

                foreach (var (chunk, chunkPhrase) in SplitEmbedded(joined, phrase))
                    contents.Add((chunk, chunkPhrase));
                // "ROLL CALL:  Present:  Ann Lee, President" over "Tom Hall, Vice President": a US board's clerk sets the labels in a
                // column of their own and the people, each with a post, one a line beside them; the lines below go on the list.
                while (j < lines.Count && NameAndPost(joined) && lines[j].Kind == LineKind.Text && NameAndPost(lines[j].Text.Trim())
                    && !SectionVocabulary.TryMatch(lines[j].Text.Trim(), out _, out _))
                {
                    contents.Add((lines[j].Text.Trim(), phrase));
                    j++;
                }

                if (contents.Count == 1 && RollGoesOnBelow(text, rest, j < lines.Count ? lines[j].Text.Trim() : null))
                {
                    // Once three lines show the layout, a name the gazetteer does not know ("Fran Macdonald") goes on with it.
                    while (j < lines.Count && lines[j].Kind == LineKind.Text && PeopleOnly(lines[j].Text.Trim(), strict: contents.Count < 3))
                    {
                        contents.Add((lines[j].Text.Trim(), phrase));
                        j++;
                    }
                }
            }
            else
            {
                j = ReadFollowing(lines, i, phrase, contents);
            }

            var read = contents.Select(c => (c.Text, c.Phrase, People: ReadContent(c.Text, c.Phrase))).ToList();
            if (rest.Length == 0)
                PairOrganisations(read);
            if (phrase.NeedsPeople && read.Sum(r => r.People.Count(p => PersonEntries.LooksLikePerson(p.Name, strict: false, bareWord: true))) == 0)
                continue;
            if (start < 0 && !numbered)
                start = i;
            foreach (var (content, contentPhrase, people) in read)
            {
                // Absent without apology: in neither list.
                if (contentPhrase.Kind == SectionKind.Absence)
                    continue;
                var target = contentPhrase.Kind == SectionKind.Apologies || UntickedWithRegrets(content) is not null ? apologies : present;
                foreach (var person in people)
                    AttendanceReader.AddPerson(target, person);
                // "Dave Horkan (DHO)", and the nickname a club member goes by: "Andrew Wheat (Candle)". A role or an organisation in brackets is neither.
                foreach (Match m in NameWithInitials().Matches(content))
                {
                    var shortForm = m.Groups["i"].Value;
                    if (shortForm.Length <= 5 || !Roles.LooksLikeRole(shortForm) && !PersonNames.IsOrganisationWord(shortForm) && !PersonNames.IsGroupOwner(shortForm))
                        initials.Add((Declared(m.Groups["name"].Value.Trim(), present), shortForm));
                }
            }

            // A numbered "Apologies" item is also an agenda item: the agenda is read from it on. A label far
            // below the attendance ("Members: Pledgebot" in a quoted proposal) does not stretch the attendance over the minutes.
            if (!numbered && (end == 0 || i <= end + FarBelow))
                end = Math.Max(end, j);
            i = j - 1;
        }

        if (present.Count == 0)
        {
            foreach (var (person, kind) in ProseLabels(lines))
                AttendanceReader.AddPerson(kind == SectionKind.Apologies ? apologies : present, person);
        }

        if (present.Count == 0 && apologiesLabel > 0 && ListAbove(lines, apologiesLabel) is { } listed)
        {
            foreach (var person in listed)
                AttendanceReader.AddPerson(present, person);
        }

        foreach (var person in ProseApologies(lines, end))
        {
            if (!present.Any(p => PersonNames.Key(p.Name) == PersonNames.Key(person.Name)))
                AttendanceReader.AddPerson(apologies, person);
        }

        return new Result(present, apologies, initials, start, end);
    }

    /// <summary>
    /// "Committee Members:", "Trustees:" with names under them, met below the attendance once other lines have come
    /// between: a report on a committee or the board says who sits on it, not who came to this meeting. Boards, councils
    /// and project groups alike list a committee's membership with its report; the roll of the meeting is taken once,
    /// at its head.
    /// </summary>
    private static bool ListsMembership(IReadOnlyList<TextLine> lines, int attendanceEnd, int label)
    {
        if (attendanceEnd <= 0 || label <= attendanceEnd)
            return false;
        for (var k = attendanceEnd; k < label; k++)
        {
            if (!lines[k].IsBlank)
                return true;
        }

        return false;
    }

    /// <summary>
    /// The last column of an item's row in minutes laid out as a table of item, title and lead: initials
    /// ("HP"), a group ("All") or a lead's short name, set apart by a tab.
    /// </summary>
    private static bool IsPresenterColumn(string text, string rest) =>
        text.EndsWith("\t" + rest, StringComparison.Ordinal)
        && (PersonNames.LooksLikeInitials(rest) || PersonNames.IsGroupOwner(rest));

    /// <summary>
    /// "The AGM was held on …" / a list of names / "Apologies for Absence": who came, listed without a label right
    /// above those who sent apologies. Taken only when most entries of the list read as people.
    /// </summary>
    private static List<PersonDraft>? ListAbove(IReadOnlyList<TextLine> lines, int label)
    {
        var k = label - 1;
        while (k >= 0 && lines[k].IsBlank)
            k--;
        var items = new List<string>();
        for (; k >= 0 && lines[k].Kind == LineKind.ListItem && !lines[k].IsBlank; k--)
            items.Add(lines[k].Text);
        if (items.Count < 2)
            return null;
        items.Reverse();
        var people = items.Select(t => PersonEntries.ReadLine(t, null)).ToList();
        if (people.Count(p => p.Count == 1 && PersonEntries.LooksLikePerson(p[0].Name, strict: false)) * 3 < items.Count * 2)
            return null;
        return [.. people.Where(p => p.Count == 1).Select(p => p[0])];
    }

    /// <summary>
    /// Labelled lists inside the paragraph that opens the minutes: "The meeting was called to order at 6:04 pm by
    /// President Sheetz. Board members present: Clark, Goold and Wood. Board members absent: Kelly. Staff present:
    /// Acting Chief Bridge, …". A sentence that begins with a label and a colon is that list, wherever it stands.
    /// </summary>
    private static List<(PersonDraft Person, SectionKind Kind)> ProseLabels(IReadOnlyList<TextLine> lines)
    {
        var found = new List<(PersonDraft, SectionKind)>();
        var paragraph = new StringBuilder();
        for (var i = 0; i <= Math.Min(lines.Count, 80); i++)
        {
            if (i < Math.Min(lines.Count, 80) && lines[i].Kind == LineKind.Text && !lines[i].IsBlank)
            {
                paragraph.Append(' ').Append(lines[i].Text.Trim());
                continue;
            }

            foreach (var sentence in Sentences.Split(paragraph.ToString().Replace("**", string.Empty, StringComparison.Ordinal)).Skip(1))
            {
                var colon = sentence.IndexOf(':', StringComparison.Ordinal);
                if (colon is < 0 or > 40 || !SectionVocabulary.TryMatch(sentence, out var phrase, out var rest)
                    || phrase.Kind is not (SectionKind.Attendance or SectionKind.Apologies) || rest != sentence[(colon + 1)..].Trim())
                {
                    continue;
                }

                found.AddRange(ReadContent(rest.TrimEnd('.'), phrase).Select(p => (p, phrase.Kind)));
            }

            paragraph.Clear();
        }

        return found;
    }

    // "Apologies were received from Cllrs Blake and Edgell.", "There was an apology from Cllr Edgell.", "Apologies for absence had been sent by Ann Lee.",
    // "An apology was received from Ann Lee.", "Apologies were accepted from …", "Apologies received for Cllr Blake", and the clerk's
    // shorthand without the verb or its auxiliary: "Apologies received and accepted from Cllrs Blake and Edgell.", "Apologies from Ann Lee and Tom Reid."
    // A colon may stand before the list: "Apologies were received from: Ann Lee, Tom Reid."
    // The list runs to the sentence's full stop, not to one after an honorific or an initial ("Prof. Ian Jones", "Cllr G. Hart").
    // "The Chair noted apologies from …", "The Clerk reported apologies from …", "Received apologies from …": who took them, or no one.
    [GeneratedRegex(@"^(?:(?:(?:the\s+)?(?:chair(?:man|woman|person)?|vice[\s-]chair|clerk|secretary|mayor|president|meeting|council|committee|board|panel|members)\s+)?(?:noted|received|reported|accepted|recorded|read(?:\s+out)?)\s+(?:the\s+)?apolog(?:y|ies)(?:\s+for\s+absence)?\s+(?:from|of)|there\s+(?:was|were)\s+(?:an\s+)?apolog(?:y|ies)\s+(?:from|by)|(?:an\s+)?(?:apolog(?:y|ies)|regrets)(?:\s+for\s+absence)?\s+(?:from|(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?(?:received|sent|tendered|given|noted|offered|accepted|submitted|conveyed)(?:\s+and\s+(?:accepted|noted|approved))?\s+(?:from|by|for(?=\s+(?-i:\p{Lu})))))\s*:?\s+(?<list>(?:[^.]|(?<=\b(?:Mr|Mrs|Ms|Dr|Prof|Rev|Revd|Cllrs?|St|(?-i:\p{Lu})))\.)+)", RegexOptions.IgnoreCase)]
    private static partial Regex ApologiesReceivedSentence();

    // "Commissioner Buster Pankey was excused.", "Cllr Smith sent apologies.", "Ann Lee and Tom Reid had sent their apologies.", "Sid Swami submits his apologies.",
    // "Ann Lee and Tom Reid apologised for their absence.", "Cllr Mrs F. Chapman had sent her apology.", "Cllr P. Jay was unable to attend the meeting.":
    // the subject runs past the full stop of an honorific or an initial. Unable to attend something other than the meeting ("… the site visit") is no apology.
    // "Member Lee was absent (excused).", "Ann Lee was absent with apologies.": absent, and the clerk notes the absence excused.
    [GeneratedRegex(@"^(?<list>\p{Lu}(?:[^.:;]|(?<=\b(?:Mr|Mrs|Ms|Dr|Prof|Rev|Revd|Cllrs?|(?-i:\p{Lu})))\.)*?)\s+(?:(?:was|were)\s+(?:excused(?!\s+from)|absent\s*\(?\s*(?:excused|with\s+(?:apolog(?:y|ies)|regrets)))|(?:had\s+|has\s+|have\s+)?(?:sent|sends|gave|gives|given|tendered|tenders|offered|offers|submitted|submits|conveyed|forwarded)\s+(?:their\s+|his\s+|her\s+)?(?:apologies|regrets|an\s+apology|(?<=(?:their|his|her)\s+)apology)(?!\s+for\s+(?:lateness|late|arriving|leaving))|(?:had\s+)?apologi[sz]ed\s+for\s+(?:(?:their|his|her)\s+)?(?:absence|non-attendance|not\s+(?:attending|being\s+able\s+to\s+attend))|(?:was|were)\s+unable\s+to\s+attend(?=\s*(?:[.,;]|$|(?:the|this|tonight[’']s)\s+meeting\b|(?:due|because|as|owing)\b)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExcusedSentence();

    // What an apology sentence says in one word or another: "apology", "apologised", "regrets", "excused", "unable to attend".
    private static readonly System.Buffers.SearchValues<string> ApologyWords =
        System.Buffers.SearchValues.Create(["apolog", "regrets", "excused", "unable"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Apologies told in a sentence at the head of the minutes, beside or instead of a list: read only up to a little
    /// past the attendance, where minutes record who is there; further down such a sentence is about another meeting.
    /// </summary>
    private static List<PersonDraft> ProseApologies(IReadOnlyList<TextLine> lines, int attendanceEnd)
    {
        var found = new List<PersonDraft>();
        var limit = Math.Min(lines.Count, attendanceEnd > 0 ? attendanceEnd + 10 : 40);
        for (var i = 0; i < limit; i++)
        {
            if (lines[i].IsBlank || lines[i].Kind is not (LineKind.Text or LineKind.ListItem))
                continue;
            // "1.1 Apologies were received from …": a numbered paragraph of the minute is read without its number.
            var text = MinuteActionsReader.ParagraphNumber().Replace(lines[i].Text.Replace("**", string.Empty, StringComparison.Ordinal), string.Empty, 1);
            // "… and County Cllr A" over "Fenwick.": the sentence goes on where the line broke inside a name.
            if (i + 1 < lines.Count && lines[i + 1] is { IsBlank: false, Kind: LineKind.Text } next && EndsInsideName(text.TrimEnd(), next.Text.Trim()))
                text = text.TrimEnd() + " " + lines[++i].Text.Trim();
            // "Apologies were received from Ann Lee (AL, Secretary), Tom Reid (TR," over "Treasurer) and City Coun-" over "cillor
            // Sue Hart.": a PDF wraps the sentence over its paragraph; while the apologies run to the line's end without a stop,
            // the lines below go on with them.
            var joined = new StringBuilder(text.TrimEnd());
            var below = i;
            while (below + 1 < lines.Count && below - i < WrappedSentenceLines && OpenApologies(joined.ToString())
                && lines[below + 1] is { IsBlank: false, Kind: LineKind.Text } wrapped && !Numbered().IsMatch(wrapped.Text.Trim())
                && !SectionVocabulary.TryMatch(wrapped.Text.Trim(), out _, out _))
            {
                AppendWrapped(joined, lines[++below].Text.Trim());
            }

            if (below > i)
            {
                text = joined.ToString();
                i = below;
            }

            found.AddRange(ApologiesIn(text));
        }

        return found;
    }

    /// <summary>How many lines below the first an apology sentence wrapped over its paragraph is read on.</summary>
    private const int WrappedSentenceLines = 4;

    /// <summary>
    /// The text's last sentence tells apologies and its list has not ended: the line stops without a full stop, or in a comma,
    /// an "and" or a word broken at a hyphen.
    /// </summary>
    private static bool OpenApologies(string text)
    {
        if (text.Length == 0 || text[^1] is '.' or '!' or '?' || !text.AsSpan().ContainsAny(ApologyWords))
            return false;
        var sentences = Sentences.Split(text);
        return sentences.Length > 0 && ApologiesReceivedSentence().IsMatch(sentences[^1]);
    }

    /// <summary>
    /// The next line of a wrapped list or sentence, after a space; a word the line broke at a hyphen ("City Coun-" over
    /// "cillor Ann Lee") is joined whole again. A hyphen before a capital is a double name's ("Reid-" over "McConnell") and stays.
    /// </summary>
    private static void AppendWrapped(StringBuilder joined, string next)
    {
        if (joined.Length >= 2 && joined[^1] == '-' && char.IsLetter(joined[^2]) && next.Length > 0 && char.IsLower(next[0]))
        {
            joined.Length--;
            joined.Append(next);
            return;
        }

        if (joined.Length >= 2 && joined[^1] == '-' && char.IsLetter(joined[^2]) && next.Length > 0 && char.IsUpper(next[0]))
        {
            joined.Append(next);
            return;
        }

        joined.Append(' ').Append(next);
    }

    /// <summary>The people the apology sentences of one line name.</summary>
    private static List<PersonDraft> ApologiesIn(string text)
    {
        var people = new List<PersonDraft>();
        // Both sentences need one of these words; without them, the patterns' lazy lists are tried at length for nothing.
        if (!text.AsSpan().ContainsAny(ApologyWords))
            return people;
        foreach (var sentence in Sentences.Split(text))
        {
            var match = ApologiesReceivedSentence().Match(sentence);
            if (!match.Success)
                match = ExcusedSentence().Match(sentence);
            if (!match.Success)
                continue;
            // "from Cllrs Blake and Edgell": after a collective label the bare surnames are people.
            var collective = SectionVocabulary.CollectiveLabelBeforeNames().IsMatch(match.Groups["list"].Value.Trim());
            foreach (var person in PersonEntries.ReadLine(match.Groups["list"].Value, null))
            {
                if (PersonEntries.LooksLikePerson(person.Name, strict: false, bareWord: collective))
                    people.Add(person with { Role = null });
            }
        }

        return people;
    }

    // "[ ] Huawei: Adrian O’Sullivan (Primary) - Regrets will attempt to join": a box left unticked over a member who sent regrets.
    [GeneratedRegex(@"^\[ \]\s*(?<entry>[^\[\]]+?)[\s,;(–-]+(?:sent\s+)?(?:regrets|apologies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UntickedRegrets();

    /// <summary>The entry of a ticked-box roll left unticked by one who sent regrets or apologies, less its box and that word; else null.</summary>
    private static string? UntickedWithRegrets(string text) =>
        text.StartsWith("[ ]", StringComparison.Ordinal) && UntickedRegrets().Match(text) is { Success: true } match ? match.Groups["entry"].Value.Trim() : null;

    private static List<PersonDraft> ReadContent(string content, SectionPhrase phrase)
    {
        var text = content;
        if (phrase.Kind == SectionKind.Apologies)
        {
            if (ApologiesFrom().Match(text) is { Success: true } from)
                text = from.Groups["list"].Value;
            else if (SentApologies().Match(text) is { Success: true } sent)
                text = sent.Groups["list"].Value;
        }

        var box = Checkbox().Match(text);
        if (box.Success)
        {
            if (box.Groups["mark"].Value == " " && UntickedWithRegrets(text) is { } entry)
                text = entry;
            else if (box.Groups["mark"].Value == " ")
                return [];
            else
                text = text[box.Length..];
        }

        if (PersonNames.Tokens(text).Length > 40 && !ListOfShortEntries(text))
            return [];
        return PersonEntries.ReadLine(text, phrase.Role);
    }

    /// <summary>
    /// "Amanda Norton; Andrew Fitzgerald; …" with thirty names: a long list, not prose, when every entry is short, but for the
    /// last, which may run on to whoever the list names after it ("&amp; Mr P Harrison (PH) Mrs B Molog Honorary Clerk (BM)").
    /// </summary>
    private static bool ListOfShortEntries(string text)
    {
        var entries = text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return entries.Length >= 8 && entries[..^1].All(e => PersonNames.Tokens(e).Length <= 5) && PersonNames.Tokens(entries[^1]).Length <= 12;
    }

    /// <summary>
    /// Name and organisation on alternate lines ("Mark Brett" / "Socitm" / "Jos Creese" / "Hampshire County Council"):
    /// a line naming an organisation straight after a full name is that person's organisation. Once the list shows
    /// the layout, a lone word between two full names ("Socitm") is read the same way, though it is no known organisation.
    /// </summary>
    private static void PairOrganisations(List<(string Text, SectionPhrase Phrase, List<PersonDraft> People)> read)
    {
        bool FullNameWithout(int k) => k >= 0 && k < read.Count && read[k].People.Count == 1 && read[k].People[0].Organisation is null
            && PersonNames.Tokens(read[k].People[0].Name).Length >= 2;
        bool NamesOrganisation(int k) => read[k].People.Count == 0 && !PersonEntries.IsNobody(read[k].Text)
            && PersonEntries.LooksLikeOrganisation(Parenthetical().Replace(read[k].Text, " "));
        bool LoneWord(int k) => read[k].People.Count == 1 && PersonNames.Tokens(read[k].Text).Length == 1 && !GivenNames.Contains(read[k].People[0].Name);

        var paired = Enumerable.Range(1, Math.Max(0, read.Count - 1)).Count(k => FullNameWithout(k - 1) && NamesOrganisation(k));
        if (paired == 0)
            return;
        for (var k = 1; k < read.Count; k++)
        {
            if (!FullNameWithout(k - 1) || read[k].Phrase != read[k - 1].Phrase)
                continue;
            if (!NamesOrganisation(k) && !(LoneWord(k) && (k + 1 == read.Count || FullNameWithout(k + 1))))
                continue;
            var (organisation, role) = AttendanceReader.SplitRole(read[k].Text.Trim());
            if (organisation is null)
                continue;
            var person = read[k - 1].People[0];
            read[k - 1].People[0] = person with { Organisation = organisation, Role = person.Role ?? role };
            read[k].People.Clear();
        }
    }

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Parenthetical();

    /// <summary>Lines under a label standing alone: list items, short lines or a table, up to the next section.</summary>
    private static int ReadFollowing(IReadOnlyList<TextLine> lines, int labelIndex, SectionPhrase phrase, List<(string, SectionPhrase)> contents)
    {
        var label = lines[labelIndex];
        var j = labelIndex + 1;
        var started = false;
        var pending = new StringBuilder();
        for (; j < lines.Count; j++)
        {
            var next = lines[j];
            if (next.IsBlank && next.Kind != LineKind.TableRow)
            {
                if (started && NextContentIsText(lines, j, contents.Count >= 2, label) is false)
                    break;
                continue;
            }

            var text = next.Text.Trim();
            if (IsGroupOfTheRoll(lines, j, label))
                continue;
            if (next.Kind == LineKind.Heading && (label.Kind != LineKind.Heading || next.Level <= label.Level))
                break;
            if (next.Kind == LineKind.Heading)
                break;
            if (Numbered().IsMatch(text) && next.Kind != LineKind.ListItem)
                break;
            if (SectionVocabulary.TryMatch(text, out var other, out _) && other.Kind is SectionKind.Attendance or SectionKind.Apologies or SectionKind.Absence)
                break;
            if (next.Kind != LineKind.TableRow && EndsPeopleList(text) && !(phrase.Kind == SectionKind.Apologies && (ApologiesFrom().IsMatch(text) || SentApologies().IsMatch(text)))
                && !SaysWhoWasThere().IsMatch(text))
                break;
            if (next.Kind == LineKind.TableRow)
            {
                if (next.Cells is not { Count: > 0 } cells)
                    break;
                var person = TableRowPerson(lines, j, cells);
                if (person is not null)
                    contents.Add((person, phrase));
                started = true;
                continue;
            }

            if (label.Kind == LineKind.ListItem && (next.Kind != LineKind.ListItem || next.Level <= label.Level))
                break;
            if (next.Kind == LineKind.Text && PersonNames.Tokens(text).Length > 16 && !(phrase.Kind == SectionKind.Apologies && ApologiesFrom().IsMatch(text))
                && PersonEntries.ReadLine(text, null).Count < 2)
            {
                break;
            }
            if (next.Kind == LineKind.Quote)
                break;
            // "(Quorum is 5 -- a simple majority must be present)": a note under the list, no entry and no organisation of one.
            if (pending.Length == 0 && IsBracketedNote(text))
                continue;
            // A list wrapped over thousands of lines is built once, not copied again at every line.
            if (pending.Length > 0)
                pending.Append(' ');
            pending.Append(text);
            if (j + 1 < lines.Count && next.Kind == LineKind.Text && Continues(text, lines[j + 1], pending))
                continue;
            contents.Add((pending.ToString(), phrase));
            pending.Clear();
            started = true;
            // "Apologies" / "None": nothing is listed, and what follows is the next item.
            if (PersonEntries.SaysNone(text))
            {
                j++;
                break;
            }
        }

        if (pending.Length > 0)
            contents.Add((pending.ToString(), phrase));
        return j;
    }

    /// <summary>
    /// "# ATTENDEES" / "## Specification Committee Members" / "- [x] Nokia: Timo Perala" / "## Eclipse Foundation Staff" /
    /// "- [x] Tobie Langel": a short heading under the label's own, with a list below it, names a group of the roll, which goes on.
    /// </summary>
    private static bool IsGroupOfTheRoll(IReadOnlyList<TextLine> lines, int index, TextLine label)
    {
        var line = lines[index];
        if (line.Kind != LineKind.Heading || label.Kind != LineKind.Heading || line.Level <= label.Level || PersonNames.Tokens(line.Text).Length > 6)
            return false;
        // A label of its own ("## Guests", "## Apologies") is read as one.
        if (SectionVocabulary.TryMatch(line.Text.Trim(), out _, out _))
            return false;
        var k = index + 1;
        while (k < lines.Count && lines[k].IsBlank && lines[k].Kind != LineKind.TableRow)
            k++;
        return k < lines.Count && lines[k].Kind == LineKind.ListItem;
    }

    /// <summary>
    /// Whether the lines below a label line, with its first entry beside it, go on with the roll one row or one person a line:
    /// "Present:\tClerk: Gail Williams" over "Cllr Harvey Marcovitch - Chairman" (the label in a column of its own); "Present.
    /// Cllrs. Ron Dark (in the Chair) Alan Biddlecombe\tBrian Bird" over "Tony Clear\tRobin Forrest" (rows of a grid of names);
    /// "In Attendance: County Councillor, Russell Oppenheimer" over "Clerk, Jenny Hollington", and "Nick Drew - District
    /// Councillor" over "Jenny Hollington - Clerk" (a name and a post a line).
    /// </summary>
    private static bool RollGoesOnBelow(string text, string rest, string? below) =>
        InColumnOfItsOwn(text, rest) || rest.Contains('\t', StringComparison.Ordinal) || PersonEntries.IsOfficeThenHolder(rest)
        || below is not null && (below.Contains('\t', StringComparison.Ordinal) || HolderAndPost(rest) && HolderAndPost(below) || PeopleBeside(rest) && PeopleOnly(below));

    /// <summary>
    /// "Attendees: Peri Ward – President" over "John Guise (phone)" and "George Bell", "Apologies: Alan &amp; Jan Banks" over
    /// "Chris Cole": people beside the label and on the lines below, the roll set one a line with its first line beside the label.
    /// </summary>
    private static bool PeopleBeside(string rest) => !rest.Contains(',', StringComparison.Ordinal) && PeopleOnly(rest, strict: false);

    private static bool InColumnOfItsOwn(string text, string rest) =>
        text.Length > rest.Length && text[..^rest.Length] is var label && (label.EndsWith('\t') || label.EndsWith("  ", StringComparison.Ordinal));

    private static bool HolderAndPost(string text) =>
        PersonEntries.IsOfficeThenHolder(text)
        || text.IndexOfAny([',', '-', '–', '(']) > 0 && PersonEntries.ReadLine(text, null) is [{ } person] && (person.Role ?? person.Organisation) is not null
            && PersonEntries.LooksLikePerson(person.Name, strict: true);

    private static bool PeopleOnly(string text, bool strict = true) =>
        !SectionVocabulary.TryMatch(text, out _, out _) && !EndsPeopleList(text) && !Numbered().IsMatch(text)
        && PersonEntries.ReadLine(text, null) is { Count: > 0 } people && people.All(p => PersonEntries.LooksLikePerson(p.Name, strict));

    // "S. Knowles (SK); P. Wood (PDW) were not in attendance.": a list that says, as a sentence, where the people were.
    [GeneratedRegex(@"\s(?:were|was)\s+(?:also\s+|not\s+)?(?:present|in\s+attendance|absent)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex SaysWhoWasThere();

    // "The minutes were approved.", "Cllr Smith declared an interest in item 5.": a sentence, not an entry of a list.
    [GeneratedRegex(@"^(?=.*\b(?:is|are|was|were|has|have|had|will|would|could|should|can|did|does|noted|agreed|resolved|reported|received|approved|welcomed|thanked|explained|asked|said|stated|confirmed|declared|opened|closed|discussed|presented|proposed|seconded|advised|informed|requested|took|gave)\b).*\p{Ll}.*[.!?]$")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"^(?:[A-Z][A-Za-z]{0,3}\s?/?\s?)?\d{1,4}/\d{1,4}(?:/\d{1,4})?\s+\p{Lu}")]
    private static partial Regex MinuteReferenceOpening();

    // Titles of the items that follow the attendance in most minutes.
    [GeneratedRegex(@"^\W*(?:(?:matters\s+arising|declarations?\s+of\s+(?:\w+\s+)?interests?|(?:approval\s+of\s+(?:the\s+)?)?minutes\s+of\s+(?:the\s+)?(?:last|previous)|public\s+(?:participation|forum|question\s+time)|any\s+other\s+(?:competent\s+)?business|date\s+of\s+(?:the\s+)?next\s+meeting|call\s+to\s+order)\b|(?:(?:chair(?:man|person)?|clerk|treasurer)['’]?s?\s+(?:report|announcements|update)|public\s+(?:questions|session|comments?)|a\.?o\.?b\.?|correspondence|planning(?:\s+applications?)?|finance|accounts\s+for\s+payment|payments|welcome(?:\s+and\s+introductions)?|consent\s+calendar|approval\s+of\s+(?:the\s+)?(?:agenda|minutes))\W*$)", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaTitle();

    /// <summary>
    /// A line that shows by itself that a list of people has ended: a sentence with a verb and a full stop,
    /// the title of a usual agenda item, or another section's label. A line that merely does not read as a
    /// name (an unknown surname, a name in capitals) does not end a list.
    /// </summary>
    internal static bool EndsPeopleList(string text)
    {
        var line = text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
        if (line.Length == 0)
            return false;
        if (Sentence().IsMatch(line) && PersonNames.Tokens(line).Length >= 4)
            return true;
        if (AgendaTitle().IsMatch(line) && PersonNames.Tokens(line).Length <= 10)
            return true;
        // "BM/24/031  Welcome", "BoD/25/061 Minutes", "24/101 Apologies": a minute's reference opens the first item, however its title reads.
        if (MinuteReferenceOpening().IsMatch(line))
            return true;
        // "Item 1: Welcome and minutes", "Agenda item 2 – Finance": the first item, named as one.
        if (AgendaReader.ItemWord().IsMatch(line))
            return true;
        return SectionVocabulary.TryMatch(line, out var other, out var rest) && other.Kind is not (SectionKind.Attendance or SectionKind.Apologies or SectionKind.Absence) && rest.Length == 0;
    }

    private static bool? NextContentIsText(IReadOnlyList<TextLine> lines, int blank, bool established, TextLine? label = null)
    {
        for (var k = blank + 1; k < lines.Count && k < blank + 4; k++)
        {
            if (lines[k].IsBlank && lines[k].Kind != LineKind.TableRow)
                continue;
            if (lines[k].Kind == LineKind.ListItem || label is not null && IsGroupOfTheRoll(lines, k, label))
                return true;
            // One paragraph a person, as web pages and Word documents set lists out: a short line naming someone.
            // Once two such paragraphs show the layout, a name the gazetteer does not know ("Kieth Miller") goes on with it.
            var text = lines[k].Text.Trim();
            // "Eclipse: Ivar Grimstad, Paul Buck, …" after a blank: the roll goes on with another member's line, however long.
            if (lines[k].Kind == LineKind.Text && PersonEntries.IsRollLine(text))
                return true;
            if (lines[k].Kind != LineKind.Text || PersonNames.Tokens(text).Length > 10 || Numbered().IsMatch(text) || SectionVocabulary.TryMatch(text, out _, out _) || EndsPeopleList(text))
                return false;
            var people = PersonEntries.ReadLine(text, null);
            if (people.Count == 0)
                return false;
            var name = people[0].Name;
            return PersonEntries.LooksLikePerson(name, strict: true)
                || established && (PersonNames.Tokens(name).Length == 1 ? GivenNames.Contains(name) : PersonEntries.LooksLikePerson(name, strict: false));
        }

        return false;
    }

    /// <summary>A person table row: "First name | Last name | Company | Role", or a name in the first column.</summary>
    private static string? TableRowPerson(IReadOnlyList<TextLine> lines, int row, IReadOnlyList<string> cells)
    {
        var headerIndex = row;
        while (headerIndex > 0 && lines[headerIndex - 1].Kind == LineKind.TableRow)
            headerIndex--;
        if (headerIndex == row)
            return null;
        var header = (lines[headerIndex].Cells ?? []).Select(c => c.Trim().ToLowerInvariant()).ToList();
        string Cell(int index) => index >= 0 && index < cells.Count ? cells[index].Trim() : string.Empty;
        var first = header.FindIndex(h => h is "first name" or "firstname" or "given name" or "forename");
        var last = header.FindIndex(h => h is "last name" or "lastname" or "surname" or "family name");
        var nameColumn = header.FindIndex(h => h is "name" or "names" or "member" or "attendee" or "person" or "participant");
        var organisation = header.FindIndex(h => h is "company" or "organisation" or "organization" or "affiliation" or "representing" or "institution" or "org");
        var role = header.FindIndex(h => h.StartsWith("role", StringComparison.Ordinal) || h is "position" or "title");
        // "Gail Hart | Member | Apologies": a column of attendance that says someone was not there; the roll's reader gives their apologies.
        if (RollTables.Columns(lines, headerIndex) is { } columns && columns.Any(RollColumns.IsState) && RollTables.State(columns, cells) != SectionKind.Attendance)
            return null;
        var name = first >= 0 && last >= 0 ? $"{Cell(first)} {Cell(last)}".Trim() : Cell(nameColumn >= 0 ? nameColumn : 0);
        if (name.Length == 0)
            return null;
        // "Greg Crow (AXA XL)": the organisation column in brackets, where it cannot be read as a second person.
        var text = Cell(organisation).Length > 0 ? $"{name} ({Cell(organisation)})" : name;
        return Cell(role).Length > 0 ? $"{text} ({Cell(role)})" : text;
    }

    /// <summary>A list carried on to the next line: the line ends in a comma or "and", or the next opens with a bracket.</summary>
    /// <summary>"Ann Lee, President", "Jane Fowler, Library Director": one person's full name, a comma, and a post.</summary>
    private static bool NameAndPost(string text)
    {
        var parts = text.Split(',');
        // "Vice President" reads as a name too: a post every word of which is a post's word is a post all the same.
        return parts.Length == 2 && PersonNames.LooksLikeFullName(parts[0].Trim()) && Roles.LooksLikeRole(parts[1])
            && (Roles.IsPostOnly(parts[1]) || !PersonNames.LooksLikeFullName(parts[1].Trim()));
    }

    /// <summary>
    /// Whether the list read so far (<paramref name="read"/>, whose last line is <paramref name="lastLine"/>) runs on into
    /// <paramref name="next"/>. How the last line ends decides most cases; the whole list is looked at only for a name broken
    /// across the lines.
    /// </summary>
    private static bool Continues(string lastLine, TextLine next, StringBuilder read)
    {
        if (next.IsBlank || next.Kind != LineKind.Text)
            return false;
        var nextText = next.Text.Trim();
        if (nextText.Length == 0 || Numbered().IsMatch(nextText) || SectionVocabulary.TryMatch(nextText, out _, out _))
            return false;
        var trimmed = lastLine.TrimEnd();
        return trimmed.EndsWith(',') || trimmed.EndsWith(" and", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith('&')
            || (nextText.StartsWith('(') && !IsBracketedNote(nextText)) || char.IsLower(nextText[0]) || BreaksInsideName(read.ToString().TrimEnd(), nextText)
            || ListFragment(trimmed, nextText);
    }

    /// <summary>
    /// "…, Sumin Bhalla, Adrew" over "Bowler ,": a line of a comma list followed by one that itself ends in a comma is
    /// the list wrapped, wherever the break fell (inside a name the gazetteer does not know).
    /// </summary>
    private static bool ListFragment(string lastLine, string nextText) =>
        lastLine.Contains(',', StringComparison.Ordinal) && nextText.EndsWith(',') && char.IsUpper(nextText[0]) && PersonNames.Tokens(nextText).Length <= 16;

    /// <summary>"(voting members denoted by asterisks)": a note under a list, in words, is no part of its last entry.</summary>
    internal static bool IsBracketedNote(string text) =>
        text.StartsWith('(') && text.TrimEnd('.').EndsWith(')') && PersonNames.Tokens(text.Trim('(', ')')).Count(t => char.IsLower(t[0])) >= 3;

    [GeneratedRegex(@"^(?:and|&)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndBefore();

    /// <summary>
    /// "…, Rohit Jose (RJ), Sai (S), Marcus" / "Gustafsson (MG)": a list whose line was wrapped between a
    /// person's given name and surname. The list's last entry is a lone given name and the next line opens
    /// with a single capitalised word before a comma, a bracket or its end.
    /// </summary>
    internal static bool BreaksInsideName(string text, string nextText)
    {
        if (EndsInsideName(text, nextText))
            return true;
        var comma = text.LastIndexOf(',');
        if (comma < 0)
            return false;
        // "…, Chair Lord-Hausman, and Vice-Chair" / "Moore": the break may fall after an office written before a surname.
        var last = AndBefore().Replace(text[(comma + 1)..].Trim(), string.Empty);
        // "…, Mr Travaskis, Mr" / "Johnston and Mr Canelle", "…, R Randall and C" / "Wilde, also J Haste": or after the title
        // or the initial a name opens with, the last of the entries the "and" joins; any word after those is the surname.
        var titleOrInitial = TitleOrInitial().IsMatch(LastJoined().Replace(last, string.Empty));
        if (!titleOrInitial && (PersonNames.Tokens(last).Length != 1 || !GivenNames.Contains(last) && !Roles.IsOffice(last)))
            return false;
        var head = nextText.Split([',', '('], 2)[0].Trim().TrimEnd('.');
        if (titleOrInitial)
            head = Joined().Split(head, 2)[0];
        return PersonNames.Tokens(head).Length == 1 && head.Length > 1 && char.IsUpper(head[0]) && head.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'' or '’')
            && (titleOrInitial || !GivenNames.Contains(head) || ListsFullNames(text[..comma]));
    }

    /// <summary>
    /// "…, Cllr S Pennington and Cllr" / "R Blyth", "Cllr T Marsh and County Cllr A" / "Fenwick.": a name is never finished
    /// by a title or by an initial after a title or another initial, so a list whose last entry ends in one, with or without
    /// a comma before it, goes on into the next line when that line opens with the rest of a name (initials and a surname).
    /// "Councillor" alone is left out, as it ends a post too ("Ann Lee, County Councillor"), and so is an initial after
    /// another word ("Director, District L").
    /// </summary>
    private static bool EndsInsideName(string text, string nextText)
    {
        var words = PersonNames.Tokens(LastJoined().Replace(text[(text.LastIndexOf(',') + 1)..], string.Empty));
        var unfinished = words.Length > 0 && (ShortTitle().IsMatch(words[^1])
            || Initial().IsMatch(words[^1]) && (words.Length == 1 || TitleOrInitial().IsMatch(words[^2])));
        if (!unfinished)
            return false;
        var head = Joined().Split(nextText.Split([',', '('], 2)[0].Trim().TrimEnd('.'), 2)[0];
        var rest = PersonNames.Tokens(head);
        return rest.Length is >= 1 and <= 3 && rest[^1].Length > 1
            && rest.All(w => char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.'));
    }

    [GeneratedRegex(@"^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Prof|Rev|Revd)\.?$")]
    private static partial Regex ShortTitle();

    [GeneratedRegex(@"^\p{Lu}\.?$")]
    private static partial Regex Initial();

    [GeneratedRegex(@"^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof|Rev|Revd)\.?$|^\p{Lu}\.?$")]
    private static partial Regex TitleOrInitial();

    // Everything up to the last "and" or "&" of an entry: "R Randall and C" ends in the entry "C".
    [GeneratedRegex(@"^.*\s(?:and|&)\s+")]
    private static partial Regex LastJoined();

    [GeneratedRegex(@"\s+(?:and|&)\s+")]
    private static partial Regex Joined();

    /// <summary>
    /// "Mel Leitch, Mary Holmes, Keith" / "Miller": where every other entry is a full name, a lone given name at the
    /// break is one too, and the word after it is the surname even if it could be a given name ("Miller", "Douglas").
    /// </summary>
    private static bool ListsFullNames(string entries)
    {
        var names = entries.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var colon = names.Length > 0 ? names[0].LastIndexOfAny([':', '-', '–']) : -1;
        if (colon >= 0)
            names[0] = names[0][(colon + 1)..].Trim();
        return names.Length >= 2 && names.All(PersonNames.LooksLikeFullName);
    }

    private static IEnumerable<(string, SectionPhrase)> SplitEmbedded(string text, SectionPhrase phrase)
    {
        var parts = EmbeddedLabel().Split(text);
        yield return (parts[0], phrase);
        foreach (var part in parts.Skip(1))
        {
            if (SectionVocabulary.TryMatch(part, out var inner, out var innerRest))
                yield return (innerRest, inner);
        }
    }
}
