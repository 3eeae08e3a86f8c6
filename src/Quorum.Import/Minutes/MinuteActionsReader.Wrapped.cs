using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

public static partial class MinuteActionsReader
{
    private const int MostWrappedLines = 6;

    [GeneratedRegex(@"[.!?]\W*$")]
    private static partial Regex SentenceClosed();

    // '"accessed" in the …', "(http://…) in revising", "to confirm that …": a line that goes on with what the line above
    // left open opens in lower case, behind any quote or bracket; "(iv) External Display Boards" is the next point.
    [GeneratedRegex(@"^[""'“‘(\[]*\p{Ll}")]
    private static partial Regex GoesOnInLowerCase();

    [GeneratedRegex(@"^\((?:[ivx]{1,4}|[a-h])\)")]
    private static partial Regex PointInBrackets();

    private static bool GoesOn(string next, string joined) =>
        GoesOnInLowerCase().IsMatch(next) && !PointInBrackets().IsMatch(next) || DanglingWords.Contains(PersonNames.Tokens(joined).LastOrDefault() ?? string.Empty);

    /// <summary>
    /// "ACTION (Tom): To propose alternatives to the word" over '"accessed" in the definition above.' : minutes typed as plain
    /// text wrap a labelled action at the width of the page, so the lines straight under it that go on mid-sentence (in lower
    /// case, or after a word that cannot end one), up to the one that closes its sentence, are the rest of it. A PDF's next
    /// line after a short task ("ESFRS re course …", "(iv) External Display Boards") is a line of its own.
    /// </summary>
    private static (string Text, int LastLine) WrappedLabelledAction(IReadOnlyList<TextLine> lines, int index, string text, ActionLineReader reader)
    {
        var (joined, last) = WithContinuation(lines, index, text);
        if (reader.Read(text) is not { OwnersOnly: false })
            return (joined, last);
        for (var j = last + 1; j < lines.Count && j <= index + MostWrappedLines && !SentenceClosed().IsMatch(joined); j++)
        {
            var next = lines[j].Text.Trim();
            if (lines[j].IsBlank || lines[j].Kind != LineKind.Text || next.Length == 0 || ActionLineReader.IsLabelled(next) || NumberedLine().IsMatch(next)
                || TaskUnderLabel(next, reader) is not null
                || !GoesOn(next, joined))
            {
                break;
            }

            joined = $"{joined} {next}";
            last = j;
        }

        return (joined, last);
    }

    // "… to section 4.3 onwards -- Action: Stuart.", "… initially." over "Action: Andy": the owners marked at the end of a
    // bullet, after a dash or on a line of their own. "… as a replicated mirror [Action: TomH, DONE]": in square brackets,
    // where a note of its state or its date may follow the owners after a comma. "-- Action: Juha (as visitor)": a note in
    // brackets on the part the owner plays is no owner.
    [GeneratedRegex(@"^(?<task>.*?)(?:(?<=^|\s)(?:-{1,2}|–|—)\s*|^)(?:ACTION|Action)\s*:\s*(?<owners>[^:;]{1,60}?)(?:\s*\((?:as|for)\s+[^()]{1,30}\))?\s*\.?$|^(?<task>.*?\S)\s*\[(?:ACTION|Action)\s*:\s*(?<owners>[^:;,\]]{1,60}?)\s*(?:,[^\]]{0,60})?\]\s*\.?$")]
    private static partial Regex OwnersClosingBullet();

    [GeneratedRegex(@"(?:(?<=^|\s)(?:-{1,2}|–|—)\s*|^)(?:ACTION|Action)\s*:\s*$")]
    private static partial Regex LabelClosingLine();

    private static bool ClosedByOwners(string line) =>
        (line.Contains("Action", StringComparison.Ordinal) || line.Contains("ACTION", StringComparison.Ordinal)) && OwnersClosingBullet().IsMatch(line);

    /// <summary>
    /// "* Add wording to the process document" over "the mission statement -- Action: Stuart.": a bullet wrapped over
    /// indented lines and closed by its owners is one action, the whole bullet its task. Null when the bullet does not end
    /// so, or the owners are neither people the attendance names nor given names.
    /// </summary>
    private static (ActionLine Action, int LastLine)? OwnerClosingBullet(IReadOnlyList<TextLine> lines, int index, ActionLineReader reader)
    {
        var parts = new List<string> { lines[index].Text.Trim() };
        var last = index;
        for (var j = index + 1; j < lines.Count && j <= index + 12; j++)
        {
            if (!ClosedByOwners(parts[^1]) && lines[j].Kind == LineKind.Text && !lines[j].IsBlank)
            {
                // "… of meeting pack) -- Action:" over "Tom, Rebecca": the label closes the line and its owners wrap to the next.
                if (LabelClosingLine().IsMatch(parts[^1]))
                    parts[^1] = $"{parts[^1]} {lines[j].Text.Trim()}";
                else
                    parts.Add(lines[j].Text.Trim());
                last = j;
                continue;
            }

            break;
        }

        if (!ClosedByOwners(parts[^1]))
            return null;
        var marked = OwnersClosingBullet().Match(parts[^1]);
        if (!reader.NamesAttendees(marked.Groups["owners"].Value) && !reader.NamesOwnersOrGivenNames(marked.Groups["owners"].Value))
            return null;
        parts[^1] = marked.Groups["task"].Value;
        var task = TextCleaning.Squash(string.Join(' ', parts)).Trim().TrimEnd('-', '–', '—').Trim();
        if (task.Length == 0)
            return null;
        return (reader.ReadEntry(task, ownerField: marked.Groups["owners"].Value), last);
    }

    // "JF to pursue wiki redirection with DP and report.", "ALL to send CW a list …": a paragraph of its own that opens with
    // owners' initials (or all of them) and "to".
    [GeneratedRegex(@"^(?:[A-Z]{2,4}|All)(?:\s*(?:,|&|/|\band\b)\s*(?:[A-Z]{2,4}|all))*\s+to\s+\p{Ll}")]
    private static partial Regex InitialsLedTask();

    /// <summary>
    /// "JF to pursue wiki redirection with DP and report." over "2005-04-10": a council that sets its tasks as paragraphs of
    /// their own, each with its deadline opening the paragraph below, sets them while going through its business, the review
    /// of its earlier actions included. Null unless the task's paragraph stands alone and the next one opens with a date.
    /// </summary>
    private static (ActionLine Action, int LastLine)? TaskOverDeadline(IReadOnlyList<TextLine> lines, int index, string text, ActionLineReader reader)
    {
        if (lines[index].Kind != LineKind.Text || index == 0 || !lines[index - 1].IsBlank || !InitialsLedTask().IsMatch(text))
            return null;
        var next = index + 1;
        while (next < lines.Count && next <= index + 2 && lines[next].IsBlank)
            next++;
        if (next >= lines.Count || next == index + 1)
            return null;
        // "2005-04-10", "2005-04-8", "2005-04-15 Metadata Standards* …": the deadline opening the paragraph below the task.
        var opening = lines[next].Text.Trim();
        if (DateText.FindFirst(opening, null, reader.MonthFirst) is not { Index: 0, Date: { } due } deadline)
            return null;
        if (reader.ReadEntry(text) is not { Owners.Count: > 0, OwnersOnly: false } action)
            return null;
        var onlyTheDate = opening.Length == deadline.Text.Length;
        return (action with { Due = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, onlyTheDate ? next : index);
    }

    /// <summary>
    /// "- AS to write to the hall (the key is with" over "THE CARETAKER until May)": an entry whose bracket is still
    /// open when a PDF breaks the line goes on over the plain lines below it until the bracket closes.
    /// </summary>
    private static (string Text, int LastLine) WithinOpenBracket(IReadOnlyList<TextLine> lines, int index, string text)
    {
        static bool Open(string s) => s.Count(c => c == '(') > s.Count(c => c == ')');
        var joined = text;
        var last = index;
        while (Open(joined) && last + 1 < lines.Count && last < index + 3 && lines[last + 1].Kind == LineKind.Text)
            joined = $"{joined} {lines[++last].Text.Trim()}";
        return Open(joined) ? (text, index) : (joined, last);
    }
}
