using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Collects the explicit actions of a set of minutes: lines labelled "Action", groups of
/// reference-led lines after an "Actions" label, "Action items" lists and action tables.
/// Reviews of earlier actions (matters arising, "Actions of the previous meeting") are not new actions.
/// </summary>
public static partial class MinuteActionsReader
{
    private static readonly HashSet<string> DanglingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "to", "of", "and", "a", "an", "from", "with", "for", "on", "in", "by", "at", "or", "re",
    };

    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2})*[.):]?(?:\s|$)")]
    private static partial Regex NumberedLine();

    public static List<ActionDraft> Read(IReadOnlyList<TextLine> lines, IReadOnlyList<AgendaItemRange> items, ActionLineReader reader, List<string> warnings)
    {
        var actions = new List<ActionDraft>();
        var inSection = false;
        var sectionLevel = 0;
        var groupOpen = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text.Trim();
            var item = DecisionReader.ItemAt(items, i)?.Number;
            if (line.IsBlank)
                continue;
            if (line.Kind == LineKind.TableRow)
            {
                i = ReadTable(lines, i, reader, actions, item);
                groupOpen = false;
                continue;
            }

            if (line.Kind is LineKind.Heading or LineKind.Text && Labels.IsActionSection(text))
            {
                inSection = !Labels.IsReview(text);
                sectionLevel = line.Kind == LineKind.Heading ? line.Level : 0;
                groupOpen = false;
                continue;
            }

            if (inSection && (line.Kind == LineKind.Heading && (sectionLevel == 0 || line.Level <= sectionLevel) || NumberedLine().IsMatch(text) && line.Kind != LineKind.ListItem))
                inSection = false;

            if (ActionLineReader.IsLabelled(text))
            {
                var (body, consumed) = WithContinuation(lines, i, text);
                var action = reader.Read(body);
                if (action is not null)
                {
                    AddAction(actions, FillBareOwners(action, lines, i, body), item, warnings);
                    i = consumed;
                    groupOpen = true;
                    continue;
                }
            }

            if (groupOpen && reader.ReadReferenceLed(text) is not null)
            {
                var (body, consumed) = WithContinuation(lines, i, text);
                AddAction(actions, reader.ReadReferenceLed(body)!, item, warnings);
                i = consumed;
                continue;
            }

            groupOpen = false;
            if (inSection && line.Kind is LineKind.ListItem && line.Level <= 1 && text.Length > 0)
                AddAction(actions, reader.ReadEntry(text), item, warnings);
        }

        return actions;
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

    /// <summary>"Action: SH" after a sentence: the sentence is the action, SH its owner.</summary>
    private static ActionLine FillBareOwners(ActionLine action, IReadOnlyList<TextLine> lines, int index, string body)
    {
        if (!action.OwnersOnly)
            return action;
        var rest = body[(body.IndexOf(':') + 1)..].Trim();
        var allInitials = rest.Length > 0 && Regex.Split(rest, @"\s*[,/&]\s*|\s+and\s+").All(PersonNames.LooksLikeInitials);
        if (!allInitials)
            return action;
        for (var j = index - 1; j >= 0 && j >= index - 6; j--)
        {
            if (lines[j].IsBlank || lines[j].Kind is LineKind.Heading or LineKind.TableRow)
                continue;
            var sentence = Sentences.Split(lines[j].Text.Trim()).LastOrDefault();
            if (sentence is not null)
                return action with { Text = sentence, OwnersOnly = false };
            break;
        }

        return action;
    }

    private static void AddAction(List<ActionDraft> actions, ActionLine action, string? item, List<string> warnings)
    {
        if (action.Text.Length == 0 && action.Owners.Count == 0)
            return;
        actions.Add(new ActionDraft(action.Reference, action.Owners, action.Text, action.Due, item));
        if (action.Owners.Count == 0)
            warnings.Add($"Action {action.Reference ?? $"'{Shorten(action.Text)}'"} names no owner.");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>Reads an action table (columns such as No. / Detail / Resp. / Due); returns the index of its last row.</summary>
    private static int ReadTable(IReadOnlyList<TextLine> lines, int index, ActionLineReader reader, List<ActionDraft> actions, string? item)
    {
        var end = index;
        while (end + 1 < lines.Count && lines[end + 1].Kind == LineKind.TableRow)
            end++;
        for (var h = index; h <= end && h < index + 3; h++)
        {
            var columns = lines[h].Cells!.Select(HeaderKey).ToList();
            var text = columns.FindIndex(c => c is "detail" or "details" or "description" or "action" or "actions" or "task" or "what" or "actionrequired");
            var owner = columns.FindIndex(c => c is "resp" or "res" or "owner" or "owners" or "who" or "by" or "responsible" or "responsibility" or "lead" or "assignedto" or "actionby" or "person" or "byWhom" or "bywhom");
            if (text < 0 || owner < 0)
                continue;
            if (IsReviewTable(lines, index))
                return end;
            var reference = columns.FindIndex(c => c is "no" or "ref" or "reference" or "item" or "number" or "id" or "actionno" or "actionref" or "");
            var due = columns.FindIndex(c => c is "due" or "deadline" or "date" or "bywhen" or "target" or "targetdate" or "duedate" or "when");
            for (var r = h + 1; r <= end; r++)
            {
                var cells = lines[r].Cells!;
                string Cell(int i) => i >= 0 && i < cells.Count ? cells[i].Trim() : string.Empty;
                if (Cell(text).Length == 0 || cells.All(c => c.Trim().Trim('-', ':').Length == 0))
                    continue;
                var read = reader.ReadEntry(Cell(text), Cell(reference).Length > 0 && reference != text ? Cell(reference) : null, Cell(owner));
                var dueDate = due >= 0 ? DateText.FindAll(Cell(due), reader.DefaultYear, includeMonthOnly: true).FirstOrDefault()?.Iso : read.Due;
                actions.Add(new ActionDraft(read.Reference, read.Owners, read.Text, dueDate, item));
            }

            return end;
        }

        return end;
    }

    private static string HeaderKey(string cell) => new(cell.ToLowerInvariant().Where(char.IsLetter).ToArray());

    private static bool IsReviewTable(IReadOnlyList<TextLine> lines, int index)
    {
        for (var j = index - 1; j >= 0 && j >= index - 8; j--)
        {
            if (lines[j].IsBlank)
                continue;
            return Labels.IsReview(lines[j].Text);
        }

        return false;
    }
}
