using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

public static partial class MinuteActionsReader
{
    // "Look at the insurance, action Mick.", "Replacement sink No progress?, c/f action Jon.", "… paid job, action Mags to check.":
    // a committee's secretary closes the sentence of a bullet with the one to act on it, after a comma ("c/f" when the task is
    // carried forward from the last meeting, and still this meeting's task).
    [GeneratedRegex(@",\s*(?:c/f\s+)?(?:action|Action|ACTION)\s+(?<owners>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:\s*(?:&|and|/|,)\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?){0,3})(?:\s+to\s+(?<then>\p{Ll}[^.!?]{1,80}?))?\s*(?:[.!?](?=\s|$)|$)")]
    private static partial Regex ActionAfterComma();

    /// <summary>
    /// The actions of a line whose owners stand elsewhere than before the task: "Action on JC to …" inside a paragraph,
    /// "Goal: … - CB", "…, action Mick.", "…, Margarete takes action item to assemble"; the first form that reads any action gives the line's.
    /// </summary>
    private static List<ActionLine> OwnedInTheLine(string text, ActionLineReader reader) =>
        ActionsOnSomeone(text, reader) is { Count: > 0 } onSomeone ? onSomeone
        : GoalsWithOwners(text, reader) is { Count: > 0 } goals ? goals
        : OwnersAfterComma(text, reader) is { Count: > 0 } closing ? closing
        : TakenOn(text, reader);

    /// <summary>
    /// The tasks of a line whose sentences end ", action Mick.": each the sentence before the comma, owned by the people of
    /// the attendance named after the label. Empty when no such sentence names them.
    /// </summary>
    private static List<ActionLine> OwnersAfterComma(string text, ActionLineReader reader)
    {
        var found = new List<ActionLine>();
        if (!text.Contains("action", StringComparison.OrdinalIgnoreCase))
            return found;
        foreach (Match match in ActionAfterComma().Matches(text))
        {
            var owners = match.Groups["owners"].Value;
            if (!reader.NamesPeopleOfTheAttendance(owners))
                continue;
            var sentence = Sentences.Split(text[..match.Index]).LastOrDefault()?.Trim().TrimStart(LeadGlyphs).Trim() ?? string.Empty;
            if (PersonNames.Tokens(sentence).Length < 2)
                continue;
            // "…, action Mags to check": what the owner is to do comes after the name, and the sentence says about what.
            var task = match.Groups["then"].Success ? $"{sentence} – {match.Groups["then"].Value.Trim()}" : sentence;
            found.Add(reader.ReadEntry(task, ownerField: owners));
        }

        return found;
    }

    private static readonly char[] LeadGlyphs = ['Ø', '-', '*', '•', '·', '●', '○', '▪', '➢', '►', '–'];

    // "Goal: Check status of fish tool - CB", "Goal - IQI tool - check and discuss with NRW - CB", "Goal: Discuss the pilot - RB IN CP.
    // Asked for this …": a team's notes set each task as a goal, its owners' initials after the last dash.
    [GeneratedRegex(@"^\s*(?:[-*•]\s*)?(?:\*\*)?(?:Goal|GOAL)(?:\*\*)?\s*(?::|\s[-–—]\s)\s*(?<task>\S.*?)\s+[-–—]\s+(?<owners>[A-Z]{2,4}(?:\s*[/+&,]\s*[A-Z]{2,4}|\s+[A-Z]{2,4})*)\s*(?:\.(?:\s.*)?)?$")]
    private static partial Regex GoalLine();

    // "… - CB. Asked for this to be raised. Goal: Discuss the pilot - RB IN CP": notes whose lines a converter ran together hold
    // one goal after another, each opening a sentence.
    [GeneratedRegex(@"(?<=[.!?]\s+)(?=(?:Goal|GOAL)\s*(?::|\s[-–—]\s))")]
    private static partial Regex NextGoal();

    /// <summary>The goals of a line with their owners' initials at the end, read as actions; empty when the line holds none.</summary>
    private static List<ActionLine> GoalsWithOwners(string text, ActionLineReader reader)
    {
        var found = new List<ActionLine>();
        if (!text.Contains("Goal", StringComparison.OrdinalIgnoreCase))
            return found;
        foreach (var piece in NextGoal().Split(text))
        {
            if (GoalLine().Match(piece) is not { Success: true } goal)
                continue;
            var owners = string.Join('/', goal.Groups["owners"].Value.Split([' ', '/', '+', '&', ','], StringSplitOptions.RemoveEmptyEntries));
            if (reader.IsKnownOwnerList(owners))
                found.Add(reader.ReadEntry(goal.Groups["task"].Value.Trim(), ownerField: owners));
        }

        return found;
    }

    // "**Action on SB to confirm this.**Action on everyone to look …": bold labels run on without a space after the stop,
    // which a sentence needs to end.
    [GeneratedRegex(@"(?<=[.!?](?:\*\*)?)(?=(?:\*\*)?(?:ACTIONS?|Actions?)\s)")]
    private static partial Regex LabelRunOn();

    private static string SpacedLabels(string text) =>
        text.Contains("Action", StringComparison.OrdinalIgnoreCase) ? LabelRunOn().Replace(text, " ") : text;

    // "… to their meeting [where? when?]. Action on JC to ask PWS if he can attend", "Action for the Clerk to write": the label
    // and the one it is on, opening a sentence inside a paragraph (after a stop, or a bracket closing one).
    [GeneratedRegex(@"(?<=[.!?][)\]]?\s+|[.!?]\*\*\s*)(?:\*\*)?(?:ACTION|Action)(?:\*\*)?\s+(?:on|for)\s+\S")]
    private static partial Regex ActionOnInside();

    /// <summary>The "Action on X to …" sentences inside a paragraph, after its first sentence; empty when there are none.</summary>
    private static List<ActionLine> ActionsOnSomeone(string text, ActionLineReader reader)
    {
        var found = new List<ActionLine>();
        if (!text.Contains("ction on ", StringComparison.OrdinalIgnoreCase) && !text.Contains("ction for ", StringComparison.OrdinalIgnoreCase))
            return found;
        foreach (Match label in ActionOnInside().Matches(text))
        {
            var clause = Sentences.Split(text[label.Index..]).FirstOrDefault()?.Trim() ?? string.Empty;
            if (reader.Read(clause) is { OwnersOnly: false, Owners.Count: > 0 } action)
                found.Add(action);
        }

        return found;
    }

    // "Items from last meeting:", "Matters arising from the previous meeting": a label over what became of the last meeting's business.
    [GeneratedRegex(@"^\W*(?:\d{1,2}[.)]?\s+)?(?:items?|matters?|points?|business)\s+(?:from|arising\s+from|carried\s+(?:forward|over)\s+from)\s+(?:the\s+)?(?:last|previous|prior)\s+meeting\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierItemsLabel();

    // "Action 1 – Letter sent to RMB and response received", "Action 2 – TBC": the last meeting's actions by their numbers.
    [GeneratedRegex(@"^\W*(?:ACTION|Action)\s+\d{1,3}\s*[:\-–—]\s*\S")]
    private static partial Regex NumberedActionReport();

    /// <summary>
    /// True for "Action 1 – Letter sent …" in a run of numbered actions under "Items from last meeting:": a report on what
    /// became of the last meeting's actions, not an action set at this one.
    /// </summary>
    private static bool ReportsOnEarlierAction(IReadOnlyList<TextLine> lines, int index)
    {
        if (!NumberedActionReport().IsMatch(lines[index].Text))
            return false;
        for (var j = index - 1; j >= 0 && j >= index - 20; j--)
        {
            var above = lines[j].Text.Trim();
            if (lines[j].IsBlank || above.Length == 0 || NumberedActionReport().IsMatch(above))
                continue;
            return EarlierItemsLabel().IsMatch(above);
        }

        return false;
    }
}
