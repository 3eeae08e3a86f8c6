using System.Text.RegularExpressions;

namespace Quorum.Import.Minutes;

/// <summary>What a labelled section of minutes holds.</summary>
public enum SectionKind
{
    Attendance,
    Apologies,

    /// <summary>Absent without apology ("Absent:", "Not present:", "Absent w/o notice:"): in neither list.</summary>
    Absence,
    Actions,
    Decisions,
    NextMeeting,
    Agenda,
}

/// <summary>
/// One way minutes label a section, with the role it gives the people listed under it. A label that can
/// also be a title ("BOARD OF DIRECTORS") opens an attendance list only when people follow it; one that
/// also opens ordinary sentences ("Members – …", "Staff – …") is read only as a label on its own.
/// </summary>
public sealed record SectionPhrase(SectionKind Kind, string Phrase, string? Role = null, bool NeedsPeople = false, bool LabelOnly = false);

/// <summary>
/// The labels minutes put over their sections and the phrasings they come in, in one table.
/// A phrasing may hold optional words in square brackets and alternatives in round ones
/// ("apologies [for absence] [received]", "(action|actions) [items|points]"), and "…" for a few
/// words of any kind ("other board members … present"). A label is matched whole, or as the end of
/// a short label ("Voting member attendees"); at the start of a line, a label is followed by a
/// colon, a dash, a tab or nothing ("Present: Cllr A Smith (Chair), …").
/// </summary>
public static partial class SectionVocabulary
{
    private const string BoardMember = "Board member";


    private static readonly SectionPhrase[] Table =
    [
        new(SectionKind.Attendance, "present"),
        new(SectionKind.Attendance, "(present were|the following were present)", LabelOnly: true),
        new(SectionKind.Attendance, "(those|members|councillors|persons|others) present"),
        // "The following Councillors were present:": the passive sentence put before the list as its label.
        new(SectionKind.Attendance, "the following (people|persons|councillors|members|trustees|directors|governors|commissioners|board members|committee members) were present"),
        new(SectionKind.Attendance, "(directors|trustees|governors) present", LabelOnly: true),
        // "Members of the Council present were: Councillors Ann Lee, Chairman, …": the members named by their body.
        new(SectionKind.Attendance, "(members|councillors) of the (council|board|committee) (present|in attendance) [were]"),
        new(SectionKind.Attendance, "[the following] [new] (board member|board members) (in attendance|present) [were]", BoardMember),
        new(SectionKind.Attendance, "[the following] [new] board members were present", BoardMember),
        new(SectionKind.Attendance, "other board members … present", BoardMember),
        new(SectionKind.Attendance, "attendees [present]"),
        // "View Attendee List": a site's collapsed box over the list.
        new(SectionKind.Attendance, "[view] (attendee|attendees|attendance) list"),
        new(SectionKind.Attendance, "attendance [and proxies]"),
        new(SectionKind.Attendance, "(attendee|attending|attended|also attending|non-members attending|roll call)", LabelOnly: true),
        new(SectionKind.Attendance, "also present [were]"),
        // "Attended by: Ann Lee, Tom Reid": the passive label, often set at the foot of a page.
        new(SectionKind.Attendance, "attended by"),
        new(SectionKind.Attendance, "[also] in attendance [were]"),
        new(SectionKind.Attendance, "members in attendance"),
        // "Attending members", "Directors attending:": who came, by the verb as "Members present" says it.
        new(SectionKind.Attendance, "attending (members|directors|trustees|governors|councillors|board members|committee members) [were]"),
        new(SectionKind.Attendance, "(members|directors|trustees|governors|councillors|board members|committee members) attending"),
        new(SectionKind.Attendance, "officers [present|in attendance]"),
        new(SectionKind.Attendance, "participants"),
        // "Officials:", "Secretariat:", "Observers and officials:": a government board's or panel's civil servants, listed under
        // the members as those in attendance.
        new(SectionKind.Attendance, "[other] (officials|secretariat|advisers|advisors|assessors) [present|in attendance]", NeedsPeople: true),
        new(SectionKind.Attendance, "(members|management and staff)", LabelOnly: true),
        new(SectionKind.Attendance, "staff [present|in attendance]", LabelOnly: true),
        new(SectionKind.Attendance, "board of (directors|trustees|governors|commissioners)", NeedsPeople: true),
        new(SectionKind.Attendance, "(directors|trustees|commissioners|governors)", NeedsPeople: true),
        // "Chairman: M. Stuart" / "Parish Councillors: Mrs E. Chubb" over "J. Harris": a parish roll kept under its offices, with no "Present".
        new(SectionKind.Attendance, "[parish|town] councillors", NeedsPeople: true),
        new(SectionKind.Attendance, "(board|committee|council|voting) members", NeedsPeople: true),
        new(SectionKind.Attendance, "members of the (board|committee)", NeedsPeople: true),
        // "MSHN Representatives:" over one name a line, as a council of member bodies lists those each body sent.
        new(SectionKind.Attendance, "representatives", NeedsPeople: true),
        new(SectionKind.Attendance, "(presenting|presenters|speakers)", "Presenter"),
        // "Guests present", "__Registered guests present__", "Visitors in attendance:": the guests' list named by the word of
        // presence, as "Members present" names the members', and "registered" for those who signed in before an online meeting.
        new(SectionKind.Attendance, "[registered] (guest|guests) [present|in attendance]", "Guest"),
        new(SectionKind.Attendance, "members of the public [present]", "Guest", LabelOnly: true),
        new(SectionKind.Attendance, "[registered] visitors [present|in attendance]", "Guest", LabelOnly: true),
        // "Public:" over the members of the public who gave their names, each with "Public" in a column beside it.
        new(SectionKind.Attendance, "public"),
        // "Observing: Ann, Tom": those who sat in, by the verb as "Attending:" gives those who attended.
        new(SectionKind.Attendance, "(observer|observers|observing)", "Observer"),
        new(SectionKind.Apologies, "apologies [for absence] [received] [[were] [received] [and accepted] from]"),
        new(SectionKind.Apologies, "apologies for absence were received and accepted from"),
        // "The following apologies were received:", "Apologies were noted:": the passive sentence put before a list as its label.
        new(SectionKind.Apologies, "[the following] apologies [for absence] [were|had been|have been] (received|noted|accepted|tendered) [and (accepted|noted)]"),
        // "With apologies:", "Sent apologies:": those who were not there and said so, as "Regrets:" has it.
        new(SectionKind.Apologies, "(with|sent) apologies"),
        // "The following members sent apologies:": who apologised, said before the list of them.
        new(SectionKind.Apologies, "the following [members|councillors|trustees|directors|governors] (sent|gave|tendered|offered|submitted) [their] apologies [for absence]"),
        // "To receive apologies for absence": an agenda's item worded as what the meeting is to do, kept so in the minutes.
        new(SectionKind.Apologies, "to (receive|note|receive and accept|receive and note|accept) [any] apologies [for absence]"),
        // "APOLOGY" over one member's sentence, "2 Apology Cllr. J Hart & Cllr. Lane": a parish clerk's singular when one or two sent them.
        new(SectionKind.Apologies, "apology [for absence]"),
        new(SectionKind.Apologies, "apologies in advance"),
        new(SectionKind.Apologies, "apologies and absences"),
        new(SectionKind.Apologies, "regrets"),
        // "Apologized: Ann Lee, Tom Reid": the verb as the label, as "Attended:" gives those who came.
        new(SectionKind.Apologies, "(apologised|apologized)"),
        new(SectionKind.Apologies, "sent regrets", LabelOnly: true),
        new(SectionKind.Apologies, "(absent|absence|absences) with (apologies|apology|regrets)"),
        new(SectionKind.Apologies, "(excused|excused absence|excused absences|absent excused|absent and excused)"),
        new(SectionKind.Absence, "(absent|absentees|not present|not in attendance|absent without (apologies|apology|notice|explanation))"),
        // "Trustees absent:", "Members not present:": those of the roll who did not come, as "Trustees present:" gives those who did.
        new(SectionKind.Absence, "(members|directors|trustees|governors|councillors|commissioners|board members|committee members) (absent|not present)"),
        new(SectionKind.Actions, "[new|open|open and new|new and open|agreed|summary of|ongoing|on-going|new and ongoing|new and on-going|completed] (action|actions) [item|items|list|point|points|arising|log|summary|agreed|required|from this meeting]"),
        new(SectionKind.Actions, "(to do list|to-do list|todo list|task list|to do|to-do|tasks)", LabelOnly: true),
        // "Next steps", "Follow-up items": the closing list of who is to do what, under another name.
        new(SectionKind.Actions, "[agreed] (next steps|follow-up items|follow up items|follow-up actions|follow up actions|follow-ups)", LabelOnly: true),
        new(SectionKind.Decisions, "(decisions|decisions taken|resolutions|resolved)"),
        new(SectionKind.NextMeeting, "(next meeting|date of next meeting|dates of next meetings|future meetings)"),
        // "Agenda Items" heads a template's agenda as "Agenda" does.
        new(SectionKind.Agenda, "agenda [items]"),
        // "Key Discussion Topics": a meeting form's heading over the subjects taken, as "Agenda" heads them in minutes.
        new(SectionKind.Agenda, "[key] discussion topics"),
    ];

    /// <summary>Every phrasing of the table written out, one per entry.</summary>
    public static IReadOnlyList<SectionPhrase> Phrases { get; } = [.. Table.SelectMany(p => Expand(p.Phrase).Select(text => p with { Phrase = text })).DistinctBy(p => p.Phrase)];

    // Longest phrasings first, so that "not present" is read before "present".
    private static readonly SectionPhrase[] ByLength = [.. Phrases.OrderByDescending(p => p.Phrase.Length)];

    private static readonly Dictionary<string, SectionPhrase> ByPhrase = Phrases.ToDictionary(p => p.Phrase, StringComparer.Ordinal);

    private static readonly Dictionary<SectionKind, Regex> LineOpeners = new[] { SectionKind.Attendance, SectionKind.Apologies, SectionKind.Absence }.ToDictionary(
        kind => kind,
        kind => new Regex(
            "^(?<label>" + string.Join('|', ByLength.Where(p => p.Kind == kind && !p.NeedsPeople && !p.LabelOnly).Select(p => AsPattern(p.Phrase))) + ")"
            // "Present from SNS:": the organisation those listed came from, before the colon.
            + (kind == SectionKind.Attendance ? @"(?:\s+from\s+(?<from>[^:\t]{1,40}?)(?=\s*:))?" : string.Empty)
            + @"\s*(?:\(\d+\))?\s*(?::|-|–|\t|$)",
            RegexOptions.IgnoreCase | RegexOptions.Compiled));

    // "ATTENDING<tab>Ian Reid<tab>Police": a label set in a column of its own opens the list beside it, even a label
    // that is read only on a line of its own elsewhere, since a column says the label ends there; only when a person
    // stands first beside it, as "Roll call:<tab>Board members<tab>Present" heads a table of marks instead.
    private static readonly Dictionary<SectionKind, Regex> ColumnOpeners = new[] { SectionKind.Attendance, SectionKind.Apologies, SectionKind.Absence }.ToDictionary(
        kind => kind,
        kind => new Regex(
            "^(?<label>" + string.Join('|', ByLength.Where(p => p.Kind == kind && !p.NeedsPeople && p.LabelOnly).Select(p => AsPattern(p.Phrase))) + @")\s*:?\t(?=\s*\p{Lu})",
            RegexOptions.IgnoreCase | RegexOptions.Compiled));

    /// <summary>A phrasing's optional and alternative parts written out: "(a|b) [c]" is "a", "b", "a c" and "b c".</summary>
    private static IEnumerable<string> Expand(string phrase)
    {
        var open = phrase.IndexOfAny(['[', '(']);
        if (open < 0)
        {
            yield return string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            yield break;
        }

        var depth = 0;
        var close = open;
        var splits = new List<int>();
        for (; close < phrase.Length; close++)
        {
            if (phrase[close] is '[' or '(')
                depth++;
            else if (phrase[close] is ']' or ')' && --depth == 0)
                break;
            else if (phrase[close] == '|' && depth == 1)
                splits.Add(close);
        }

        var bounds = new List<int> { open };
        bounds.AddRange(splits);
        bounds.Add(close);
        var alternatives = Enumerable.Range(0, bounds.Count - 1).Select(k => phrase[(bounds[k] + 1)..bounds[k + 1]]).ToList();
        if (phrase[open] == '[')
            alternatives.Add(string.Empty);
        foreach (var alternative in alternatives)
        {
            foreach (var expanded in Expand(phrase[..open] + alternative + phrase[(close + 1)..]))
                yield return expanded;
        }
    }

    private static string AsPattern(string phrase) =>
        string.Join(@"\s+", phrase.Split(' ').Select(word => word == "…" ? "[^:]{0,40}?" : Regex.Escape(word)));

    /// <summary>
    /// A line that opens with an attendance or apologies label: its phrasing and the text after it on the
    /// same line ("Apologies: Cllr B Jones", "Present – "). Apologies are read first.
    /// </summary>
    public static bool OpensLine(string text, out SectionPhrase phrase, out string rest) => OpensLine(text, out phrase, out rest, out _);

    /// <summary>As above, with the organisation an attendance label names ("Present from SNS:"), else null.</summary>
    public static bool OpensLine(string text, out SectionPhrase phrase, out string rest, out string? organisation)
    {
        var opening = KnownOpenings.Read(text);
        (phrase, rest, organisation) = (opening.Phrase!, opening.Rest, opening.Organisation);
        return opening.Phrase is not null;
    }

    private sealed record Opening(SectionPhrase? Phrase, string Rest, string? Organisation);

    // The attendance readers, the agenda's and the presence sentences' each ask this of every line.
    private static readonly LineMemo<Opening> KnownOpenings = new(text =>
        ReadOpening(text, out var phrase, out var rest, out var organisation) ? new(phrase, rest, organisation) : new(null, string.Empty, null));

    // The letters an opener's phrasings begin with, up to their first space or hyphen ("present", "the", "non"): a line whose
    // first letters are none of them opens with no label, and is not tried against the openers' long alternations.
    private static readonly HashSet<string> OpeningWords = new(
        ByLength.Where(p => p.Kind is SectionKind.Attendance or SectionKind.Apologies or SectionKind.Absence && !p.NeedsPeople)
            .Select(p => new string([.. p.Phrase.TakeWhile(char.IsAsciiLetter)])),
        StringComparer.OrdinalIgnoreCase);

    private static bool MayOpenWithLabel(string text)
    {
        var letters = 0;
        while (letters < text.Length && char.IsAsciiLetter(text[letters]))
            letters++;
        // A letter outside ASCII may match a phrasing's under the pattern's case rules: left to the pattern.
        return letters < text.Length && !char.IsAscii(text[letters]) || OpeningWords.Contains(text[..letters]);
    }

    private static bool ReadOpening(string text, out SectionPhrase phrase, out string rest, out string? organisation)
    {
        organisation = null;
        text = SpelledOut(text);
        if (!MayOpenWithLabel(text))
        {
            phrase = default!;
            rest = string.Empty;
            return false;
        }

        foreach (var kind in (SectionKind[])[SectionKind.Apologies, SectionKind.Absence, SectionKind.Attendance])
        {
            var match = LineOpeners[kind].Match(text);
            if (!match.Success && ColumnOpeners[kind].Match(text) is { Success: true } column
                && PersonEntries.LooksLikePerson(text[column.Length..].Split('\t')[0].Trim(), strict: true))
                match = column;
            if (!match.Success)
                continue;
            var label = string.Join(' ', match.Groups["label"].Value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            // A label the opener matched but no phrasing spells the same way (a damaged file's "İ", lower-cased to two
            // characters) is no label.
            if ((ByLength.FirstOrDefault(p => p.Kind == kind && p.Phrase == label)
                ?? ByLength.FirstOrDefault(p => p.Kind == kind && p.Phrase.Contains('…', StringComparison.Ordinal))) is not { } found)
            {
                continue;
            }

            phrase = found;
            rest = text[match.Length..].Trim();
            // "Present: Members: Ann Lee, …", "Present: Members" over the names: the group the names belong to is no name of them.
            if (kind == SectionKind.Attendance)
                rest = GroupBeforeNames().Replace(rest, string.Empty);
            if (match.Groups["from"].Success)
                organisation = match.Groups["from"].Value.Trim();
            return true;
        }

        phrase = default!;
        rest = string.Empty;
        return false;
    }

    // Words saying that those named are members, not holders of a post: "Cllrs Haidy Blake", "Commissioners Bishop", "Messrs. Hall and Lee".
    private const string CollectiveLabels = @"councillors|cllrs\.?|messrs\.?|commissioners|directors|trustees|members|councilmembers|supervisors";

    [GeneratedRegex($@"^(?:{CollectiveLabels})$", RegexOptions.IgnoreCase)]
    private static partial Regex CollectiveLabel();

    [GeneratedRegex($@"^(?:{CollectiveLabels})\s*(?::-?\s*|$)", RegexOptions.IgnoreCase)]
    private static partial Regex GroupBeforeNames();

    /// <summary>A collective label in front of a list of names ("Cllrs " in "Cllrs Haidy Blake"): no part of the first name.</summary>
    [GeneratedRegex($@"^(?:{CollectiveLabels})\s+(?=\p{{Lu}})", RegexOptions.IgnoreCase)]
    public static partial Regex CollectiveLabelBeforeNames();

    /// <summary>"Commissioners", or "Commissioner" before one name: membership of the body, which is no role in it.</summary>
    public static bool IsCollectiveLabel(string word) => CollectiveLabel().IsMatch(word) || CollectiveLabel().IsMatch(word + "s");

    /// <summary>"w/o" and "&amp;" as the phrasings spell them; the patterns are tried only on a line that holds the abbreviation or the ampersand.</summary>
    private static string SpelledOut(string text)
    {
        if (text.Contains("w/o", StringComparison.OrdinalIgnoreCase))
            text = WithoutAbbreviation().Replace(text, "without");
        return text.Contains('&', StringComparison.Ordinal) ? AmpersandLabel().Replace(text, "${a} and ") : text;
    }

    // "Absent w/o notice": the abbreviation would split the label at its slash.
    [GeneratedRegex(@"\bw/o\b", RegexOptions.IgnoreCase)]
    private static partial Regex WithoutAbbreviation();

    // "Apologies & absences": the ampersand stands for the "and" of the label's phrasing.
    [GeneratedRegex(@"^(?<a>\s*apologies|\s*absences?)\s*&\s*(?=absences?\b|apologies\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AmpersandLabel();

    // "Absent (with apologies)", "Absent (excused)": the bracket says the absence was excused.
    [GeneratedRegex(@"^\s*(?:absent|absence|not\s+present|not\s+in\s+attendance)\s*\(\s*(?:with\s+apolog|apolog|excused|regrets)", RegexOptions.IgnoreCase)]
    private static partial Regex ExcusedAbsence();

    /// <summary>A line that is a label of the kind and nothing else ("Actions:", "**Action items**").</summary>
    public static bool IsLabelOnly(string text, SectionKind kind) =>
        TryMatch(text, out var phrase, out var rest) && phrase.Kind == kind && rest.Length == 0;

    /// <summary>
    /// A line that is exactly a phrasing of the kind, perhaps numbered after it ("Agenda", "Agenda 2:"):
    /// the strict reading, for a label that also begins ordinary titles ("Agenda for the year").
    /// </summary>
    public static bool IsExactly(string text, SectionKind kind) =>
        ExactLabels.Read(text) is { } label && Phrases.Any(p => p.Kind == kind && p.Phrase == label);

    // The agenda reader asks this of every line, once for each kind.
    private static readonly LineMemo<string?> ExactLabels = new(text =>
        ExactLabel().Match(text.Trim()) is { Success: true } match
            ? string.Join(' ', match.Groups["label"].Value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            : null);

    [GeneratedRegex(@"^(?<label>\p{L}[\p{L} -]*?)(?:\s+\d+)?\s*:?\s*$")]
    private static partial Regex ExactLabel();

    // "Present Mr P Evans (PE), Mrs G Parsons (GP)", "Present. Cllrs. Ron Dark": a label run into its list with no colon, the first name's title marking where
    // the list begins.
    [GeneratedRegex(@"^(?<label>(?i:present|apolog(?:ies|y)|in\s+attendance|attending|absent))\.?\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?|Councillors?|Rev|Prof)\.?\s+\p{Lu})")]
    private static partial Regex LabelBeforeTitledName();

    [GeneratedRegex(@"^\s*(?<label>[^:;\t]{1,60}?)\s*(?:\(\d+\))?\s*(?:[:;\t]|\s[-–]\s|$)\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex LabelAndRest();

    // "22-0073 1. ROLL CALL:": a clerk's reference number may stand before the item's own.
    [GeneratedRegex(@"^(?:\d{2}-\d{3,5}\s+)?(?:\d{1,3}(?:[./]\d{1,3}){0,3}[.):]?\s+|item\s+\d{1,3}\s*[.:]?\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"\([^()]*\)\s*$")]
    private static partial Regex Aside();

    [GeneratedRegex(@"[^\p{L}\s/-]")]
    private static partial Regex NotLabelCharacters();

    /// <summary>
    /// Reads a line as a section label: its kind, the role it gives, and the text after it on the
    /// same line. Numbered lines ("39. APOLOGIES FOR ABSENCE") are labels too.
    /// </summary>
    public static bool TryMatch(string line, out SectionPhrase phrase, out string rest)
    {
        var label = KnownLabels.Read(line);
        (phrase, rest) = (label.Phrase!, label.Rest);
        return label.Phrase is not null;
    }

    // Attendance, actions and the agenda each ask this of every line.
    private static readonly LineMemo<Opening> KnownLabels = new(line =>
        ReadLabel(line, out var phrase, out var rest) ? new(phrase, rest, null) : new(null, string.Empty, null));

    private static bool ReadLabel(string line, out SectionPhrase phrase, out string rest)
    {
        phrase = default!;
        rest = string.Empty;
        var text = line.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal).Trim();
        text = Number().Replace(text, string.Empty);
        text = SpelledOut(text);
        text = LabelBeforeTitledName().Replace(text, "${label}:");
        if (ExcusedAbsence().Match(text) is { Success: true } excused && text.IndexOf(')', excused.Length) is var close and > 0)
            text = "Absent with apologies" + text[(close + 1)..];
        var match = LabelAndRest().Match(text);
        if (!match.Success)
            return false;
        // "Introduction of participants/roll call (Co-Chair David)": the bracket is an aside, the slash an alternative.
        var raw = Aside().Replace(match.Groups["label"].Value, " ");
        // "ABSENT/EXCUSED": the two words together are a phrasing of their own (absent and excused), read before either alone.
        foreach (var alternative in raw.Contains('/', StringComparison.Ordinal) ? raw.Split('/').Prepend(raw.Replace('/', ' ')) : [raw])
        {
            var written = NotLabelCharacters().Replace(alternative, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var label = string.Join(' ', written).ToLowerInvariant();
            // Seven words: the longest phrasing ("to receive and accept apologies for absence"); a longer line is a sentence.
            if (label.Length == 0 || label.Split(' ').Length > 7)
                continue;
            // The whole label, then what follows each of its first words, longest first: the same
            // order as trying every phrasing longest first, by lookup rather than by scan.
            for (var start = 0; start >= 0; start = label.IndexOf(' ', start + 1))
            {
                var tail = start == 0 ? label : label[(start + 1)..];
                if (ByPhrase.TryGetValue(tail, out var candidate) && (start == 0 || Qualifier(label[..(start + 1)]) || Acronyms(written, label[..start].Split(' ').Length)))
                {
                    phrase = candidate;
                    rest = match.Groups["rest"].Value.Trim();
                    if (candidate.Kind == SectionKind.Attendance)
                        rest = GroupBeforeNames().Replace(rest, string.Empty);
                    // "ROLL CALL:  Present:  Catherine Atkin, President", "Attendance: Board members present: Ann Lee": the label inside
                    // says which list follows.
                    if ((candidate.LabelOnly || candidate.Kind == SectionKind.Attendance) && rest.Length > 0 && TryMatch(rest, out var inner, out var innerRest)
                        && inner.Kind is SectionKind.Attendance or SectionKind.Apologies or SectionKind.Absence && (candidate.LabelOnly || innerRest.Length > 0))
                    {
                        (phrase, rest) = (inner, innerRest);
                    }

                    return true;
                }
            }

            if (GroupPresent().Match(label) is { Success: true } group && !group.Groups["group"].Value.Split(' ').Any(NotAGroup.Contains)
                && ClosedByColon(text, match.Groups["label"]))
            {
                phrase = GroupPresentPhrase;
                rest = match.Groups["rest"].Value.Trim();
                return true;
            }
        }

        return false;
    }

    // "PAC Exec present:", "Dryad staff in attendance:", "Parents and Students Present:": whatever group a clerk names
    // before the word of presence, those listed after it came; read only when people follow, as the group may be any words.
    [GeneratedRegex(@"^(?<group>[\p{L}'’-]+(?: [\p{L}'’-]+){0,3}) (?:present|in attendance|attending)(?: were)?$")]
    private static partial Regex GroupPresent();

    // The colon marks the words as a label: "COMMISSIONERS AND STAFF PRESENT" over sentences, and "Roll Call  Board Members  Present"
    // over a table of marks, are headings.
    private static bool ClosedByColon(string text, Group label) => text.AsSpan(label.Index + label.Length).TrimStart().StartsWith(":");

    private static readonly SectionPhrase GroupPresentPhrase = new(SectionKind.Attendance, "… present", NeedsPeople: true);

    // Words of a sentence or a count, not of a group's name: "Not all members present", "Quorum present", "Number present".
    private static readonly HashSet<string> NotAGroup = new(StringComparer.Ordinal)
    {
        "the", "was", "were", "is", "are", "be", "been", "not", "no", "none", "all", "who", "which", "that", "this", "if", "when",
        "quorum", "number", "total", "expected", "invited", "absent", "apologies", "he", "she", "they", "we", "it", "has", "have", "had",
    };

    private static readonly HashSet<string> QualifierWords = new(StringComparer.Ordinal)
    {
        "voting", "non-voting", "nonvoting", "member", "members", "board", "other", "additional", "also", "committee", "council",
        "staff", "trustee", "trustees", "officer", "officers", "external", "tsc", "tac", "steering", "group", "core",
        "team", "directors", "governors", "councillors", "ex-officio", "co-opted", "panel", "regular", "invited",
        "commissioners", "aldermen", "delegates", "representatives", "introduction", "of", "list", "commission",
    };

    /// <summary>
    /// "MSHN Representatives", "CMHSP Representatives": the body's or a member body's initials before a label say whose
    /// people are listed, as "Council officers" does in words; the first <paramref name="count"/> words, in capitals as written.
    /// </summary>
    private static bool Acronyms(string[] written, int count) =>
        count is > 0 and <= 2 && written.Take(count).All(w => w.Length is >= 2 and <= 6 && w.All(char.IsAsciiLetterUpper));

    /// <summary>Words allowed before a phrasing: "voting member attendees", "other attendees", "board members present".</summary>
    private static bool Qualifier(string words)
    {
        var list = words.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "District attendees", "Council officers": the organisation's own word qualifies a label too.
        return list.Length is > 0 and <= 3 && list.All(w => QualifierWords.Contains(w) || PersonNames.IsOrganisationWord(w) && w.Length > 3);
    }
}
