using System.Text.RegularExpressions;

namespace Quorum.Import.Minutes;

public static partial class MinuteActionsReader
{
    // "Will cut a cheque to the workshop, Todd takes action item", "Dave takes action item to send", "Mr. Lee took it as an
    // action item to resolve this by Friday", "The group took an action to consult …": notes that say someone took on an
    // action item, after the matter or in a sentence of its own. "The Board took action to approve …" (no article, no
    // "item") is how a board records a vote, not a task.
    [GeneratedRegex(@"(?:^|[,;]\s*)(?<owner>(?i:the\s+(?:group|team|committee|board|members|meeting))|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+(?:takes|took|has\s+taken|will\s+take)\s+(?:up\s+)?(?:(?:it|this)\s+as\s+)?(?:(?:an|the|this)\s+action(?:\s+items?)?|action\s+items?)(?:\s+to\s+(?<task>[^.;]+?))?\s*[.;]?\s*$")]
    private static partial Regex TakesActionItem();

    // "There was an action for all interested participants to find out …": the action given in a sentence, owners after "for".
    [GeneratedRegex(@"^there\s+(?:was|is)\s+an\s+action\s+(?:for|on)\s+(?<owner>[^.;]{2,60}?)\s+to\s+(?<task>[^.;]+?)\s*[.;]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionGivenTo();

    [GeneratedRegex(@"^(?:Mr|Mrs|Ms|Dr)\.?\s+")]
    private static partial Regex Honorific();

    /// <summary>
    /// The actions a line of notes records as taken on by someone ("…, Margarete takes action item to assemble"). Where the
    /// words after "to" are only a verb or two, the matter before the owner says what it acts on, and both are kept.
    /// Empty when the line records none.
    /// </summary>
    private static List<ActionLine> TakenOn(string text, ActionLineReader reader)
    {
        var taken = new List<ActionLine>();
        var previous = string.Empty;
        foreach (var sentence in Sentences.Split(text.Replace("**", string.Empty, StringComparison.Ordinal)))
        {
            var clause = sentence.Trim().TrimStart('-', '*', '•').Trim();
            var before = previous;
            previous = clause;
            if (ActionGivenTo().Match(clause) is { Success: true } given)
            {
                taken.Add(reader.ReadEntry(given.Groups["task"].Value.Trim(), null, given.Groups["owner"].Value.Trim()));
                continue;
            }

            if (TakesActionItem().Match(clause) is not { Success: true } takes)
                continue;
            var owner = takes.Groups["owner"].Value.Trim();
            // "Mr. Mertic": the surname of a person of the attendance owns it, as the attendance names him.
            if (Honorific().Match(owner) is { Success: true } title && reader.ResolvesOwnerList(owner[title.Length..]))
                owner = owner[title.Length..];
            // "What does the lawyer hold of our money? Margarete takes action item to track down": the question before is the matter.
            var matter = clause[..takes.Index].Trim().TrimEnd(',', ';').Trim();
            if (matter.Length == 0)
                matter = before.TrimEnd('?', '.', ' ');
            var task = takes.Groups["task"].Success ? takes.Groups["task"].Value.Trim() : string.Empty;
            var what = task.Length == 0 ? matter
                : PersonNames.Tokens(task).Length <= 2 && matter.Length > 0 ? $"{task}: {matter}"
                : task;
            if (what.Length > 0)
                taken.Add(reader.ReadEntry(what, null, owner));
        }

        return taken;
    }
}
