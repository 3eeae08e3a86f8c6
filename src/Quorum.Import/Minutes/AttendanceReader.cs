using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Finds who was present and who sent apologies, in the layouts minutes use: "Present:" lists,
/// name and organisation on alternate lines, "Name (Org)", "Name, Org", tab-separated columns,
/// bulleted lists, comma-separated lines and attendance tables.
/// </summary>
public sealed partial class AttendanceReader
{
    private readonly List<PersonDraft> _present = [];
    private readonly List<PersonDraft> _apologies = [];
    private readonly List<string> _warnings = [];
    private readonly HashSet<string> _listedTwice = new(StringComparer.Ordinal);

    public PeopleDirectory Directory { get; } = new();

    /// <summary>Index of the first attendance label or table, or -1.</summary>
    public int Start { get; private set; } = -1;

    /// <summary>Index of the first line after the attendance lists.</summary>
    public int End { get; private set; }

    /// <summary>The lines of an attendance list met at the foot of the minutes (see <c>AtTheFoot</c>); empty when there is none.</summary>
    public (int Start, int End) Foot { get; private set; }

    public IReadOnlyList<PersonDraft> Present => _present;

    public IReadOnlyList<PersonDraft> Apologies => _apologies;

    public IReadOnlyList<string> Warnings => _warnings;

    // "3.", "1.2", and council minute references such as "19/01" or "18.09.1".
    [GeneratedRegex(@"^\d{1,4}(?:[./]\d{1,4}){0,3}[.):]?(?:\s|$)")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"\t|\s{2,}")]
    private static partial Regex FieldSeparator();

    /// <summary>Between the names of a list written on a line: "Ann Lee, Tom Hall; Jo Hart and Ray Stone".</summary>
    // A comma or semicolon inside a bracket does not end the entry: "Professor L Arkwright (Vice-Chancellor, in the Chair); Dr R Caulfield".
    [GeneratedRegex(@"\s*(?:[,;](?![^()]*\))|\band\b)\s*")]
    internal static partial Regex NameListSeparator();

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"(?:^|\s)@[\w.-]+")]
    private static partial Regex Handle();

    [GeneratedRegex(@"\s*\((?<initials>[A-Z]{2,4})\)[\s*†]*$")]
    private static partial Regex TrailingInitials();

    [GeneratedRegex(@"^\[(?<initials>[^\]]{1,5})\]\s*")]
    private static partial Regex BracketInitials();

    // "In the Chair: Ann Lee": the clerk's line for who presided, as "chaired by" says it in a sentence.
    [GeneratedRegex(@"(?:meeting\s+was\s+(?:led|chaired)\s+by|chaired\s+by|as\s+chair(?:person|man|woman)?,|^\W*in\s+the\s+chair\s*[:\-–]?)\s+(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})", RegexOptions.IgnoreCase)]
    private static partial Regex ChairSentence();

    // "Board President Rob Bishop called the meeting to order", "Chairman Haden called the special September meeting … to order":
    // whoever opens the meeting from the chair or the presidency chairs it.
    [GeneratedRegex(@"\b(?:president|chair(?:man|woman|person)?|mayor)\s+(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+called\s+(?:the\s+)?(?:[^.]{0,120}?\s)?(?:meeting|session)\b[^.]{0,80}?\bto\s+order\b", RegexOptions.IgnoreCase)]
    private static partial Regex CalledToOrder();

    [GeneratedRegex(@"minutes\s+(?:were\s+)?taken\s+by\s+(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})", RegexOptions.IgnoreCase)]
    private static partial Regex SecretarySentence();

    public static AttendanceReader Read(IReadOnlyList<TextLine> lines)
    {
        lines = RollTables.AsRows(LabelRows.AsLabelledLines(lines));
        var reader = new AttendanceReader();
        reader.ReadLists(lines);
        reader.ReadTables(lines);

        // Before the section reading too: a contradiction the lists show must not vanish unwarned.
        reader.MoveMarkedAbsences();
        reader.RemoveContradictions();
        reader.ReadSections(lines);
        reader.MoveMarkedAbsences();
        reader.ReadPresenceSentences(lines);
        reader.ReadRollCallMarks(lines);
        reader.RemoveContradictions();
        reader.ReadPostLines(lines);
        reader.ReadRolesFromProse(lines);
        reader.ReadWhoPresided(lines);
        foreach (var person in reader._present)
            reader.Directory.Add(person.Name);
        foreach (var person in reader._apologies)
            reader.Directory.Add(person.Name);
        return reader;
    }

    /// <summary>
    /// "Attended by:" under the last item, as wikis and some clerks set it: a list first met in the last third of the
    /// document records who came without opening the minutes, so it moves neither where the header ends nor where
    /// the items begin.
    /// </summary>
    private static bool AtTheFoot(int index, int count) => index >= 0 && count >= 30 && index * 3 >= count * 2;

    /// <summary>
    /// "Members in attendance are recorded at the end of the minutes.": a roll past the first third that comes after
    /// the meeting was adjourned ("8. Adjournment", "The meeting closed at 9.10pm") closes the minutes as a roll at the
    /// foot does, whatever appendices (a budget) come after it.
    /// </summary>
    private static bool AfterTheAdjournment(int start, IReadOnlyList<TextLine> lines)
    {
        if (start < 0 || lines.Count < 30 || start * 3 < lines.Count)
            return false;
        for (var i = lines.Count / 3; i < start; i++)
        {
            if (Adjourned().IsMatch(lines[i].Text))
                return true;
        }

        return false;
    }

    [GeneratedRegex(@"^\W{0,3}(?:\d{1,2}[.)]?\s+)?adjournment\b|\b(?:meeting|AGM)\s+(?:was\s+)?(?:adjourned|closed)\b|\bclosed\s+the\s+meeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex Adjourned();

    /// <summary>The section vocabulary's reading of the same document; taken where it finds more people.</summary>
    private void ReadSections(IReadOnlyList<TextLine> lines)
    {
        var sections = AttendanceSections.Read(lines);
        if (Quality(sections.Present) > Quality(_present))
        {
            _present.Clear();
            _present.AddRange(sections.Present);
        }

        if (Quality(sections.Apologies) > Quality(_apologies))
        {
            _apologies.Clear();
            _apologies.AddRange(sections.Apologies);
        }

        // "Cllrs Haidy Blake": a collective label in front of a list is not part of the first name.
        for (var k = 0; k < _present.Count; k++)
            _present[k] = _present[k] with { Name = SectionVocabulary.CollectiveLabelBeforeNames().Replace(_present[k].Name, string.Empty) };
        for (var k = 0; k < _apologies.Count; k++)
            _apologies[k] = _apologies[k] with { Name = SectionVocabulary.CollectiveLabelBeforeNames().Replace(_apologies[k].Name, string.Empty) };

        foreach (var (name, initials) in sections.Initials)
            Directory.Add(name, initials);
        if (Start < 0 && (AtTheFoot(sections.Start, lines.Count) || AfterTheAdjournment(sections.Start, lines)))
        {
            Foot = (sections.Start, sections.End);
            return;
        }

        if (sections.Start >= 0 && (Start < 0 || sections.Start < Start))
            Start = sections.Start;
        End = Math.Max(End, sections.End);
    }

    /// <summary>People the minutes say in sentences were present or excused, where no list named them.</summary>
    private void ReadPresenceSentences(IReadOnlyList<TextLine> lines)
    {
        var (present, excused) = PresenceSentences.Read(lines, End);
        foreach (var person in present.Where(p => !Named(p.Name)))
            _present.Add(person);
        foreach (var person in excused.Where(p => !Named(p.Name)))
            _apologies.Add(person);
    }

    /// <summary>A roll call typed as a table of marks, where no list named the people: the marked present and excused.</summary>
    private void ReadRollCallMarks(IReadOnlyList<TextLine> lines)
    {
        var (present, excused, start, end) = RollCallMarks.Read(lines);
        if (start < 0)
            return;
        foreach (var person in present.Where(p => !Named(p.Name)))
            _present.Add(person);
        foreach (var person in excused.Where(p => !Named(p.Name)))
            _apologies.Add(person);
        if (Start < 0)
            Start = start;
        End = Math.Max(End, end);
    }

    // A surname alone ("Hage", from a roll call) names the person a list already gave in full ("Carl Hage").
    private bool Named(string name) =>
        _present.Concat(_apologies).Any(p => PersonNames.Key(p.Name) == PersonNames.Key(name)
            || PersonNames.Tokens(name).Length == 1 && PersonNames.Tokens(p.Name) is { Length: > 1 } tokens && PersonNames.Key(tokens[^1]) == PersonNames.Key(name));

    /// <summary>People that read as names, less entries that do not: how two readings of a list are compared.</summary>
    private static int Quality(List<PersonDraft> people) =>
        PersonEntries.InitialsRoll([.. people.Select(p => p.Name)], null) is not null
            ? people.Count
            : people.Count(p => ReadsAsName(p.Name)) - 2 * people.Count(p => !ReadsAsName(p.Name));

    // A name typed with a word in lower case ("John mcnamara") was read as one of a list's names: no worse a reading for it.
    private static bool ReadsAsName(string name) =>
        PersonEntries.LooksLikePerson(name, strict: false, bareWord: true) || PersonNames.LooksLikeNameTypedInLowerCase(name);

    private void ReadLists(IReadOnlyList<TextLine> lines)
    {
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (line.Kind is LineKind.Blank or LineKind.TableRow or LineKind.FrontMatter)
            {
                i++;
                continue;
            }

            var text = line.Text.Trim();
            if (!SectionVocabulary.OpensLine(text, out var phrase, out var rest, out var from))
            {
                i++;
                continue;
            }

            // "Ayes – …", "Nays – none", "Absent – none": a roll-call vote's count of who was absent for it, not the attendance,
            // and counted again at every vote down the minutes.
            if (phrase.Kind == SectionKind.Absence && AttendanceSections.CountsAVote(lines, i))
            {
                i++;
                continue;
            }

            var apologies = phrase.Kind == SectionKind.Apologies;
            var role = phrase.Role;

            var footer = Start < 0 && AtTheFoot(i, lines.Count);
            if (Start < 0 && !footer)
                Start = i;
            // Absent without apology: read so that the list ends, but the people are in neither list.
            var target = apologies ? _apologies : phrase.Kind == SectionKind.Absence ? new List<PersonDraft>() : _present;
            var entries = new List<(string Text, bool SelfContained)>();
            // "Present: A, B and C" or "Apologies: None" is the whole list; "Present:\tAnn Lee\tCouncil A" may go on a line a person.
            var inlineList = false;
            if (rest.Length > 0)
            {
                if (!FieldSeparator().IsMatch(rest) && rest.Contains(',', StringComparison.Ordinal) && !LooksLikeNameAndOrganisation(rest))
                {
                    inlineList = true;
                    foreach (var part in PostsWithHolders(NameListSeparator().Split(PersonEntries.CouplesApart(rest).TrimEnd('.'))))
                        entries.Add((part, true));
                }
                else
                {
                    inlineList = PersonEntries.IsNobody(rest);
                    entries.Add((rest, FieldSeparator().IsMatch(rest)));
                }
            }

            var j = i + 1;
            var roleColumn = -1;
            var namesOnly = false;
            var sawListItem = false;
            var posts = new HashSet<string>(StringComparer.Ordinal);
            var previous = rest;
            for (; j < lines.Count; j++)
            {
                var next = lines[j];
                if (next.IsBlank)
                {
                    if (rest.Length > 0)
                        break;
                    continue;
                }

                var nextText = next.Text.Trim();
                if (next.Kind == LineKind.FrontMatter)
                    break;
                if (rest.Length > 0 && !InlineListGoesOn(previous, next, inlineList) && (inlineList || !CarriesPostOver(previous, lines, j)))
                    break;
                if (inlineList && entries.Count > 0 && AttendanceSections.BreaksInsideName(previous.TrimEnd(), nextText))
                {
                    // The surname on the next line completes the list's last entry; the rest of that line goes on listing.
                    var parts = NameListSeparator().Split(nextText.TrimEnd('.'));
                    entries[^1] = ($"{entries[^1].Text} {parts[0]}", true);
                    entries.AddRange(parts.Skip(1).Where(p => p.Length > 0).Select(p => (p, true)));
                    previous = nextText;
                    continue;
                }

                previous = nextText;
                if (AttendanceSections.EndsPeopleList(nextText))
                    break;
                if (next.Kind == LineKind.TableRow)
                {
                    // "Name | Role" or "Name | Organisation" heading the table under the label: the columns' headings, no person.
                    if (entries.Count == 0 && roleColumn < 0 && next.Cells is { Count: >= 2 } heading && RoleColumn(heading) is var column and >= 0)
                    {
                        roleColumn = column;
                        continue;
                    }

                    // "Name | Call Sign | Position | …" under "The following people were present:": the first column
                    // holds the people; the others (a call sign, a grid reference) say more of them than a list would.
                    if (entries.Count == 0 && !namesOnly && next.Cells is { Count: >= 2 } namesFirst && NamesFirstHeading(namesFirst) is (true, var namesRole))
                    {
                        namesOnly = true;
                        roleColumn = namesRole;
                        continue;
                    }

                    // "John Denton (JD) | Rob Everall (RE)": a grid of names set in a table, every filled cell a person ("Kwame Asante |
                    // Medical Director" is a person and a post).
                    if (roleColumn < 0 && !namesOnly && next.Cells?.Select(c => c.Trim()).Where(c => c.Length > 0).ToList() is { Count: >= 2 } grid
                        && grid.All(c => PersonNames.LooksLikeFullName(Parenthetical().Replace(c, " ").Trim()) && !Roles.LooksLikeRole(c)))
                    {
                        entries.AddRange(grid.Select(c => (c, true)));
                        continue;
                    }

                    // A Word or HTML table of names under the label: one person per row.
                    if (next.Cells is { Count: > 0 } cells && PersonNames.LooksLikeFullName(Parenthetical().Replace(cells[0], " ").Trim()))
                    {
                        entries.Add((WithRoleInBrackets(namesOnly ? NameAndRole(cells, roleColumn) : cells, namesOnly && roleColumn > 0 ? 1 : roleColumn, posts), true));
                        continue;
                    }

                    break;
                }

                if (SectionVocabulary.OpensLine(nextText, out _, out _))
                    break;
                // "Voting members not in attendance:": a label of absence, qualified, ends a list of those present.
                if (SectionVocabulary.TryMatch(nextText, out var other, out var otherRest) && otherRest.Length == 0
                    && other.Kind is SectionKind.Apologies or SectionKind.Absence && other.Kind != phrase.Kind)
                {
                    break;
                }

                if (next.Kind == LineKind.Heading || NumberedLine().IsMatch(nextText))
                    break;
                // "Name⇥Organisation⇥Role" over the rows of a PDF's table, read as tabs: the heading says which cell is the role.
                if (nextText.Contains('\t', StringComparison.Ordinal) && nextText.Split('\t', StringSplitOptions.RemoveEmptyEntries) is var tabbed)
                {
                    if (entries.Count == 0 && roleColumn < 0 && RoleColumn(tabbed) is var tabbedRole and >= 0)
                    {
                        roleColumn = tabbedRole;
                        continue;
                    }

                    if (roleColumn >= 0 && !namesOnly && tabbed.Length > roleColumn)
                    {
                        entries.Add((WithRoleInBrackets(tabbed, roleColumn, posts), true));
                        continue;
                    }
                }

                if (next.Kind == LineKind.ListItem)
                {
                    sawListItem = true;
                    entries.Add((nextText, true));
                    continue;
                }

                if (sawListItem || IsProse(nextText) || nextText.StartsWith("[image", StringComparison.OrdinalIgnoreCase))
                    break;
                entries.Add((next.Text, false));
                if (PersonEntries.SaysNone(nextText))
                {
                    j++;
                    break;
                }
            }

            var before = target.Count;
            AddEntries(entries, target, role);
            // "Name | Role" over "Ian Todd | Independent Person": what stands in the role column is the person's role, whatever its
            // words, where the same words after a name in a list might as well be an organisation.
            for (var k = before; k < target.Count && posts.Count > 0; k++)
            {
                if (target[k].Organisation is { } organisation && posts.Contains(organisation))
                    target[k] = target[k] with { Organisation = null, Role = Roles.WithPost(target[k].Role, organisation) };
            }

            if (from is not null)
            {
                for (var k = before; k < target.Count; k++)
                    target[k] = target[k] with { Organisation = target[k].Organisation ?? from };
            }

            // "Trustees absent: Beth Nolan (excused), Tim Ross": the one excused sent apologies, the other is in neither list.
            if (phrase.Kind == SectionKind.Absence)
                MoveExcused(target);

            // A label far below the attendance (in a quoted proposal, say) does not stretch it over the minutes.
            if (!footer && (End == 0 || i <= End + 40))
                End = Math.Max(End, j);
            i = j;
        }
    }

    /// <summary>
    /// A list begun on its label's line goes on to the next line only when it is carried over (a trailing
    /// comma or "and", a bracket or lower case opening the next line) or, for a single inline entry, when
    /// the next line is another person in the same layout ("Present:\tAnn Lee\tCouncil A" / "\tTom Hall\tCouncil B").
    /// </summary>
    private static bool InlineListGoesOn(string previous, TextLine next, bool inlineList)
    {
        var text = next.Text.Trim();
        if (next.Kind == LineKind.Text && text.Length > 0 && !NumberedLine().IsMatch(text) && !SectionVocabulary.OpensLine(text, out _, out _))
        {
            var trimmed = previous.TrimEnd();
            if (trimmed.EndsWith(',') || trimmed.EndsWith(" and", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith('&') || (text.StartsWith('(') && !AttendanceSections.IsBracketedNote(text)) || char.IsLower(text[0])
                || AttendanceSections.BreaksInsideName(trimmed, text))
            {
                return true;
            }
        }

        if (inlineList)
            return false;
        if (next.Kind == LineKind.TableRow)
            return true;
        var fields = FieldSeparator().Split(text).Where(f => f.Trim().Length > 0).ToList();
        // The same columns as the line above: the next row of the list.
        if (fields.Count > 1 && FieldSeparator().IsMatch(previous.Trim()))
            return true;
        var first = fields.FirstOrDefault()?.Trim() ?? string.Empty;
        // "Ms. Linda Kemp, Clerk to the Commission": a person and their post, as the line above.
        return first.Length > 0 && (LooksLikePersonLine(first) || LooksLikeNameAndPost(first) || LooksLikeNameAndOrganisation(first)
            || PersonEntries.ReadLine(first, null) is [{ } person] && PersonEntries.LooksLikePerson(person.Name, strict: true));
    }

    private static bool LooksLikeNameAndOrganisation(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 && PersonNames.LooksLikeFullName(text[..comma]) && !PersonNames.LooksLikeFullName(text[(comma + 1)..].Split(',')[0].Trim());
    }

    /// <summary>
    /// One line of a column of people: "Ms. Linda Kemp, Clerk to the Commission", "Ms. Candace E. Thomas, Court Reporter".
    /// Names written with honorifics give every person one, so what follows the comma without one is a post or an
    /// organisation.
    /// </summary>
    private static bool LooksLikeNameAndPost(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 && HonorificPerson(text[..comma]) && !PersonEntries.HasHonorific(text[(comma + 1)..].Trim());
    }

    private static bool HonorificPerson(string text) => PersonEntries.HasHonorific(text) && PersonEntries.LooksLikePerson(text.Trim(), strict: true);

    /// <summary>
    /// "Townhomes" under "Mr. Rusty Gibbs, representative for VanLandingham": the end of a post carried onto a line
    /// of its own, with the column going on below it.
    /// </summary>
    private static bool CarriesPostOver(string previous, IReadOnlyList<TextLine> lines, int index)
    {
        var text = lines[index].Text.Trim();
        if (!LooksLikeNameAndPost(previous.Trim()) || text.Length == 0 || PersonNames.Tokens(text).Length > 3 || LooksLikePersonLine(text)
            || SectionVocabulary.OpensLine(text, out _, out _) || NumberedLine().IsMatch(text) || lines[index].Kind != LineKind.Text)
        {
            return false;
        }

        var below = index + 1 < lines.Count ? lines[index + 1].Text.Trim() : string.Empty;
        return below.Length > 0 && (LooksLikePersonLine(below) || LooksLikeNameAndPost(below));
    }

    // A full stop inside the line starts another sentence; "Ms. Kim Parati" is a name, not two sentences.
    [GeneratedRegex(@"(?<=[a-z]\.)(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Rev|Cllr|St|Jr|Sr)\.)\s+[A-Z]")]
    private static partial Regex SentenceBreak();

    private static bool IsProse(string text)
    {
        var words = PersonNames.Tokens(text).Length;
        if (words > 12)
            return true;
        var sentenceEnd = text.TrimEnd().EndsWith('.') && words > 5 && !text.Contains('(', StringComparison.Ordinal);
        return sentenceEnd || SentenceBreak().IsMatch(text);
    }

    /// <summary>
    /// A table's heading row "Name | Role" (perhaps with an organisation column): the index of its role column, or -1
    /// when the row is no such heading. Tables with other columns ("Status") are the attendance-table reader's.
    /// </summary>
    private static int RoleColumn(IReadOnlyList<string> cells)
    {
        var columns = cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
        if (!IsNamesColumn(columns[0]))
            return -1;
        var role = columns.FindIndex(IsRoleColumn);
        var known = columns.Skip(1).All(c => IsRoleColumn(c) || c is "organisation" or "organization" or "representing" or "affiliation");
        return role > 0 && known ? role : -1;
    }

    /// <summary>
    /// A table's heading row with the names first and columns other than a role or an organisation beside them
    /// ("Name | Call Sign | Position | Grid"), and the index of its role column (or -1). A column of attendance
    /// ("Present", "Apologies") makes it a table of marks, the attendance-table reader's.
    /// </summary>
    private static (bool NamesFirst, int RoleColumn) NamesFirstHeading(IReadOnlyList<string> cells)
    {
        var columns = cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
        if (!IsNamesColumn(columns[0]))
            return (false, -1);
        if (columns.Skip(1).Any(c => c.Length == 0 || RollColumns.IsState(RollColumns.Of(c))))
            return (false, -1);
        return (true, columns.FindIndex(IsRoleColumn));
    }

    /// <summary>The heading of a column of people in a table of those present ("Name", "Members", "Attendee").</summary>
    private static bool IsNamesColumn(string heading) => heading is "name" or "names" or "member" or "members" or "attendee" or "attendees";

    private static bool IsRoleColumn(string heading) => heading is "role" or "position" or "post" or "title" or "office";

    private static string[] NameAndRole(IReadOnlyList<string> cells, int roleColumn) =>
        roleColumn > 0 && roleColumn < cells.Count ? [cells[0], cells[roleColumn]] : [cells[0]];

    /// <summary>
    /// A row of a "Name | Role" table as an entry: the role in brackets after the other cells, as lists write it, and kept in
    /// <paramref name="posts"/> so that whatever its words it is read back as the role.
    /// </summary>
    private static string WithRoleInBrackets(IReadOnlyList<string> cells, int roleColumn, HashSet<string> posts)
    {
        if (roleColumn <= 0 || roleColumn >= cells.Count || cells[roleColumn].Trim().Length == 0)
            return string.Join('\t', cells);
        var post = cells[roleColumn].Trim();
        posts.Add(post);
        var others = cells.Where((_, k) => k != roleColumn && cells[k].Trim().Length > 0);
        return $"{string.Join('\t', others)} ({post})";
    }

    // "the Clerk" or "Clerk" alone at the head of a list: the post of the person named after it.
    [GeneratedRegex(@"^(?:the\s+)?(?:(?:parish|town|deputy|assistant)\s+)?clerk(?:\s+to\s+the\s+council)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LonePost();

    /// <summary>
    /// "In attendance: the Clerk, Mrs P White": parish minutes name the post first and its holder after the comma;
    /// the two parts are one entry ("the Clerk, Mrs P White"), read as a post before a name.
    /// </summary>
    private static string[] PostsWithHolders(string[] parts)
    {
        var nonEmpty = parts.Where(p => p.Trim().Length > 0).ToList();
        if (nonEmpty.Count >= 2 && LonePost().IsMatch(nonEmpty[0].Trim()))
            return [$"{nonEmpty[0].Trim()}, {nonEmpty[1].Trim()}", .. nonEmpty.Skip(2)];
        return parts;
    }

    // "Cllr" / "Mrs D Smith": an honorific alone in an entry or a cell, its name in the next.
    [GeneratedRegex(@"^(?:cllr|councillor|mr|mrs|ms|miss|dr|prof|professor|rev|revd|sir|dame)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex LoneHonorific();

    /// <summary>
    /// A lone honorific the layout split from its name (a column of titles beside a column of names, or a list wrapped
    /// after "Cllr") joins the entry or cell after it: "Cllr" and "Mrs D Smith" are "Cllr Mrs D Smith".
    /// </summary>
    private static List<(string Text, bool SelfContained)> WithHonorificsJoined(List<(string Text, bool SelfContained)> entries)
    {
        var joined = new List<(string Text, bool SelfContained)>();
        for (var k = 0; k < entries.Count; k++)
        {
            var (text, selfContained) = entries[k];
            var cells = FieldSeparator().Split(text.Trim()).ToList();
            if (cells.Count >= 2 && LoneHonorific().IsMatch(cells[0].Trim()) && cells[1].Trim().Length > 0 && char.IsUpper(cells[1].Trim()[0]))
                text = $"{cells[0].Trim()} {string.Join('\t', cells.Skip(1))}";
            else if (LoneHonorific().IsMatch(text.Trim()) && k + 1 < entries.Count)
                (text, selfContained) = ($"{text.Trim()} {entries[++k].Text.Trim()}", entries[k].SelfContained);
            joined.Add((text, selfContained));
        }

        return joined;
    }

    /// <summary>"Bill &amp; Ingrid Mitton" on a line of the list: the couple's two entries, each under the surname they share.</summary>
    private static List<(string Text, bool SelfContained)> CouplesSplit(List<(string Text, bool SelfContained)> entries) =>
        [.. entries.SelectMany(e => FieldSeparator().IsMatch(e.Text.Trim()) || PersonEntries.CouplesApart(e.Text.Trim(), alone: !e.SelfContained) is var apart && apart == e.Text.Trim()
            ? [e]
            : apart.Split(", ").Select(part => (part, e.SelfContained)))];

    private void AddEntries(List<(string Text, bool SelfContained)> entries, List<PersonDraft> target, string? groupRole)
    {
        // "People who attended:" over "- HA - Chair", "- JC", "- BD": one member by initials a line, under a line that introduces them.
        if (PersonEntries.InitialsRoll([.. entries.Select(e => e.Text.Trim().TrimStart('-', '*', '•', '·').Trim()).Where(e => !e.EndsWith(':'))], groupRole) is { } byInitials)
        {
            foreach (var person in byInitials)
                AddPerson(target, person);
            return;
        }

        entries = CouplesSplit(WithHonorificsJoined(entries));
        var plain = entries.Where(e => !e.SelfContained && FieldSeparator().Split(e.Text.Trim()).Length == 1).ToList();
        var organisationLines = plain.Count(e => !LooksLikePersonLine(e.Text));
        // Name and organisation on alternate lines: when many lines are organisations, a name-like
        // line straight after a name (with the next line a name again) is that person's organisation.
        var alternating = plain.Count >= 4 && organisationLines * 10 >= plain.Count * 3;
        PersonDraft? pending = null;
        var pendingIndex = -1;
        var pendingEntry = -1;
        for (var k = 0; k < entries.Count; k++)
        {
            var (text, selfContained) = entries[k];
            var fields = FieldSeparator().Split(text.Trim()).Where(f => f.Trim().Length > 0).ToArray();
            if (selfContained || fields.Length > 1)
            {
                var person = ParseEntry(text.Trim(), groupRole);
                if (person is not null)
                {
                    AddPerson(target, person);
                    pending = person;
                    pendingIndex = target.Count - 1;
                }

                continue;
            }

            var single = text.Trim();
            // "Ms. Kristi Harper, Administrator of the Historic District", "Phil Tully, ADP": a name and its post or organisation on one line of a column.
            if (!LooksLikePersonLine(single) && (LooksLikeNameAndPost(single) || LooksLikeNameAndOrganisation(single)) && ParseEntry(single, groupRole) is { } withPost)
            {
                AddPerson(target, withPost);
                pending = withPost;
                pendingIndex = target.Count - 1;
                pendingEntry = k;
                continue;
            }

            var nameLike = LooksLikePersonLine(single);
            if (nameLike && alternating && pending is not null && pending.Organisation is null && pendingEntry == k - 1
                && k + 1 < entries.Count && LooksLikePersonLine(entries[k + 1].Text))
            {
                nameLike = false;
            }

            if (nameLike)
            {
                var person = ParseEntry(single, groupRole);
                if (person is not null)
                {
                    AddPerson(target, person);
                    pending = person;
                    pendingIndex = target.Count - 1;
                    pendingEntry = k;
                }
            }
            else if (pending is not null && pending.Organisation is null && pendingIndex >= 0 && pendingIndex < target.Count)
            {
                var (organisation, role) = SplitRole(single);
                target[pendingIndex] = pending = pending with { Organisation = organisation, Role = pending.Role ?? role };
            }
            else if (pending is { Organisation: { } above } && pendingEntry == k - 1 && pendingIndex >= 0 && pendingIndex < target.Count
                && LooksLikeNameAndPost(entries[k - 1].Text.Trim()))
            {
                // The end of the post above, carried onto a line of its own.
                target[pendingIndex] = pending = pending with { Organisation = $"{above} {single}" };
            }
        }
    }

    private static bool LooksLikePersonLine(string text)
    {
        var withoutParens = Parenthetical().Replace(text, " ").Trim();
        // "Mr. PJ Henningson": initials the gazetteer cannot tell from an acronym, after an honorific that can.
        return PersonNames.LooksLikeFullName(withoutParens) || HonorificPerson(withoutParens);
    }

    /// <summary>Adds <paramref name="person"/> unless the list already names them, however spelt ("Cllr A Smith", "A. Smith").</summary>
    internal static void AddPerson(List<PersonDraft> target, PersonDraft person)
    {
        if (!target.Any(p => PersonNames.Key(p.Name) == PersonNames.Key(person.Name)))
            target.Add(person);
    }

    /// <summary>Reads "Steve Fisher (SF), STFC, Scientific Computing", "[DC] Daniel Collins", "Jos Creese\tHampshire County Council(Chair)".</summary>
    private PersonDraft? ParseEntry(string text, string? groupRole)
    {
        var entry = text.Replace("**", string.Empty, StringComparison.Ordinal).Trim().TrimStart('-', '*', '•', '·').Trim();
        string? initials = null;
        var bracket = BracketInitials().Match(entry);
        if (bracket.Success)
        {
            initials = bracket.Groups["initials"].Value;
            entry = entry[bracket.Length..];
        }

        // "@maxwolfs" alone is the person; beside a name ("Ann Lee / Acme / @alee") the handle is no part of it.
        if (PersonEntries.IsHandle(entry))
            return new PersonDraft(entry.Trim(), null, groupRole);
        // "Name (Initials)" heading the roll: its legend, nobody.
        if (PersonEntries.IsNobody(entry))
            return null;
        entry = Handle().Replace(entry, " ").Trim();
        var fields = FieldSeparator().Split(entry).Select(f => f.Trim()).Where(f => f.Length > 0).ToList();
        if (fields.Count == 1 && fields[0].Contains(',', StringComparison.Ordinal))
        {
            var comma = fields[0].IndexOf(',', StringComparison.Ordinal);
            fields = [fields[0][..comma].Trim(), fields[0][(comma + 1)..].Trim()];
        }
        // "(AB) Adam Birtles - Secretary": initials the roll declares in front of the name are no part of it.
        else if (fields.Count == 1 && Regex.Match(fields[0], @"^(?<name>[^–-]+?)\s+[-–]\s+(?<org>.+)$") is { Success: true } dash
            && PersonNames.LooksLikeFullName(Parenthetical().Replace(dash.Groups["name"].Value, " ").Trim()))
        {
            fields = [dash.Groups["name"].Value, dash.Groups["org"].Value];
        }

        if (fields.Count == 0)
            return null;
        var name = fields[0];
        string? organisation = fields.Count > 1 ? string.Join(", ", fields.Skip(1)) : null;
        // "John Mertic, Linux Foundation (JM) *": the person's initials and a voting mark close the line, not the organisation.
        if (organisation is not null && TrailingInitials().Match(organisation) is { Success: true } trailing && InitialsFit(name, trailing.Groups["initials"].Value))
        {
            initials ??= trailing.Groups["initials"].Value;
            organisation = organisation[..trailing.Index];
        }

        string? role = null;
        foreach (Match paren in Parenthetical().Matches(name))
        {
            var inside = paren.Groups[1].Value.Trim();
            if (inside.Length == 0)
                continue;
            if (PersonNames.LooksLikeInitials(inside) && initials is null && InitialsFit(name, inside))
                initials = inside;
            else if (Roles.LooksLikeRole(inside))
                role ??= Roles.Normalise(inside);
            else if (organisation is null)
                organisation = inside;
            else
                role ??= Roles.Normalise(inside);
        }

        name = PersonEntries.WithoutClosingStop(TextCleaning.Squash(Parenthetical().Replace(name, " ")).Trim().TrimEnd(',', ';', ':').Trim());
        if (organisation is not null)
        {
            var (org, orgRole) = SplitRole(organisation);
            organisation = org;
            role ??= orgRole;
        }

        if (name.Length == 0 || !char.IsLetter(name[0]) || PersonNames.Tokens(name).Length > 6)
            return null;
        if (!char.IsUpper(name[0]))
            return null;
        Directory.Add(name, initials);
        return new PersonDraft(name, string.IsNullOrWhiteSpace(organisation) ? null : organisation, role ?? groupRole);
    }

    private static bool InitialsFit(string name, string initials)
    {
        var letters = PersonNames.Tokens(Parenthetical().Replace(name, " ")).Where(t => t.Length > 0).Select(t => char.ToUpperInvariant(t[0])).ToList();
        return letters.Count > 0 && initials[0] == letters[0];
    }

    /// <summary>"Hampshire County Council (Chair of LCIOC)" gives the organisation and the role Chair.</summary>
    internal static (string? Organisation, string? Role) SplitRole(string text)
    {
        string? role = null;
        foreach (Match paren in Parenthetical().Matches(text))
        {
            var inside = paren.Groups[1].Value.Trim();
            if (Roles.LooksLikeRole(inside))
                role ??= Roles.Normalise(inside);
        }

        var organisation = TextCleaning.Squash(Parenthetical().Replace(text, m => Roles.LooksLikeRole(m.Groups[1].Value) ? " " : m.Value)).Trim().TrimEnd(',', ';');
        // "Director of Finance", "Trust Secretary (minutes)": a post written in the column beside the name is the person's role.
        if (Roles.IsNamedPost(organisation))
            return (null, Roles.WithPost(role, organisation));
        // "Tom Brown, Treasurer", "Sue White, Chief Executive": a word or two naming a post is a role, not an organisation.
        if (role is null && Roles.LooksLikeRole(organisation) && PersonNames.Tokens(organisation).Length <= 2 && !organisation.Any(char.IsDigit)
            && !PersonNames.Tokens(organisation).Any(t => t.Length >= 2 && t.All(char.IsUpper) && !Roles.LooksLikeRole(t)))
        {
            return (null, Roles.Normalise(organisation));
        }

        return (organisation.Length == 0 ? null : organisation, role);
    }

    /// <summary>Rolls set out as tables (<see cref="RollTables"/>): those marked present, and those marked as sending apologies.</summary>
    private void ReadTables(IReadOnlyList<TextLine> lines)
    {
        foreach (var roll in RollTables.Read(lines))
        {
            if (Start < 0)
                Start = roll.Start;
            foreach (var (person, state, initials) in roll.Entries)
            {
                Directory.Add(person.Name, initials);
                if (state == SectionKind.Apologies)
                    AddPerson(_apologies, person);
                else if (state == SectionKind.Attendance)
                    AddPerson(_present, person);
            }

            End = Math.Max(End, roll.End);
        }
    }

    private static bool SameSurname(string fullName, string surname) =>
        PersonNames.Tokens(fullName) is [_, .., var last] && PersonNames.Key(last) == PersonNames.Key(surname);

    // What a mark after a name in the list of those present says of that person: "Tom Beck (apologies)", "Ann Lee (sent
    // regrets)", "Beth Nolan (excused)" sent apologies; "Raj Patel (absent)", "(not present)" did not come.
    [GeneratedRegex(@"^(?:(?<apologies>apologies|apols?\.?|sent\s+(?:apologies|regrets)|regrets|apologies\s+(?:sent|received|given)|absent\s+with\s+apologies|excused(?:\s+absen(?:ce|t))?|absent\s*[-–,]?\s*excused)|(?<absent>absent|not\s+present|did\s+not\s+attend))$", RegexOptions.IgnoreCase)]
    private static partial Regex AbsenceMark();

    private static bool IsAbsenceMark(string? text) => text is not null && AbsenceMark().IsMatch(text.Trim());

    /// <summary>
    /// A list of those present that keeps everyone on the roll marks the ones who did not come beside their names, as a
    /// charity's or a committee's secretary types it ("Attendees: Mary Holt (Chair), Tom Beck (apologies), Nia Roberts"):
    /// those who sent apologies move to the apologies, the absent to neither list.
    /// </summary>
    private void MoveMarkedAbsences()
    {
        for (var k = 0; k < _present.Count; k++)
        {
            var person = _present[k];
            if (!IsAbsenceMark(person.Organisation) && !IsAbsenceMark(person.Role))
                continue;
            AddIfApologised(person);
            _present.RemoveAt(k);
            k--;
        }
    }

    /// <summary>Those of a list of absences marked as excused or as having sent apologies: they are the apologies.</summary>
    private void MoveExcused(List<PersonDraft> absent)
    {
        foreach (var person in absent)
            AddIfApologised(person);
    }

    /// <summary>A person whose mark says they sent apologies joins the apologies, without the mark, unless already there.</summary>
    private void AddIfApologised(PersonDraft person)
    {
        var mark = IsAbsenceMark(person.Organisation) ? person.Organisation! : IsAbsenceMark(person.Role) ? person.Role! : null;
        if (mark is null || !AbsenceMark().Match(mark.Trim()).Groups["apologies"].Success || _apologies.Any(a => PersonNames.Key(a.Name) == PersonNames.Key(person.Name)))
            return;
        _apologies.Add(person with
        {
            Organisation = IsAbsenceMark(person.Organisation) ? null : person.Organisation,
            Role = IsAbsenceMark(person.Role) ? null : person.Role,
        });
    }

    /// <summary>A person listed as present and as apologising is in neither list: the document contradicts itself.</summary>
    private void RemoveContradictions()
    {
        var both = _present.Where(p => _apologies.Any(a => PersonNames.Key(a.Name) == PersonNames.Key(p.Name))).Select(p => p.Name).ToList();
        foreach (var name in both)
            _listedTwice.Add(PersonNames.Key(name));
        // Once found on both lists a person stays off both, though a later reading supplies one list afresh.
        _present.RemoveAll(p => _listedTwice.Contains(PersonNames.Key(p.Name)));
        _apologies.RemoveAll(p => _listedTwice.Contains(PersonNames.Key(p.Name)));
        foreach (var name in both)
        {
            var warning = $"{name} is listed both as present and as sending apologies; left out of both lists.";
            if (!_warnings.Contains(warning))
                _warnings.Add(warning);
        }
    }

    private void ReadRolesFromProse(IReadOnlyList<TextLine> lines)
    {
        // Each pattern holds a word of its own ("chair" or "led", "called", "taken"): lines without it are not tried.
        foreach (var line in lines.Take(400))
        {
            var chair = line.Text.Contains("chair", StringComparison.OrdinalIgnoreCase) || line.Text.Contains("led", StringComparison.OrdinalIgnoreCase)
                ? ChairSentence().Match(line.Text) : Match.Empty;
            if (chair.Success)
                SetRole(chair.Groups["name"].Value, "Chair");
            if (line.Text.Contains("called", StringComparison.OrdinalIgnoreCase) && CalledToOrder().Match(line.Text) is { Success: true } opened)
                SetRole(opened.Groups["name"].Value, "Chair");
            var secretary = line.Text.Contains("taken", StringComparison.OrdinalIgnoreCase) ? SecretarySentence().Match(line.Text) : Match.Empty;
            if (secretary.Success)
                SetRole(secretary.Groups["name"].Value, "Secretary");
        }
    }

    // "Clerk: Jo Bloggs", "Chair – Alan Smith", "Vice Chairman: P. Nicholas", "Minute taker: Ruth Shaw": a post and the one person who
    // held it, a line to itself beside the list of those present.
    // "The clerk: Tom Reid" after "In attendance:", "Minutes recorded by: Ann Lee": the same line in other words.
    [GeneratedRegex(@"^[\W-[(]]*(?:the\s+)?(?<post>(?:parish\s+|town\s+)?clerk(?:\s+to\s+the\s+(?:council|committee|meeting))?|(?:vice[\s-]?)?chair(?:man|woman|person)?|minute[\s-]?taker|minutes\s+(?:(?:taken|recorded)\s+by|by)|note[\s-]?taker|recording\s+secretary|secretary|scribe)\s*(?::|\s[-–]\s)\s*(?<name>[^,;:()]{3,60}?)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex PostLine();

    /// <summary>
    /// A post's line next to the attendance lists ("Present: Ann Lee, Tom Reid" then "Clerk: Jo Bloggs"): the holder was
    /// there in that post. Read only within a few lines of the lists, where such a line is the attendance's and not a
    /// report's heading.
    /// </summary>
    private void ReadPostLines(IReadOnlyList<TextLine> lines)
    {
        if (Start < 0)
            return;
        var from = Math.Max(0, Start - 6);
        var to = Math.Min(lines.Count, Math.Max(End, Start + 1) + 4);
        // The lines that are a post's line first: "Clerk - Jenny Hollington" names the clerk as the list does, before "CLERK: Mrs.
        // Jenny Hollington" in a column at the head of the page says the same.
        var window = lines.Skip(from).Take(to - from).Select(l => l.Text.Trim()).ToList();
        foreach (var match in window.Select(t => PostLine().Match(t)).Where(m => m.Success))
            AddPostHolder(match);
        foreach (var match in window.Where(t => !PostLine().IsMatch(t)).SelectMany(PostCells))
            AddPostHolder(match);
    }

    /// <summary>
    /// For the clerk or whoever took the minutes, each column of a line ("Clerk: Jo Hart" set beside
    /// "Cllr Ann Lee – Chairman", "CHAIRMAN: Ann Lee" and "CLERK: Jo Hart" side by side at the head of the page) and what follows
    /// an attendance label on it ("In attendance: The clerk: Tom Reid"). A chair named at the head of the page is the body's
    /// officer, who may have sent apologies; the clerk takes the minutes.
    /// </summary>
    private static IEnumerable<Match> PostCells(string text)
    {
        var cells = text.Contains('\t', StringComparison.Ordinal) ? text.Split('\t', StringSplitOptions.TrimEntries) : [];
        if (SectionVocabulary.OpensLine(text, out var phrase, out var rest) && phrase.Kind == SectionKind.Attendance && rest.Length > 0)
            cells = [.. cells, rest];
        return cells.Select(c => PostLine().Match(c)).Where(m => m.Success && TakesTheMinutes(m.Groups["post"].Value));
    }

    private static bool TakesTheMinutes(string post) =>
        post.Contains("clerk", StringComparison.OrdinalIgnoreCase) || post.StartsWith("minute", StringComparison.OrdinalIgnoreCase)
        || post.StartsWith("note", StringComparison.OrdinalIgnoreCase) || post.Equals("scribe", StringComparison.OrdinalIgnoreCase);

    private void AddPostHolder(Match match)
    {
        var name = match.Groups["name"].Value.Trim();
        if (!PersonEntries.LooksLikePerson(name, strict: true))
            return;
        // A clerk of any kind is the Clerk, whoever took the minutes the Minute taker; the chair and secretary as every role is.
        var post = match.Groups["post"].Value;
        var role = post.Contains("clerk", StringComparison.OrdinalIgnoreCase) ? "Clerk"
            : post.StartsWith("minute", StringComparison.OrdinalIgnoreCase) || post.StartsWith("note", StringComparison.OrdinalIgnoreCase) ? "Minute taker"
            : Roles.Normalise(post);
        // "Chair: Fletcher" under a list that has "Fletcher Boyd": the post of one already named, no one new; a first
        // name alone that names nobody listed is too little to add a person by.
        var tokens = PersonNames.Tokens(name);
        var holders = tokens.Length == 1
            ? _present.FindAll(p => PersonNames.Tokens(p.Name).Any(t => PersonNames.Key(t) == PersonNames.Key(name)))
            : _present.FindAll(p => SameName(p.Name, name));
        if (holders.Count == 1)
        {
            var index = _present.IndexOf(holders[0]);
            if (_present[index].Role is null)
                _present[index] = _present[index] with { Role = role };
        }
        else if (tokens.Length > 1 && holders.Count == 0 && !Named(name))
        {
            _present.Add(new PersonDraft(name, null, role));
        }
    }

    // "Mrs. Jenny Hollington" at the head of the page is the "Jenny Hollington" of the list: a title before the same name.
    private static bool SameName(string listed, string name) =>
        PersonNames.Key(listed) is var a && PersonNames.Key(name) is var b && (a == b || a.EndsWith(' ' + b, StringComparison.Ordinal) || b.EndsWith(' ' + a, StringComparison.Ordinal));

    private void SetRole(string name, string role)
    {
        var index = _present.FindIndex(p => PersonNames.Key(name).StartsWith(PersonNames.Key(p.Name), StringComparison.Ordinal));
        // "Chairman Haden": a surname alone names the one person present who has it.
        if (index < 0 && PersonNames.Tokens(name).Length == 1 && _present.Count(p => SameSurname(p.Name, name)) == 1)
            index = _present.FindIndex(p => SameSurname(p.Name, name));
        if (index >= 0 && _present[index].Role is null or "Board member")
            _present[index] = _present[index] with { Role = role };
    }
}
