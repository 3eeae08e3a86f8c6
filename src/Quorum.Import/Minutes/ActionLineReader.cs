using System.Text.RegularExpressions;

namespace Quorum.Import.Minutes;

/// <summary>
/// Reads an action from a single line of minutes, as clerks write them:
/// "Action LG CIO 03/05: Mark Brett to progress this with GC", "Action 01: Martin Bellamy will circulate…",
/// "Action: SH", "Mark Brett and Jos Creese to review the paper", "[HP] Draft a slide", "Thibaud Colas: Update the page".
/// Initials and first names are resolved against the people given, when exactly one fits.
/// </summary>
public sealed partial class ActionLineReader
{
    private readonly PeopleDirectory _people;

    public ActionLineReader(IEnumerable<string>? knownPeople = null)
        : this(new PeopleDirectory(knownPeople))
    {
    }

    internal ActionLineReader(PeopleDirectory people) => _people = people;

    /// <summary>The full name a short form of an owner stands for, or the short form itself when no single person fits.</summary>
    internal string ResolveOwner(string shortForm) => _people.Resolve(shortForm);

    /// <summary>Year given to due dates written without one ("by 15 March").</summary>
    public int? DefaultYear { get; init; }

    /// <summary>Whether the minutes write due dates in figures month first ("due 3/4/19" is 4 March): decided once for the whole document.</summary>
    public bool MonthFirst { get; init; }

    /// <summary>
    /// The meeting's title and the name of the body or bodies meeting ("Riverside Residents' Association and Harbour Estates"): an organisation
    /// named there owns a task by that name ("Harbour Estates to review the signs", "Portal to report in 6 months").
    /// </summary>
    public string? Meeting { get; init; }

    // "AI: follow up with the volunteers", "A/I: Will volunteered to draft …", "TODO(Jasper): put together a draft": the
    // short labels of an action item (with or without its slash) and a to-do, owner in brackets or not. Only in capitals
    // and before a colon: "AI asked about…" (initials) and "TODO - look up the balance" (a note in passing) are no labels.
    // "Action #2: set up a repository (Ivan Herman)": a chat log's minutes number their actions with a hash.
    [GeneratedRegex(@"^\s*(?:[-*•·●○◦■□▪▫➢►✓]\s*)?(?:\*\*)?\[?(?:(?i:actions?)|(?:AI|A/I|TODO)(?=(?:\s*\([^()]{2,40}\))?(?:\*\*)?\s*:))(?:\s+(?i:items?|points?))?(?:\s+(?i:required|agreed|needed|by))?(?:\s*\((?<owner>[^()]{2,40})\))?(?!\s+(?i:of|from|arising|items?|list|points?|log|tracker|review|update|plan|summary|taken)\b)(?:\*\*)?\s*(?:\#\s*(?=\d))?(?<ref>(?:[A-Z]{1,6}\s+){0,3}\d{1,3}(?:[./]\d{1,3}){0,2}[a-z]?)?\s*(?:\*\*)?\s*(?:[:\-–—]|\t|(?<=\[(?i:actions?))\])\s*(?:\*\*)?\s*(?<rest>.*)$")]
    private static partial Regex LabelPattern();

    // "ACTION David: Find out …", "ACTION on Charles to provide …", "Action Eddy and Paul to …", "TODO Jasper: put together a draft":
    // the owner straight after the label; "ACTION all: Please give feedback", "Action on everyone to look at their tickets" a
    // group in lower case, before a colon or "to"; "Action Gregory
    // agreed to take the lead …" the owner and the undertaking; "Action PE PH BM NB to attend …", "Action NB, PE, RS, BM, GP subcommittee
    // to meet …" a trust's owners by their initials, several of them.
    [GeneratedRegex(@"^\s*(?:[-*•·●○◦■□▪▫➢►✓]\s*)?(?:\*\*)?(?:ACTION|Action|TODO)(?:\*\*)?\s+(?:(?:on|for)\s+)?(?<rest>(?:(?:all|everyone|everybody)(?=\s*:|\s+to\s)|[A-Z]{2,4}(?:\s+[A-Z]{2,4}){3,7}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:\s*(?:,|&|and)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}){0,7})(?:\s+sub-?committee)?\s*(?::|\s+(?:to|will|shall|(?:agreed|offered|volunteered|undertook)\s+to)\s).*)$")]
    private static partial Regex NamedLabelPattern();

    [GeneratedRegex(@"^\s*(?<ref>[A-Z]{1,6}(?:\s+[A-Z]{1,6}){0,3}\s+\d{1,3}[/.]\d{1,3}[a-z]?)\s*[:\-–]\s*(?<rest>.+)$")]
    private static partial Regex ReferenceLedPattern();

    [GeneratedRegex(@"^\[(?<owners>[^\]]{1,60})\]\s*(?<text>.*)$")]
    private static partial Regex BracketOwnerPattern();

    [GeneratedRegex(@"^(?<owners>[^:]{2,100}?)\s*:\s*(?<text>\S.*)$")]
    private static partial Regex ColonOwnerPattern();

    [GeneratedRegex(@"^(?<owners>[^:()]{2,60}?)\s*\([^()]{2,40}\)\s*:\s*(?<text>\S.*)$")]
    private static partial Regex NotedOwnersPattern();

    // "BG said he will report back", "Jane agreed to draft it": the one who undertook it, before the saying; "All members are
    // asked to send their ideas": those asked.
    [GeneratedRegex(@"^(?<owners>.{2,100}?)\s+(?<verb>(?:said|stated|agreed|offered|volunteered|undertook|promised)\s+(?:that\s+)?(?:(?:he|she|they)\s+)?(?:will|would|to)|(?:is|are|was|were)\s+(?:asked|requested|invited)\s+to|to|will|shall|should|must|would|is to|are to|of|plus)\s+\S")]
    private static partial Regex SubjectOwnerPattern();

    // "CI Working group", "the Events Team", "Finance Committee": a group given an action.
    // "Committee members", "All board members", "PC Reps": the members of a body, each given the action.
    [GeneratedRegex(@"^(?:the\s+)?(?:\p{Lu}[\p{L}&-]*\s+){1,3}(?:working\s+group|group|team|committee|sub-?committee|wg|panel|sub-?group|task\s+force)$|^(?:all\s+)?(?:the\s+)?(?:[\p{L}&-]+\s+){0,2}(?:members|reps|representatives|trustees|directors|governors|councillors|signatories)$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupOwner();

    [GeneratedRegex(@"^(?:is|are|was|were)\s+(?:asked|requested|invited)\s+to$")]
    private static partial Regex AskedTo();

    [GeneratedRegex(@"\s+[-–—]\s+")]
    private static partial Regex DashSeparator();

    // "Unclear", "TBC", "?": an owner column that says nobody has taken the task yet.
    [GeneratedRegex(@"^\W*(?:unclear|unknown|unassigned|not\s+assigned|tbc|tbd|tba|to\s+be\s+(?:confirmed|decided|agreed|assigned)|n/?a|none|nobody|\?+)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex NoOwner();

    [GeneratedRegex(@"\s*(?:[\(\[]\s*(?<owners>[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*)\s*[\)\]]|\s[-–—]\s*(?<owners>[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*))\s*\.?\s*$")]
    private static partial Regex TrailingOwnerPattern();

    [GeneratedRegex(@"\s*(?:,|&|\band\b|/|\+|;)\s*")]
    private static partial Regex OwnerSeparator();

    [GeneratedRegex(@"\b(?:by|due|deadline|before|no later than)\b\s*:?\s*(?:the\s+)?(?<date>.{3,40})", RegexOptions.IgnoreCase)]
    private static partial Regex DuePattern();

    // "ACT-OWIS-TC-2016-58:Action: PR - …": the body's own code for the action, written before its label.
    [GeneratedRegex(@"^\s*(?:[-*•·●]\s*)?(?<ref>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+){2,})\s*:\s*(?=(?i:actions?)\b)")]
    private static partial Regex CodeBeforeLabel();

    [GeneratedRegex(@"^(?:who|what|when|owner|owners|action|task|due(?:\s+date)?|by\s+when|status|deadline|with)\b[^/]{0,30}(?:\s*/\s*(?:who|what|when|owner|owners|action|task|due(?:\s+date)?|by\s+when|status|deadline|with)\b[^/]{0,30}){2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex ColumnNames();

    [GeneratedRegex(@"^(?:TODO|OPEN|NEW)\s*:\s*")]
    private static partial Regex OpenMark();

    // "(EprintsAP)", "(FinCo)": one word in brackets closing the line, in mixed case with a capital inside it, the way a group
    // shortens its own name; "(GDPR)" in capitals may be anything's initials, "(Bob)" a person the attendance must know.
    [GeneratedRegex(@"^(?<text>\S.*?)\s*\((?<tag>\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*)\)\s*\.?$")]
    private static partial Regex GroupTag();

    // "ACTION 2006-12-15 Stuart: Summarize …", "ACTION 2006-10-01: Tom to check …": a board that carries its actions from
    // meeting to meeting dates each one by the meeting that set it.
    [GeneratedRegex(@"^(?<label>\s*(?:ACTION|Action)S?)\s+(?<set>\d{4}-\d{2}-\d{2})\s*(?::\s*|(?=\p{Lu}[^:]{0,60}:))")]
    private static partial Regex DatedLabel();

    /// <summary>The date of the meeting whose minutes are read, when known.</summary>
    public DateOnly? MeetingDate { get; init; }

    /// <summary>
    /// True when the line's label is dated by a meeting before this one ("ACTION 2006-10-01: Tom to check …" in the minutes of
    /// 15 December 2006): an action carried from then and repeated here, not one this meeting set.
    /// </summary>
    public bool SetAtAnEarlierMeeting(string line) =>
        MeetingDate is { } meeting && DatedLabel().Match(line) is { Success: true } dated
        && DateOnly.TryParseExact(dated.Groups["set"].Value, "yyyy-MM-dd", out var set) && set < meeting;

    /// <summary>
    /// The line with its label written as the readers know it: the date after the label left out ("ACTION 2006-12-15 Stuart: …"
    /// reads as "ACTION: Stuart: …"), a label in square brackets set right ("[Action item] Jukka will draft …" reads as "Action: Jukka
    /// will draft …"), or a quickly typed label set right ("action JS - summarize" reads as "Action JS: summarize").
    /// </summary>
    private static string AsKnownLabel(string line) =>
        DatedLabel().Match(line) is { Success: true } dated ? $"{dated.Groups["label"].Value}: {line[dated.Length..]}"
        : BracketedLabel().Match(line) is { Success: true } bracketed ? $"{bracketed.Groups["lead"].Value}Action: {line[bracketed.Length..]}"
        : QuickLabel(line);

    // "[Action 2014-07-03] Frederick will add …", "[Action item] Jukka will draft …", "[ACTION 3/7/14] Ann to call …": a register kept
    // in the minutes marks each entry with the label in square brackets, closed before the task, naming it an item or dating it by
    // the meeting that set it. The register lists what is still open, so an entry dated by an earlier meeting is one of its actions too.
    [GeneratedRegex(@"^(?<lead>\s*(?:[-*•]\s*)?)\[(?:ACTION|Action|action)S?(?:\s+(?i:items?|points?)|\s*[:\-–]?\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}))?\]\s*[:\-–]?\s*(?=\S)")]
    private static partial Regex BracketedLabel();

    // "action ML: reply positively", "action JS - summarize in the channel": notes typed during the meeting write the label in
    // lower case, and set the owner's initials apart from the task with a dash as often as with a colon.
    [GeneratedRegex(@"^(?<lead>\s*(?:[-*•]\s*)?)action\s+(?=\p{Lu}|(?:all|everyone|everybody)\s*:)")]
    private static partial Regex LowerCaseLabel();

    [GeneratedRegex(@"^(?<owners>\s*(?:[-*•]\s*)?Action\s+[A-Z]{2,4}(?:\s*[,/&]\s*[A-Z]{2,4})*)\s+[-–]\s+(?=\S)")]
    private static partial Regex InitialsThenDash();

    // "Sec TODO: renew the domain", "FK action: simplify the page", "GP: Action item to look into the models": the owner written
    // first, then the label, with the colon after the label or between them. The owner is an office's short form, initials, a
    // handle or a name; a word saying what kind of action it is ("Suggested action:", "Next action:") is no owner.
    [GeneratedRegex(@"^(?<lead>\s*(?:[-*•]\s*)?)(?!(?:\p{Lu}\p{Ll}+ed|Actions?|Items?|Decisions?|Notes?|Status|Todo|Next|Further|Follow|Open|New|Outstanding|Pending|Previous|Key|Main|Any|No|Other|Immediate|Possible|Board|Committee|Council|Group)\b)"
        + @"(?<owners>" + OwnerBeforeLabelName + @"(?:\s*(?:&|\+|/|,|\band\b)\s*" + OwnerBeforeLabelName + @"){0,3})"
        + @"(?:\s+(?:" + LabelWord + @")\s*:|\s*:\s*(?:" + LabelWord + @")(?:\s+items?)?(?:\s*:|\s+to\b))\s*(?=\S)")]
    private static partial Regex OwnerBeforeLabel();

    private const string LabelWord = @"ACTION|Action|action|TODO|To-?do|AI";

    private const string OwnerBeforeLabelName = @"(?:[A-Z]{2,5}|@[\w-]{2,30}|\p{Lu}\p{Ll}{1,14}(?:\s+\p{Lu}\p{Ll}{1,14})?)";

    /// <summary>
    /// The label of a quickly typed note as the readers know it: "action JS - summarize" reads as "Action JS: summarize", and
    /// "Sec TODO: renew the domain" as "Action: Sec: renew the domain".
    /// </summary>
    private static string QuickLabel(string line)
    {
        var labelled = LowerCaseLabel().Replace(line, "${lead}Action ", 1);
        labelled = OwnerBeforeLabel().Replace(labelled, "${lead}Action: ${owners}: ", 1);
        return InitialsThenDash().Replace(labelled, "${owners}: ", 1);
    }

    /// <summary>True when the line starts with an action label ("Action", "ACTION 5.1:", "Actions LG CIO 03/07:"), or a code and then one.</summary>
    public static bool IsLabelled(string line)
    {
        line = AsKnownLabel(PointNumber().Replace(line, string.Empty));
        var text = CodeBeforeLabel().Match(line) is { Success: true } code ? line[code.Length..] : line;
        return LabelPattern().IsMatch(text) || NamedLabelPattern().IsMatch(text) || ActionPointPattern().IsMatch(text);
    }

    // "AP1: DC to complete the training", "AP 2 – Clerk to circulate the budget": schools' and trusts' numbered action points,
    // whose number with its letters is the reference the minutes use.
    [GeneratedRegex(@"^\s*(?:[-*•]\s*)?(?:\*\*)?(?<ref>AP\s?\d{1,3}(?:\.\d{1,2})?)(?:\*\*)?\s*[:\-–—]\s*(?:\*\*)?\s*(?<rest>\S.*)$")]
    private static partial Regex ActionPointPattern();

    /// <summary>
    /// Reads a line that may be an action. Returns null when it is neither labelled as an action
    /// nor written as "Owner to/will do something".
    /// </summary>
    public ActionLine? Read(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
            return null;
        line = AsKnownLabel(PointNumber().Replace(line, string.Empty));
        if (CodeBeforeLabel().Match(line) is { Success: true } code && Read(line[code.Length..]) is { } coded)
            return coded with { Reference = coded.Reference ?? code.Groups["ref"].Value };
        if (ActionPointPattern().Match(line) is { Success: true } point)
            return ReadEntry(point.Groups["rest"].Value, point.Groups["ref"].Value.Replace(" ", string.Empty, StringComparison.Ordinal));
        var label = LabelPattern().Match(line);
        if (label.Success)
        {
            var reference = label.Groups["ref"].Success ? Normalise(label.Groups["ref"].Value) : null;
            var rest = label.Groups["rest"].Value.TrimEnd();
            // "[ACTION: CW]": the marker's closing bracket is not part of the action.
            if (rest.EndsWith(']') && !rest.Contains('[', StringComparison.Ordinal))
                rest = rest[..^1];
            // "ACTIONS: Who / What / When": the heading of a register kept in the minutes, no action of its own.
            if (ColumnNames().IsMatch(rest))
                return null;
            // "ACTION: TODO: Harry: Confirm …": a register marks its open actions, and the mark is no part of the task.
            rest = OpenMark().Replace(rest, string.Empty);
            // "Action (BJ): renew the insurance": the owner in brackets after the label.
            if (label.Groups["owner"].Success && rest.Length > 0 && NamesOwnersOrGivenNames(label.Groups["owner"].Value))
                return ReadEntry(rest, reference, label.Groups["owner"].Value);
            // "ACTION: check the scope of the term (EprintsAP)": a working group tags the tasks it keeps for itself with its
            // short name in brackets at the end, and the tag owns the task whatever names the task itself holds.
            if (GroupTag().Match(rest) is { Success: true } tagged)
                return ReadEntry(tagged.Groups["text"].Value, reference, tagged.Groups["tag"].Value);
            return ReadEntry(rest, reference);
        }

        var named = NamedLabelPattern().Match(line);
        if (named.Success)
        {
            // The label does not say the next word is a person ("Action Plan: …"): only known people count.
            var action = ReadEntry(OwnersAsList(named.Groups["rest"].Value));
            if (action.Owners.Count > 0 && action.Owners.All(IsKnownOwner))
                return action;
        }

        var body = Clean(line);
        // "Rent review – Pam to write to the tenants": the topic before the dash is not the one to do it.
        if (TopicDash().Match(body) is { Success: true } dash && SubjectOwners(dash.Groups["rest"].Value).Count > 0
            && TopicBeforeTask(body, null) is { Owners.Count: > 0 } topical)
        {
            return topical;
        }

        var subject = SubjectOwners(body);
        return subject.Count == 0 ? null : new ActionLine(null, subject, body, Due(body));
    }

    // "(ii) Action BM to contact …": the number of a point within the item, before the label.
    [GeneratedRegex(@"^\s*\((?:[ivx]{1,4}|[a-h])\)\s*(?=(?i:actions?|todo)\b)")]
    private static partial Regex PointNumber();

    // "PE PH BM NB to attend", "NB, PE, RS subcommittee to meet": owners' initials set apart by spaces alone, or named as the
    // subcommittee they make up.
    [GeneratedRegex(@"^(?<initials>[A-Z]{2,4}(?:\s+[A-Z]{2,4})+)(?=\s+to\s)|(?<=^[^.]{2,60}?)\s+sub-?committee(?=\s+to\s)")]
    private static partial Regex OwnersSetApart();

    private static string OwnersAsList(string text) =>
        OwnersSetApart().Replace(text, m => m.Groups["initials"].Success ? string.Join('/', PersonNames.Tokens(m.Value)) : string.Empty, 1);

    /// <summary>Reads a line introduced by a reference alone ("LG CIO 03/08: Pam Larsen to …"), as inside a group of actions.</summary>
    public ActionLine? ReadReferenceLed(string line)
    {
        var match = ReferenceLedPattern().Match(line);
        return match.Success ? ReadEntry(match.Groups["rest"].Value, Normalise(match.Groups["ref"].Value)) : null;
    }

    // "2.4: AA/CG: Create a scoping action", "10.1 Ana/Matt to add an item": an action list's entries numbered by the item
    // they were agreed under, the number then the owners.
    [GeneratedRegex(@"^(?<ref>\d{1,3}\.\d{1,3}[a-z]?)(?::\s*|\s+)(?<rest>\p{Lu}.*)$")]
    private static partial Regex ItemNumberedEntry();

    /// <summary>Reads an entry of an action list whose text may start with the number of the item it was agreed under ("2.4: AA to …").</summary>
    public ActionLine ReadListEntry(string text) =>
        ItemNumberedEntry().Match(text.Trim()) is { Success: true } numbered
            ? ReadEntry(numbered.Groups["rest"].Value, numbered.Groups["ref"].Value)
            : ReadEntry(text);

    /// <summary>Reads the body of something known to be an action: an entry of an action list or a table row.</summary>
    public ActionLine ReadEntry(string text, string? reference = null, string? ownerField = null)
    {
        var body = Clean(text);
        if (ownerField is not null && NoOwner().IsMatch(ownerField))
            return new ActionLine(reference, [], body, Due(body));
        if (ownerField is not null)
        {
            var owners = SplitOwners(ownerField, strict: false);
            return new ActionLine(reference, owners, body, Due(body));
        }

        var bracket = BracketOwnerPattern().Match(body);
        if (bracket.Success)
        {
            var owners = SplitOwners(bracket.Groups["owners"].Value, strict: false);
            if (owners.Count > 0)
                return Make(reference, owners, Clean(bracket.Groups["text"].Value));
        }

        // "everyone (champion: Lee?): think about projects": a note on the owners in brackets before the colon says who leads
        // or helps; the owners are the ones written outside it.
        if (NotedOwnersPattern().Match(body) is { Success: true } noted
            && SplitOwners(noted.Groups["owners"].Value, strict: true, allowSingleNames: true) is { Count: > 0 } notedOwners)
        {
            return Make(reference, notedOwners, Clean(noted.Groups["text"].Value));
        }

        var colon = ColonOwnerPattern().Match(body);
        if (colon.Success)
        {
            var owners = SplitOwners(colon.Groups["owners"].Value, strict: true, allowSingleNames: true);
            if (owners.Count > 0)
                return Make(reference, owners, Clean(colon.Groups["text"].Value));
        }

        // "Renew the insurance (Bob)", "Book the hall (CW/AS)": in an entry known to be an action, people of the attendance in
        // brackets at the end own it, as an owner column would.
        if (TrailingBracketPattern().Match(body) is { Success: true } trailingBracket)
        {
            // "(Grant?)", "(Grant & Tom -- DONE)": a clerk marks an owner not yet sure, or the task done, inside the bracket.
            var bracketOwners = OwnerMarks().Replace(trailingBracket.Groups["owners"].Value, string.Empty);
            if (bracketOwners.Length > 0 && NamesAttendees(bracketOwners))
                return Make(reference, SplitOwners(bracketOwners, strict: false), trailingBracket.Groups["text"].Value.Trim());
            // "Replace the lighting (Cllr M Doyle, 30 April 2025)": the owner, then the date it is due by.
            if (OwnerThenDate().Match(trailingBracket.Groups["owners"].Value) is { Success: true } ownerAndDate && NamesAttendees(ownerAndDate.Groups["owners"].Value)
                && DateText.FindAll(ownerAndDate.Groups["when"].Value, DefaultYear, includeMonthOnly: true, MonthFirst).FirstOrDefault() is { } when)
            {
                return Make(reference, SplitOwners(ownerAndDate.Groups["owners"].Value, strict: false), trailingBracket.Groups["text"].Value.Trim()) with { Due = when.Iso };
            }
        }

        // "Update the councillors' page. Owner: Clerk": who is to do it, labelled after the task.
        if (OwnerLabelledAfter(body) is var (task, owner) && SplitOwners(owner, strict: false) is { Count: > 0 } labelledOwners)
            return Make(reference, labelledOwners, task);

        // "Run the next meeting: @philiptaron", "Write the process @cafkafk": a task list names who takes the task by login at its end.
        if (TrailingHandles().Match(body) is { Success: true } handled && NamesPeopleOfTheAttendance(handled.Groups["owners"].Value))
            return Make(reference, SplitOwners(handled.Groups["owners"].Value, strict: false), handled.Groups["text"].Value.Trim());

        var only = SplitOwners(body.TrimEnd('.'), strict: true, allowSingleNames: true);
        if (only.Count > 0)
            return new ActionLine(reference, only, body, null, OwnersOnly: true);

        if (OwnersWithDue(body, reference) is { } dated)
            return dated;

        if (TopicBeforeTask(body, reference) is { } topical)
            return topical;

        var subject = SubjectOwnerPattern().Match(body);
        if (subject.Success && (SplitOwners(OwnerAndHelpers().Replace(subject.Groups["owners"].Value, string.Empty), strict: true, allowSingleNames: ActiveTask(body, subject)) is { Count: > 0 } named ? named : NamedInEntry(subject.Groups["owners"].Value)) is { Count: > 0 } subjectOwners)
        {
            // An action entry says what is to be done: "Mike and Eddy to finalize the errata" gives the owners and "finalize the errata".
            var verb = subject.Groups["verb"].Value;
            var rest = body[(subject.Groups["verb"].Index + verb.Length)..].Trim();
            var strip = (verb is "to" or "will" or "shall" or "is to" or "are to" || AskedTo().IsMatch(verb)) && PersonNames.Tokens(rest).Length >= 2;
            return Make(reference, subjectOwners, strip ? rest : body);
        }

        if (PostLed().Match(body) is { Success: true } postLed && PostOwner(postLed.Groups["who"].Value) is { } post)
            return Make(reference, [post], body[postLed.Length..].Trim());

        if (DashFields(body, reference) is { } dashed)
            return dashed;

        var trailing = TrailingOwnerPattern().Match(body);
        if (trailing.Success)
        {
            var owners = SplitOwners(trailing.Groups["owners"].Value, strict: false);
            if (owners.Count > 0)
                return Make(reference, owners, body[..trailing.Index].Trim());
        }

        // "VB pings Sarven", "Rahul ping Michael": an entry known to be an action that opens with a person of the attendance and a verb.
        var lead = LeadingPerson().Match(body);
        if (lead.Success && NamesPeopleOfTheAttendance(lead.Groups["who"].Value))
            return Make(reference, [_people.Resolve(lead.Groups["who"].Value)], lead.Groups["rest"].Value.Trim());

        if (TaskThenOwnersWithDue(body, reference) is { } closing)
            return closing;

        var within = OwnersWithin(body);
        // "Financials to be shared by DG/SK before the next meeting": a task written in the passive names its owners after "by".
        if (within.Count == 0 && PassiveOwners().Match(body) is { Success: true } passive && NamesAttendees(passive.Groups["owners"].Value))
            within = SplitOwners(passive.Groups["owners"].Value, strict: false);
        return Make(reference, within, body);
    }

    // "Head of Finance to present …": the words before the first "to" or "will", which may hold "of" or "for".
    [GeneratedRegex(@"^(?<who>[^,;:()]{2,60}?)\s+(?:to|will)\s+(?=\p{Ll})")]
    private static partial Regex PostLed();

    /// <summary>
    /// An owner named by post: "Head of Finance to present the budget" stays "Head of Finance", as the document writes it;
    /// "Board Clerk Delaney to book the room" is the post before the surname of someone of the attendance, who owns it.
    /// </summary>
    private string? PostOwner(string who)
    {
        var text = who.Trim();
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            text = text[4..].Trim();
        if (text.Length == 0 || text.Contains(',', StringComparison.Ordinal))
            return null;
        if (Roles.IsNamedPost(text) || Roles.IsPostOnly(text))
            return text;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k < words.Length && k <= 4; k++)
        {
            var holder = string.Join(' ', words[k..]);
            var post = string.Join(' ', words[..k]);
            if (!Roles.IsPostOnly(post) && !Roles.IsNamedPost(post))
                continue;
            if (NamesPeopleOfTheAttendance(holder))
                return _people.Resolve(holder);
            // US minutes call an officer by post and surname: the one person of the attendance with that surname.
            if (_people.Names.Where(n => n.Split(' ')[^1].Equals(holder, StringComparison.OrdinalIgnoreCase)).ToList() is [var only])
                return only;
        }

        return null;
    }

    // "Strategic Plan – Pam to review the draft", "Autism Payments –MSHN to review the data": the topic, a dash, then the task.
    [GeneratedRegex(@"^(?<topic>[^–—:()]{2,60}?)(?:\s*[–—]\s*|\s+-\s+)(?<rest>\S.*)$")]
    private static partial Regex TopicDash();

    /// <summary>
    /// An action list's "Topic – Pam to review the draft": the words before the dash name what it is about, not who is to do it,
    /// so the owner is the one after the dash and the task what follows "to"; "Topic – Email the treasurer" names nobody, and
    /// the line stays whole. A person or a group before the dash ("Jane Smith – circulate the report") is read as its owner elsewhere.
    /// </summary>
    private ActionLine? TopicBeforeTask(string body, string? reference)
    {
        if (TopicDash().Match(body) is not { Success: true } dash)
            return null;
        var topic = dash.Groups["topic"].Value.Trim();
        // "Heather to update Issue Tracker, Issue 4 – propose language for …": the part before the dash is itself an owner and
        // a task, and the part after it says more of the same task.
        if (SubjectOwnerPattern().Match(topic) is { Success: true } lead && lead.Groups["verb"].Value is "to" or "will" && NamesPeopleOfTheAttendance(lead.Groups["owners"].Value))
            return null;
        if (NamesAttendees(topic) || PersonNames.IsGroupOwner(topic) || PersonNames.LooksLikeInitials(topic) || SplitOwners(topic, strict: true) is { Count: > 0 } && !LooksLikeATopic(topic))
            return null;
        var rest = dash.Groups["rest"].Value.Trim();
        if (SubjectOwnerPattern().Match(rest) is { Success: true } subject && subject.Groups["verb"].Value is "to" or "will"
            && SplitOwners(subject.Groups["owners"].Value, strict: true, allowSingleNames: true) is { Count: > 0 })
        {
            return ReadEntry(rest, reference);
        }

        return MinuteActionsReader.StartsWithATask(rest) ? new ActionLine(reference, [], body, Due(body)) : null;
    }

    // "Strategic Plan", "Medicaid Payment Calendar", "Rent review": a topic in title case reads like a name; nobody is called "Plan".
    [GeneratedRegex(@"\b(?:plan|policy|policies|calendar|payments?|budget|review|report|update|data|dashboard|requirements?|accounts?|website|insurance|rent|rents|grants?|training|membership|finance|finances|safeguarding|newsletter|programme|program|project|strategy|procedure|process|contract|survey|event|events|meeting|minutes|agenda|issues?|matters?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TopicWord();

    private static bool LooksLikeATopic(string text) => TopicWord().IsMatch(text);

    // "… to be shared by DG/SK before …", "… to be circulated by Ann and Tom.": who is to do a task written in the passive.
    [GeneratedRegex(@"\bto\s+be\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|t)\s+by\s+(?<owners>\p{Lu}[\p{L}'’.-]*(?:\s*(?:/|&|\+|,|\band\b)\s*\p{Lu}[\p{L}'’.-]*|\s+\p{Lu}[\p{L}'’-]+){0,4})(?=\s*[.;,)]|\s+\p{Ll}|\s*$)")]
    private static partial Regex PassiveOwners();

    [GeneratedRegex(@"(?:[,.;]|\s[-–—])\s+(?=[^,.;]+$)")]
    private static partial Regex LastClause();

    /// <summary>
    /// "Contact the county about the verge, Jane Smith by 3 May", "Book the hall. Bob by end June": the task first, and
    /// who is to do it and by when in the clause that closes the entry.
    /// </summary>
    private ActionLine? TaskThenOwnersWithDue(string body, string? reference)
    {
        var text = body.TrimEnd('.', ' ');
        var clause = LastClause().Match(text);
        if (!clause.Success || clause.Index < 8)
            return null;
        return OwnersWithDue(text[(clause.Index + clause.Length)..], reference) is { } owned
            ? owned with { Text = text[..clause.Index].Trim(), OwnersOnly = false }
            : null;
    }

    [GeneratedRegex(@"^(?<text>\S.{3,}?)\s*\((?<owners>[^()]{2,40})\)\s*[.;]?$")]
    private static partial Regex TrailingBracketPattern();

    [GeneratedRegex(@"\s*\?$|\s*(?:--|[-–—])\s*(?:done|pending|ongoing|complete|completed)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerMarks();

    [GeneratedRegex(@"^(?<owners>[^,]{2,40}?)\s*,\s*(?:by\s+|due\s+)?(?<when>[^,]{3,30})$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerThenDate();

    [GeneratedRegex(@"^(?<text>\p{L}.{3,}?)\s*[:,]?\s+(?<owners>@[\w.-]+(?:\s*(?:,|&|\band\b)\s*@[\w.-]+)*)\s*\.?$")]
    private static partial Regex TrailingHandles();

    [GeneratedRegex(@"^(?<text>\S.{3,}?)[.;,]?\s+(?<label>(?:\p{L}+[ \t]+)?\p{L}+)\s*:\s*(?<owners>[^:]{2,60}?)\s*\.?$")]
    private static partial Regex TrailingLabel();

    /// <summary>
    /// The task and its owners when the owners are labelled after it ("… page. Owner: Clerk", "… Responsible person: Treasurer"),
    /// in the words an action table's column of who takes ("By" alone is when, not who); null when the line ends otherwise.
    /// </summary>
    private static (string Task, string Owners)? OwnerLabelledAfter(string body)
    {
        if (!body.Contains(':', StringComparison.Ordinal) || TrailingLabel().Match(body) is not { Success: true } labelled)
            return null;
        var label = labelled.Groups["label"].Value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var task = labelled.Groups["text"].Value.Trim();
        // "Action owner:", "Assigned to:" name who as two words; in "Update the page Owner: Clerk" the word before the label is the task's.
        if (label.Length == 2 && !(NamesWhoTakesIt(string.Concat(label)) && (ActionColumns.HeadsActionColumn(label[0]) || NamesWhoTakesIt(label[0]))))
            return NamesWhoTakesIt(label[1]) ? ($"{task} {label[0]}", labelled.Groups["owners"].Value) : null;
        return NamesWhoTakesIt(string.Concat(label)) ? (task, labelled.Groups["owners"].Value) : null;
    }

    private static bool NamesWhoTakesIt(string label) => ActionColumns.Key(label) is var key && key != "by" && ActionColumns.NamesOwner(key);

    // "Jane Smith by 3 May", "Bob, before the next meeting", "Treasurer by end January": who, then when, and nothing else.
    [GeneratedRegex(@"^(?<owners>[^,:;()]{2,80}?(?:,\s*[^,:;()]{2,40}?){0,4})\s*,?\s+(?:by|before|no\s+later\s+than)\s+(?:the\s+)?(?<when>[^:;()]{2,40}?)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnersThenWhen();

    // "end", "end of term", "next meeting", "next AGM": a deadline given by an event rather than a date.
    [GeneratedRegex(@"^(?:end\b|(?:the\s+)?next\s+\p{L}+|asap\b|mid\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EventDeadline();

    /// <summary>
    /// "Action: Jane Smith by 3 May", "Action: Bob, before next meeting": many bodies put the deadline straight after the
    /// owners, with the task in the sentence before the label. The entry is then owners alone, with a due date.
    /// </summary>
    private ActionLine? OwnersWithDue(string body, string? reference)
    {
        var match = OwnersThenWhen().Match(body);
        if (!match.Success)
            return null;
        var when = match.Groups["when"].Value;
        var mention = DateText.FindAll(when, DefaultYear, includeMonthOnly: true, MonthFirst).FirstOrDefault();
        if (mention is null && !EventDeadline().IsMatch(when))
            return null;
        var owners = SplitOwners(match.Groups["owners"].Value.Trim().TrimEnd(','), strict: true, allowSingleNames: true);
        return owners.Count == 0 ? null : new ActionLine(reference, owners, body, mention?.Iso, OwnersOnly: true);
    }

    [GeneratedRegex(@"^(?<who>\p{Lu}[\p{L}'’-]*)\s+(?<rest>\p{Ll}{2,}\b.*)$")]
    private static partial Regex LeadingPerson();

    // "Jen and team", "Clerk and colleagues": the helpers are not named, so the named person owns the action.
    [GeneratedRegex(@"\s+(?:and|&|\+)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:team|others|colleagues|staff|officers)$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerAndHelpers();

    /// <summary>
    /// "FinCo to monitor curation spend": in an entry known to be an action, one word before "to" or "will" is whoever
    /// is to do it, though Quorum does not know the name; "Website to be updated" says what, not who.
    /// </summary>
    private bool ActiveTask(string body, Match subject) =>
        subject.Groups["verb"].Value is "to" or "will" or "shall" or "is to" or "are to"
        && (NamesABody(subject.Groups["owners"].Value.Trim()) || NamedInMeeting(subject.Groups["owners"].Value.Trim()))
        && !PassiveOrNegative().IsMatch(body[(subject.Groups["verb"].Index + subject.Groups["verb"].Length)..]);

    [GeneratedRegex(@"^\s*(?:be|have\s+been|not|no\s+longer|continue|proceed|remain|resume|follow|happen|take\s+place)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveOrNegative();

    /// <summary>
    /// A word that names a committee or an office by its short form ("FinCo", "ExCo", "HR") or a post ("Treasurer"),
    /// rather than what is to be done ("Newsletter", "Work"): an inner capital, capitals throughout, or a role.
    /// </summary>
    private static bool NamesABody(string word) =>
        !word.Contains(' ', StringComparison.Ordinal) && word.Length > 1 && char.IsUpper(word[0])
        && (word.Skip(1).Any(char.IsUpper) || Roles.LooksLikeRole(word) || InstitutionWord().IsMatch(word));

    private bool NamedInMeeting(string word) =>
        Meeting is { } meeting && !word.Contains(' ', StringComparison.Ordinal) && word.Length > 1 && char.IsUpper(word[0])
        && !PersonNames.IsOrganisationWord(word) && PersonNames.Tokens(meeting).Contains(word, StringComparer.Ordinal);

    // "Council to repair the lights", "Police to patrol the car park": a body or its staff named by its kind owns a task too.
    [GeneratedRegex(@"^(?:council|committee|board|trust|authority|police|school|university|college|agency|department|association|society|secretariat|commission|management|staff|officers|contractors?|landlords?|developers?)$", RegexOptions.IgnoreCase)]
    private static partial Regex InstitutionWord();

    [GeneratedRegex(@"^(?<owners>[^,;:()]{2,60}?)\s+(?:to|will|shall|please|is\s+to|are\s+to)\s+\p{L}")]
    private static partial Regex InnerSubjectPattern();

    [GeneratedRegex(@"\((?<inner>[^()]{4,120})\)")]
    private static partial Regex Parenthesis();

    /// <summary>
    /// The owners an action entry names after its topic rather than before it: "BYO tools policy: Lewis to start a
    /// thread", "Rental of the sound gear. Brendan will find out what to invoice", "… out of meeting. Fletcher and Ben.",
    /// "Stand for the flyers (Ross will discuss with Fletcher)". Only people the document knows, or given names, count.
    /// </summary>
    private List<string> OwnersWithin(string body)
    {
        var segments = new List<string> { body };
        var colon = body.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < body.Length - 1)
            segments.Add(body[(colon + 1)..].Trim());
        segments.AddRange(Sentences.Split(body).Skip(1).Select(s => s.Trim()));
        segments.AddRange(Parenthesis().Matches(body).Select(m => m.Groups["inner"].Value.Trim()));
        foreach (var segment in segments)
        {
            var subject = InnerSubjectPattern().Match(segment);
            if (subject.Success && NamedInEntry(subject.Groups["owners"].Value) is { Count: > 0 } owners)
                return [.. owners.Concat(FurtherSubjects(segment[subject.Length..])).Distinct(StringComparer.OrdinalIgnoreCase)];
            if (PersonNames.Tokens(segment).Length <= 6 && NamedInEntry(segment.TrimEnd('.', ';')) is { Count: > 0 } only)
                return only;
        }

        return [];
    }

    // "… and Jasper to add it to the repo", "; Bob will book the hall": another person given a part of the same task.
    [GeneratedRegex(@"(?:\band|[;,])\s+(?<who>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+(?:to|will)\s+\p{Ll}")]
    private static partial Regex FurtherSubject();

    /// <summary>
    /// "Emily to provide the list and Jasper to add it to the repo": an action that shares its task out names each
    /// person with their part; all of them own it. Only people the document knows, or given names, count.
    /// </summary>
    private IEnumerable<string> FurtherSubjects(string rest) =>
        FurtherSubject().Matches(rest).SelectMany(m => NamedInEntry(m.Groups["who"].Value));

    /// <summary>
    /// "Spondy and JC", "Fletcher and Ben": names and initials in an entry known to be an action. At least one
    /// must be someone the document names (or a given name), and none may look like anything but a person.
    /// </summary>
    private List<string> NamedInEntry(string text)
    {
        var parts = OwnerSeparator().Split(text.Trim()).Select(p => p.Trim().Trim('.', '*')).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0 || parts.Count > 5)
            return [];
        var known = 0;
        foreach (var part in parts)
        {
            if (!(PersonNames.LooksLikeSingleName(part) || PersonNames.LooksLikeInitials(part) || PersonNames.LooksLikeFullName(part) || PersonNames.IsGroupOwner(part)))
                return [];
            if (_people.Resolve(part) != part || _people.Names.Contains(part, StringComparer.OrdinalIgnoreCase) || PersonNames.LooksLikeFullName(part)
                || PersonNames.IsGroupOwner(part) || GivenNames.Contains(part))
            {
                known++;
            }
        }

        return known == 0 ? [] : parts.Select(_people.Resolve).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    [GeneratedRegex(@"^(?:by\s+)?(?:asap|as\s+soon\s+as\s+possible|immediately|urgent(?:ly)?|ongoing|on-going|tbc|tba|(?:the\s+)?(?:next|\p{L}+)\s+meeting|(?:the\s+)?end\s+of\s+(?:the\s+)?\p{L}+)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex LooseDue();

    /// <summary>"Circulate the report – Jane Smith – 31 March": what, who and when set apart by dashes, in any order.</summary>
    private ActionLine? DashFields(string body, string? reference)
    {
        var fields = DashSeparator().Split(body).Select(f => f.Trim()).Where(f => f.Length > 0).ToList();
        if (fields.Count < 2)
            return null;
        var owners = new List<string>();
        string? due = null;
        var text = new List<string>();
        foreach (var field in fields)
        {
            var mention = DateText.FindAll(field, DefaultYear, includeMonthOnly: true, MonthFirst).FirstOrDefault();
            if (due is null && mention is not null && PersonNames.Tokens(field).Length <= PersonNames.Tokens(mention.Text).Length + 2)
            {
                due = mention.Iso;
                continue;
            }

            if (owners.Count == 0 && PersonNames.Tokens(field).Length <= 6 && SplitOwners(field.TrimEnd('.'), strict: true, allowSingleNames: true) is { Count: > 0 } named)
            {
                owners.AddRange(named);
                continue;
            }

            // "Clerk – report the pothole – ASAP", "… – April meeting": when, in words that name no date, is not the task.
            if (text.Count > 0 && LooseDue().IsMatch(field))
                continue;

            text.Add(field);
        }

        if (owners.Count == 0)
            return null;
        if (text.Count == 0)
            return new ActionLine(reference, owners, string.Empty, due, OwnersOnly: true);
        return new ActionLine(reference, owners, string.Join(" – ", text), due ?? Due(string.Join(' ', text)));
    }

    /// <summary>
    /// True when every part of <paramref name="text"/> ("AHop/MS", "SH and JC") is a short form the
    /// document declares or that fits exactly one person it names, or a group such as "All".
    /// </summary>
    public bool IsKnownOwnerList(string text)
    {
        var parts = OwnerSeparator().Split(text.Trim().Trim('*').Trim()).Select(p => p.Trim().Trim('.', '(', ')')).Where(p => p.Length > 0).ToList();
        return parts.Count > 0 && parts.All(p => PersonNames.LooksLikeInitials(p) || PersonNames.IsGroupOwner(p) || _people.Resolve(p) != p
            || PersonNames.LooksLikeFullName(p) || _people.Names.Contains(p, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// True when every part of <paramref name="text"/> is an owner <see cref="IsKnownOwnerList"/> accepts or a given name
    /// ("Tom", "Diane and Rebecca"): after an action's label a first name is an owner though a roll may leave the writer out.
    /// </summary>
    public bool NamesOwnersOrGivenNames(string text) =>
        IsKnownOwnerList(text) || OwnerSeparator().Split(text.Trim()).Select(p => p.Trim().Trim('.')).Where(p => p.Length > 0).ToList() is { Count: > 0 and <= 5 } parts
        && parts.All(p => IsKnownOwnerList(p) || GivenNames.Contains(p));

    /// <summary>
    /// True when every part of <paramref name="text"/> ("Fazli", "Valentine+Fazli") is a person of the attendance,
    /// as written there or by a short form that fits one of them, or a group such as "All".
    /// </summary>
    public bool NamesAttendees(string text)
    {
        var parts = OwnerSeparator().Split(text.Trim()).Select(p => p.Trim().Trim('.', '(', ')')).Where(p => p.Length > 0).ToList();
        return parts.Count > 0 && parts.All(p => PersonNames.IsGroupOwner(p) || _people.Resolve(p) != p || _people.Names.Contains(p, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>True when every part of <paramref name="text"/> ("Lina", "@berendt", "JS") is a person of the attendance; groups and roles are not.</summary>
    public bool NamesPeopleOfTheAttendance(string text)
    {
        var parts = OwnerSeparator().Split(text.Trim()).Select(p => p.Trim().Trim('.')).Where(p => p.Length > 0).ToList();
        return parts.Count is > 0 and <= 4 && parts.All(p => !PersonNames.IsGroupOwner(p)
            && (_people.Resolve(p) != p || _people.Names.Contains(p, StringComparer.OrdinalIgnoreCase)));
    }

    /// <summary>The one person of the attendance the initials fit whose surname the text names, as <see cref="PeopleDirectory.NamedIn"/>.</summary>
    public string? NamedInTheText(string initials, string text) => _people.NamedIn(initials, text);

    /// <summary>True when every part of <paramref name="text"/> stands for a person the document names, or a group such as "All".</summary>
    public bool ResolvesOwnerList(string text)
    {
        var parts = OwnerSeparator().Split(text.Trim()).Select(p => p.Trim().Trim('.', '(', ')')).Where(p => p.Length > 0).ToList();
        return parts.Count > 0 && parts.All(p => PersonNames.IsGroupOwner(p) || _people.Resolve(p) != p);
    }

    private bool IsKnownOwner(string owner) =>
        PersonNames.LooksLikeFullName(owner) || PersonNames.LooksLikeInitials(owner) || PersonNames.IsGroupOwner(owner)
        || _people.Names.Contains(owner, StringComparer.OrdinalIgnoreCase);

    private ActionLine Make(string? reference, IReadOnlyList<string> owners, string text) =>
        new(reference, owners, text, Due(text), OwnersOnly: text.Length == 0);

    private List<string> SubjectOwners(string body)
    {
        var subject = SubjectOwnerPattern().Match(body);
        return subject.Success ? SplitOwners(subject.Groups["owners"].Value, strict: true) : [];
    }

    /// <summary>
    /// Splits "Mark Brett and Jos Creese", "JC/MB", "TG &amp; BM" into owners. In strict mode every part
    /// must look like a person (or a group such as "All"), otherwise nobody is named.
    /// </summary>
    private List<string> SplitOwners(string text, bool strict, bool allowSingleNames = false)
    {
        var owners = new List<string>();
        foreach (var raw in OwnerSeparator().Split(text.Trim().Trim('*').Trim()))
        {
            var part = raw.Trim().Trim('[', ']', '(', ')', '.', '*').Trim();
            // "The Clerk will write", "the Treasurer to pay": an office owns the task, whatever article stands before it.
            if (part.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && part[4..].Trim() is var office && (PersonNames.IsGroupOwner(office) || Roles.IsOffice(office)))
                part = office;
            if (part.Length == 0)
                continue;
            if (!strict || IsOwner(part, allowSingleNames))
            {
                var name = _people.Resolve(part);
                if (!owners.Contains(name, StringComparer.OrdinalIgnoreCase))
                    owners.Add(name);
                continue;
            }

            return [];
        }

        return owners;
    }

    private bool IsOwner(string part, bool allowSingleNames)
    {
        // "CAROL", "Jen": a short form that fits exactly one person the document names; "ehuss" a login handle that does.
        if (!part.Contains(' ', StringComparison.Ordinal) && part.Length > 1 && (char.IsUpper(part[0]) || part.All(char.IsLower)) && _people.Resolve(part) != part)
            return true;
        // "Treasurer", "Vice-Chair": an office owns a task as a person does.
        if (PersonNames.LooksLikeInitials(part) || PersonNames.IsGroupOwner(part) || PersonNames.LooksLikeFullName(part) || Roles.IsOffice(part))
            return true;
        var tokens = PersonNames.Tokens(part);
        if (tokens.Length == 2 && tokens[1].TrimEnd('.').Length == 1 && char.IsUpper(tokens[1][0]) && PersonNames.LooksLikeSingleName(tokens[0]))
            return true;
        if (PersonNames.LooksLikeSingleName(part))
            return allowSingleNames || _people.Resolve(part) != part || GivenNames.Contains(part);
        if (allowSingleNames && InstitutionWord().IsMatch(part))
            return true;
        return GroupOwner().IsMatch(part);
    }

    /// <summary>The date a task is due by, as its text gives it ("by Feb 13", "due 30/09/2023"); null when it gives none.</summary>
    internal string? Due(string text)
    {
        foreach (Match match in DuePattern().Matches(text))
        {
            var mention = DateText.FindAll(match.Groups["date"].Value, DefaultYear, includeMonthOnly: true, MonthFirst).FirstOrDefault();
            if (mention is not null && mention.Index <= 12)
                return mention.Iso;
        }

        return null;
    }

    private static string Normalise(string reference) => string.Join(' ', reference.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string Clean(string text) => Text.TextCleaning.Squash(text.Replace("**", string.Empty, StringComparison.Ordinal)).Trim();
}
