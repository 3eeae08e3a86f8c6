using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

public static partial class MinuteActionsReader
{
    /// <summary>Where the task and the owner stand in an action table's header.</summary>
    private sealed record StackedColumns(int Text, int Owner);

    // "Enter deadline here", "Click or tap to enter a date.": a template's placeholder left in a cell.
    [GeneratedRegex(@"^(?:enter|click|tap|type|add|insert|select)\b.*\b(?:here|date|text)\b\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceholderCell();

    // "On Agenda", "Ongoing", "Complete": the state of a row, in a status column.
    [GeneratedRegex(@"^(?:on\s+(?:the\s+)?agenda|ongoing|on-going|open|closed|complete|completed|done|in\s+progress|pending)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusCell();

    [GeneratedRegex(@"\bpage\s+\d+\s+of\s+\d+\b", RegexOptions.IgnoreCase)]
    private static partial Regex PageFooter();

    /// <summary>The task and owner columns of an action table's header ("Who | What | Status", "Action items | Person responsible | Deadline").</summary>
    private static StackedColumns? StackedHeader(string text, bool underActionLabel)
    {
        if (AlignedHeader(text, underActionLabel) is { } aligned)
            return new StackedColumns(aligned.Text, aligned.Owner);
        return TabbedHeader(text, underActionLabel) is { } tabbed ? new StackedColumns(tabbed.Text, tabbed.Owner) : null;
    }

    /// <summary>
    /// An action table a PDF prints out of step: the header, a blank line, then rows whose cells no longer share a line.
    /// "Who | What" tables set the owner once, left of the first of its tasks ("Watson | - Website training" over
    /// "- Portincaple bins"), or on a line of its own above them: each task belongs to the owner above it. Where the
    /// owner column stands right of the task ("Action items | Person responsible | Deadline"), each name is printed a
    /// little above or beside its row, and the names and tasks keep their order: the tasks take the names in turn.
    /// Bullet marks, due dates, a template's "Enter deadline here" and statuses are no part of a row. The table ends at
    /// a line no row could be: a label, a numbered item, a page footer, a sentence where no owner waits.
    /// Returns the last line read, or <paramref name="index"/> when no row was.
    /// </summary>
    private static int ReadStackedRows(IReadOnlyList<TextLine> lines, int index, StackedColumns columns, ActionLineReader reader, List<ActionDraft>? actions, string? item)
    {
        var ownerFirst = columns.Owner < columns.Text;
        var rows = new List<(string Text, string? Owner)>();
        var waiting = new Queue<string>();
        string? current = null;
        var last = index;
        for (var j = index + 1; j < lines.Count; j++)
        {
            var line = lines[j];
            if (line.IsBlank)
                continue;
            var text = line.Text.Trim();
            if (line.Kind is not (LineKind.Text or LineKind.ListItem) || EndsStackedTable(text))
                break;
            var cells = line.Text.Split('\t', StringSplitOptions.TrimEntries)
                .Select(c => c.Trim('\u200B', ' ', '-', '–', '•', '·'))
                .Where(c => c.Length > 0 && !PlaceholderCell().IsMatch(c) && !StatusCell().IsMatch(c) && !(WhenCell().IsMatch(c) && c.Length < 20))
                .ToList();
            if (cells.Count == 0)
            {
                last = j;
                continue;
            }

            var tabbed = text.Contains('\t', StringComparison.Ordinal);
            if (cells.Count == 1 && IsStackedOwner(cells[0], reader))
            {
                if (ownerFirst)
                    current = cells[0];
                else
                    waiting.Enqueue(cells[0]);
                last = j;
                continue;
            }

            // "Residents Committee - Email the councillor for confirmation of" over "meeting dates.": a wrapped cell.
            if (rows.Count > 0 && cells.Count == 1 && char.IsLower(cells[0][0]))
            {
                rows[^1] = ($"{rows[^1].Text} {cells[0]}", rows[^1].Owner);
                last = j;
                continue;
            }

            string task;
            if (ownerFirst)
            {
                if (cells.Count > 1 && IsStackedOwner(cells[0], reader))
                {
                    current = cells[0];
                    cells.RemoveAt(0);
                }
                else if (!tabbed)
                {
                    break;
                }

                task = cells[0];
                rows.Add((task, current));
            }
            else
            {
                foreach (var owner in cells.Skip(1).Where(c => IsStackedOwner(c, reader)))
                    waiting.Enqueue(owner);
                if (!tabbed && waiting.Count == 0)
                    break;
                task = cells[0];
                rows.Add((task, waiting.Count > 0 ? waiting.Dequeue() : null));
            }

            last = j;
        }

        if (rows.Count == 0)
            return index;
        if (actions is null)
            return last;
        foreach (var (text, owner) in rows)
        {
            if (IsNothing(text) || PersonNames.Tokens(text).Length > 40)
                continue;
            var read = owner is null ? reader.ReadEntry(text) : reader.ReadEntry(text, null, owner);
            var earlier = actions.FindIndex(a => ListsAgain(read, a));
            if (earlier >= 0)
            {
                // The minute set it and named no owner; the table says who.
                if (actions[earlier].Owners.Count == 0)
                    actions[earlier] = actions[earlier] with { Owners = read.Owners };
                continue;
            }

            actions.Add(new ActionDraft(read.Reference, read.Owners, read.Text, read.Due, item));
        }

        return last;
    }

    private static readonly HashSet<string> CommonStems = new(StringComparer.Ordinal)
    {
        "from", "with", "that", "this", "will", "have", "been", "were", "they", "what", "when", "rega", "abou", "into", "thei",
        "ther", "whic", "next", "upda", "meet",
    };

    /// <summary>
    /// True when a row of a closing action table lists again an action the minutes set above it ("Mary | Contact Live
    /// Argyll regarding plans" after "ACTION: Mary to contact Live Argyll – plans, timescales"): the same owner, or none
    /// named above, and at least two of the same words (a word's first four letters, so "costs" and "cost", "refurbishment"
    /// and "refurbishing" agree), leaving out words any action uses.
    /// </summary>
    private static bool ListsAgain(ActionLine row, ActionDraft earlier)
    {
        if (earlier.Owners.Count > 0 && !earlier.Owners.Select(PersonNames.Key).Order().SequenceEqual(row.Owners.Select(PersonNames.Key).Order()))
            return false;
        static HashSet<string> Stems(string text) => Regex.Split(text.ToLowerInvariant(), @"[^\p{L}\d]+")
            .Where(w => w.Length >= 4).Select(w => w[..4]).Where(w => !CommonStems.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return Stems(row.Text).Intersect(Stems(earlier.Text)).Count() >= 2;
    }

    /// <summary>A line that ends a table: a label ("Agenda item:", "Discussion:"), a numbered item, a page's footer or number, "[End of Minutes]".</summary>
    private static bool EndsStackedTable(string text) =>
        text.EndsWith(':') || text.Split('\t').Any(c => c.Trim().EndsWith(':')) || NumberedLine().IsMatch(text) || PageFooter().IsMatch(text)
        || text.StartsWith('[') || text.All(char.IsDigit) || PersonNames.Tokens(text).Length > 60;

    /// <summary>
    /// A cell that is a name: people the document makes known ("Watson", "Dorian", "GCC"), or one capitalised word
    /// alone in its cell, as an owner column holds a first name the attendance may spell otherwise ("Jac" for Jack).
    /// </summary>
    private static bool IsStackedOwner(string cell, ActionLineReader reader)
    {
        var tokens = PersonNames.Tokens(cell);
        if (tokens.Length is 0 or > 4 || cell.EndsWith('.') || !char.IsUpper(cell[0]))
            return false;
        if (reader.NamesAttendees(cell) || tokens.Length <= 2 && reader.IsKnownOwnerList(cell))
            return true;
        return tokens.Length == 1 && cell.Length <= 12 && cell.All(char.IsLetter);
    }
}
