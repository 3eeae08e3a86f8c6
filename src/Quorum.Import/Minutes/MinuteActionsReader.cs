using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Collects the explicit actions of a set of minutes: lines labelled "Action", groups of
/// reference-led lines after an "Actions" label, "Action items" lists and action tables, owner
/// markers under a paragraph ("ACTION: AHop/MS"), "Clerk to write" lines, "Name: what / Status: new"
/// blocks, "Name: task" lists under "Resolved" and owners in a right-hand margin. Reviews of earlier actions (matters arising,
/// "Review of actions from the previous meeting") are not new actions.
/// </summary>
public static partial class MinuteActionsReader
{
    private static readonly HashSet<string> DanglingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "to", "of", "and", "a", "an", "from", "with", "for", "on", "in", "by", "at", "or", "re",
    };

    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2})*[.):]?(?:\s|$)")]
    private static partial Regex NumberedLine();

    // "2.1 ", "3. ", "4)": a paragraph's number, which the attendance reader also reads past ("1.1 Apologies were received from …").
    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2})*)[.):]?(?:\s+|(?=\p{Lu}))")]
    internal static partial Regex ParagraphNumber();

    // "2.Budget for 2019": typed minutes often run an item's number into its title, and the item still begins there
    // (the dot and a capitalised word tell it from "2FA" or "1.5m").
    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2})*\.(?=\p{Lu}\p{Ll})")]
    private static partial Regex NumberRunIntoTitle();

    // Words that make any action label a review of earlier actions, wherever it stands ("Completed actions": done, so not new).
    [GeneratedRegex(@"\b(?:previous|prior|last|earlier|outstanding|matters\s+arising|carried\s+forward|former|arising\s+from|completed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierActions();

    [GeneratedRegex(@"\b(?:review(?:ed)?|status|update|progress|follow[\s-]?up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReviewWords();

    // "2021 Action Plan - short update" is a plan the body keeps, not its list of actions under review.
    [GeneratedRegex(@"\bactions?\b(?!\s+plans?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ActionWord();

    // "Clerk to write", "The Clerk to respond accordingly.": an officer's task set on a line of its own.
    // "CLERK/CHAIR TO MEET THE OFFICER", "Cllr Hughes to contact Highways": officers together, or a councillor named, set the same way.
    [GeneratedRegex(@"^(?:the\s+)?(?<owner>(?:(?:(?:parish|town|locum|deputy|assistant)\s+)?clerk|chair(?:man|woman|person)?|vice[\s-]chair(?:man)?|secretary|treasurer|rfo|responsible\s+financial\s+officer|proper\s+officer)(?:\s*(?:/|&|\band\b)\s*(?:clerk|chair(?:man|woman|person)?|vice[\s-]chair(?:man)?|secretary|treasurer|rfo))*|(?<councillor>(?:cllr\.?|councillor)\s+(?:\p{Lu}\.?\s+){0,2}\p{Lu}[\p{L}'’-]+(?:\s*(?:/|&|\band\b|,)\s*(?:(?:cllr\.?|councillor)\s+)?(?:\p{Lu}\.?\s+){0,2}\p{Lu}[\p{L}'’-]+)*))\s+(?<verb>to|will)\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex OfficerTask();

    // "Status: new", "Status - open": the line under a "Name: what" action.
    [GeneratedRegex(@"^\s*(?:[-*•]\s*)?status\s*[:\-–]\s*(?<status>[\p{L} ]{2,30}?)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^(?<entry>[^:]{2,60}:\s*\S.*?)\s+status\s*[:\-–]\s*(?<status>[\p{L} ]{2,30}?)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingStatusLine();

    [GeneratedRegex(@"^(?:closed|complete|completed|done|finished|resolved|superseded|withdrawn|cancelled|dropped)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClosedStatus();

    [GeneratedRegex(@"\bas\s+follows\b|(?:following|below)\s*[:.]?\s*$|:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex IntroducesList();

    [GeneratedRegex(@"\s+([.,;:!?])(?=\s|$)")]
    private static partial Regex SpaceBeforeStop();

    // "Clerk to write to the County Council – ACTION CLERK", "The drain is blocked again. Clerk to action.": the owner marked
    // after the task, as a parish clerk writes it where a margin would hold it.
    [GeneratedRegex(@"^(?<task>\S.{7,}?)\s*(?:\s[-–—]\s*(?:ACTION|Action)\s*:?\s+(?<owner>\p{Lu}[\p{L}'’./&]*(?:\s+\p{Lu}[\p{L}'’./&]*){0,2})|(?<=[.!?])\s+(?<owner>(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+to\s+action)\s*\.?$")]
    private static partial Regex OwnerAfterTask();

    /// <summary>The line with an owner marked after its task written as the label "Action:" the readers know; else as it is.</summary>
    // "ACTION", "Action" or "to action" marks the owner: a line with none of them is not tried against the pattern.
    private static string OwnerMarkedAfter(string text) =>
        (text.Contains("ction", StringComparison.Ordinal) || text.Contains("ACTION", StringComparison.Ordinal)) && OwnerAfterTask().Match(text) is { Success: true } marked && !ActionLineReader.IsLabelled(text)
            ? $"{marked.Groups["task"].Value.TrimEnd().TrimEnd('.')}. Action: {marked.Groups["owner"].Value}"
            : text;

    public static List<ActionDraft> Read(IReadOnlyList<TextLine> lines, IReadOnlyList<AgendaItemRange> items, ActionLineReader reader, List<string> warnings, int attendanceEnd = 0, (int Start, int End) attendanceFoot = default)
    {
        // Below the attendance at the head of the minutes, and not inside a list of who attended at their foot: "[ ] Tiago
        // Oliveira, Sandbox AQ" there is a member marked absent, not a task left open.
        bool Below(int index) => index >= attendanceEnd && (index < attendanceFoot.Start || index >= attendanceFoot.End);
        var actions = new List<ActionDraft>();
        var inSection = false;
        var sectionLevel = 0;
        var groupOpen = false;
        var resolution = false;
        var review = ReviewScope.None;
        var reviewStart = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = SpacedLabels(OwnerMarkedAfter(line.Text.Trim()));
            var item = DecisionReader.ItemAt(items, i)?.Number;
            if (line.IsBlank)
                continue;
            if (review.EndsAt(lines, i, text))
                review = ReviewScope.None;
            // "PR/1 Actions carried forward" then "PR/2 Grants": the review of earlier actions is one item of the agenda, and
            // the next item the agenda reader found ends it, however that item is numbered.
            if (review.Active && i > reviewStart && items.Any(it => it.Start == i && it.Start > reviewStart))
                review = ReviewScope.None;
            if (line.Kind == LineKind.TableRow)
            {
                i = ReadTable(lines, i, reader, actions, item, inSection && !review.Active);
                groupOpen = false;
                continue;
            }

            if (line.Kind == LineKind.Text && text.Contains('\t', StringComparison.Ordinal)
                && ReadTabbedMinuteTable(lines, i, reader, review.Active || IsReviewTable(lines, i) ? null : actions, item) is var minuteRow && minuteRow > i)
            {
                i = minuteRow;
                groupOpen = false;
                continue;
            }

            if (line.Kind == LineKind.Text && text.Contains('\t', StringComparison.Ordinal) && AlignedHeader(text, inSection && !review.Active) is { } aligned
                && ReadAlignedRows(lines, i, aligned, reader, review.Active || IsReviewTable(lines, i) ? null : actions, item) is var lastRow && lastRow > i)
            {
                i = lastRow;
                groupOpen = false;
                continue;
            }

            // A header over a blank line: the rows below are printed out of step with their cells.
            if (line.Kind == LineKind.Text && text.Contains('\t', StringComparison.Ordinal) && i + 1 < lines.Count && lines[i + 1].IsBlank && StackedHeader(text, inSection && !review.Active) is { } stacked
                && ReadStackedRows(lines, i, stacked, reader, review.Active || IsReviewTable(lines, i) ? null : actions, item) is var stackedEnd && stackedEnd > i)
            {
                i = stackedEnd;
                groupOpen = false;
                continue;
            }

            if (line.Kind == LineKind.Text && text.Contains('\t', StringComparison.Ordinal) && TabbedHeader(text, inSection && !review.Active) is { } tabbed)
            {
                i = ReadTabbedTable(lines, i, tabbed, reader, review.Active || IsReviewTable(lines, i) ? null : actions, item);
                groupOpen = false;
                continue;
            }

            // "■ Action Complete", "● Action carried forward": the state of the action above, no label over others.
            if (ActionStatusAlone().IsMatch(text))
                continue;

            if (line.Kind == LineKind.ListItem && !review.Active && Below(i) && OwnerClosingBullet(lines, i, reader) is { } closed)
            {
                AddAction(actions, closed.Action, item, warnings);
                i = closed.LastLine;
                groupOpen = false;
                continue;
            }

            // "○ We ran out of plates ■ Action AA: Buy plates, cups, napkins": a PDF runs a document's bullets into one line.
            if (line.Kind is LineKind.Text or LineKind.ListItem && !review.Active && Below(i) && RunTogetherBullets(text, reader) is { Count: > 0 } bulleted)
            {
                foreach (var entry in bulleted)
                    AddAction(actions, entry, item, warnings);
                groupOpen = false;
                continue;
            }

            if (line.Kind is LineKind.Heading or LineKind.Text && IsActionLabel(text))
            {
                var earlier = IsReviewLabel(text, i, lines.Count) || line.Kind == LineKind.Heading && UnderEarlierMeeting(lines, i);
                inSection = !earlier;
                sectionLevel = line.Kind == LineKind.Heading ? line.Level : 0;
                groupOpen = false;
                if (earlier)
                {
                    review = ReviewScope.From(lines, i, text);
                    reviewStart = i;
                }
                else if (line.Kind == LineKind.Text && Below(i) && PointsUnderLabel(lines, i, reader) is { } points)
                {
                    foreach (var point in points.Actions)
                        AddAction(actions, point, item, warnings);
                    i = points.LastLine;
                    inSection = false;
                }

                continue;
            }

            // Under "Resolved" a list of "Name: task" lines sets tasks; the label holds until the next heading.
            if (line.Kind is LineKind.Heading or LineKind.Text && SectionVocabulary.TryMatch(text, out var labelled, out var after)
                && labelled is { Kind: SectionKind.Decisions, Phrase: "resolved" } && after.Length == 0)
            {
                resolution = true;
                continue;
            }

            if (line.Kind == LineKind.Heading)
                resolution = false;

            if (line.Kind is LineKind.Heading || line.Kind == LineKind.Text && (NumberedLine().IsMatch(text) || PersonNames.Tokens(text).Length <= 8))
            {
                if (ActionWord().IsMatch(text) && IsReviewLabel(text, i, lines.Count) && !LabelledTask().IsMatch(text))
                {
                    review = ReviewScope.From(lines, i, text);
                    reviewStart = i;
                    inSection = false;
                    continue;
                }
            }

            // "Actions" over "1. Bob Jones to renew the insurance": a closing list numbered by hand, as text and PDFs print one.
            if (inSection && line.Kind == LineKind.Text && NumberedEntry(text, reader) is { } numbered)
            {
                AddAction(actions, numbered, item, warnings);
                continue;
            }

            if (inSection && (line.Kind == LineKind.Heading && (sectionLevel == 0 || line.Level <= sectionLevel) || NumberedLine().IsMatch(text) && line.Kind != LineKind.ListItem))
                inSection = false;

            if (TaskOverDeadline(lines, i, text, reader) is { } dated)
            {
                AddAction(actions, dated.Action, item, warnings);
                i = dated.LastLine;
                continue;
            }

            if (review.Active)
            {
                if (ArisingInReview(lines, i, text, reader) is { } arising)
                    AddAction(actions, arising, item, warnings);
                continue;
            }

            if (ActionLineReader.IsLabelled(text) && ReportsOnEarlierAction(lines, i))
                continue;

            if (ActionLineReader.IsLabelled(text) && reader.SetAtAnEarlierMeeting(text))
            {
                i = WrappedLabelledAction(lines, i, text, reader).LastLine;
                continue;
            }

            if (ActionLineReader.IsLabelled(text))
            {
                var (body, consumed) = WrappedLabelledAction(lines, i, text, reader);
                if (LabelledSentences(body) is { Count: > 1 } sentences && sentences.Select(reader.Read).ToList() is var each
                    && each.All(a => a is { OwnersOnly: false }))
                {
                    foreach (var one in each)
                        AddAction(actions, one!, item, warnings);
                    i = consumed;
                    groupOpen = true;
                    continue;
                }

                var action = reader.Read(body);
                if (action is not null)
                {
                    var (fielded, fieldsEnd) = WithFieldLines(FillBareOwners(action, lines, i, body, reader), lines, consumed, reader);
                    AddAction(actions, fielded, item, warnings);
                    i = fieldsEnd;
                    // "ACTION: Update required from the MSP" over "Martin to obtain the costs": the label heads a column of tasks, one a line.
                    while (!action.OwnersOnly && i + 1 < lines.Count && lines[i + 1].Kind == LineKind.Text && TaskUnderLabel(lines[i + 1].Text.Trim(), reader) is { } under)
                    {
                        AddAction(actions, under, item, warnings);
                        i++;
                    }

                    groupOpen = true;
                    continue;
                }
            }

            // "… a strapline. Action: ZT to pull together …" sets a task wherever it stands; owners alone after the label
            // ("… Action: All") are only trusted below the attendance, where a list of names is not one.
            // "… on the website. Action: Danny by 3 Nov Notice to go on Facebook. Action: Secretary by 3 Nov": a PDF runs
            // two paragraphs that each close with an action into one line.
            if (line.Kind is LineKind.Text or LineKind.ListItem && RunTogetherLabels(text, reader.DefaultYear) is { Count: > 1 } pieces
                && pieces.Select(p => InlineAction(p, reader, ownersAlone: Below(i))).ToList() is var read && read.All(a => a is not null))
            {
                foreach (var piece in read)
                    AddAction(actions, piece!, item, warnings);
                groupOpen = false;
                continue;
            }

            if (line.Kind is LineKind.Text or LineKind.ListItem && WrappedInlineAction(lines, i, text, reader, ownersAlone: Below(i)) is { Action: { } wrapped } joined)
            {
                AddAction(actions, wrapped, item, warnings);
                i = joined.LastLine;
                groupOpen = false;
                continue;
            }

            if (line.Kind is LineKind.Text or LineKind.ListItem && InlineAction(text, reader, ownersAlone: Below(i), SentenceAbove(lines, i)) is { } inline)
            {
                AddAction(actions, inline, item, warnings);
                groupOpen = false;
                continue;
            }

            if (line.Kind is LineKind.Text or LineKind.ListItem && Below(i) && OwnedInTheLine(text, reader) is { Count: > 0 } ownedInLine)
            {
                foreach (var one in ownedInLine)
                    AddAction(actions, one, item, warnings);
                groupOpen = false;
                continue;
            }

            if (groupOpen && reader.ReadReferenceLed(text) is not null)
            {
                var (body, consumed) = WithContinuation(lines, i, text);
                AddAction(actions, reader.ReadReferenceLed(body)!, item, warnings);
                i = consumed;
                continue;
            }

            groupOpen = false;
            if (StatusBlock(lines, i, reader) is { } statusAction)
            {
                if (statusAction.Action is not null)
                    AddAction(actions, statusAction.Action, item, warnings);
                i = statusAction.LastLine;
                continue;
            }

            if (Below(i) && resolution && !inSection && ResolvedTask(line, text, reader) is { } owned)
            {
                AddAction(actions, owned, item, warnings);
                continue;
            }

            // "ACTION ITEMS" over "1. Purchase of a fire engine" with its own "Action: approved" or motion below:
            // a board's agenda heading for matters to vote on, not a list of tasks.
            if (inSection && line.Kind is LineKind.ListItem && line.Level <= 1 && CarriesItsOwnRecord(lines, i))
            {
                inSection = false;
                continue;
            }

            if (inSection && line.Kind is LineKind.ListItem && StepsUnder(lines, i, reader) is { } steps)
            {
                foreach (var step in steps.Actions)
                    AddAction(actions, step, item, warnings);
                i = steps.LastLine;
                continue;
            }

            // "- [ ] Maria to draft the announcement" under "Action items": projects keep their action list as a task list, whose
            // box is no part of the owner or the task (and a ticked box a task already done).
            if (inSection && line.Kind is LineKind.ListItem && TaskListEntry(text, reader) is { } boxed)
            {
                if (boxed.Action is not null)
                    AddAction(actions, boxed.Action, item, warnings);
                continue;
            }

            // "For release testing:" over a sub-list heads the actions below it; it is none itself.
            if (inSection && line.Kind is LineKind.ListItem && line.Level <= 1 && text.Length > 0 && !text.TrimEnd('*', '_', ' ').EndsWith(':') && !ReportedSpeech().IsMatch(text))
            {
                var (entryText, entryEnd) = WithinOpenBracket(lines, i, text);
                var entry = reader.ReadListEntry(entryText);
                AddAction(actions, line.Number is { } number && entry.Reference is null ? entry with { Reference = number } : entry, item, warnings);
                i = entryEnd;
                continue;
            }

            // "Jen to explore hiring a CFO" as a paragraph of its own under an "Action Items" heading.
            // An action list is a run of entries: the first paragraph of prose after them ends it.
            if (inSection && line.Kind == LineKind.Text)
            {
                if (InitialledEntries(text, reader) is { Count: > 0 } initialled)
                {
                    foreach (var entry in initialled)
                        AddAction(actions, entry, item, warnings);
                    i = DetailsUnder(lines, i);
                    continue;
                }

                var (entryText, entryEnd) = WrappedEntry(lines, i, text);
                if (TaskParagraph().IsMatch(entryText) && PersonNames.Tokens(entryText).Length <= 40 && reader.ReadEntry(entryText) is { Owners.Count: > 0, OwnersOnly: false } paragraphAction)
                {
                    AddAction(actions, paragraphAction, item, warnings);
                    i = entryEnd;
                    continue;
                }

                // "Next Steps:" over "Update Issue Tracker." / "Patrick check with Legal …": a short paragraph that opens with
                // what is to be done, or with a name and then that, is an entry of the list though it names nobody else.
                if ((char.IsUpper(entryText[0]) && TaskVerb().IsMatch(entryText) || PersonThenTask().Match(entryText) is { Success: true } person && reader.NamesPeopleOfTheAttendance(person.Value.Trim()) && !ReportedSpeech().IsMatch(entryText))
                    && PersonNames.Tokens(entryText).Length <= 20 && reader.ReadEntry(entryText) is { OwnersOnly: false } unowned)
                {
                    AddAction(actions, unowned, item, warnings);
                    i = entryEnd;
                    continue;
                }

                if (!text.EndsWith(':') && !TitlesInitialledEntries(lines, i, text, reader))
                    inSection = false;
            }

            if (Below(i) && line.Kind == LineKind.ListItem && TaskListEntry(text, reader) is { } checkbox)
            {
                if (checkbox.Action is not null)
                    AddAction(actions, checkbox.Action, item, warnings);
                continue;
            }

            if (Below(i) && line.Kind == LineKind.ListItem && line.Number is null && BracketedOwnerTask(text, reader) is { } bracketed)
            {
                AddAction(actions, bracketed, item, warnings);
                continue;
            }

            // A bullet that opens with the office in capitals ("• CLERK to chase Highways") sets a task as a line of its own does.
            if (Below(i) && (line.Kind == LineKind.Text || line.Kind == LineKind.ListItem && CapitalisedOfficerLead().IsMatch(text.Trim())) && OfficerTaskLine(text, reader) is { } task)
            {
                AddAction(actions, task, item, warnings);
                continue;
            }

            // "2 | Adoption of Previous Minutes | LA": the short form beside an item's title is who introduces it, not an owner.
            if (Below(i) && line.Kind is LineKind.Text or LineKind.ListItem && !items.Any(it => it.Start == i) && MarginOwner(lines, i, text, reader) is { } margin)
            {
                AddAction(actions, margin, item, warnings);
                continue;
            }

            if (Below(i) && line.Kind == LineKind.Text && OwnerFirstTask(text, reader) is { } ownerFirst)
                AddAction(actions, ownerFirst, item, warnings);
        }

        return Distinct(actions);
    }

    /// <summary>
    /// "* Security reporting:" over "1. Check the list" / "2. Create a mailing list" in an action list: an entry that
    /// ends with a colon heads the steps nested under it, and each step is an action. When the heading entry names
    /// only people ("* Bob Jones:"), they own the steps that name no owner of their own. Null when no steps follow.
    /// </summary>
    private static (List<ActionLine> Actions, int LastLine)? StepsUnder(IReadOnlyList<TextLine> lines, int index, ActionLineReader reader)
    {
        var heading = lines[index].Text.Trim().TrimEnd('*', '_', ' ');
        if (!heading.EndsWith(':'))
            return null;
        var level = lines[index].Level;
        var owners = reader.NamesAttendees(heading.TrimEnd(':').Trim('*', '_', ' ')) ? reader.ReadEntry(heading.TrimEnd(':')).Owners : [];
        var steps = new List<ActionLine>();
        var last = index;
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (lines[j].IsBlank)
                continue;
            if (lines[j].Kind != LineKind.ListItem || lines[j].Level <= level)
                break;
            last = j;
            if (lines[j].Level != level + 1)
                continue;
            var step = reader.ReadEntry(lines[j].Text.Trim());
            steps.Add(step.Owners.Count == 0 && owners.Count > 0 ? step with { Owners = owners } : step);
        }

        return steps.Count == 0 ? null : (steps, last);
    }

    // "1. Ping the host's support desk (Grant?)", "a. Put the request up on the website (Matt)", "c.": a point numbered or
    // lettered by hand, as a PDF prints a word processor's list.
    [GeneratedRegex(@"^(?:(?<number>\d{1,2})|(?<letter>[a-h]))[.)](?:\s+(?<rest>\S.*))?$")]
    private static partial Regex PointOfAList();

    /// <summary>
    /// "Actions:" straight over "1. Ping the host's support desk (Grant?)" / "2. Shut the old caches down.": a label that
    /// closes with a colon and opens a numbered list at once sets a task with each point, owned or not, to the blank line
    /// that ends the list. A point that ends with a colon ("2. Third site:") heads the lettered points under it, and they are
    /// the tasks; lettered points under a task of their own ("a. Performance") only detail it. A point that only asks
    /// ("3. Contracting?") sets nothing. Null when no numbered point follows the label.
    /// </summary>
    private static (List<ActionLine> Actions, int LastLine)? PointsUnderLabel(IReadOnlyList<TextLine> lines, int index, ActionLineReader reader)
    {
        if (!lines[index].Text.TrimEnd().EndsWith(':') || index + 1 >= lines.Count || lines[index + 1].Kind != LineKind.Text
            || PointOfAList().Match(lines[index + 1].Text.Trim()) is not { Success: true } first || !first.Groups["number"].Success || !first.Groups["rest"].Success)
        {
            return null;
        }

        var actions = new List<ActionLine>();
        var last = index;
        var headsSteps = false;
        for (var j = index + 1; j < lines.Count && lines[j].Kind == LineKind.Text && PointOfAList().Match(lines[j].Text.Trim()) is { Success: true } point; j++)
        {
            last = j;
            var rest = point.Groups["rest"].Value.Trim();
            if (point.Groups["number"].Success)
                headsSteps = rest.EndsWith(':');
            else if (!headsSteps)
                continue;
            if (rest.Length == 0 || rest.EndsWith(':') || rest.EndsWith('?'))
                continue;
            actions.Add(reader.ReadEntry(rest));
        }

        return actions.Count == 0 ? null : (actions, last);
    }

    /// <summary>
    /// True when the lines under a list entry, before the next entry, record what the meeting did with it: an
    /// "Action:" line or a motion. Such an entry is an item of business; a task in a list of actions has none.
    /// </summary>
    private static bool CarriesItsOwnRecord(IReadOnlyList<TextLine> lines, int index)
    {
        var level = lines[index].Level;
        for (var j = index + 1; j < lines.Count && j <= index + 8; j++)
        {
            var next = lines[j];
            if (next.IsBlank)
                continue;
            if (next.Kind is LineKind.Heading or LineKind.TableRow || next.Kind == LineKind.ListItem && next.Level <= level)
                return false;
            var text = next.Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
            if (ActionLineReader.IsLabelled(text) || MotionRecord().IsMatch(text) || MotionLine().IsMatch(text))
                return true;
        }

        return false;
    }

    [GeneratedRegex(@"^\W*(?:motion|moved|it\s+was\s+moved|recommendation|recommended\s+action|board\s+action)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MotionLine();

    private static bool IsActionLabel(string text) => SectionVocabulary.IsLabelOnly(text, SectionKind.Actions) || ActionsLabelRunTogether().IsMatch(text);

    // "ActionItems:": a page saved from a word processor loses the space where the label broke over a source line.
    [GeneratedRegex(@"^\W*(?:Action|ACTION)(?:Items|ITEMS|Points|POINTS)\s*:?\s*$")]
    private static partial Regex ActionsLabelRunTogether();

    /// <summary>
    /// A label over earlier actions: one that says so ("previous", "outstanding", "matters arising"), or
    /// a "review" or "status" of actions in the first half of the minutes, where the last meeting's
    /// actions are gone through. The same words near the end recap this meeting's own actions.
    /// </summary>
    private static bool IsReviewLabel(string text, int index, int count) =>
        EarlierActions().IsMatch(text) && !ClosingRegister(text, index, count) || ReviewWords().IsMatch(FollowUpList().Replace(text, string.Empty)) && index < count / 2;

    // "15. OUTSTANDING ACTIONS" closing the minutes: the register of every action still open, this meeting's new ones with
    // the ones carried over, kept as the meeting's action list. The same words early on head the last meeting's actions.
    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]?\s+)?(?:outstanding|open)\s+actions?(?:\s+(?:list|log|register))?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenActionsLabel();

    private static bool ClosingRegister(string text, int index, int count) => index >= count / 2 && OpenActionsLabel().IsMatch(text);

    // "[Action: Portal to review the parking signs.]", "ACTION – Clerk to update the website": an action set at this meeting
    // whose task reviews or updates something, not a label over earlier actions. "ACTION 2008-03-26: Tom to propose review
    // questions": a label dated by the meeting that set it heads one task.
    [GeneratedRegex(@"^\W*actions?\s*[:\-–—]\s*(?:[\p{L}'’./&-]+,?\s+){1,5}(?:to|will)\s+\p{L}|^\W*actions?\s+\d{4}-\d{2}-\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledTask();

    // "3. Follow up items", "Follow-up actions": the label of a list of things to follow up, set at this meeting; "follow up"
    // is the list's name there, not a review of earlier actions, wherever the label stands.
    [GeneratedRegex(@"\bfollow[\s-]?up\s+(?:items|actions|points)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUpList();

    /// <summary>Where a review of earlier actions runs: to the next heading or numbered item at its level or above.</summary>
    private readonly record struct ReviewScope(bool Active, bool Heading, int Level, int Depth)
    {
        public static ReviewScope None => default;

        public static ReviewScope From(TextLine line, string text) => line.Kind == LineKind.Heading
            ? new ReviewScope(true, true, line.Level, DepthOf(text))
            : new ReviewScope(true, false, 0, DepthOf(text));

        /// <summary>
        /// "Actions since last meeting:" straight over bullets: a label of a paragraph's own that heads a list reviews that
        /// list only, and the next paragraph after a blank line ends it, where minutes without headings give nothing else to.
        /// </summary>
        public static ReviewScope From(IReadOnlyList<TextLine> lines, int index, string text) =>
            From(lines[index], text) is var scope && lines[index].Kind == LineKind.Text && text.EndsWith(':') && index + 1 < lines.Count && lines[index + 1].Kind == LineKind.ListItem
                ? scope with { ListUnder = true }
                : scope;

        public bool ListUnder { get; init; }

        public bool EndsAt(IReadOnlyList<TextLine> lines, int index, string text) =>
            EndsAt(lines[index], text) || ListUnder && lines[index].Kind == LineKind.Text && index > 0 && lines[index - 1].IsBlank;

        public bool EndsAt(TextLine line, string text)
        {
            if (!Active)
                return false;
            if (Heading)
                return line.Kind == LineKind.Heading && (line.Level <= Level || Depth > 0 && DepthOf(text) is > 0 and var d && d <= Depth);
            if (line.Kind == LineKind.Heading)
                return true;
            return line.Kind == LineKind.Text && DepthOf(text) is > 0 and var depth && (Depth == 0 || depth <= Depth);
        }

        private static int DepthOf(string text)
        {
            var match = ParagraphNumber().Match(text);
            return match.Success && (NumberedLine().IsMatch(text) || NumberRunIntoTitle().IsMatch(text))
                ? match.Groups["n"].Value.Split('.', StringSplitOptions.RemoveEmptyEntries).Length
                : 0;
        }
    }

    /// <summary>
    /// The same action read twice (in the discussion and again in the closing list) is one action, and so is one reference
    /// given twice to the same owners and task in fewer or more words. An unnumbered mention ("Action ND to email the model") gives way to the numbered row that restates it ("5.2 | To email the model | ND").
    /// </summary>
    private static List<ActionDraft> Distinct(List<ActionDraft> actions)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ActionDraft>();
        var numbered = actions.Where(a => a.Reference is not null).ToList();
        foreach (var action in actions)
        {
            var key = $"{action.Reference}|{string.Join('+', action.Owners.Select(PersonNames.Key))}|{PersonNames.Key(action.Text)}";
            if (action.Reference is null && numbered.Any(n => Restates(n, action)))
                continue;
            // "Action 23/07: Priya Mehta to circulate the paper by 30 June." in the discussion, and the closing table's row
            // "23/07 | Circulate the paper | Priya Mehta": one action, as the reference says.
            if (action.Reference is not null && result.FindIndex(r => r.Reference == action.Reference && (Restates(r, action) || Restates(action, r))) is var earlier and >= 0)
            {
                if (result[earlier].Due is null && action.Due is not null)
                    result[earlier] = result[earlier] with { Due = action.Due };
                continue;
            }
            if (seen.Add(key))
                result.Add(action);
        }

        return result;
    }

    private static bool Restates(ActionDraft numbered, ActionDraft mention)
    {
        static string Words(string text) => LeadingTo().Replace(new string(text.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == ' ').ToArray()), string.Empty).Trim();
        var a = Words(numbered.Text);
        var b = Words(mention.Text);
        return b.Length >= 12 && a.Length >= 12 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal))
            && numbered.Owners.Select(PersonNames.Key).Order().SequenceEqual(mention.Owners.Select(PersonNames.Key).Order());
    }

    [GeneratedRegex(@"^(?:to\s+)")]
    private static partial Regex LeadingTo();

    /// <summary>
    /// "TODO(Jasper): put together a draft. TODO(Rebecca): collect the paragraphs.": markdown and PDFs join lines that
    /// each set an action into one paragraph. Each sentence that opens with an action label starts an action of its
    /// own; the sentences without one belong to the action before them.
    /// </summary>
    private static List<string> LabelledSentences(string text)
    {
        var pieces = new List<string>();
        foreach (var sentence in Sentences.Split(text))
        {
            if (pieces.Count == 0 || ActionLineReader.IsLabelled(sentence))
                pieces.AddRange(TasksOfOneLabel(sentence));
            else
                pieces[^1] += " " + sentence;
        }

        return pieces;
    }

    // "; KW to contact the school": a further owner and task after a semicolon.
    [GeneratedRegex(@";\s+(?=(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}?(?:to|will)\s+\p{Ll})")]
    private static partial Regex FurtherTask();

    /// <summary>
    /// "ACTIONS: RH to obtain quotes; KW to contact the school": one label over several owners' tasks, parted by
    /// semicolons, sets each of them.
    /// </summary>
    private static IEnumerable<string> TasksOfOneLabel(string sentence)
    {
        if (!ActionLineReader.IsLabelled(sentence))
            return [sentence];
        var parts = FurtherTask().Split(sentence);
        return parts.Length == 1 ? parts : parts.Take(1).Concat(parts.Skip(1).Select(p => $"Action: {p.Trim()}"));
    }

    [GeneratedRegex(@"^[^,;:()]{2,40}?\s+(?:to|will)\s+\p{Ll}")]
    private static partial Regex OwnerLedTask();

    /// <summary>
    /// A line straight under a labelled action that sets a task of its own for people of the attendance ("Martin to obtain
    /// the costs"): the label stands over both, as a PDF prints "ACTION:" beside a column of tasks. Null for anything else.
    /// </summary>
    private static ActionLine? TaskUnderLabel(string text, ActionLineReader reader)
    {
        if (ActionLineReader.IsLabelled(text) || !OwnerLedTask().IsMatch(text) || PersonNames.Tokens(text).Length > 30)
            return null;
        return reader.Read(text) is { OwnersOnly: false, Owners.Count: > 0 } task && reader.NamesAttendees(string.Join(", ", task.Owners)) ? task : null;
    }

    /// <summary>An action broken over lines ("… from Andrew Stott the" / "Supplier forums") is joined up again.</summary>
    private static (string Text, int LastLine) WithContinuation(IReadOnlyList<TextLine> lines, int index, string text)
    {
        var last = PersonNames.Tokens(text).LastOrDefault() ?? string.Empty;
        if (!DanglingWords.Contains(last))
            return (text, index);
        for (var j = index + 1; j < lines.Count && j <= index + 3; j++)
        {
            if (lines[j].IsBlank)
                continue;
            var next = lines[j].Text.Trim();
            if (lines[j].Kind != LineKind.Text || PersonNames.Tokens(next).Length > 8 || NumberedLine().IsMatch(next)
                || ActionLineReader.IsLabelled(next))
            {
                break;
            }

            return ($"{text} {next}", j);
        }

        return (text, index);
    }

    /// <summary>
    /// "NO/HD to prepare information for the village with the reports" over "/ maps.": a PDF wraps an entry of an
    /// action list onto the line directly beneath, which begins mid-phrase (a lower-case word or a joining mark);
    /// it is the rest of the entry, not prose that ends the list.
    /// </summary>
    private static (string Text, int LastLine) WrappedEntry(IReadOnlyList<TextLine> lines, int index, string text)
    {
        if (index + 1 >= lines.Count || lines[index + 1].Kind != LineKind.Text || text.EndsWith('.'))
            return (text, index);
        var next = lines[index + 1].Text.Trim();
        return next.Length > 0 && (char.IsLower(next[0]) || next[0] is '/' or '&' or ',' or ';' or ')')
            ? ($"{text} {next}", index + 1)
            : (text, index);
    }

    /// <summary>
    /// "ACTION: AHop/MS" under a paragraph: the paragraph is the action, AHop and MS its owners. The
    /// text runs from the first sentence that names an owner, else it is the whole paragraph.
    /// </summary>
    private static ActionLine FillBareOwners(ActionLine action, IReadOnlyList<TextLine> lines, int index, string body, ActionLineReader reader)
    {
        if (!action.OwnersOnly)
            return action;
        var rest = body[(body.IndexOfAny([':', '-', '–', '—', '\t']) + 1)..].Trim();
        if (rest.Length == 0 || action.Owners.Count == 0 || !reader.IsKnownOwnerList(string.Join('/', action.Owners)))
            return action;
        var paragraph = PrecedingParagraph(lines, index);
        if (paragraph is null)
            return action;
        var marked = Regex.Split(rest, @"\s*[,/&+]\s*|\s+and\s+|\s+[-–—]\s+").Where(s => s.Length > 1).ToList();
        var shortForms = marked
            .Concat(action.Owners)
            .Concat(action.Owners.Where(PersonNames.LooksLikeFullName).Select(o => PersonNames.Tokens(o)[0]))
            .Where(s => s.Length > 1).ToList();
        var sentences = Sentences.Split(paragraph);
        var first = FirstSentenceNaming(sentences, marked, shortForms);
        var text = first > 0 ? string.Join(' ', sentences[first..]) : paragraph;
        return action with { Text = text, OwnersOnly = false, Due = action.Due };
    }

    /// <summary>
    /// The first sentence that names an owner the way the marker below writes them ("MS stated he would …" over
    /// "ACTION: MS"), else the first that names an owner in any form ("Mike advised …"). A clerk writes the marker
    /// with the same short form as the sentence that sets the task; a first name earlier in the paragraph is
    /// usually the discussion that led to it.
    /// </summary>
    private static int FirstSentenceNaming(string[] sentences, List<string> marked, List<string> anyForm)
    {
        bool Names(string sentence, List<string> forms) =>
            forms.Any(f => Regex.IsMatch(sentence, $@"(?<!\p{{L}}){Regex.Escape(f)}(?!\p{{L}})", RegexOptions.IgnoreCase));
        var byMarker = Array.FindIndex(sentences, s => Names(s, marked));
        return byMarker >= 0 ? byMarker : Array.FindIndex(sentences, s => Names(s, anyForm));
    }

    /// <summary>
    /// The paragraph above line <paramref name="index"/>: back to its number ("2.1 The minutes were…") or
    /// the blank line before it, across a page break when the text runs on in lower case. A paragraph
    /// that introduces a list ("The draft agenda is as follows") is its first line alone.
    /// </summary>
    private static string? PrecedingParagraph(IReadOnlyList<TextLine> lines, int index)
    {
        var collected = new List<string>();
        for (var j = index - 1; j >= 0 && j >= index - 15; j--)
        {
            var line = lines[j];
            if (line.IsBlank)
            {
                if (collected.Count > 0 && collected[0].Length > 0 && char.IsLower(collected[0][0]))
                    continue;
                if (collected.Count > 0)
                    break;
                continue;
            }

            var text = line.Text.Trim();
            if (line.Kind is LineKind.Heading or LineKind.TableRow or LineKind.FrontMatter || ActionLineReader.IsLabelled(text))
                break;
            collected.Insert(0, text);
            if (ParagraphNumber().IsMatch(text) && NumberedLine().IsMatch(text))
                break;
        }

        if (collected.Count == 0)
            return null;
        var firstLine = ParagraphNumber().Replace(collected[0], string.Empty, 1).Trim();
        if (collected.Count > 2 && IntroducesList().IsMatch(firstLine))
            return firstLine;
        collected[0] = firstLine;
        // "1. Insurance" over "Three quotes are to be sought." and "Action: BJ": the item's title heads the minute; the task is the minute.
        if (collected.Count > 1 && IsItemTitle(collected[0]))
            collected.RemoveAt(0);
        // "the car park . Ali and DO tabled": a PDF's stray space before a stop would hide the sentence break.
        var paragraph = SpaceBeforeStop().Replace(TextCleaning.Squash(string.Join(' ', collected)), "$1").Trim();
        return paragraph.Length == 0 ? null : paragraph;
    }

    [GeneratedRegex(@"^(?<n>\d{1,2})[.)]\s+(?<rest>\S.*)$")]
    private static partial Regex HandNumberedEntry();

    /// <summary>
    /// "1. Bob Jones to renew the insurance by 30 April", "2) CW to book the hall": a numbered entry of an action list that
    /// names its owner before "to" or "will". A numbered line that names no owner is the next item of the minutes.
    /// </summary>
    private static ActionLine? NumberedEntry(string text, ActionLineReader reader)
    {
        var match = HandNumberedEntry().Match(text);
        if (!match.Success)
            return null;
        var rest = match.Groups["rest"].Value;
        var number = match.Groups["n"].Value;
        if (reader.Read(rest) is not { Owners.Count: > 0, OwnersOnly: false } subject)
        {
            // "1. Clerk – report the pothole – ASAP", "2. Repair the gate (Cllr Croft)": owner and task set apart as in the
            // list's unnumbered entries. Only people of the attendance or groups make it an entry; "5. Finance – noted" is an item.
            return TaskParagraph().IsMatch(rest) && reader.ReadEntry(rest) is { Owners.Count: > 0, OwnersOnly: false } apart
                && reader.NamesAttendees(string.Join(", ", apart.Owners)) ? apart with { Reference = number } : null;
        }

        var entry = reader.ReadEntry(rest);
        return entry.Owners.Count > 0 ? entry with { Reference = number } : subject;
    }

    /// <summary>A line that names an item rather than records anything: a few words, capitalised, no stop at the end.</summary>
    private static bool IsItemTitle(string text) =>
        text.Length > 0 && char.IsUpper(text[0]) && PersonNames.Tokens(text).Length <= 8 && !".;:!?)".Contains(text[^1], StringComparison.Ordinal);

    /// <summary>"Roland: make two more decks of pigeonholes" in the list under a "Resolved" label: a task set for people of the attendance.</summary>
    private static ActionLine? ResolvedTask(TextLine line, string text, ActionLineReader reader)
    {
        if (line.Kind != LineKind.ListItem)
            return null;
        var body = text.TrimStart('-', '*', '•').Trim();
        var colon = body.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && reader.NamesAttendees(body[..colon]) ? reader.ReadEntry(body[(colon + 1)..], null, body[..colon]) : null;
    }

    // "Jen to explore …", "Jen and team will draft …", "FinCo: monitor …", "BJ – renew the insurance", "Book the hall – CW":
    // a paragraph that sets a task, not one reporting.
    [GeneratedRegex(@"^(?:[^,;:()]{2,60}?\s+(?:to|will|shall)\s+\p{L}|[^:]{2,40}:\s*\S|[^–—-]{2,80}\s[–—-]\s+\S)")]
    private static partial Regex TaskParagraph();

    [GeneratedRegex(@"^\[(?<mark>[ xX✓✔-]?)\]\s*(?<rest>\S.*)$")]
    private static partial Regex TaskBox();

    // "@dpatel to update GOVERNANCE.md": the task, as after a name, without the "to" that joins it to its owner.
    [GeneratedRegex(@"^(?<handles>@[\w.-]+(?:\s*(?:,|&|and)\s*@[\w.-]+)*)\s*:?\s+(?:(?i:to|will|shall)\s+(?=\p{L}))?(?<text>\S.*)$")]
    private static partial Regex LeadingHandles();

    /// <summary>
    /// "- [ ] @alice draft the release notes", "- [ ] Bob Jones: update the changelog": an open entry of a task list is an
    /// action, owned by the handles or people in front of it; a ticked one ("- [x] …") was done and is read and dropped.
    /// </summary>
    private static (ActionLine? Action, bool Done)? TaskListEntry(string text, ActionLineReader reader)
    {
        var box = TaskBox().Match(text.TrimStart('-', '*', '+', '•', ' '));
        if (!box.Success)
            return null;
        if (box.Groups["mark"].Value.Trim().Length > 0)
            return (null, true);
        var rest = box.Groups["rest"].Value.Trim();
        var handles = LeadingHandles().Match(rest);
        if (handles.Success)
        {
            var owners = Regex.Split(handles.Groups["handles"].Value, @"\s*(?:,|&|\band\b)\s*").Where(h => h.Length > 1).Select(reader.ResolveOwner).ToList();
            var task = handles.Groups["text"].Value.Trim();
            return (new ActionLine(null, owners, task, reader.Due(task)), false);
        }

        return (reader.ReadEntry(rest), false);
    }

    [GeneratedRegex(@"^(?<text>\S.{8,}?)\s*\((?<owners>[^()]{2,60}?)(?:\s+et\s+al\.?)?\)\s*[.:;]?\s*$")]
    private static partial Regex TrailingBracketOwner();

    [GeneratedRegex(@"\b(?:report|reports|update|updates|presentation|presented|welcome|introductions?|overview|minutes|apologies|chair(?:ed)?|said|asked|noted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotATask();

    /// <summary>
    /// "- Put constitution into council (Lina)", "- Survey members (Madeleine et al.)", "- Create a project for this (@berendt)":
    /// a task in a list with its owner in brackets at the end, as a margin would hold it. Only people of the attendance count,
    /// so "(Chair)" or "(see notes)" are no owners.
    /// </summary>
    private static ActionLine? BracketedOwnerTask(string text, ActionLineReader reader)
    {
        var body = text.TrimStart('-', '*', '+', '•', ' ').Replace("**", string.Empty, StringComparison.Ordinal).Trim();
        var match = TrailingBracketOwner().Match(body);
        if (!match.Success || NotATask().IsMatch(match.Groups["text"].Value) || match.Groups["text"].Value.TrimEnd().EndsWith('?'))
            return null;
        var owners = match.Groups["owners"].Value.Trim();
        // "Technical Outreach Proposal (Philip DesAutels)" is an agenda's item and its presenter: a task starts with what
        // to do, and its owner is the short form ("Lina", "JS", "@berendt") minutes use for one of their own.
        if (!StartsWithATask(match.Groups["text"].Value) || Regex.Split(owners, @"\s*[,/&+]\s*|\s+and\s+").Any(p => p.Contains(' ', StringComparison.Ordinal))
            || !reader.NamesPeopleOfTheAttendance(owners))
        {
            return null;
        }

        var read = reader.ReadEntry(body.TrimEnd(':', ' '), ownerField: owners);
        return read with { Text = body.TrimEnd(':', ' ') };
    }

    [GeneratedRegex(@"^(?:also\s+|then\s+|please\s+)?(?:put|send|write|create|draft|contact|ask|check|update|organi[sz]e|arrange|book|circulate|prepare|review|survey|follow|find|investigate|set|add|remove|e-?mail|post|share|schedule|confirm|chase|look|get|make|order|buy|pay|invite|reply|respond|submit|publish|speak|talk|call|provide|produce|raise|fix|finish|complete|start|open|close|move|merge|test|try|research|explore|reach|liaise|agree|discuss|plan|propose|collect|compile|design|build|run|print|distribute|sort|clean|source|obtain|request|register|renew|identify|notify|inform|tell|let|consider)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TaskVerb();

    // "Patrick check with Legal …": a given name, then what is to be done.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+\s+(?=\p{Ll})")]
    private static partial Regex PersonThenTask();

    internal static bool StartsWithATask(string text) => TaskVerb().IsMatch(text.Trim());

    /// <summary>
    /// "Clerk to write", "CLERK TO CONTACT HIGHWAYS", "CLERK to request a new bin": an officer's task on a line of its own, or a
    /// sentence in capitals closing one; the office in capitals marks the task, however long the line.
    /// </summary>
    [GeneratedRegex(@"^(?:THE\s+)?(?:CLERK|CHAIR(?:MAN|WOMAN|PERSON)?|VICE[\s-]CHAIR(?:MAN)?|SECRETARY|TREASURER|RFO)(?:\s*(?:/|&|AND)\s*(?:CLERK|CHAIR(?:MAN)?|VICE[\s-]CHAIR|SECRETARY|TREASURER|RFO))*\s+(?:TO|to)\s+\S")]
    private static partial Regex CapitalisedOfficerLead();

    private static ActionLine? OfficerTaskLine(string text, ActionLineReader reader)
    {
        var match = OfficerTask().Match(text);
        if (!match.Success && Sentences.Split(text) is { Length: > 1 } sentences && sentences[^1] is var closing
            && (closing.Count(char.IsUpper) > 2 * closing.Count(char.IsLower) || CapitalisedOfficerLead().IsMatch(closing)) && OfficerTask().IsMatch(closing))
        {
            return OfficerTaskLine(closing, reader);
        }

        if (!match.Success)
            return null;
        // "CLERK TO write to Highways": the officer and "TO" in capitals mark the task, whatever the case of the rest.
        var upper = text.Count(char.IsUpper) > text.Count(char.IsLower) || CapitalisedOfficerLead().IsMatch(text);
        if (NamesAnOffice(text[(match.Length - 1)..], upper))
            return null;
        // A short line of its own, or a line in capitals: a sentence of prose that starts so is not a task set.
        if (!upper && (PersonNames.Tokens(text).Length > 10 || Sentences.Split(text).Length > 1))
            return null;
        var councillor = match.Groups["councillor"].Success;
        // "Cllr Hughes will look into it" reports what a member means to do; "Cllr Hughes to contact Highways" sets the task.
        if (councillor && !upper && match.Groups["verb"].Value.Equals("will", StringComparison.OrdinalIgnoreCase))
            return null;
        var owner = match.Groups["owner"].Value;
        // "CLERK" in capitals marks the task; the office is written "Clerk", as everywhere else ("RFO" stays as it is).
        owner = councillor ? owner : OfficeWord().Replace(owner, w => w.Value.Length <= 3 ? w.Value.ToUpperInvariant() : char.ToUpperInvariant(w.Value[0]) + w.Value[1..].ToLowerInvariant());
        // The text is what is to be done, without the officer in front ("The Clerk to respond accordingly").
        var rest = text[(match.Length - 1)..].Trim();
        var task = PersonNames.Tokens(rest).Length >= 2 ? rest : text;
        return owner.Contains('/', StringComparison.Ordinal) || owner.Contains('&', StringComparison.Ordinal) || councillor
            ? reader.ReadEntry(task, ownerField: owner) with { Text = task }
            : new ActionLine(null, [owner], task, null);
    }

    /// <summary>
    /// "Secretary to the Library Board", "Clerk to Historic District" under a name closing the minutes: the office of
    /// whoever signs, not a task. What follows "to" is a body ("the …", or words in capitals that do not start with a
    /// verb), where a task starts with what to do ("Clerk to write", "CLERK TO CONTACT HIGHWAYS").
    /// </summary>
    private static bool NamesAnOffice(string afterTo, bool upper)
    {
        var words = afterTo.Trim().TrimEnd('.', ',', ';').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 8)
            return false;
        if (words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
            return words.Length > 1 && char.IsUpper(words[1][0]);
        return !upper && !StartsWithATask(afterTo)
            && words.All(w => char.IsUpper(w[0]) || OfficeJoiner().IsMatch(w));
    }

    [GeneratedRegex(@"^(?:of|and|for|&)$", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeJoiner();

    [GeneratedRegex(@"(?!\b(?i:and)\b)\b\p{L}+\b")]
    private static partial Regex OfficeWord();

    /// <summary>
    /// "Jane Smith: send the letters" with "Status: new" on the next line: an action with its status.
    /// Closed, done or completed ones are read and dropped.
    /// </summary>
    private static (ActionLine? Action, int LastLine)? StatusBlock(IReadOnlyList<TextLine> lines, int index, ActionLineReader reader)
    {
        var next = index + 1;
        while (next < lines.Count && lines[next].IsBlank && next <= index + 1)
            next++;
        var text = lines[index].Text.Trim().TrimStart('-', '*', '•').Trim();
        Match status;
        // "Carol White: book the hall Status: Open": markdown joins the status line onto the action it stands under.
        if (TrailingStatusLine().Match(text) is { Success: true } joined)
        {
            (text, status, next) = (joined.Groups["entry"].Value, joined, index);
        }
        else if (next >= lines.Count || StatusLine().Match(lines[next].Text) is not { Success: true } below)
        {
            return null;
        }
        else
        {
            status = below;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !reader.IsKnownOwnerList(text[..colon]) && !PersonNames.LooksLikeFullName(text[..colon]))
            return null;
        var action = reader.ReadEntry(text);
        if (action.Owners.Count == 0 || action.Text.Length == 0)
            return null;
        return (ClosedStatus().IsMatch(status.Groups["status"].Value.Trim()) ? null : action, next);
    }

    // A plain-text file (or text copied out of a PDF) sets its margin apart with a run of spaces where a PDF has a tab.
    [GeneratedRegex(@"^(?<text>.*\S)(?:\t+|\x20{6,})(?<owners>[^\t\x20][^\t]{1,39})$")]
    private static partial Regex MarginOwnerLine();

    /// <summary>
    /// "Agreed to write to the county about the verge\tJS": an owner set in the right-hand margin, as
    /// PDFs and Word tables print an action column. Only owners the document makes known count.
    /// </summary>
    private static ActionLine? MarginOwner(IReadOnlyList<TextLine> lines, int index, string text, ActionLineReader reader)
    {
        var match = MarginOwnerLine().Match(lines[index].Text);
        if (!match.Success)
            return null;
        var owners = match.Groups["owners"].Value.Trim();
        // "Agenda item: | Fundraising | Presenter: | Everyone": a name after a label cell is what the label says, not an owner.
        if (match.Groups["text"].Value.TrimEnd().EndsWith(':'))
            return null;
        // "… for the site. | Clerk to include on PC agenda": a margin wide enough for the task holds the action whole.
        if (owners.Contains(" to ", StringComparison.Ordinal) && reader.Read(owners) is { OwnersOnly: false, Owners.Count: > 0 } whole)
            return whole;
        if (owners.Length > 29)
            return null;
        var body = match.Groups["text"].Value.Replace('\t', ' ').Trim();
        // "JM" where two people of the attendance have those initials: the one the paragraph names.
        if (!reader.ResolvesOwnerList(owners) && reader.NamedInTheText(owners, body) is { } named)
            owners = named;
        // "… asked to quote\tBob Jones": a margin holds a name of the attendance written in full as often as its initials.
        if (PersonNames.Tokens(body).Length < 4 || !(reader.ResolvesOwnerList(owners) && LooksLikeShortForms(owners) || reader.NamesPeopleOfTheAttendance(owners) && PersonNames.LooksLikeFullName(owners)))
            return null;
        body = ParagraphNumber().Replace(body, string.Empty, 1).Trim();
        // "100356 £737.53 Jenny Hollington | Clerk": a row of the payments schedule, whose last column is the payee's office.
        if (PaymentRow().IsMatch(body))
            return null;
        var naming = SentenceNamingOwner(body, owners, reader.ReadEntry(body, ownerField: owners).Owners);
        body = naming ?? body;
        // "audience – the Clerk was asked to liaise with Cllr. Drew to arrange. | Clerk": a line that opens in lower case ends
        // the sentence of the paragraph above; the owner in the margin is on the clause after its dash or stop.
        if (naming is null && char.IsLower(body[0]) && WrappedTail().Match(body) is { Success: true } tail && PersonNames.Tokens(tail.Groups["task"].Value).Length >= 3)
            body = tail.Groups["task"].Value.Trim();
        // "It was agreed that the Clerk should apply asap.   Clerk": what was agreed the owner should do is the task.
        if (AgreedThatOwnerShould().Match(body) is { Success: true } agreedThat)
            body = agreedThat.Groups["task"].Value.Trim();
        // The sentence runs on below the owner's line when the next lines carry on in lower case.
        for (var j = index + 1; j < lines.Count && j <= index + 4; j++)
        {
            var next = lines[j];
            if (next.IsBlank || next.Kind != LineKind.Text || next.Text.Contains('\t', StringComparison.Ordinal) || next.Text.Length == 0 || !char.IsLower(next.Text.Trim()[0]))
                break;
            body += " " + next.Text.Trim();
        }

        var read = reader.ReadEntry($"{body}", ownerField: owners);
        return read with { Text = body };
    }

    // "Grant: Will speak to the host about the disks.", "Matt: to follow up?", "Jo: Ask the printer for a quote.": a person's
    // given name and a colon, then what they will do.
    [GeneratedRegex(@"^(?<owner>\p{Lu}\p{Ll}+)\s*:\s+(?<task>\S.*)$")]
    private static partial Regex OwnerThenColon();

    [GeneratedRegex(@"^(?i:to|will)\s+\p{Ll}")]
    private static partial Regex WillOrTo();

    /// <summary>
    /// "Grant: Will speak to the host about the disks.": a paragraph line that opens with the given name of someone present
    /// and a colon sets that person a task when what follows says what they will do ("to …", "Will …") or opens with the
    /// task's verb ("Ask …"); "Alice: The accounts are in order." reports and sets nothing.
    /// </summary>
    private static ActionLine? OwnerFirstTask(string text, ActionLineReader reader)
    {
        if (text.IndexOf(':', StringComparison.Ordinal) is < 3 or > 20 || OwnerThenColon().Match(text) is not { Success: true } match)
            return null;
        var task = match.Groups["task"].Value.Trim();
        if (!reader.NamesPeopleOfTheAttendance(match.Groups["owner"].Value) || !(WillOrTo().IsMatch(task) || StartsWithATask(task)) || PersonNames.Tokens(task).Length < 2)
            return null;
        return reader.ReadEntry(task, ownerField: match.Groups["owner"].Value) with { Text = task };
    }

    [GeneratedRegex(@"^(?:it\s+was\s+)?agreed\s+that\s+(?:the\s+)?\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*)?\s+(?:should|would|will)\s+(?<task>\p{Ll}.{3,})$", RegexOptions.IgnoreCase)]
    private static partial Regex AgreedThatOwnerShould();

    [GeneratedRegex(@"^\d{3,}\s+[£$€]\s?\d")]
    private static partial Regex PaymentRow();

    [GeneratedRegex(@"^\p{Ll}[^.!?–—]{0,60}?(?:[.!?]|\s[-–—])\s+(?<task>\S.*)$")]
    private static partial Regex WrappedTail();

    private static bool LooksLikeShortForms(string owners) =>
        Regex.Split(owners, @"\s*[,/&+]\s*|\s+and\s+").All(p => p.Length is > 0 and <= 8 && !p.Contains(' ', StringComparison.Ordinal) && char.IsUpper(p[0]));

    // "ACTION: Director Miller moved to approve the contract … Motion carried 3-0": a board's action on an item
    // is its vote, recorded as a decision, not a task set for someone.
    // "ACTION: It was moved by Trustee Lee and seconded by Trustee Ortiz that the Board approve …": a motion too.
    [GeneratedRegex(@"\b(?:moved|seconded)\b.*\b(?:carried|passed|approved|adopted|failed|ayes?|unanimous(?:ly)?)\b|\bmotion\s+(?:was\s+)?(?:carried|passed|failed|approved)\b|\broll\s+call\s+vote\b|\b(?:was\s+)?moved\s+by\b.*\bseconded\s+by\b|\bmotion\s+(?:by|made\s+by)\s+\p{Lu}", RegexOptions.IgnoreCase)]
    private static partial Regex MotionRecord();

    // "No action taken", "Action: none", "Action: noted": the label with nothing to do under it. "Action: Approved
    // the minutes", "Action: Adopted": what the board did with an item, recorded as its decision, not a task set.
    [GeneratedRegex(@"^\W*(?:no\s+(?:further\s+)?actions?\b|(?:none|noted|nil|n/?a|tbc|tbd)\W*$|(?:approved|adopted|accepted|ratified|denied|rejected|tabled|carried|passed|authori[sz]ed|awarded|received\s+and\s+filed|continued\s+to)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NoAction();

    // "Arun pointed out that Andrew had outstanding tickets": a report of what was said, not a task, even under an actions label.
    [GeneratedRegex(@"^\W*(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:pointed\s+out|replied|reported|noted|explained|mentioned|remarked|commented|observed|thanked|welcomed|presented)\b(?!.*\b(?:will|would|shall|to\s+(?!be\b)\p{Ll}+)\b)", RegexOptions.None)]
    private static partial Regex ReportedSpeech();

    // "… of the terms of reference. **Action:** JS to circulate them": a label after a sentence, not at the start of the line.
    // "… a roofer should be asked. ACTION BJ", "… for the hall (Action: CW)": owners straight after the label, or the label in brackets.
    // "… the hall is booked. Action Jane Smith, by end May": owners written in full, and the deadline after them.
    // "**Decision:** Adopt the ladder for testing **Action:** Conduct a vote": on a line a decision's label opens, the
    // action's label needs no full stop before it (the bold that set both apart is gone from the text by now).
    [GeneratedRegex(@"^(?<before>(?:DECISIONS?|Decisions?)\s*:.*?\S(?=\s+(?:ACTIONS?|Actions?)\s*:)|.*?(?:[.!?;)]|\S(?=\s*\((?:ACTION|Action))))\s*(?:\*\*|__)?(?<open>[\[(])?(?<label>ACTIONS?|Actions?)(?:\s+(?:items?|points?|ITEMS?|POINTS?|by|BY))?\s*(?:\*\*|__)?\s*(?:(?<sep>[:\-–—])|(?=\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*)?(?:\s*(?:[/,&+]|and)\s*\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*)?){0,4}(?:\s*,?\s+(?:by|before)\s+[^.()]{2,30}?)?\s*[\])]?\s*\.?$))\s*(?:\*\*|__)?\s*(?<rest>\S.*?)(?(open)[\])]\s*\.?)$")]
    private static partial Regex InlineLabel();

    /// <summary>
    /// "The Committee will need terms of reference. **Action:** ZT to circulate a draft": the action after its
    /// label; "… to contact ZT. **Action:** All": owners alone, and the sentence before the label is the action.
    /// </summary>
    private static ActionLine? InlineAction(string text, ActionLineReader reader, bool ownersAlone, string? above = null)
    {
        // The label is written "Action" or "ACTION": a line without either is not tried against the pattern's lazy prefix.
        if (!text.Contains("Action", StringComparison.Ordinal) && !text.Contains("ACTION", StringComparison.Ordinal))
            return null;
        var match = InlineLabel().Match(text);
        if (!match.Success)
            return null;
        var rest = match.Groups["rest"].Value.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal).Trim();
        if (rest.Length == 0 || NoAction().IsMatch(rest))
            return null;
        var entry = reader.ReadEntry(rest);
        // With no colon or dash after the label only owners may follow it: "… Actions were reviewed" is prose.
        if (!match.Groups["sep"].Success && !(entry.OwnersOnly && reader.IsKnownOwnerList(string.Join('/', entry.Owners))))
            return null;
        if (!entry.OwnersOnly)
            return ownersAlone || entry.Owners.Count > 0 ? entry : null;
        if (!ownersAlone || !reader.IsKnownOwnerList(string.Join('/', entry.Owners)) && !entry.Owners.All(PersonNames.IsGroupOwner))
            return null;
        var before = match.Groups["before"].Value.Replace("**", string.Empty, StringComparison.Ordinal).Trim().TrimStart('-', '*', '•').Trim();
        var sentences = Sentences.Split(before);
        var sentence = sentences.LastOrDefault()?.Trim();
        // "… posted on the website and facebook" over "page, dates for rides would be agreed. Action: JA": a line that opens
        // in lower case carries on the sentence a PDF wrapped from the line above.
        if (sentences.Length == 1 && !string.IsNullOrEmpty(sentence) && char.IsLower(sentence[0]) && above is not null)
            sentence = $"{above} {sentence}";
        if (!string.IsNullOrEmpty(sentence) && AgreedTask().Match(sentence) is { Success: true } agreed)
            sentence = agreed.Groups["task"].Value;
        return string.IsNullOrEmpty(sentence) ? null : entry with { Text = sentence, OwnersOnly = false };
    }

    // "Club night venue - following the new guidance it was agreed to contact the Legion ... Action Louise Potts": the
    // owners after the label are to do what was agreed, and the task is what follows "agreed to", not the topic before it.
    [GeneratedRegex(@"\b(?:it\s+was|was|were|we)\s+(?:\w+\s+)?agreed\s+(?:by\s+(?:the\s+)?[\p{L}]+(?:\s+[\p{L}]+)?\s+)?to\s+(?<task>\p{Ll}.{9,})$", RegexOptions.IgnoreCase)]
    private static partial Regex AgreedTask();

    [GeneratedRegex(@"(?<=[.!?;)]\s*|\s)(?:\*\*)?(?:ACTIONS?|Actions?)(?:\*\*)?\s*:")]
    private static partial Regex InlineColonLabel();

    [GeneratedRegex(@"\b(?:by|before)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineWord();

    /// <summary>
    /// The paragraphs of a line that holds more than one "Action:" label, each ending with its label, owners and
    /// deadline: the owners' deadline ("by 3 Nov") closes one paragraph and what follows opens the next. Empty when the
    /// line holds one label, or a deadline cannot be found to part two of them.
    /// </summary>
    private static List<string> RunTogetherLabels(string text, int? defaultYear)
    {
        var labels = InlineColonLabel().Matches(text);
        if (labels.Count < 2)
            return [];
        var pieces = new List<string>();
        var start = 0;
        for (var k = 0; k < labels.Count - 1; k++)
        {
            var from = labels[k].Index + labels[k].Length;
            var between = text[from..labels[k + 1].Index];
            var deadline = DateText.FindAll(between, defaultYear).FirstOrDefault(m => DeadlineWord().IsMatch(between[..m.Index]));
            var cut = deadline is null ? -1 : from + deadline.Index + deadline.Text.Length;
            if (cut < 0 || text[cut..labels[k + 1].Index].Trim().Length == 0)
                return [];
            pieces.Add(text[start..cut].Trim());
            start = cut;
        }

        pieces.Add(text[start..].Trim());
        return pieces;
    }

    // "… with the Legion. Action Louise" / "Action:" at a line's end: the label with none or part of its owners after it.
    [GeneratedRegex(@"(?:^|[.!?;,)]\s*|\s)(?:\*\*)?(?:ACTIONS?|Actions?)(?:\*\*)?\s*[:\-–—]?\s*(?:\*\*)?(?<tail>[^.:;]*)$")]
    private static partial Regex LabelAtLineEnd();

    /// <summary>
    /// "… to confirm our intention. Action Louise" over "Potts, by end Dec": a PDF wraps the owners and the deadline
    /// after an action label onto the next line. The short line beneath is read with the label's line.
    /// </summary>
    private static (ActionLine? Action, int LastLine) WrappedInlineAction(IReadOnlyList<TextLine> lines, int index, string text, ActionLineReader reader, bool ownersAlone)
    {
        var end = LabelAtLineEnd().Match(text);
        if (!end.Success || index + 1 >= lines.Count || lines[index + 1].Kind != LineKind.Text)
            return (null, index);
        var next = lines[index + 1].Text.Trim();
        if (next.Length == 0 || PersonNames.Tokens(next).Length > 8 || ActionLineReader.IsLabelled(next) || NumberedLine().IsMatch(next))
            return (null, index);
        // A task after the label wraps too: the line below then opens in lower case, mid-phrase.
        if (PersonNames.Tokens(end.Groups["tail"].Value).Length > 4 && !char.IsLower(next[0]))
            return (null, index);
        return InlineAction($"{text} {next}", reader, ownersAlone, SentenceAbove(lines, index)) is { } action ? (action, index + 1) : (null, index);
    }

    /// <summary>The last sentence of the line directly above, when it runs on into this one (no blank line, no stop at its end).</summary>
    private static string? SentenceAbove(IReadOnlyList<TextLine> lines, int index)
    {
        if (index == 0 || lines[index].Kind != LineKind.Text || lines[index - 1].IsBlank || lines[index - 1].Kind is not (LineKind.Text or LineKind.ListItem))
            return null;
        var above = lines[index - 1].Text.Trim();
        if (above.Length == 0 || ".!?:;".Contains(above[^1], StringComparison.Ordinal))
            return null;
        return Sentences.Split(above).LastOrDefault()?.Trim();
    }

    private static void AddAction(List<ActionDraft> actions, ActionLine action, string? item, List<string> warnings)
    {
        if (action.Text.Length == 0 && action.Owners.Count == 0 || MotionRecord().IsMatch(action.Text) || NoAction().IsMatch(action.Text))
            return;
        actions.Add(new ActionDraft(action.Reference, action.Owners, action.Text, action.Due, item));
        if (action.Owners.Count == 0)
            warnings.Add($"Action {action.Reference ?? $"'{Shorten(action.Text)}'"} names no owner.");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>
    /// Reads an action table, found by its header (columns such as No. / Action / Owner / Due, or an
    /// "Action items" column alone); returns the index of its last row. Rows whose status says done are not new.
    /// </summary>
    private static int ReadTable(IReadOnlyList<TextLine> lines, int index, ActionLineReader reader, List<ActionDraft> actions, string? item, bool underActionLabel)
    {
        var end = index;
        while (end + 1 < lines.Count && lines[end + 1].Kind == LineKind.TableRow)
            end++;
        if (underActionLabel && HeaderlessRows(lines, index, end) is { } layout)
        {
            if (IsReviewTable(lines, index))
                return end;
            for (var r = index; r <= end; r++)
            {
                var cells = lines[r].Cells!;
                if (cells[layout.Text].Trim().Length == 0 || IsNothing(cells[layout.Text].Trim()))
                    continue;
                var read = reader.ReadEntry(cells[layout.Text].Trim(), cells[0].Trim(), layout.Owner >= 0 ? cells[layout.Owner].Trim() : null);
                actions.Add(new ActionDraft(read.Reference, read.Owners, read.Text, read.Due, item));
            }

            return end;
        }

        for (var h = index; h <= end && h < index + 3; h++)
        {
            var columns = lines[h].Cells!.Select(ActionColumns.Key).ToList();
            var roles = ActionColumns.Of(columns);
            var (text, owner) = (roles.Task, roles.Owner);
            if (text < 0 && underActionLabel && columns.Count == 1 && h == index)
                text = 0;
            if (MinuteColumnBesideOwners(lines, h, end, columns, text, owner) is { } minute)
            {
                if (!IsReviewTable(lines, index))
                    ReadMinuteRows(lines, h, end, minute, owner, roles.Due, reader, actions, item);
                return end;
            }

            // Without an action label above, the header says what makes its rows tasks: a column of who beside the task, or
            // the task's column named for actions, and words that say the rows are tasks (a budget also names who is responsible).
            if (text < 0 || !underActionLabel && (owner < 0 && !ActionColumns.IsActionWord(columns[text]) || !roles.SaysTasks))
                continue;
            if (IsReviewTable(lines, index))
                return end;
            var reference = roles.Reference >= 0 && HoldsReferences(lines, h, end, roles.Reference) ? roles.Reference : -1;
            var (due, status) = (roles.Due, roles.Status);
            var first = text == 0 && columns.Count == 1 && !ActionColumns.NamesTask(columns[0]) ? h : h + 1;
            for (var r = first; r <= end; r++)
            {
                var cells = lines[r].Cells!;
                string Cell(int i) => i >= 0 && i < cells.Count ? cells[i].Trim() : string.Empty;
                if (Cell(text).Length == 0 || cells.All(c => c.Trim().Trim('-', ':').Length == 0) || IsNothing(Cell(text)))
                    continue;
                if (status >= 0 && ClosedStatus().IsMatch(Cell(status)))
                    continue;
                var refCell = Cell(reference).Length > 0 && reference != text ? Cell(reference) : null;
                var points = owner < 0 ? CellPoints(Cell(text)) : [Cell(text)];
                if (points.Count > 1)
                {
                    foreach (var point in points.Where(p => !IsNothing(p) && !NoActions().IsMatch(p)))
                    {
                        var each = reader.ReadEntry(point, refCell);
                        actions.Add(new ActionDraft(each.Reference, each.Owners, each.Text, each.Due, item));
                    }

                    continue;
                }

                if (NoActions().IsMatch(points[0]))
                    continue;
                var read = owner >= 0 ? reader.ReadEntry(Cell(text), refCell, Cell(owner)) : reader.ReadEntry(points[0], refCell);
                if (owner < 0 && read.OwnersOnly)
                {
                    // An action column holding initials alone ("SB"): the row's discussion is the action.
                    var discussion = cells.Where((c, i) => i != text && i != reference && i != due).OrderByDescending(c => c.Length).FirstOrDefault()?.Trim();
                    if (string.IsNullOrEmpty(discussion))
                        continue;
                    read = read with { Text = discussion, OwnersOnly = false };
                }

                var dueDate = due >= 0 ? DateText.FindAll(Cell(due), reader.DefaultYear, includeMonthOnly: true, reader.MonthFirst).FirstOrDefault()?.Iso : read.Due;
                actions.Add(new ActionDraft(read.Reference, read.Owners, read.Text, dueDate, item));
            }

            return end;
        }

        if (!IsReviewTable(lines, index))
            ReadMarginColumn(lines, index, end, reader, actions, item);
        return end;
    }

    /// <summary>
    /// "2 | The insurance is due for renewal and three quotes will be sought. | BJ": minutes set out as a table with no
    /// header, whose right-hand column holds the owners of what the row records. Each row with owners there is an action;
    /// only short forms that stand for people of the attendance (or "All", "Clerk") count, and the row must say something.
    /// </summary>
    private static void ReadMarginColumn(IReadOnlyList<TextLine> lines, int index, int end, ActionLineReader reader, List<ActionDraft> actions, string? item)
    {
        var rows = Enumerable.Range(index, end - index + 1).Select(r => lines[r].Cells!).Where(c => c.Count >= 2).ToList();
        if (rows.Count == 0)
            return;
        var last = rows.Min(c => c.Count) - 1;
        var owned = rows.Where(c => c[last].Trim().Length > 0).ToList();
        if (owned.Count == 0 || owned.Any(c => !LooksLikeShortForms(c[last].Trim()) || !reader.ResolvesOwnerList(c[last].Trim())))
            return;
        // The row's longest cell before the owners is what it records.
        var entries = owned.Select(c => (Cells: c, Text: c.Take(last).MaxBy(t => t.Length)!.Trim())).ToList();
        if (entries.Any(e => PersonNames.Tokens(e.Text).Length < 4))
            return;
        foreach (var (cells, text) in entries)
        {
            var reference = ReferenceCell().IsMatch(cells[0]) && cells[0].Trim() != text ? cells[0].Trim().TrimEnd('.') : null;
            var read = reader.ReadEntry(text, reference, cells[last].Trim());
            actions.Add(new ActionDraft(read.Reference, read.Owners, text, read.Due, item));
        }
    }

    // "8.8", "10.1", "A3", "12b": an action's number in the first cell of a row.
    [GeneratedRegex(@"^\s*[A-Z]?\d{1,3}(?:[./-]\d{1,3})*[a-z]?\.?\s*$")]
    private static partial Regex ReferenceCell();

    /// <summary>Where the task and the owner stand in an action table that has no header row.</summary>
    private sealed record HeaderlessLayout(int Text, int Owner);

    /// <summary>
    /// "8.8 | Drive the training material | GG, TP": under an action label, a table with no header whose every row
    /// opens with an action's number. The widest of the other columns is the task; a last column of a few words
    /// (initials, a name or two) is the owner. Null when the rows are not all numbered.
    /// </summary>
    private static HeaderlessLayout? HeaderlessRows(IReadOnlyList<TextLine> lines, int index, int end)
    {
        var rows = Enumerable.Range(index, end - index + 1).Select(r => lines[r].Cells!).Where(c => c.Any(x => x.Trim().Length > 0)).ToList();
        if (rows.Count == 0 || rows.Any(c => c.Count < 2 || !ReferenceCell().IsMatch(c[0])))
            return null;
        var width = rows.Min(c => c.Count);
        var owner = width >= 3 && rows.All(c => PersonNames.Tokens(c[width - 1]).Length <= 4) ? width - 1 : -1;
        var text = Enumerable.Range(1, width - 1).Where(i => i != owner).OrderByDescending(i => rows.Sum(c => c[i].Length)).First();
        return new HeaderlessLayout(text, owner);
    }

    [GeneratedRegex(@"^\W*actions?\s*[:\-–]?\s*(?:carried\s+forward|complete|completed|closed|done|ongoing|open|in\s+progress)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionStatusAlone();

    [GeneratedRegex(@"\s[●○◦■□▪▫➢►]\s")]
    private static partial Regex InnerBullet();

    /// <summary>The labelled actions among bullets a PDF ran into one line, when a bullet after the first carries one.</summary>
    private static List<ActionLine> RunTogetherBullets(string text, ActionLineReader reader)
    {
        var parts = InnerBullet().Split(text);
        if (parts.Length < 2 || !parts.Skip(1).Any(ActionLineReader.IsLabelled))
            return [];
        return parts.Select(p => p.Trim()).Where(ActionLineReader.IsLabelled).Select(reader.Read).OfType<ActionLine>().Where(a => !a.OwnersOnly).ToList();
    }

    /// <summary>Where each column of a tab-separated action table stands, by its header; -1 where there is none.</summary>
    private sealed record AlignedColumns(int Count, int Text, int Owner, int Due, int Status, int Reference);

    /// <summary>
    /// "No | Action | Owner | Due | Status", "Owner | Action | Deadline", "Responsible | Deadline | Action": an action table's
    /// header as a line of tab-separated words, its columns in whatever order the body chose. A task column and an owner
    /// column must both be named, and the header must say its rows are tasks unless an action label stands above it.
    /// </summary>
    private static AlignedColumns? AlignedHeader(string text, bool underActionLabel)
    {
        var cells = text.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (cells.Length is < 2 or > 7 || cells.Any(c => PersonNames.Tokens(c).Length > 3))
            return null;
        var columns = cells.Select(ActionColumns.Key).ToList();
        var roles = ActionColumns.Of(columns);
        var (task, owner, due, status, reference) = roles;
        if (task < 0 || owner < 0 || task == owner || !roles.SaysTasks && !underActionLabel || !ActionColumns.IsActionWord(columns[task]) && columns[task] is not ("what" or "task" or "description" or "details"))
            return null;
        return new AlignedColumns(cells.Length, task, owner, due, status, reference);
    }

    /// <summary>
    /// The rows under an aligned header: lines with as many tab-separated cells as the header, each cell read by its
    /// column. A row marked closed or complete was done before this meeting. Returns the last row's index, or the
    /// header's own when the rows do not all line up to the table's end (it is then read as a PDF's wrapped log).
    /// </summary>
    private static int ReadAlignedRows(IReadOnlyList<TextLine> lines, int index, AlignedColumns columns, ActionLineReader reader, List<ActionDraft>? actions, string? item)
    {
        var rows = new List<string[]>();
        var j = index + 1;
        for (; j < lines.Count && lines[j].Kind == LineKind.Text; j++)
        {
            var cells = lines[j].Text.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length != columns.Count)
                break;
            rows.Add(cells);
        }

        // A line that does not line up before the table's end is a row wrapped onto the next line: a log the other reader knows.
        if (rows.Count == 0 || j < lines.Count && !lines[j].IsBlank && lines[j].Kind != LineKind.Heading)
            return index;
        foreach (var cells in rows)
        {
            if (actions is null || IsNothing(cells[columns.Text]) || columns.Status >= 0 && ClosedStatus().IsMatch(cells[columns.Status]))
                continue;
            var reference = columns.Reference >= 0 && columns.Reference != columns.Text ? cells[columns.Reference] : null;
            var read = reader.ReadEntry(OwnersNamedAgain(cells[columns.Text], cells[columns.Owner]), reference, cells[columns.Owner]);
            var due = columns.Due >= 0 ? DateText.FindAll(cells[columns.Due], reader.DefaultYear, includeMonthOnly: true, reader.MonthFirst).FirstOrDefault()?.Iso : read.Due;
            ForgetListedAgain(actions, read);
            actions.Add(new ActionDraft(read.Reference, read.Owners, read.Text, due ?? read.Due, item));
        }

        return index + rows.Count;
    }

    /// <summary>
    /// A numbered register at the foot lists again the actions the minutes set above ("ACTION: KF" under its paragraph): the
    /// register's row, with its number and date, is the action's record, and the paragraph's reading is forgotten.
    /// </summary>
    private static void ForgetListedAgain(List<ActionDraft> actions, ActionLine row)
    {
        if (row.Reference is not null && actions.FindIndex(a => a.Reference is null && ListsAgain(row, a)) is var earlier and >= 0)
            actions.RemoveAt(earlier);
    }

    /// <summary>The columns of an action table a PDF gives as lines of tab-separated text: where the task, owner and due date stand.</summary>
    private sealed record TabbedColumns(int Count, int Text, int Owner, int Due);

    /// <summary>
    /// "ITEM | BY WHOM | BY WHEN", "Action | Owner | Deadline" as one line of tab-separated words: an action table's header,
    /// when it says its rows are tasks or an action label stands above it.
    /// </summary>
    private static TabbedColumns? TabbedHeader(string text, bool underActionLabel)
    {
        var cells = text.Split('\t', StringSplitOptions.TrimEntries);
        if (cells.Length is < 2 or > 6 || cells.Any(c => c.Length == 0 || PersonNames.Tokens(c).Length > 3))
            return null;
        var roles = ActionColumns.Of(cells.Select(ActionColumns.Key).ToList());
        // "Owner Update": a PDF runs two header cells into one when their columns stand close; the first names the column.
        if (roles.Owner < 0)
            roles = ActionColumns.Of(cells.Select(c => FirstWordNamesOwner(c) is { } first ? first : ActionColumns.Key(c)).ToList());
        var (task, owner, due) = (roles.Task, roles.Owner, roles.Due);
        return owner >= 0 && task >= 0 && task < owner && (roles.SaysTasks || underActionLabel) ? new TabbedColumns(cells.Length, task, owner, due) : null;
    }

    private static string? FirstWordNamesOwner(string cell) =>
        cell.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 && ActionColumns.Key(cell[..space]) is var key && ActionColumns.NamesOwner(key) ? key : null;

    // "55/2122", "58d/2122", "BM 59c/2122", "4.2": a minute reference leading a task in an action log.
    // "Oct24.01", "Sept25.04": a log numbering its actions by the month and year of the meeting that set them.
    [GeneratedRegex(@"^(?<ref>(?:[A-Z]{1,4}\s)?\d{1,4}[a-z]?(?:[./]\d{1,4}[a-z]?)+|\d{1,3}[a-z]?(?=[.)])|\p{Lu}\p{Ll}{2,8}\d{2,4}[./]\d{1,3})[.)]?\s+(?<rest>\S.*)$")]
    private static partial Regex LeadingMinuteReference();

    [GeneratedRegex(@"^(?:(?:[A-Z]{1,4}\s)?\d{1,4}[a-z]?(?:[./]\d{1,4}[a-z]?)+|\p{Lu}\p{Ll}{2,8}\d{2,4}[./]\d{1,3})\.?$")]
    private static partial Regex BareMinuteReference();

    [GeneratedRegex(@"(?<=\p{Ll}\s)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:\s*/\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)*\s*/?$")]
    private static partial Regex TrailingOwners();

    [GeneratedRegex(@"^(?:asap|as\s+soon\s+as\s+possible|ongoing|immediately|urgent|next\s+meeting|tbc|tba|\d.*|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|end|by|before|spring|summer|autumn|fall|winter|term|week|q[1-4])\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhenCell();

    /// <summary>
    /// The rows under a tab-separated action header, read until a blank line. The task comes first; the cells after it
    /// are a date ("asap", "28 March") or the owner. A line starting with no reference where the rows have them, or in
    /// lower case, runs on from the row above: a PDF wraps a long task, and an owner list, onto the next line.
    /// </summary>
    private static int ReadTabbedTable(IReadOnlyList<TextLine> lines, int index, TabbedColumns columns, ActionLineReader reader, List<ActionDraft>? actions, string? item)
    {
        var rows = new List<(string? Reference, string Text, string Owner, string Due)>();
        var referenced = false;
        var fullRows = false;
        var j = index + 1;
        for (; j < lines.Count; j++)
        {
            var line = lines[j];
            // A PDF leaves a blank line between some rows of a table: the rows go on where the next line has a reference like theirs.
            if (line.IsBlank && referenced && j + 1 < lines.Count && lines[j + 1].Kind == LineKind.Text && LeadsWithReference(lines[j + 1].Text))
                continue;
            if (line.IsBlank || line.Kind is not (LineKind.Text or LineKind.ListItem))
                break;
            var cells = line.Text.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            if (cells.Count == 0 || TabbedHeader(line.Text.Trim(), underActionLabel: true) is not null)
                break;
            // "2 | Finalise the bid | OA / GH | 15/04/2025 | Open": a row that fills every column of the header is read by it.
            if (ByHeader(cells, columns) is { } full)
            {
                fullRows = true;
                rows.Add(full);
                continue;
            }

            // A line of one cell after rows that filled the header's columns is past the table ("Next meeting: …").
            if (fullRows && cells.Count == 1 && !char.IsLower(cells[0][0]))
                break;

            // "55/2122 | Signed minutes … | Clerk": the reference in a cell of its own.
            if (cells.Count > 2 && BareMinuteReference().IsMatch(cells[0]))
                cells = [$"{cells[0]} {cells[1]}", .. cells.Skip(2)];
            if (columns.Text > 0 && RegisterRow(cells) is { } registered)
            {
                referenced = true;
                rows.Add(registered);
                continue;
            }

            var reference = LeadingMinuteReference().Match(cells[0]);
            // A line with no reference of its own but an owner of its own, under a row that has one, is a second task
            // listed under the same number ("NO will speak to the manager | NO" under "June24.01 … | JH").
            var ownTask = referenced && !reference.Success && cells.Count > 1 && !char.IsLower(cells[0][0]) && cells[0][0] != '('
                && rows.Count > 0 && rows[^1].Owner.Length > 0 && !rows[^1].Owner.EndsWith('/') && PersonNames.Tokens(cells[0]).Length >= 4;
            var runsOn = !ownTask && rows.Count > 0 && (referenced && !reference.Success || char.IsLower(cells[0][0]) || cells[0][0] == '(');
            if (!runsOn && cells.Count == 1)
                break;
            var rest = cells.Skip(1).ToList();
            var due = rest.LastOrDefault(c => WhenCell().IsMatch(c)) ?? string.Empty;
            var owner = string.Join(' ', rest.Where(c => !ReferenceEquals(c, due)));
            if (columns.Due < 0 && due.Length > 0 && owner.Length == 0)
                (owner, due) = (due, string.Empty);
            if (runsOn)
            {
                var last = rows[^1];
                // "Admin &" over "Legal": the owner's cell wrapped onto a line of its own.
                if (cells.Count == 1 && OwnerRunsOn().IsMatch(last.Owner) && PersonNames.Tokens(cells[0]).Length <= 3)
                {
                    rows[^1] = last with { Owner = $"{last.Owner} {cells[0]}" };
                    continue;
                }

                // "… brought to the next Kay Dicken/Heather" over "Committee meeting … | Poustie/Clerk": the owners ran into the task's cell.
                if (last.Owner.Length == 0 && owner.Length > 0 && TrailingOwners().Match(last.Text) is { Success: true } spilled)
                    last = (last.Reference, last.Text[..spilled.Index].TrimEnd(), spilled.Value.Trim(), last.Due);
                rows[^1] = (last.Reference, $"{last.Text} {cells[0]}", $"{last.Owner}{(last.Owner.EndsWith('/') ? string.Empty : " ")}{owner}".Trim(), last.Due.Length > 0 ? last.Due : due);
                continue;
            }

            if (rows.Count == 0)
                referenced = reference.Success;
            rows.Add(reference.Success ? (reference.Groups["ref"].Value, reference.Groups["rest"].Value, owner, due) : (null, cells[0], owner, due));
        }

        if (actions is null)
            return j - 1;
        foreach (var (reference, text, owner, due) in rows)
        {
            if (IsNothing(text))
                continue;
            var read = owner.Length > 0 ? reader.ReadEntry(OwnersNamedAgain(text, owner), reference, owner.Replace(" /", "/", StringComparison.Ordinal)) : reader.ReadEntry(text, reference);
            var dueDate = DateText.FindAll(due, reader.DefaultYear, includeMonthOnly: true, reader.MonthFirst).FirstOrDefault()?.Iso ?? read.Due;
            if (columns.Text > 0)
                ForgetListedAgain(actions, read);
            actions.Add(new ActionDraft(read.Reference, read.Owners, read.Text, dueDate, item));
        }

        return j - 1;
    }

    [GeneratedRegex(@"(?:&|/|\band)$")]
    private static partial Regex OwnerRunsOn();

    // "SS to obtain quotes" in the task cell beside "SS" in the owner's: the owner named again before the task.
    [GeneratedRegex(@"^(?<who>\p{Lu}[\p{L}.'’-]*(?:\s*(?:&|/|,|\band\b)\s*\p{Lu}[\p{L}.'’-]*){0,3})\s+to\s+(?=\p{Ll})")]
    private static partial Regex OwnerBeforeTask();

    private static string OwnersNamedAgain(string text, string owner)
    {
        var named = OwnerBeforeTask().Match(text);
        if (!named.Success)
            return text;
        var owners = owner.Split(['/', '&', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var who = named.Groups["who"].Value.Split(['/', '&', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(w => !w.Equals("and", StringComparison.OrdinalIgnoreCase));
        return who.All(owners.Contains) ? text[named.Length..] : text;
    }

    // "21/08/2018 027": the date an action was raised and its number, the columns a register sets before the task.
    [GeneratedRegex(@"^(?:(?<raised>\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?:\s+|$))?(?<no>\d{1,4}[a-z]?)?$")]
    private static partial Regex RaisedAndNumber();

    /// <summary>A row with a cell under each of the header's columns read by them; a first column of numbers before the task's is the reference.</summary>
    private static (string? Reference, string Text, string Owner, string Due)? ByHeader(List<string> cells, TabbedColumns columns)
    {
        // Only where a column stands after the owner's and the due date's ("… | Owner | Deadline | Status"): elsewhere the
        // rows' last cells are read as owner and date, which also finds them when a row leaves a cell out.
        if (cells.Count != columns.Count || columns.Text < 1 || Math.Max(columns.Owner, columns.Due) >= columns.Count - 1)
            return null;
        var reference = BareMinuteReference().IsMatch(cells[0]) || columns.Text == 1 && cells[0].TrimEnd('.').All(char.IsDigit) ? cells[0].TrimEnd('.') : null;
        return (reference, cells[columns.Text], cells[columns.Owner], columns.Due >= 0 ? cells[columns.Due] : string.Empty);
    }

    /// <summary>
    /// A row of an action register whose header sets columns before the task ("DATE | NUMBER ACTION | OWNER TARGET DATE"):
    /// the date raised and the number lead, the due date (or "Ongoing") ends it, the owner stands before it, and all between
    /// is the task, however many cells a justified line of a PDF parts it into. Null when the row does not lead with them.
    /// </summary>
    private static (string? Reference, string Text, string Owner, string Due)? RegisterRow(List<string> cells)
    {
        // "24/07/2018 | 001 | …": the date raised and the number in cells of their own, as a PDF's table parts its columns.
        if (cells.Count > 3 && RaisedAndNumber().Match($"{cells[0]} {cells[1]}") is { Success: true } apart && apart.Groups["raised"].Success && apart.Groups["no"].Success)
            cells = [$"{cells[0]} {cells[1]}", .. cells.Skip(2)];
        var lead = cells.Count > 2 ? RaisedAndNumber().Match(cells[0]) : Match.Empty;
        if (!lead.Success || lead.Length == 0 || !lead.Groups["raised"].Success && !lead.Groups["no"].Success)
            return null;
        var rest = cells.Skip(1).ToList();
        var due = rest.Count > 2 && WhenCell().IsMatch(rest[^1]) ? rest[^1] : string.Empty;
        if (due.Length > 0)
            rest.RemoveAt(rest.Count - 1);
        if (rest.Count < 2)
            return null;
        var reference = lead.Groups["no"].Success ? lead.Groups["no"].Value : null;
        return (reference, string.Join(' ', rest.SkipLast(1)), rest[^1], due);
    }

    private static bool LeadsWithReference(string text)
    {
        var first = text.Split('\t', StringSplitOptions.TrimEntries)[0];
        return BareMinuteReference().IsMatch(first) || LeadingMinuteReference().IsMatch(first);
    }

    // "- Book the hall. - Tell the members.": a cell written as points, one per line of the cell, which the extractors
    // part with a space. A point starts at a dash before a capital; a cell that does not open with one is one point.
    [GeneratedRegex(@"(?<=\S)\s+[-•]\s+(?=\p{Lu})")]
    private static partial Regex NextPoint();

    private static List<string> CellPoints(string cell)
    {
        var text = cell.Trim();
        if (!(text.StartsWith("- ", StringComparison.Ordinal) || text.StartsWith("• ", StringComparison.Ordinal)))
            return [text];
        return NextPoint().Split(text[2..]).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
    }

    // "No specific actions identified.", "No actions.": a cell that says nobody was given anything.
    [GeneratedRegex(@"^no\s+(?:specific\s+|further\s+|new\s+|other\s+)?actions?(?:\s+(?:identified|required|needed|agreed|arising|recorded|taken))?\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoActions();

    private static bool IsNothing(string cell) => cell.Trim().TrimEnd('.').ToLowerInvariant() is "n/a" or "na" or "none" or "nil" or "-" or "no action" or "no actions" or "noted";

    private static bool IsReviewTable(IReadOnlyList<TextLine> lines, int index)
    {
        for (var j = index - 1; j >= 0 && j >= index - 8; j--)
        {
            if (lines[j].IsBlank)
                continue;
            return EarlierActions().IsMatch(lines[j].Text) && !ClosingRegister(lines[j].Text, j, lines.Count) || ReviewWords().IsMatch(lines[j].Text) && ActionWord().IsMatch(lines[j].Text) && j < lines.Count / 2;
        }

        return false;
    }
}
