using System.Globalization;
using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Finds the agenda items of minutes: numbered headings ("1.", "3.1", "Item 7"), else an explicit
/// agenda list, else the document's headings. Numbers stay as printed and gaps stay gaps.
/// </summary>
public static partial class AgendaReader
{
    // "1.", "1)", "(1)", "Item 1:", "Agenda item 1:"; a clerk's reference number may stand before it ("22-0073 1. ROLL CALL").
    // A typist's "6 ) Safeguarding Report" sets the bracket off by a space.
    [GeneratedRegex(@"^(?:\d{2}-\d{3,5}\s+)?(?:(?:agenda\s+)?item\s+|\((?=\d{1,2}\)))?(?<n>\d{1,2})(?:[.):]|\s\)(?=\s))\s*(?<t>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TopLevel();

    [GeneratedRegex(@"^(?:item\s+)?(?<n>\d{1,2}\.\d{1,2})[.)]?\s+(?<t>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SubLevel();

    // "2.1 The Secretariat presented the draft report.", "3.3 It was noted that …": government and NHS minutes number each
    // paragraph of an item's minute; a sentence that says what someone did is a paragraph, not a sub-item ("3.6 Discuss
    // metrics." and "2.2 Budget" are titles), and "4.1 None." under "Any other business" says there was nothing, as "2.1 Approved." says the minutes were; "3.2 The Board:" opens the list of what it decided.
    [GeneratedRegex(@"^(?:(?i:the|it|this|these|there|members|all|he|she|they|we|a|an)\s+|\p{Lu}[\p{L}'’-]*\s+(?:\p{Lu}[\p{L}'’-]*\s+)?(?=(?:was|were|is|are|has|had|\p{Ll}{2,}ed)\b))(?:[^.]|\.(?=\S))*\b(?:was|were|is|are|has|had|have|will|would|\p{Ll}{2,}ed)\b.*\.$|^(?i:none|nil|nothing\s+(?:to\s+report|further)|no\s+(?:other\s+|further\s+)?business|(?:approved|agreed|noted|accepted|carried|deferred)(?:\s+unanimously)?)\.?$|^(?i:the\s+(?:board|committee|panel|group|council|meeting|trustees|governors|commission)|members|it\s+was\s+(?:agreed|resolved|noted))\b[^.:]{0,40}:$")]
    private static partial Regex NumberedParagraph();

    // "5b. Linking", "2c) Enumerations", "3-A. Workgroup reports": an item taken under the numbered one before it, lettered
    // after its number; the letter's full stop or bracket keeps "3D printing" a title.
    [GeneratedRegex(@"^(?<n>(?<top>\d{1,2})-?(?<letter>[a-zA-Z]))[.)]\s+(?<t>\S.*)$")]
    private static partial Regex LetteredSubLevel();

    // "Item 1: Welcome", "Agenda item 2 – Finance": an item named as one (the attendance reader ends its lists on it too).
    [GeneratedRegex(@"^(?:agenda\s+)?item\s+(?<n>\d{1,2}(?:\.\d{1,2})?)\s*[:.\-–]?\s+(?<t>\S.*)$", RegexOptions.IgnoreCase)]
    internal static partial Regex ItemWord();

    [GeneratedRegex(@"\bexempt\b|\bconfidential\b|\bpart\s+(?:ii|2|b)\b|schedule\s+12a|not\s+for\s+publication", RegexOptions.IgnoreCase)]
    private static partial Regex ExemptWords();

    [GeneratedRegex(@"\bitem\s+(?<n>\d{1,2}(?:\.\d{1,2})?)\s+(?:is|was|has\s+been)\s+(?:\w+\s+)?(?:exempt|confidential|withheld)", RegexOptions.IgnoreCase)]
    private static partial Regex ExemptSentence();

    // Headings that frame the minutes rather than name an item: "Contents", "Attendees", "Topics" over the items' own headings.
    [GeneratedRegex(@"^(?:draft|minutes|proceedings|links|notes|discussion|summary|executive\s+summary|date,?\s+time\s+and\s+(?:location|venue)|date\s+and\s+(?:time|venue|location)|attendees|attendance|present|apologies(?:\s+received)?|table\s+of\s+contents|contents|topics)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex StructuralHeading();

    [GeneratedRegex(@"^(?:[01]?\d|2[0-3])[:.][0-5]\d\s+(?=\p{L})")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^(?:open|opening|close|closing|meeting\s+(?:opened|closed))\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenOrClose();

    // "Summary of Action Items", "Action Summary", "New and Ongoing Actions", "Completed Actions": the minutes' roll of the
    // actions, set out after the items or before them, is no item of business; "Actions from last meeting" and "Outstanding
    // actions" are items, the actions reviewed under them.
    [GeneratedRegex(@"^(?:summary\s+of\s+(?:the\s+)?(?:new\s+)?actions?(?:\s+items?)?|actions?(?:\s+items?)?\s+summary|(?:new\s+and\s+on-?going|completed|current)\s+actions?(?:\s+items?)?)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex RollOfActions();

    // "Action items", "Actions:", "Decisions", "Resolutions", "Decisions/Actions": a part headed so, with no number, holds what the
    // meeting decided or gave people to do, as "Attendees" holds who came; numbered ("8. Action Items") it is an item of the agenda.
    // An American board's "ACTION ITEM:" or "ACTION ITEMS" in capitals heads the business put to a vote, and an entry of the
    // agenda's own list ("- Actions" over "- Budget") names the item that reviews them: both are items.
    [GeneratedRegex(@"^(?:new\s+)?(?:actions|action\s+(?:items|points|list)|decisions|resolutions)(?:\s*(?:/|&|and)\s*(?:actions|action\s+items|decisions|resolutions))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex RecordOfOutcomes();

    // "Location", "Participants (14/30)", "Meeting Times", "Dialing instructions", "Recordings", "Attachments", "Logistics": the
    // parts that say where and how the meeting was held or where its papers are, unnumbered, are no items of business.
    [GeneratedRegex(@"^(?:location|venue|participants(?:\s*\(\d+\s*/\s*\d+\))?|meeting\s+times?|(?:meeting\s+)?recordings?(?:\s+and\s+transcripts)?|attachments|dial(?:l)?ing\s+instructions|dial-in(?:\s+details)?|meeting\s+link|logistics)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingLogistics();

    private static bool HeadsTheRecordOfOutcomes(IReadOnlyList<TextLine> lines, AgendaItemRange item) =>
        item.Number is null && RecordOfOutcomes().IsMatch(item.Title) && item.Title.Any(char.IsLower)
        && item.Start >= 0 && item.Start < lines.Count && lines[item.Start].Kind != LineKind.ListItem;

    // A month, not any word that starts like one: "DECLARATIONS OF INTEREST" and "Maintenance" are titles.
    [GeneratedRegex(@"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartsWithMonth();

    public static List<AgendaItemRange> Read(IReadOnlyList<TextLine> lines, int attendanceStart, int attendanceEnd)
    {
        var numbered = Numbered(lines, Math.Max(0, attendanceEnd), attendanceStart, listEntries: false);
        // Entries of an ordered list that each stand over paragraphs: the items, unless the minutes have more headings than entries
        // (then the lists are reports under the headings), or an agenda set out under its caption lists more (then the entries
        // read are those of its items whose minutes run long enough to stand over points, and the agenda holds them all).
        if (numbered.Count < 2 && Numbered(lines, Math.Max(0, attendanceEnd), attendanceStart, listEntries: true) is { Count: >= 3 } listed
            && listed.Count > Headings(lines, attendanceStart).Count && listed.Count >= ExplicitAgenda(lines).Count)
        {
            numbered = listed;
        }

        var referenced = Referenced(lines, Math.Max(0, attendanceEnd), attendanceStart);
        if (referenced.Count > numbered.Count || InsideOneMinute(numbered, referenced))
            numbered = referenced;
        // A US board's "A. Call to Order" holds the roll call, so the attendance ends inside the items: a chain of numerals or
        // letters counting up from the first is looked for from the top when none follows its end.
        var roman = RomanNumbered(lines, Math.Max(0, attendanceEnd));
        if (roman.Count < 3 && attendanceEnd > 0)
            roman = RomanNumbered(lines, 0);
        if (roman.Count >= 3 && roman.Count > numbered.Count)
            numbered = roman;
        var lettered = LetterNumbered(lines, Math.Max(0, attendanceEnd));
        if (lettered.Count < 3 && attendanceEnd > 0)
            lettered = LetterNumbered(lines, 0, attendanceStart, attendanceEnd);
        // "UNFINISHED BUSINESS" over "A. Strategic Plan", then "NEW BUSINESS" over "A. Library sign", "B. Foundation": letters that
        // run on across a title in capitals are the entries under those titles, and the titles are the items.
        if (lettered.Count >= 3 && CapitalTitles(lines, Math.Max(0, attendanceEnd), attendanceStart) is { Count: >= 3 } capitals
            && capitals.Count >= lettered.Count && capitals.Any(c => c.Start > lettered[0].Start && c.Start < lettered[^1].Start))
        {
            lettered = capitals;
        }

        // Lettered entries in minutes that have headings are usually reports under one heading, not the items.
        if (lettered.Count >= 3 && lettered.Count > numbered.Count && lettered.Count >= Headings(lines, attendanceStart).Count)
            numbered = lettered;
        // The cases a quasi-judicial body heard are its items; numbered points inside them are a case's own (staff's concerns, conditions).
        // Read from the top: a case's own "ABSENT:" line would stretch the attendance over the cases before it.
        if (CaseBlocks(lines) is { Count: >= 2 } cases && numbered.All(n => n.Start > cases[0].Start))
            numbered = cases;
        if (UnderOneHeading(lines, numbered, Headings(lines, attendanceStart)))
            numbered = [];
        // "CORRESPONDENCE" over "1. DEFRA – Guidance for councillors", "2. …": a numbered list standing inside one part of minutes
        // whose parts are titled in capitals is that part's list (letters received, payments), and the titles are the items.
        if (numbered.Count >= 3 && Headings(lines, attendanceStart).Count == 0
            && CapitalTitles(lines, Math.Max(0, attendanceEnd), attendanceStart) is { Count: >= 4 } parts
            && parts.FindIndex(p => p.Start < numbered[0].Start && numbered[^1].Start < p.End) is var inside and >= 0
            && parts.Count(p => p.End <= numbered[0].Start || p.Start > numbered[^1].Start) >= 3 && inside > 0)
        {
            numbered = parts;
        }

        if (numbered.Count >= 2 && WithCapitalLabels(lines, numbered, Math.Max(0, attendanceEnd)) is { } labelled)
            numbered = labelled;
        var items = numbered.Count >= 2 ? numbered : ExplicitAgenda(lines);
        // "Agenda: see the table of contents": a one-line agenda points at the headings, which are the items.
        if (items.Count <= 1 && numbered.Count < 2 && Headings(lines, attendanceStart) is { Count: >= 2 } headings)
            items = headings;
        if (items.Count == 0)
            items = Headings(lines, attendanceStart);
        if (items.Count == 0 && numbered.Count == 1)
            items = numbered;
        if (items.Count == 0)
            items = LabelledItems(lines, Math.Max(0, attendanceEnd));
        if (items.Count == 0)
            items = TitlesOverBullets(lines, Math.Max(0, attendanceEnd));
        if (items.Count == 0)
            items = ListSections(lines, Math.Max(0, attendanceEnd), attendanceStart);
        if (items.Count == 0)
            items = CapitalTitles(lines, Math.Max(0, attendanceEnd), attendanceStart);
        if (items.Count == 0)
            items = TitlesOverProse(lines, attendanceStart, attendanceEnd);
        if (items.Count == 0)
            items = BoardSectionTitles(lines, Math.Max(0, attendanceEnd));
        if (items.Count == 0)
            items = RunInTitles(lines, Math.Max(0, attendanceEnd));
        if (items.Count == 0)
            items = TitlesThenPresenters(lines, Math.Max(0, attendanceEnd));
        // Headings that name who gave each report are the items over any weaker reading of plain lines or of one numbered line;
        // under the document's own headings ("STANDING COMMITTEE REPORTS" over "Membership — Ann Lee") they are reports of an item.
        if (numbered.Count < 2 && !items.Any(item => item.Start >= 0 && item.Start < lines.Count && lines[item.Start].Kind == LineKind.Heading)
            && PresentedTitles(lines, Math.Max(0, attendanceEnd)) is { Count: >= 3 } presented && presented.Count > items.Count)
        {
            items = presented;
        }
        items = WithItemsAboveTheAttendance(lines, items, attendanceStart);
        items = WithClosingItemsAfter(lines, items);
        items = WithOpeningBefore(lines, items);
        items.RemoveAll(item => RollOfActions().IsMatch(item.Title) || HeadsTheRecordOfOutcomes(lines, item) || item.Number is null && MeetingLogistics().IsMatch(item.Title) || RecordsTheClose(lines, item));
        MarkExemptSentences(lines, items);
        return items;
    }

    private static List<AgendaItemRange> Numbered(IReadOnlyList<TextLine> lines, int from, int labelsFrom, bool listEntries)
    {
        var found = new List<(string Number, string Title, int Line, int BodyStart)>();
        var lastTop = 0;
        var lastSub = 0;
        var pointZero = false;
        for (var i = Math.Min(from, Math.Max(0, labelsFrom)); i < lines.Count; i++)
        {
            var line = lines[i];
            if (listEntries && OwnNumberedEntry(lines, i, out var entryNumber) && (i >= from || IsLabel(line.Text)))
            {
                // A Markdown or web page's ordered list whose entries each stand over paragraphs of their own: the list's numbers are the items'.
                var value = int.Parse(entryNumber, CultureInfo.InvariantCulture);
                if (value > lastTop && value <= lastTop + 6 && (lastTop > 0 || value <= 3) && IsTitle(line.Text) && PersonNames.Tokens(line.Text).Length <= 12)
                {
                    found.Add((entryNumber, CleanTitle(line.Text), i, i + 1));
                    lastTop = value;
                    lastSub = 0;
                }

                continue;
            }

            if (line.Kind is not (LineKind.Text or LineKind.Heading) || i < from && !IsAttendanceLabel(line.Text))
                continue;
            var text = line.Text.Trim();
            var sub = SubLevel().Match(text);
            if (sub.Success)
            {
                var parts = sub.Groups["n"].Value.Split('.');
                var top = int.Parse(parts[0]);
                var minor = int.Parse(parts[1]);
                // "1.0 ATTENDEES", "2.0 CALL TO ORDER": an outline's point zero numbers the item itself, its "2.1" the entries under it.
                if (minor == 0 && parts[1].Length == 1 && top > lastTop && top <= lastTop + 6 && (lastTop > 0 || top <= 3)
                    && IsTitle(sub.Groups["t"].Value) && !NumberedParagraph().IsMatch(sub.Groups["t"].Value.Trim()))
                {
                    found.Add((sub.Groups["n"].Value, CleanTitle(WithoutMinute(sub.Groups["t"].Value.Trim())), i, i + 1));
                    lastTop = top;
                    lastSub = 0;
                    pointZero = true;
                    continue;
                }

                if (top == lastTop && minor > lastSub && minor <= lastSub + 6 && IsTitle(sub.Groups["t"].Value) && !NumberedParagraph().IsMatch(sub.Groups["t"].Value.Trim()))
                {
                    found.Add((sub.Groups["n"].Value, CleanTitle(sub.Groups["t"].Value), i, i + 1));
                    lastSub = minor;
                }

                continue;
            }

            var lettered = LetteredSubLevel().Match(text);
            if (lettered.Success)
            {
                var top = int.Parse(lettered.Groups["top"].Value, CultureInfo.InvariantCulture);
                var letter = char.ToLowerInvariant(lettered.Groups["letter"].Value[0]) - 'a' + 1;
                if (top == lastTop && letter > lastSub && letter <= lastSub + 7 && IsTitle(lettered.Groups["t"].Value)
                    && !NumberedParagraph().IsMatch(lettered.Groups["t"].Value.Trim()))
                {
                    found.Add((lettered.Groups["n"].Value, CleanTitle(WithoutMinute(lettered.Groups["t"].Value.Trim())), i, i + 1));
                    lastSub = letter;
                }

                continue;
            }

            var match = TopLevel().Match(text);
            if (!match.Success)
                match = ItemWord().Match(text);
            // Items numbered "4.0" are not continued by a "5." of a list in an item's minute.
            if (!match.Success || match.Groups["n"].Value.Contains('.', StringComparison.Ordinal) || pointZero)
                continue;
            var number = int.Parse(match.Groups["n"].Value);
            if (number <= lastTop || number > lastTop + 6 || (lastTop == 0 && number > 3))
                continue;
            var title = match.Groups["t"].Value.Trim();
            var bodyStart = i + 1;
            if (title.Length == 0)
            {
                var next = NextNonBlank(lines, i + 1);
                if (next < 0 || TopLevel().IsMatch(lines[next].Text.Trim()) || lines[next].Kind is not (LineKind.Text or LineKind.Heading))
                    continue;
                title = lines[next].Text.Trim();
                bodyStart = next + 1;
            }

            // "3. Reports. Fox provided a financial report …": a short first sentence is the title, the rest its minute.
            title = WithoutMinute(title);
            if (!IsTitle(title))
                continue;
            found.Add((match.Groups["n"].Value, CleanTitle(title), i, bodyStart));
            lastTop = number;
            lastSub = 0;
        }

        return ToRanges(found.Select(f => ((string?)f.Number, f.Title, f.Line, f.BodyStart)).ToList(), lines.Count, lines);
    }

    [GeneratedRegex(@"^(?<n>[IVXL]{1,6})[.)]$")]
    private static partial Regex RomanAlone();

    [GeneratedRegex(@"^(?<n>[IVXL]{1,6})[.)]\s+(?<t>\S.*)$")]
    private static partial Regex RomanLine();

    /// <summary>Items numbered "I.", "II.", … "XV." as US boards number them: a chain counting up by one.</summary>
    private static List<AgendaItemRange> RomanNumbered(IReadOnlyList<TextLine> lines, int from)
    {
        var found = new List<(string? Number, string Title, int Line, int BodyStart)>();
        var last = 0;
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Kind is not (LineKind.Text or LineKind.Heading or LineKind.ListItem))
                continue;
            var text = lines[i].Text.Trim();
            var bodyStart = i + 1;
            // "I." alone on its line, "Call to Order" on the next: a PDF or text export puts the numeral and the title apart.
            if (RomanAlone().Match(text) is { Success: true } alone && NextNonBlank(lines, i + 1) is var next and >= 0
                && lines[next].Kind is LineKind.Text or LineKind.Heading && PersonNames.Tokens(lines[next].Text).Length <= 12)
            {
                text = $"{alone.Groups["n"].Value}. {lines[next].Text.Trim()}";
                bodyStart = next + 1;
            }

            var match = RomanLine().Match(text);
            if (!match.Success || RomanValue(match.Groups["n"].Value) is not { } value || value != last + 1 || !IsTitle(match.Groups["t"].Value))
                continue;
            found.Add((match.Groups["n"].Value, CleanTitle(match.Groups["t"].Value), i, bodyStart));
            last = value;
        }

        return found.Count >= 3 ? ToRanges(found, lines.Count, lines) : [];
    }

    [GeneratedRegex(@"^(?<n>[A-Z])[.)]\s+(?<t>\S.*)$")]
    private static partial Regex LetterLine();

    /// <summary>Items lettered "A. Call to Order", "B. Public Input", … as committees of US boards letter them: a chain counting up by one.</summary>
    private static List<AgendaItemRange> LetterNumbered(IReadOnlyList<TextLine> lines, int from, int attendanceStart = -1, int attendanceEnd = -1)
    {
        var found = new List<(string? Number, string Title, int Line, int BodyStart)>();
        var last = 'A' - 1;
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Kind is not (LineKind.Text or LineKind.Heading))
                continue;
            var match = LetterLine().Match(lines[i].Text.Trim());
            // "A. Keinath – Shiawassee", "B. Krogman – Central" in the attendance list: initials of the people listed one a
            // line, counting up by chance, are no items.
            if (match.Success && i >= attendanceStart && i < attendanceEnd && PersonEntries.LooksLikePerson(lines[i].Text.Split('–', '-', '(')[0].Trim(), strict: true))
                continue;
            if (!match.Success || match.Groups["n"].Value[0] != last + 1 || !IsTitle(match.Groups["t"].Value) || PersonNames.Tokens(match.Groups["t"].Value).Length > 12)
                continue;
            found.Add((match.Groups["n"].Value, CleanTitle(match.Groups["t"].Value), i, i + 1));
            last = match.Groups["n"].Value[0];
        }

        return found.Count >= 3 ? ToRanges(found, lines.Count, lines) : [];
    }

    /// <summary>
    /// Minutes whose items are a word processor's numbered list (the numbers kept out of the text): top-level list
    /// entries that each stand over paragraphs of their own, with any numbers typed by hand ("VI.&#9;OLD BUSINESS") among them.
    /// </summary>
    private static List<AgendaItemRange> ListSections(IReadOnlyList<TextLine> lines, int from, int attendanceStart)
    {
        var found = new List<(string? Number, string Title, int Line, int BodyStart)>();
        for (var i = from; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text.Trim();
            var typed = line.Kind == LineKind.Text ? RomanLine().Match(text) : Match.Empty;
            var entry = line.Kind == LineKind.ListItem && line.Level <= 1 && line.Number is null;
            if (!entry && !typed.Success)
                continue;
            var title = typed.Success ? typed.Groups["t"].Value : text;
            var next = NextNonBlank(lines, i + 1);
            // Under the title, prose, or bullets a level deeper under a heading (see HeadsDeeperEntries).
            var over = next >= 0 && (lines[next].Kind == LineKind.Text || entry && (HeadsDeeperEntries(lines, i, next, title) || BusinessPart().IsMatch(title.Trim())));
            if (!IsTitle(title) || PersonNames.Tokens(title).Length > 12 || title.TrimEnd().EndsWith('.') || next < 0 || !over && !typed.Success || NamesAPerson(CleanTitle(title)))
                continue;
            found.Add((typed.Success ? typed.Groups["n"].Value : null, CleanTitle(title), i, i + 1));
        }

        if (found.Count < 3)
            return [];
        return ToRanges([.. SectionsAboveTheAttendance(lines, found[0].Line, attendanceStart), .. found], lines.Count, lines);
    }

    // "Old Business", "New Business", "Unfinished Business", "Other Business": the standing parts of a board's order of business are
    // its items, over the entries taken under them or over nothing when none was.
    [GeneratedRegex(@"^(?:old|new|unfinished|other|old\s*(?:&|and)\s*new)\s+business\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex BusinessPart();

    // "Agenda item:" opening a row of a word processor's minutes template, the title in the next cell and who presents after it.
    [GeneratedRegex(@"^Agenda\s+item\s*:\s*(?<t>[^\t]+?)\s*(?:\t+\s*Presenter\s*:.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaItemLabel();

    /// <summary>
    /// The minutes template of a common word processor sets each item out as "Agenda item: | Budget | Presenter: | Ann Lee",
    /// then "Discussion:", "Conclusions:" and a table of actions: the titles after the label are the items, and the topics
    /// set out under each item's discussion are not.
    /// </summary>
    private static List<AgendaItemRange> LabelledItems(IReadOnlyList<TextLine> lines, int from)
    {
        var found = new List<(string? Number, string Title, int Line, int BodyStart)>();
        for (var i = from; i < lines.Count; i++)
        {
            var text = string.Join('\t', lines[i].Text.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (lines[i].Kind is LineKind.Text or LineKind.TableRow && AgendaItemLabel().Match(text) is { Success: true } label && IsTitle(label.Groups["t"].Value))
                found.Add((null, label.Groups["t"].Value.Trim(), i, i + 1));
        }

        return found.Count >= 2 ? ToRanges(found, lines.Count, lines) : TitlesOverTheTemplatesDiscussion(lines);
    }

    // The labels of the minutes template's parts of an item: "Discussion", "Conclusions", "Action items | Person responsible | Deadline".
    [GeneratedRegex(@"^(?:discussion|conclusions?|action\s+items(?:\s+person\s+responsible(?:\s+deadline)?)?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex TemplatePart();

    /// <summary>
    /// The same template with its "Agenda item:" label left out: each item's title alone on its line, who presents it in a cell at
    /// the right ("BOARD ANNOUNCEMENTS | BOARD MEMBERS", "Finance | Ann Lee"), then the template's "Discussion" over the minute,
    /// "Conclusions" and "Action items". The line over each "Discussion" is an item; the labels are none.
    /// </summary>
    private static List<AgendaItemRange> TitlesOverTheTemplatesDiscussion(IReadOnlyList<TextLine> lines)
    {
        // Read from the top: the roll the template opens with runs on to the first item's title.
        const int from = 0;
        var labels = Enumerable.Range(from, Math.Max(0, lines.Count - from)).Where(i => lines[i].Kind == LineKind.Text && TemplatePart().IsMatch(TemplateCells(lines[i]))).ToList();
        if (!labels.Any(i => lines[i].Text.Trim().StartsWith("Conclusion", StringComparison.OrdinalIgnoreCase)))
            return [];
        var found = new List<(string? Number, string Title, int Line, int BodyStart)>();
        foreach (var label in labels.Where(i => lines[i].Text.Trim().TrimEnd(':').Trim().Equals("discussion", StringComparison.OrdinalIgnoreCase)))
        {
            var above = label - 1;
            while (above >= from && lines[above].IsBlank)
                above--;
            if (above < from || lines[above].Kind != LineKind.Text || TemplatePart().IsMatch(TemplateCells(lines[above])))
                continue;
            var title = lines[above].Text.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [var first, ..] ? first : string.Empty;
            if (IsTitle(title) && PersonNames.Tokens(title).Length <= 12 && !title.EndsWith('.'))
                found.Add((null, CleanTitle(title), above, above + 1));
        }

        return found.Count >= 2 ? ToRanges(found, lines.Count, lines) : [];
    }

    private static string TemplateCells(TextLine line) =>
        string.Join(' ', line.Text.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>
    /// Minutes typed in a word processor with no heading styles: each item's title a plain paragraph of its own, set apart by
    /// empty lines, with its minute in bullets under it ("Budget Review" / "• The treasurer presented …") or in a paragraph
    /// of prose. Where at least three such titles stand over bullets, every such title is an item. A line over another
    /// title ("The following topics were not covered") is a note about the items, not one of them.
    /// </summary>
    private static List<AgendaItemRange> TitlesOverBullets(IReadOnlyList<TextLine> lines, int from)
    {
        var found = new List<(string? Number, string Title, int Line, int BodyStart)>();
        var overBullets = 0;
        for (var i = from; i < lines.Count; i++)
        {
            if (!IsPlainTitle(lines, i, out var title, from))
                continue;
            var next = NextNonBlank(lines, i + 1);
            if (next < 0 || IsPlainTitle(lines, next, out _, from))
                continue;
            var bullets = lines[next].Kind == LineKind.ListItem && lines[next].Number is null;
            if (!bullets && !(lines[next].Kind == LineKind.Text && SentenceEnd().IsMatch(lines[next].Text)))
                continue;
            overBullets += bullets ? 1 : 0;
            found.Add((null, CleanTitle(title), i, i + 1));
        }

        return overBullets >= 3 ? ToRanges(found, lines.Count, lines) : [];
    }

    /// <summary>
    /// A short plain paragraph with an empty line or the bullets of the item before above it and an empty line or bullets below,
    /// opening with a capital or a year ("2025 Budget") and ending with no stop: a title such as a word processor's user types it.
    /// A Word document spaces its paragraphs by their style, with no empty paragraph between, so the title follows the bullets
    /// straight on, or the list of those present for the first item. A stop set off by a space ("Prior Minutes .") is a PDF export's stray, not a sentence's end.
    /// </summary>
    private static bool IsPlainTitle(IReadOnlyList<TextLine> lines, int index, out string title, int from)
    {
        var line = lines[index];
        title = line.Text.Trim();
        if (title.EndsWith(" .", StringComparison.Ordinal))
            title = title[..^2].TrimEnd();
        if (line.Kind != LineKind.Text || title.Length == 0 || !char.IsUpper(title[0]) && !char.IsDigit(title[0]) || title.Contains('\t', StringComparison.Ordinal) || title[^1] is '.' or ',' or ':' or ';' or '?' or '!')
            return false;
        if (index > from && !lines[index - 1].IsBlank && lines[index - 1].Kind != LineKind.ListItem || PersonNames.Tokens(title).Length > 12 || !(char.IsDigit(title[0]) ? title.Count(char.IsLetter) >= 4 : IsTitle(title)) || OnlyADate(title))
            return false;
        if (title.Contains("://", StringComparison.Ordinal) || SectionVocabulary.OpensLine(title, out _, out _))
            return false;
        return index + 1 >= lines.Count || lines[index + 1].IsBlank || lines[index + 1].Kind == LineKind.ListItem;
    }

    // A paragraph of minutes under a title ends as a sentence does.
    [GeneratedRegex(@"[.!?)""”]\s*$")]
    private static partial Regex SentenceEnd();

    /// <summary>"Committee Members:" over "Katy Aronoff" over "Linda Kilbride": a bullet that is a person's name heads no business.</summary>
    private static bool NamesAPerson(string title) =>
        !title.Contains(',', StringComparison.Ordinal) && PersonNames.LooksLikeFullName(title) && PersonNames.Tokens(title) is { Length: <= 3 } tokens
        && GivenNames.Contains(tokens[0]);

    /// <summary>
    /// A list entry over bullets a level deeper heads them when its title is in title case ("New Business" over "o APPROVED – …"),
    /// or when an empty line sets it apart from what is above, as a word processor's list of items, each with its minute in
    /// sub-bullets, is spaced ("Trustee position vacancy checklist" over "This was meant to provide us with guidance.").
    /// A bullet in words run on from the one above over its details ("Assign roles", "Proposed lesson schedule:") is no heading.
    /// </summary>
    private static bool HeadsDeeperEntries(IReadOnlyList<TextLine> lines, int index, int next, string title) =>
        lines[next].Kind == LineKind.ListItem && lines[next].Level > lines[index].Level && (TitleCase().IsMatch(title) || index == 0 || lines[index - 1].IsBlank);

    /// <summary>
    /// "Call to Order", then "Attendance:" over the roll, then the other items: when the list's items were read from the end
    /// of the attendance, the entries of the same list above it ("Call to Order", the attendance's own entry) are items too.
    /// The walk up passes the attendance's lines and the minutes under each entry, and stops at anything else.
    /// </summary>
    private static List<(string? Number, string Title, int Line, int BodyStart)> SectionsAboveTheAttendance(IReadOnlyList<TextLine> lines, int first, int attendanceStart)
    {
        var above = new List<(string? Number, string Title, int Line, int BodyStart)>();
        if (attendanceStart < 0 || attendanceStart >= first || lines[first].Kind != LineKind.ListItem)
            return above;
        var level = lines[first].Level;
        for (var j = first - 1; j >= 0; j--)
        {
            var line = lines[j];
            if (line.IsBlank || line.Kind == LineKind.ListItem && line.Level > level)
                continue;
            var title = line.Text.Trim();
            var next = NextNonBlank(lines, j + 1);
            // The attendance's own label is an item ("Attendance:"); a label with the names after it ("Guest: Joan Heil") is the roll's.
            if (line.Kind == LineKind.ListItem && line.Level == level && line.Number is null && IsTitle(title) && PersonNames.Tokens(title).Length <= 12
                && !title.TrimEnd(':').Contains(':', StringComparison.Ordinal)
                && !title.EndsWith('.') && !NamesAPerson(CleanTitle(title)) && next >= 0 && (lines[next].Kind == LineKind.Text || HeadsDeeperEntries(lines, j, next, title)))
            {
                above.Insert(0, (null, CleanTitle(title), j, j + 1));
                continue;
            }

            if (j < attendanceStart || line.Kind is not (LineKind.Text or LineKind.ListItem))
                break;
        }

        return above;
    }

    [GeneratedRegex(@"\p{Ll}")]
    private static partial Regex LowerCaseLetter();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|the|for|on|to|in|&)\s+)*\p{Lu}[\p{L}'’-]*){0,5}$")]
    private static partial Regex TitleCase();

    // "ODPI-95 – All agreed to push this out of the release": a technical committee going through its issue tracker names each
    // issue by its key, project letters and a number; the key is the issue discussed under an item, not a title of the minutes.
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\d]{1,9}-\d{1,6}$")]
    private static partial Regex IssueKey();

    // A title in capitals, then a dash set off by spaces and the minute or nothing: "NEW BUSINESS – The levy was discussed."
    [GeneratedRegex(@"^(?<t>\p{Lu}[^\p{Ll}–—]{2,80}?)\s+[-–—](?:\s+\S.*)?$")]
    private static partial Regex CapitalsThenDash();

    // The parts of a US board's meeting as its clerk heads them, in any case: "New Business:", "Unfinished Business", "Public Comment".
    [GeneratedRegex(@"^(?:(?:new|old|unfinished|other)\s+business|public\s+comments?|citizen\s+comments?|correspondence|announcements|communications)$", RegexOptions.IgnoreCase)]
    private static partial Regex BoardSection();

    /// <summary>
    /// A township's one-page minutes: motions one to a line, then the parts of its meeting headed by their usual names on lines
    /// of their own, in title case. Where nothing else titles the items, those parts are the items.
    /// </summary>
    private static List<AgendaItemRange> BoardSectionTitles(IReadOnlyList<TextLine> lines, int from)
    {
        var found = new List<(string? Number, string Title, int Line, int BodyStart)>();
        for (var i = from; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim().TrimEnd(':').Trim();
            if (lines[i].Kind == LineKind.Text && BoardSection().IsMatch(text))
                found.Add((null, text, i, i + 1));
        }

        return found.Count >= 2 ? ToRanges(found, lines.Count, lines) : [];
    }

    // "Secretary Report:  May minutes approved; …", "Choir: no report": a short title, a colon and the minute run on after it.
    [GeneratedRegex(@"^(?<t>\p{Lu}[^:;.!?\t]{2,60}?)\s*:\s+\S")]
    private static partial Regex RunInTitle();

    // Labels that open a line of a minute rather than title an item: "Motion: …", "Note: …", "Time: 7 pm".
    [GeneratedRegex(@"^(?:motion|moved|seconded|second|carried|action|actions|note|notes|date|time|location|venue|place|chair|vote|result|resolved|agreed|q|a)$", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesOwnLabel();

    /// <summary>
    /// A small club's minutes typed as one paragraph a topic, each opening with the topic's title before a colon
    /// ("Treasurer’s Report:  Current balance: $1,204.", "Band: no report"): where such paragraphs are at least four and
    /// most of the minutes, their titles are the items. A label here and there in prose ("Budget guidance: …") is not.
    /// </summary>
    private static List<AgendaItemRange> RunInTitles(IReadOnlyList<TextLine> lines, int from)
    {
        var found = new List<(string? Number, string Title, int Line, int BodyStart)>();
        var paragraphs = 0;
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Text || lines[i].IsBlank)
                continue;
            paragraphs++;
            var text = lines[i].Text.Trim();
            if (!text.Contains(':', StringComparison.Ordinal) || RunInTitle().Match(text) is not { Success: true } match)
                continue;
            var title = match.Groups["t"].Value.Trim();
            var tokens = PersonNames.Tokens(title);
            if (tokens.Length > 8 || !IsTitle(title) || MinutesOwnLabel().IsMatch(title) || SectionVocabulary.OpensLine(title, out _, out _)
                || NamesAPerson(title) || tokens.Length == 1 && GivenNames.Contains(tokens[0]) || DateText.FindFirst(title, 2000) is not null)
            {
                continue;
            }

            found.Add((null, CleanTitle(title), i, i + 1));
        }

        return found.Count >= 4 && found.Count * 2 >= paragraphs ? ToRanges(found, lines.Count, lines) : [];
    }

    /// <summary>
    /// A board's Word minutes set out as its agenda was, "TOPIC ⇥ PRESENTER": each item's title, a tab, and who presents it
    /// ("Call to Order⇥⇥Ann Lee", "Treasurer’s Report⇥Tom Fox"), its minute in paragraphs under it. Where three titles or more
    /// stand so, they are the items, and so is a title alone before a colon after an empty line among them ("Chapter Reports:"),
    /// as the agenda's headings without a presenter are typed; the reports under such a heading are set out with dashes or
    /// dots to their chairs ("Membership ------ Jan Roe"), not with a tab, and stay parts of it. Two titles at least have a
    /// minute in words under them: a list of officers ("Treasurer⇥Tom Fox" over "Secretary⇥Ann Lee") has none.
    /// </summary>
    private static List<AgendaItemRange> TitlesThenPresenters(IReadOnlyList<TextLine> lines, int from)
    {
        var found = new List<(string? Number, string Title, int Line, int BodyStart)>();
        var presented = 0;
        var overMinute = 0;
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Text)
                continue;
            var text = lines[i].Text.Trim();
            if (text.Contains('\t', StringComparison.Ordinal))
            {
                var cells = text.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (cells.Length == 2 && IsTitle(cells[0]) && PersonNames.Tokens(cells[0]).Length <= 10 && !PersonNames.LooksLikeFullName(cells[0])
                    && !SectionVocabulary.OpensLine(cells[0], out _, out _) && PersonNames.LooksLikeFullName(cells[1]))
                {
                    found.Add((null, CleanTitle(cells[0]), i, i + 1));
                    presented++;
                    overMinute += NextNonBlank(lines, i + 1) is >= 0 and var next && lines[next].Kind == LineKind.Text && !lines[next].Text.Contains('\t', StringComparison.Ordinal)
                        && LowerCaseLetter().IsMatch(lines[next].Text) && PersonNames.Tokens(lines[next].Text).Length >= 3 ? 1 : 0;
                }

                continue;
            }

            if (presented == 0 || !text.EndsWith(':') || i == 0 || !lines[i - 1].IsBlank)
                continue;
            var title = text[..^1].Trim();
            if (IsTitle(title) && PersonNames.Tokens(title).Length <= 8 && !NamesAPerson(title)
                && !(SectionVocabulary.OpensLine(title, out var phrase, out _) && phrase.Kind is SectionKind.Attendance or SectionKind.Apologies or SectionKind.Absence))
            {
                found.Add((null, CleanTitle(title), i, i + 1));
            }
        }

        return presented >= 3 && overMinute >= 2 ? ToRanges(found, lines.Count, lines) : [];
    }

    // "New website……………Denise P.": dots lead from the title to who presents it.
    [GeneratedRegex(@"\s*[.…]{3,}.*$")]
    private static partial Regex LeaderToPresenter();

    // A title in words: a PDF whose font maps no letters gives "Dd/E'D/Ehd^WWZKs>", and a label runs on after a colon ("ACTION (Ann): …").
    [GeneratedRegex(@"^(?!.*--)[\p{L}\d][\p{L}\d '’&/(),-]*$")]
    private static partial Regex PlainWords();

    // "Results were as follows:", "Minutes are on the website": a line that says something is a sentence, not a title.
    [GeneratedRegex(@"\b(?:is|are|was|were|has|have|had|will|would|can|could|should)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FiniteVerb();

    /// <summary>
    /// Word or PDF minutes with neither heading styles, numbers nor bullets: each item's title a short line of its own after
    /// an empty line, its minute in sentences straight under it ("Treasurer’s Report" / "The treasurer's report was endorsed
    /// by the meeting."). Where three titles or more stand so, they are the items. A title may end with a colon ("Opening:")
    /// or lead with dots to who presents it ("New website……Denise P."); the attendance's own labels are no items. Where
    /// some titles are in capitals and others not ("UNIVERSITY UPDATE" over "Retail update"), the capitals head the items and
    /// the others the topics taken under them.
    /// </summary>
    private static List<AgendaItemRange> TitlesOverProse(IReadOnlyList<TextLine> lines, int attendanceStart, int attendanceEnd)
    {
        var found = new List<(string? Number, string Title, int Line, int BodyStart)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Text || lines[i].IsBlank || i > 0 && !lines[i - 1].IsBlank || i >= attendanceStart && i < attendanceEnd)
                continue;
            var title = LeaderToPresenter().Replace(lines[i].Text.Trim(), string.Empty).TrimEnd(':').Trim();
            if (title.Length == 0 || !char.IsUpper(title[0]) || !PlainWords().IsMatch(title) || PersonNames.Tokens(title).Length > 10 || !IsTitle(title)
                || FiniteVerb().IsMatch(title) || StructuralHeading().IsMatch(title) || DateText.FindFirst(title, 2000) is not null
                || SectionVocabulary.OpensLine(title, out _, out _) || NamesAPerson(title) || PersonNames.LooksLikeFullName(title))
            {
                continue;
            }

            // A board's usual parts keep their titles over a minute of one word ("Old Business:" / "None").
            var next = NextNonBlank(lines, i + 1);
            if (next < 0 || !IsProse(lines[next]) && !BoardSection().IsMatch(title))
                continue;
            found.Add((null, CleanTitle(title), i, i + 1));
        }

        var capitals = found.Where(f => !LowerCaseLetter().IsMatch(f.Title)).ToList();
        if (capitals.Count >= 3 && capitals.Count < found.Count)
            found = capitals;
        return found.Count >= 3 ? ToRanges(found, lines.Count, lines) : [];
    }

    /// <summary>A line of a minute in sentences: words in ordinary case, ending as a sentence does or running long.</summary>
    private static bool IsProse(TextLine line) =>
        line.Kind == LineKind.Text && !line.Text.Contains('\t', StringComparison.Ordinal) && LowerCaseLetter().IsMatch(line.Text)
        && PersonNames.Tokens(line.Text) is { Length: >= 5 } words && (SentenceEnd().IsMatch(line.Text) || words.Length >= 10);

    /// <summary>
    /// Minutes whose items are titles in capitals over paragraphs of prose, with neither numbers nor headings
    /// ("APOLOGIES FOR ABSENCE" / "Apologies were received from …"), as typed minutes set them out.
    /// </summary>
    private static List<AgendaItemRange> CapitalTitles(IReadOnlyList<TextLine> lines, int from, int labelsFrom)
    {
        var found = new List<(string? Number, string Title, int Line, int BodyStart)>();
        for (var i = Math.Min(from, Math.Max(0, labelsFrom)); i < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Text)
                continue;
            var text = lines[i].Text.Trim().TrimEnd(':').Trim();
            // "OLD BUSINESS – The Supervisor reported …", "CORRESPONDENCE –": a US township's clerk runs the minute on after the
            // title's dash, or leaves nothing after it; the title in capitals before the dash is the item.
            var dashed = CapitalsThenDash().Match(text);
            if (dashed.Success)
                text = dashed.Groups["t"].Value.Trim();
            if (LowerCaseLetter().IsMatch(text) || text.Count(char.IsLetter) < 4 || PersonNames.Tokens(text).Length > 10 || text.EndsWith('.') || !IsTitle(text)
                || DateText.FindFirst(text, 2000) is not null || IssueKey().IsMatch(text))
            {
                continue;
            }

            // Inside the attendance list only the apologies' own title is an item.
            if (i < from && !(SectionVocabulary.OpensLine(text, out var phrase, out var rest) && phrase.Kind == SectionKind.Apologies && rest.Trim().Length == 0))
                continue;
            var next = NextNonBlank(lines, i + 1);
            // "MILLTOWN TOWNSHIP BOARD OF TRUSTEES" over "March 4, 2024": the heading of the minutes, dated under it, is no item.
            if (next >= 0 && OnlyADate(lines[next].Text.Trim()))
                continue;
            if (!dashed.Success && (next < 0 || lines[next].Kind != LineKind.Text || !LowerCaseLetter().IsMatch(lines[next].Text)))
                continue;
            found.Add((null, CleanTitle(text), i, i + 1));
        }

        return found.Count >= 3 ? ToRanges(found, lines.Count, lines) : [];
    }

    // "MINUTES: The minutes of … were approved", "WRITTEN COMMUNICATIONS: none", "OLD BUSINESS – none": a label in capitals
    // opening a part of the minutes, run on into its minute after a colon or a dash.
    [GeneratedRegex(@"^(?<t>\p{Lu}[^\p{Ll}:–—]{2,80}?)\s*(?::|\s[-–—])(?:\s+\S.*)?$")]
    private static partial Regex CapitalLabel();

    /// <summary>
    /// "NEW BUSINESS:" over "1. Grand Marina Master Plan" and "2. Commissioner Duties", between "MINUTES: …", "WRITTEN
    /// COMMUNICATIONS: none" and "OLD BUSINESS: none": where every numbered item stands in the part of one of three or more
    /// labels in capitals, those labels open the parts of the minutes and are items too, the numbered ones those of their part.
    /// Null when the numbered items are not so set out.
    /// </summary>
    private static List<AgendaItemRange>? WithCapitalLabels(IReadOnlyList<TextLine> lines, List<AgendaItemRange> numbered, int from)
    {
        if (numbered.Any(n => n.Number is null || !int.TryParse(n.Number, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            || PersonNames.Tokens(n.Title).Length > 8 || n.Title.EndsWith('.')))
        {
            return null;
        }

        var labels = new List<(string? Number, string Title, int Line, int BodyStart)>();
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Kind is not (LineKind.Text or LineKind.Heading) || lines[i].IsBlank)
                continue;
            var text = lines[i].Text.Trim();
            var run = CapitalLabel().Match(text);
            var title = run.Success ? run.Groups["t"].Value.Trim() : text.TrimEnd(':').Trim();
            // "RUMSCH, WALKER, LINEBERGER" and "UCC MHCC OSU" are names and acronyms in capitals, not what a part is about.
            if (LowerCaseLetter().IsMatch(title) || title.Contains(',', StringComparison.Ordinal) || !PersonNames.Tokens(title).Any(t => t.Length > 4) || PersonNames.Tokens(title).Length > 8 || char.IsDigit(title[0])
                || title.EndsWith('.') || !IsTitle(title) || MinutesOwnLabel().IsMatch(title) || DateText.FindFirst(title, 2000) is not null
                || SectionVocabulary.OpensLine(title, out var phrase, out _) && phrase.Kind is SectionKind.Attendance or SectionKind.Apologies or SectionKind.Absence)
            {
                continue;
            }

            // A label alone on its line stands over its minute, written in sentences.
            var next = NextNonBlank(lines, i + 1);
            if (!run.Success && (next < 0 || OnlyADate(lines[next].Text.Trim()) || !LowerCaseLetter().IsMatch(lines[next].Text) && !TopLevel().IsMatch(lines[next].Text.Trim())))
                continue;
            labels.Add((null, CleanTitle(title), i, i + 1));
        }

        if (labels.Count < 3)
            return null;
        var part = labels.FindLastIndex(l => l.Line < numbered[0].Start);
        if (part < 0 || part + 1 < labels.Count && labels[part + 1].Line < numbered[^1].Start)
            return null;
        var found = labels.Concat(numbered.Select(n => (n.Number, n.Title, n.Start, n.BodyStart))).OrderBy(f => f.Item3).ToList();
        return ToRanges(found, lines.Count, lines);
    }

    // "Reports. Fox provided …", "Strategic Plan Update. Task Force renewed …"; not "Mr. Smith …". A title may run into its
    // minute after a colon too: "ROLL CALL: Present: …", "Staff Transition: The secretary informed …", and a title in
    // capitals however short its minute: "APPROVAL OF MINUTES: Approved as presented."
    [GeneratedRegex(@"^(?<t>(?:[\p{L}&'’/-]+\s+){0,7}(?!(?:mr|mrs|ms|dr|st|cllr|no|vs)\.)[\p{L}&'’/-]{3,})\.\s+(?=\p{Lu})(?:\S+\s+){2,}\S+|^(?<t>\p{Lu}[^.:;]{2,100}?):\s+(?=\p{Lu})(?:\S+\s+){2,}\S+|^(?-i:(?<t>\p{Lu}[^\p{Ll}:]{2,80}?)):\s+(?=.*\p{Ll})\S.*$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleThenMinute();

    // US boards run the minute on after a dash: "Call to order – Trustee Lee called the meeting to order at 7 p.m.",
    // "Presentations – none": after the dash someone did something ("Trustee Lee called", "The Chair reported") or nothing
    // was ("none", "no questions"), so that "Townhomes – New Construction, Plaza Midwood" and "Council – Health Service join up"
    // stay titles. A minute in lower case reads so too: "Apologies – none received", "Finance – the clerk reported a balance",
    // while "Finance – payments and receipts" has no verb and stays a title. So too a sentence in the minute's own case:
    // "Planning – Current applications were discussed", "Lot 45 – Doug will check the plans", "The following documents had
    // been received", "Adjournment – moved by Jim, …". A title in capitals runs on into a minute in ordinary case whatever
    // it says ("PUBLIC COMMENT – No comments received.", "TREASURER'S REPORT - Tinka Gammel (proxy)"); a date in capitals
    // after it ("ANNUAL MEETING - 21 SEPTEMBER IN BERLIN") is part of the title.
    [GeneratedRegex(@"^(?-i:(?<t>\p{Lu}[^.:;–—]{2,60}?))\s+[-–—]\s+(?:(?-i:(?:(?:The|A|An)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:\p{Ll}+ed|said|gave|read|led|spoke|was|were|had|will|would|should|shall)\b).*|(?:none|nil|n/?a|no\s+(?:reports?|questions|comments?|business))\.?|(?-i:(?:none|nil|nothing)\s+(?:received|reported|declared|to\s+report)|(?:[Tt]he|a|an|[Ii]t|[Tt]here|[Tt]his|[Aa]ll)\s+(?:[\p{L}'’-]+\s+){0,4}(?:\p{Ll}+ed|said|gave|read|was|were|had|is|are)\b).*"
        + @"|(?-i:\p{Lu}\p{Ll}+\s+(?:[\p{L}'’-]+\s+){0,5}(?:was|were|had|has\s+been|have\s+been)\s+\p{Ll}).*|(?:moved|proposed|seconded)\s+by\s.*)$"
        + @"|^(?-i:(?=[^\p{Ll}–—]*?\p{Lu}{4})(?<t>\p{Lu}[^\p{Ll}.:;–—]{2,60}?))\s+[-–—]\s+(?-i:(?=.*\b\p{L}\p{Ll}{2}))\S+\s+\S.*$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleThenDashedMinute();

    // "Next meeting: Monday, January 9, 2023, 5 pm", "Date Of Next Meeting - 4th November 2024. Village Hall", "Date of Next
    // Meeting – The next Parish Council Meeting will be held on …", "Next Strata Council Meeting Wednesday, June 26": the item
    // that fixes the next meeting is titled by its label, whatever date or sentence the clerk ran on after it.
    [GeneratedRegex(@"^(?<t>(?:(?:dates?|time|venue|place)(?:\s*(?:,|and|&)\s*(?:date|time|venue|place))*\s+(?:of|for)\s+(?:the\s+)?)?(?:next|future|forthcoming)\s+(?:[\p{L}&'’-]+\s+){0,3}?meetings?)(?:\s*[:\-–—]\s*|\s+(?=(?:mon|tues?|wed|thu|fri|sat|sun)\p{L}*\b|\d))(?<rest>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeetingThenItsDate();

    private static string WithoutNextMeetingsDate(string title) =>
        NextMeetingThenItsDate().Match(title.Trim()) is { Success: true } label ? label.Groups["t"].Value : title;

    /// <summary>An item's title without the minute run on after it.</summary>
    private static string WithoutMinute(string title) =>
        NextMeetingThenItsDate().Match(title.Trim()) is { Success: true } label ? label.Groups["t"].Value
        : TitleThenMinute().Match(title) is { Success: true } split ? split.Groups["t"].Value
        : TitleThenDashedMinute().Match(title) is { Success: true } dashed ? dashed.Groups["t"].Value
        : TitleThenDate().Match(title) is { Success: true } dated && DateText.FindFirst(dated.Groups["when"].Value, 2000) is { Index: 0 } ? dated.Groups["t"].Value
        : title;

    // "Next meeting: 20 July 2005", "Next Meeting: Tuesday 2025-09-16": the item's title, then the date it settled. Any year
    // stands in for one the date leaves out ("Next meeting: 14 January"): only where the date starts is looked at.
    [GeneratedRegex(@"^(?<t>\p{Lu}[^:.;]{2,60}?)\s*:\s+(?<when>\S.{4,60})$")]
    private static partial Regex TitleThenDate();

    private static int? RomanValue(string numeral)
    {
        var total = 0;
        for (var k = 0; k < numeral.Length; k++)
        {
            var value = numeral[k] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0 };
            var next = k + 1 < numeral.Length ? numeral[k + 1] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0 } : 0;
            total += value < next ? -value : value;
        }

        return total > 0 ? total : null;
    }

    // "18.09.1", "17/045", "39.", and with a committee's letters in front, "BM 55/2122", "FC12/045", "TB/19/045", "PB.19.045";
    // a committee's capitals joined by a stop or a stroke to a count alone, "PL.45", "PR/2", as district councils number minutes.
    // "Minute 101 – Apologies", "Min. No. 45 Apologies", "#12 Finance": the word or sign before the number is no part of it.
    [GeneratedRegex(@"^(?:item\s+|minute\s+|min\.?\s+no\.?\s*|\#\s?)?(?<n>(?<prefix>[A-Z]{1,4}(?:\s|/|\.)?(?=\d+[/.]\d)|(?-i:[A-Z]{2,4})[/.](?=\d{1,4}[.):]?\s))?(?<digits>\d{1,4}(?:[./]\d{1,4}){0,3}))(?:[.):]|\s+[-–—])?\s+(?<t>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex MinuteReference();

    [GeneratedRegex(@"^(?:item\s+|minute\s+)?(?<n>(?<prefix>[A-Z]{1,4}(?:\s|/|\.)?(?=\d+[/.]\d))?(?<digits>\d{1,4}(?:[./]\d{1,4}){1,2}))[.):]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceAlone();

    // "2448. Police Report: No report or Police presence.", "2453. Accounts for payment:-": a council that numbers its minutes
    // runs each title on after a colon into the minute, however long; the title is what stands before the colon, so long as
    // no full stop ends a sentence there ("Minutes of 12.03.18: approved" keeps its line) and no dash runs a minute on
    // before it ("Finance - The following accounts were approved: ...").
    [GeneratedRegex(@"^(?<t>\p{Lu}(?:(?!\s[-–—]\s)[^:.;!?]){2,100}?)\s*:-?(?:\s+\S.*)?$")]
    private static partial Regex TitleThenColon();

    // "Council Monitoring: Quarter 2 2026/27", "Highways: Annual Report": what follows the colon is the title's second part,
    // set in capitals word by word as titles are, where a minute run on after a title is a sentence ("Police Report: No report.").
    private static bool IsSubtitle(string afterColon)
    {
        var rest = afterColon.Trim().TrimStart('-').Trim();
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 6 && !rest.EndsWith('.') && words.All(w => !char.IsLower(w[0]));
    }

    /// <summary>
    /// Council minute references ("18.09.1", "17/045", "39.", "BM 55/2122"): numbers whose last part counts up
    /// under one prefix, or whose first part counts up over one year, starting wherever the year's numbering has reached.
    /// </summary>
    private static List<AgendaItemRange> Referenced(IReadOnlyList<TextLine> lines, int from, int labelsFrom)
    {
        var chains = new Dictionary<string, List<(string Number, string Title, int Line, int BodyStart)>>(StringComparer.Ordinal);
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = Math.Min(from, Math.Max(0, labelsFrom)); i < lines.Count; i++)
        {
            if (lines[i].Kind is not (LineKind.Text or LineKind.Heading) || i < from && !IsAttendanceLabel(lines[i].Text) && !LabelRunIntoMinute(lines[i].Text) && !LabelBelowReference(lines, i))
                continue;
            var match = MinuteReference().Match(lines[i].Text.Trim());
            var titleLine = i;
            if (!match.Success && ReferenceAlone().Match(lines[i].Text.Trim()) is { Success: true } alone)
            {
                // A PDF's margin column: "45/19" on a line of its own, the title on the next.
                var next = NextNonBlank(lines, i + 1);
                if (next < 0 || next > i + 2 || lines[next].Kind is not (LineKind.Text or LineKind.Heading) || MinuteReference().IsMatch(lines[next].Text.Trim()))
                    continue;
                match = alone;
                titleLine = next;
            }

            if (!match.Success)
                continue;
            var parts = match.Groups["digits"].Value.Split('.', '/');
            if (!parts.All(p => p.Length > 0 && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
                continue;
            var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            var title = WithoutNextMeetingsDate(titleLine == i ? match.Groups["t"].Value.Trim() : lines[titleLine].Text.Trim());
            if (TitleThenDashedMinute().Match(title) is { Success: true } dashed)
                title = dashed.Groups["t"].Value;
            else if (TitleThenColon().Match(title) is { Success: true } colon && !IsSubtitle(title[(title.IndexOf(':', StringComparison.Ordinal) + 1)..]))
                title = colon.Groups["t"].Value;
            if (!IsTitle(title) || PersonNames.Tokens(title).Length > 12)
                continue;
            var prefix = match.Groups["prefix"].Value.Trim().ToUpperInvariant();
            Offer($"{prefix}{numbers.Length}:{string.Join('.', numbers[..^1])}", numbers[^1]);
            // "BM 55/2122": the count comes first and the school or council year after it.
            if (numbers.Length == 2)
                Offer($"{prefix}{numbers.Length}/{numbers[1]}", numbers[0]);

            void Offer(string key, int value)
            {
                if (last.TryGetValue(key, out var previous) && (value <= previous || value > previous + 3))
                    return;
                last[key] = value;
                if (!chains.TryGetValue(key, out var chain))
                    chains[key] = chain = [];
                chain.Add((match.Groups["n"].Value, CleanTitle(title), i, titleLine + 1));
            }
        }

        var best = chains.Values.OrderByDescending(c => c.Count).FirstOrDefault();
        return best is { Count: >= 3 } ? ToRanges(InTheBody(best, lines).Select(f => ((string?)f.Number, f.Title, f.Line, f.BodyStart)).ToList(), lines.Count, lines) : [];
    }

    /// <summary>
    /// References listed one under another are the agenda at the head of the minutes: each item's minute is where its
    /// reference is written again further down, so that is where its lines begin; an item not found again has none.
    /// </summary>
    private static List<(string Number, string Title, int Line, int BodyStart)> InTheBody(List<(string Number, string Title, int Line, int BodyStart)> chain, IReadOnlyList<TextLine> lines)
    {
        if (Enumerable.Range(1, chain.Count - 1).Any(k => chain[k].Line - chain[k - 1].Line > 6))
            return chain;
        var anchored = new List<(string Number, string Title, int Line, int BodyStart)>(chain.Count);
        var at = chain[^1].Line + 1;
        foreach (var entry in chain)
        {
            var found = -1;
            for (var j = at; j < lines.Count; j++)
            {
                if (lines[j].Text.TrimStart().StartsWith(entry.Number + " ", StringComparison.OrdinalIgnoreCase))
                {
                    found = j;
                    break;
                }
            }

            if (found >= 0)
                at = found;
            anchored.Add(entry with { Line = at, BodyStart = found >= 0 ? found + 1 : at });
        }

        return anchored.Any(a => a.Line != chain[^1].Line + 1) ? anchored : chain;
    }

    [GeneratedRegex(@"^(?:(?:agenda\s+)?(?:item|minute)\s+|\(|\#\s?)?[A-Z]{0,4}[\s/.]?\d{1,4}(?:[./]\d{1,4}){0,3}[.):]?\s+(?<t>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedLine();

    /// <summary>
    /// "45/19 Apologies for absence": an item whose title is the label of the attendance list under it. The attendance
    /// reader takes its lines, but the item is the first of the numbering all the same.
    /// </summary>
    // "1. Attendance" alone, or "22-0073 1. ROLL CALL: Present: Cownie, …" with the roll itself run on after it.
    private static bool IsAttendanceLabel(string text) =>
        NumberedLine().Match(ClerksReference().Replace(text.Trim(), string.Empty)) is { Success: true } numbered
        && (IsLabel(numbered.Groups["t"].Value) || SectionVocabulary.TryMatch(numbered.Groups["t"].Value, out var phrase, out _) && phrase.Kind == SectionKind.Attendance);

    [GeneratedRegex(@"^\d{2}-\d{3,5}\s+(?=\d)")]
    private static partial Regex ClerksReference();

    // "Min 45/25 Apologies: Cllr Young.": a referenced minute whose title is an attendance label, its names run on after it.
    private static bool LabelRunIntoMinute(string text) =>
        MinuteReference().Match(text.Trim()) is { Success: true } referenced && referenced.Groups["prefix"].Length > 0
        && TitleThenColon().Match(referenced.Groups["t"].Value) is { Success: true } colon && IsLabel(colon.Groups["t"].Value);

    private static bool LabelBelowReference(IReadOnlyList<TextLine> lines, int index) =>
        ReferenceAlone().IsMatch(lines[index].Text.Trim()) && NextNonBlank(lines, index + 1) is >= 0 and var next && IsLabel(lines[next].Text);

    private static bool IsLabel(string title) => SectionVocabulary.OpensLine(title.Trim(), out _, out var rest) && rest.Trim().Length == 0;

    private static bool OwnNumberedEntry(IReadOnlyList<TextLine> lines, int index, out string number)
    {
        number = lines[index].Number ?? string.Empty;
        if (lines[index].Kind != LineKind.ListItem || lines[index].Level > 1 || number.Length is 0 or > 2 || !number.All(char.IsAsciiDigit)
            || lines[index].Text.TrimEnd().EndsWith('.'))
        {
            return false;
        }

        // The entry stands over paragraphs, or over a list of its own points ("3. Highways" over "a. Church Lane …"); a Markdown
        // writer who leaves the points unindented sets them as bullets level with the entry ("1. New exec onboarding" over "- Who
        // needs support?"), and bullets under a numbered entry are its points all the same.
        var next = NextNonBlank(lines, index + 1);
        return next >= 0 && (lines[next].Kind == LineKind.Text || lines[next].Kind == LineKind.ListItem && lines[next].Level > lines[index].Level
            || lines[next].Kind == LineKind.ListItem && lines[next].Level == lines[index].Level && lines[next].Number is null);
    }

    // "24/01234/FUL - Land at Mill Lane", "3/19/0218/HH Stelox House": a planning committee's item is the application it decides,
    // titled by the authority's reference.
    [GeneratedRegex(@"^(?:\d{1,2}/\d{2,5}/\d{2,5}(?:/[A-Z]{2,5})?|\d{2}/\d{4,6}/[A-Z]{2,5})\b.*\p{L}{3}")]
    private static partial Regex PlanningApplication();

    private static bool IsTitle(string title)
    {
        var text = title.Trim();
        if (text.Length == 0 || text.Length > 200 || StartsWithMonth().IsMatch(text))
            return false;
        if (!char.IsLetter(text[0]) && text[0] is not ('\'' or '"' or '‘' or '“' or '(') && !PlanningApplication().IsMatch(text))
            return false;
        var words = PersonNames.Tokens(text).Length;
        return words <= 16 || ExemptWords().IsMatch(text);
    }

    // "Apologies; David Thomas, Andrew Payne", "Apologies<tab>HP", "Present: …": an item that opens with an attendance label
    // and gives the names on the same line is titled by the label; the names are its minute, not its title. A parish clerk
    // may leave only a space before them when each name opens with its honorific: "Apologies Cllr S Hart & Cllr Lane".
    [GeneratedRegex(@"^(?<label>\p{L}[\p{L} ]{2,30}?)\s*(?:[;:\t]|\s[-–]\s|\s(?=(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|Prof|Revd?)\.?\s+\p{Lu}))\s*\S")]
    private static partial Regex LabelThenNames();

    private static string WithoutNamesListed(string title)
    {
        var match = LabelThenNames().Match(title.Trim());
        return match.Success && IsLabel(match.Groups["label"].Value) ? match.Groups["label"].Value : title;
    }

    private static string CleanTitle(string title)
    {
        title = WithoutNextMeetingsDate(WithoutNamesListed(title));
        var text = TextCleaning.Squash(title.Replace("**", string.Empty, StringComparison.Ordinal)).Trim().TrimEnd('\\').Trim();
        text = FirstLetteredEntry().Match(text) is { Success: true } lettered ? lettered.Groups["t"].Value : text;
        text = TimeTaken().Replace(text, string.Empty);
        text = WithoutTimeAndMinute(text);
        text = TimeBox().Replace(text, string.Empty);
        text = FootnoteMark().Replace(text, string.Empty);
        text = WithoutClockTime(text);
        var presenter = Presenters().Match(text);
        text = presenter.Success && presenter.Index > 0 ? text[..presenter.Index].TrimEnd(' ', '-', '–', ':') : text;
        // "1. Grand Marina Master Plan:" over its minute: the colon leads into the minute and is no part of the title.
        return WithoutPresenterAfterDash(text).TrimEnd(':').TrimEnd();
    }

    // "Accepted the minutes[1] of the previous meeting", "Annotation proposal (Mike). [5] [6]": a mailing list's minutes number
    // their links, and the numbers are no part of the title.
    [GeneratedRegex(@"(?<=[\w).])\s?\[\d{1,2}\](?:\s?\[\d{1,2}\])*")]
    private static partial Regex FootnoteMark();

    // "10:30 Welcome", "19.45 - 20.00 Finance": the time an item is set for opens its line in a timed agenda, but is not its title.
    [GeneratedRegex(@"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s*[-–]\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?)?\s*[-–:]?\s+(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingTime();

    private static string WithoutClockTime(string title) =>
        LeadingTime().Match(title) is { Success: true } time && !OpenOrClose().IsMatch(title[time.Length..]) ? title[time.Length..] : title;

    // "Finance report – J Smith", "Garden - Ann Lee", "Tech report - Kate": who presents, after a dash at the end of the title.
    [GeneratedRegex(@"\s[-–—]\s+(?<who>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s*$")]
    private static partial Regex DashThenName();

    [GeneratedRegex(@"^\p{Lu}\.?$")]
    private static partial Regex Initial();

    /// <summary>
    /// A name after a dash ends the title only when it is a person's: an initial and a surname ("J Smith", "J. Smith") or a
    /// known given name, alone or with a surname ("Kate", "Ann Lee"). "Finance – Payments" and "Planning – Mill Lane" keep theirs.
    /// </summary>
    private static string WithoutPresenterAfterDash(string title)
    {
        if (DashThenName().Match(title) is not { Success: true } dash || dash.Index == 0)
            return title;
        var words = dash.Groups["who"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var person = words.Length >= 2 && Initial().IsMatch(words[0]) && words[0] != "A"
            || words.Length <= 2 && GivenNames.Contains(words[0]) && !StartsWithMonth().IsMatch(words[0]) && words.Skip(1).All(w => !PersonNames.IsOrganisationWord(w));
        return person ? title[..dash.Index].TrimEnd() : title;
    }

    // When an item was taken is not part of its title: "Open Source Voting Project Plan (6:22 p.m.)", "Finance (19.40)".
    [GeneratedRegex(@"\s*\(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeTaken();

    // "CALL TO ORDER 7:05pm (participants: 21).", "ADJOURNMENT (7:54pm) Motion by Rose": the time an item was taken, after its
    // title, ends the title, and what follows is its minute.
    [GeneratedRegex(@"^(?<t>.*?\p{L}{2,}\.?)\s+(?:\((?:[01]?\d|2[0-3])(?:[:.][0-5]\d\s*(?:[ap]\.?\s?m\b\.?)?|\s*[ap]\.?\s?m\b\.?)\)|(?:[01]?\d|2[0-3])(?::[0-5]\d\s*(?:[ap]\.?\s?m\b\.?)?|\.[0-5]\d\s*[ap]\.?\s?m\b\.?|\s*[ap]\.?\s?m\b\.?))(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex TitleThenTime();

    // "Meeting closed at 9pm", "Break until 8:15pm": a time that a word leads to belongs to the sentence.
    [GeneratedRegex(@"\b(?:at|by|from|until|till|to|before|after|about|around|approx|approximately|and|or|of|on|in|between)$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadsToTime();

    // Every time the pattern reads holds a digit: a title without one is not tried against its lazy title.
    private static string WithoutTimeAndMinute(string title) =>
        title.Any(char.IsDigit) && TitleThenTime().Match(title) is { Success: true } timed && !LeadsToTime().IsMatch(timed.Groups["t"].Value)
            ? timed.Groups["t"].Value.TrimEnd('.', ' ')
            : title;

    // "2. Police reports a. Police Scotland - Present by PC Lee": a PDF's text runs an item's title on into the first of its
    // lettered parts; the item is titled by what comes before "a." (or "(a)", "a)").
    [GeneratedRegex(@"^(?<t>\S.{2,}?)\s+(?:a[.)]|\(a\))\s+\p{Lu}.*$")]
    private static partial Regex FirstLetteredEntry();

    // How long an item is given, set after its title in a working group's or a charity's agenda, is not part of the title:
    // "Review agenda (2m, Lee)", "Minutes of last meeting [5 minutes]", "Budget (10 mins)", "Roadmap (1 hr, Ann, Raj)".
    [GeneratedRegex(@"\s*[(\[]\s*\d{1,3}(?:\.\d)?\s*(?:m|mins?|minutes?|h|hrs?|hours?)\.?(?:\s*[,;/–-]\s*[^()\[\]]{1,80})?\s*[)\]]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeBox();

    // Who presents an item is not part of its title: "qlog (Robin Marx)", "TSC charter updates (Philip DesAutels)",
    // "Badging API - @hober, @alice".
    // "Treasurer's report (delivered by Lev)", "(presented by the Clerk)" say the same.
    [GeneratedRegex(@"\s*(?:\((?i:presented|delivered|led|introduced|given)\s+by\s+[^()]{2,40}\)|\((?!(?i:(?:co-?|vice-?)?chair|secretary|president|treasurer|clerk)\b)\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}(?:\s*(?:,|/|&|and)\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})*\)|\s[-–]\s+@[\w-]+(?:\s*,\s*@[\w-]+)*)\s*$")]
    private static partial Regex Presenters();

    private static int NextNonBlank(IReadOnlyList<TextLine> lines, int from)
    {
        for (var i = from; i < lines.Count && i < from + 6; i++)
        {
            if (!lines[i].IsBlank)
                return i;
        }

        return -1;
    }

    // "APPLICATION: HDCRMA 2019-00476, 412 GRANDIN ROAD – ADDITION", "Case No: 2019-041, 12 High Street": a case heard, by its number.
    [GeneratedRegex(@"^(?:application|case|appeal|petition)(?:\s+(?:no\.?|number))?\s*:\s*(?<t>(?=[^,]{0,30}\d)\S.{5,})$", RegexOptions.IgnoreCase)]
    private static partial Regex CaseLine();

    private static List<AgendaItemRange> CaseBlocks(IReadOnlyList<TextLine> lines)
    {
        var found = new List<(string? Number, string Title, int Line, int BodyStart)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind is LineKind.Text or LineKind.Heading && CaseLine().Match(lines[i].Text.Trim()) is { Success: true } heard)
                found.Add((null, CleanTitle(heard.Groups["t"].Value), i, i + 1));
        }

        return ToRanges(found, lines.Count, lines);
    }

    /// <summary>The list under an "Agenda" heading.</summary>
    private static List<AgendaItemRange> ExplicitAgenda(IReadOnlyList<TextLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind is not (LineKind.Heading or LineKind.Text) || !(SectionVocabulary.IsExactly(lines[i].Text, SectionKind.Agenda) || AgendaFollows(lines[i])))
                continue;
            var level = lines[i].Kind == LineKind.Heading ? lines[i].Level : 0;
            var items = new List<(string?, string, int, int)>();
            var minLevel = int.MaxValue;
            for (var j = i + 1; j < lines.Count; j++)
            {
                var line = lines[j];
                // The list ends at the next heading at its level or above, or at any heading once it has begun.
                if (line.Kind == LineKind.Heading && (level == 0 || line.Level <= level || items.Count > 0))
                    break;
                if (line.Kind == LineKind.ListItem)
                {
                    minLevel = Math.Min(minLevel, line.Level);
                    if (line.Level == minLevel && line.Text.Trim().Length > 0)
                        items.Add((null, CleanTitle(AgendaEntryTitle(line.Text)), j, j + 1));
                }
                else if (line.Kind == LineKind.TableRow && TableEntry(line) is { } entry)
                {
                    items.Add((entry.Number, CleanTitle(entry.Title), j, j + 1));
                }
                else if (line.Kind == LineKind.TableRow && items.Count > 0 && line.Cells is not { Count: > 0 })
                {
                    break;
                }
                else if (line.Kind == LineKind.Text && items.Count > 0 && (level == 0 || lines[items[^1].Item3].Kind == LineKind.TableRow))
                {
                    break;
                }
            }

            if (items.Count > 0)
                return ToRanges(items, lines.Count, lines, rangesFromText: false);
        }

        return [];
    }

    // The header row of an agenda set out as a table: "Item | Description", "No. | Title | Presenter", "Time | Topic | Lead",
    // a column's unit in brackets after its label ("Item | Time (min)").
    [GeneratedRegex(@"^(?:#|no\.?|number|item(?:\s+no\.?)?|agenda(?:\s+item)?|time|timing|title|topic|subject|description|details|notes|presenter|lead|owner|paper|duration|minutes?|purpose)(?:\s*\((?:mins?|minutes|hrs?|hours|h|m|s)\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaColumn();

    // A first column that numbers the item ("1", "2.", "3.1") or gives the time it is taken ("10:30", "19.45 – 20.00").
    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2})?)[.)]?$")]
    private static partial Regex NumberCell();

    [GeneratedRegex(@"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s*[-–]\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeCell();

    /// <summary>
    /// A row of an agenda laid out as a table: the title is the first cell that is neither the item's number nor its time
    /// ("1 | Welcome", "10:30 | Finance | J Smith", "Finance | the year's accounts"); later cells describe or present it.
    /// A header row ("Item | Description") or a row with no title is none.
    /// </summary>
    private static (string? Number, string Title)? TableEntry(TextLine row)
    {
        if (row.Cells is not { Count: >= 1 } cells || cells.All(c => c.Trim().Length == 0 || AgendaColumn().IsMatch(c.Trim())))
            return null;
        string? number = null;
        foreach (var raw in cells)
        {
            var cell = raw.Trim();
            if (cell.Length == 0)
                continue;
            if (NumberCell().Match(cell) is { Success: true } numbered)
            {
                number ??= numbered.Groups["n"].Value;
                continue;
            }

            if (TimeCell().IsMatch(cell))
                continue;
            return IsTitle(cell) ? (number, cell) : null;
        }

        return null;
    }

    // "Mr. Mertic presented the following agenda for the meeting:", "The agenda was as follows:", and a caption over the list,
    // "Agenda for June 3, 2015 board call."
    [GeneratedRegex(@"\bagenda\b[^:]{0,40}:$|^agenda\s+(?:for|of)\s[^:]{3,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaSentence();

    // "Review action items [Fred leads discussion]", "Budget [all]": a note in brackets closing an entry of the agenda says who
    // leads it, and is no part of its title.
    [GeneratedRegex(@"\s*\[[^\[\]]{1,60}\]\W*$")]
    private static partial Regex ClosingNote();

    // "Discuss the release. Review the comments received.", "Finance report (item 4). (See the attached.)": an entry that runs
    // on past a sentence is titled by its first.
    [GeneratedRegex(@"^(?<t>\p{Lu}.{8,}?(?<!\b(?i:mr|mrs|ms|dr|st|no|vs|cllr|prof|inc|etc|approx|[a-z]))[.?!])\s+(?=\(?\p{Lu})")]
    private static partial Regex FirstSentence();

    private static string AgendaEntryTitle(string entry)
    {
        var title = ClosingNote().Replace(entry.Trim(), string.Empty);
        return FirstSentence().Match(title) is { Success: true } first ? first.Groups["t"].Value : title;
    }

    private static bool AgendaFollows(TextLine line) =>
        line.Kind == LineKind.Text && AgendaSentence().IsMatch(line.Text.Trim()) && PersonNames.Tokens(line.Text).Length <= 20;

    /// <summary>
    /// "New Mexico Garden Network" over "Board Meeting" over "April 7, 2001": headings at the top of a page, with nothing but
    /// the meeting's date under them, are the minutes' title, however many lines it takes; the items' headings come after.
    /// </summary>
    private static int TitleBlockEnd(IReadOnlyList<TextLine> lines)
    {
        var headings = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank || lines[i].Kind == LineKind.FrontMatter)
                continue;
            if (lines[i].Kind == LineKind.Heading)
            {
                headings++;
                continue;
            }

            return headings >= 2 && lines[i].Kind == LineKind.Text && OnlyADate(lines[i].Text.Trim()) ? i : 0;
        }

        return 0;
    }

    private static List<AgendaItemRange> Headings(IReadOnlyList<TextLine> lines, int attendanceStart)
    {
        var firstHeading = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == LineKind.Heading)
            {
                firstHeading = i;
                break;
            }
        }

        if (firstHeading < 0)
            return [];
        var from = attendanceStart >= 0 ? attendanceStart : firstHeading + 1;
        from = Math.Max(from, TitleBlockEnd(lines));
        var end = PageToolsStart(lines, from);
        var items = new List<(string?, string, int, int)>();
        // "## Officer Reports" over "### Event Officer", "### Quartermasters": the headings under a heading of reports are the
        // reports given under that one item.
        var reportsLevel = -1;
        // "## Any other business" then "## Next meeting": a next-meeting heading straight after an item's, at its level, is the
        // last item; under another level, or after a part that is no item ("## Resolutions"), it closes the minutes on its own.
        var itemLevel = -1;
        for (var i = from; i < end; i++)
        {
            var line = lines[i];
            if (line.Kind != LineKind.Heading || i == firstHeading)
                continue;
            if (reportsLevel >= 0 && line.Level > reportsLevel)
                continue;
            reportsLevel = line.Level > 0 && ReportsHeading().IsMatch(line.Text.Trim()) ? line.Level : -1;
            var amongItems = line.Level == itemLevel;
            itemLevel = -1;
            var text = CleanTitle(line.Text);
            // "20:30 Finances": the clock time the item began is not part of its title; "21:30 Close" is no item at all.
            var timed = ClockTime().Match(text);
            if (timed.Success)
            {
                text = text[timed.Length..];
                if (OpenOrClose().IsMatch(text))
                    continue;
            }

            if (text.Length == 0 || StructuralHeading().IsMatch(text) || HeadsTheAgendasList(lines, i, text) || WikiSiteLine().IsMatch(text) || SectionVocabulary.IsExactly(text, SectionKind.Agenda) || OnlyAFigure(lines, i) || OnlyADate(text) || IsPresenceLabel(text)
                || SectionVocabulary.OpensLine(text, out _, out _) || SectionVocabulary.IsLabelOnly(text, SectionKind.NextMeeting) && !amongItems
                || SectionVocabulary.IsLabelOnly(text, SectionKind.Actions) && NextNonBlank(lines, i + 1) is >= 0 and var below && lines[below].Kind == LineKind.TableRow
                || SectionVocabulary.IsLabelOnly(text, SectionKind.Decisions) && NextNonBlank(lines, i + 1) is >= 0 and var listed && lines[listed].Kind == LineKind.ListItem)
            {
                // An unnumbered "Action Items" or "Completed Actions" heading over a table holds the minutes' table of actions, not an item of business;
                // a "Resolutions" or "Decisions" heading over a list holds what the meeting decided, as "Attendees" holds who came.
                continue;
            }

            items.Add((null, text, i, i + 1));
            itemLevel = line.Level;
        }

        return ToRanges(items, lines.Count, lines);
    }

    // "Agenda 1.23.25", "Regular Agenda", "Official Agenda", "Key agenda points", "Agendas": a heading that names the agenda, set over
    // its entries or the items' own headings, is the list's caption; "Consent Agenda" and "Directors Agenda" name business of their own.
    [GeneratedRegex(@"^(?:(?:regular|official|key)\s+)?agenda(?:s|\s+points)?(?:\s+(?:for\s+)?[\d./-]{4,10})?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgendasCaption();

    private static bool HeadsTheAgendasList(IReadOnlyList<TextLine> lines, int heading, string text) =>
        AgendasCaption().IsMatch(text) && NextNonBlank(lines, heading + 1) is >= 0 and var below
        && (lines[below].Kind == LineKind.ListItem || lines[below].Kind == LineKind.Heading && lines[below].Level > lines[heading].Level);

    // Whose reports the heading names ("Officer Reports", "Treasurer's Report"); "Reports" alone only groups items of business.
    [GeneratedRegex(@"\S\s+reports?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportsHeading();

    // "From DigiRepWiki", "From Wikipedia, the free encyclopedia": the line a wiki prints under a page's title to say where it is.
    [GeneratedRegex(@"^from\s+\S{0,40}wiki\S*(?:,.{0,40})?$", RegexOptions.IgnoreCase)]
    private static partial Regex WikiSiteLine();

    // The headings of a wiki's tools after the page: "Views", "Personal tools", "Navigation", "Search", "Toolbox".
    [GeneratedRegex(@"^(?:views|personal\s+tools|navigation|navigation\s+menu|search|toolbox|tools|namespaces|variants|in\s+other\s+languages)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageTool();

    /// <summary>Where a saved wiki page's own tools begin: three of their headings close together end the minutes.</summary>
    private static int PageToolsStart(IReadOnlyList<TextLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Heading || !PageTool().IsMatch(lines[i].Text.Trim()))
                continue;
            var tools = 0;
            for (var j = i; j < lines.Count && j < i + 40; j++)
            {
                if (lines[j].Kind == LineKind.Heading && PageTool().IsMatch(lines[j].Text.Trim()))
                    tools++;
            }

            if (tools >= 3)
                return i;
        }

        return lines.Count;
    }

    /// <summary>
    /// "Trustees Present", "Directors in attendance": a heading over who was there records the attendance, not an item of business.
    /// </summary>
    private static bool IsPresenceLabel(string heading) =>
        SectionVocabulary.IsExactly(heading, SectionKind.Attendance) && PresenceWord().IsMatch(heading);

    [GeneratedRegex(@"\b(?:present|attendance|attending)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresenceWord();

    /// <summary>
    /// "Proposal" over "That the trustees …: 1. Removing … 2. Leaving …": entries numbered under one of several business headings,
    /// with no other heading between, are that heading's own points (a resolution's terms, a report's figures), not the items.
    /// </summary>
    private static bool UnderOneHeading(IReadOnlyList<TextLine> lines, List<AgendaItemRange> numbered, List<AgendaItemRange> sections)
    {
        if (numbered.Count < 2 || sections.Count < 2 || numbered.Count > sections.Count)
            return false;
        var above = numbered[0].Start - 1;
        while (above >= 0 && lines[above].Kind != LineKind.Heading)
            above--;
        var owner = sections.FindIndex(s => s.Start == above);
        return owner >= 0 && numbered[^1].Start < sections[owner].End;
    }

    /// <summary>
    /// "## 2022-03-07", "Tuesday, March 19, 2024": a heading that is nothing but a date heads a meeting (of the several a page
    /// sums up, or a day of a longer one), not an item of business.
    /// </summary>
    private static bool OnlyADate(string heading) =>
        DateText.FindAll(heading, 2000) is [var date] && heading.Replace(date.Text, string.Empty, StringComparison.Ordinal).All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c));

    /// <summary>A heading over nothing but an amount ("Balance" / "USD $249,542.00") labels a figure, not an item.</summary>
    private static bool OnlyAFigure(IReadOnlyList<TextLine> lines, int heading)
    {
        var content = new List<string>();
        for (var j = heading + 1; j < lines.Count && lines[j].Kind != LineKind.Heading && content.Count < 2; j++)
        {
            if (!lines[j].IsBlank)
                content.Add(lines[j].Text.Trim());
        }

        return content.Count == 1 && Figure().IsMatch(content[0]);
    }

    [GeneratedRegex(@"^[A-Z]{0,3}\s?[$£€]?\s?-?[\d,]+(?:\.\d+)?\s?[kmKM]?$")]
    private static partial Regex Figure();

    private static List<AgendaItemRange> ToRanges(List<(string? Number, string Title, int Line, int BodyStart)> found, int count, IReadOnlyList<TextLine> lines, bool rangesFromText = true)
    {
        var ranges = new List<AgendaItemRange>(found.Count);
        for (var k = 0; k < found.Count; k++)
        {
            var (number, title, line, bodyStart) = found[k];
            var end = k + 1 < found.Count ? found[k + 1].Line : count;
            if (!rangesFromText)
                end = bodyStart;
            ranges.Add(new AgendaItemRange(number, title, ExemptWords().IsMatch(title), line, end, Math.Min(bodyStart, end)));
        }

        _ = lines;
        return ranges;
    }

    private static void MarkExemptSentences(IReadOnlyList<TextLine> lines, List<AgendaItemRange> items)
    {
        foreach (var line in lines)
        {
            foreach (Match match in ExemptSentence().Matches(line.Text))
            {
                var index = items.FindIndex(item => item.Number == match.Groups["n"].Value);
                if (index >= 0)
                    items[index] = items[index] with { Exempt = true };
            }
        }
    }
}
