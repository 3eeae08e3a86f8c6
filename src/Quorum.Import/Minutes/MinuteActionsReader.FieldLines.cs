using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

public static partial class MinuteActionsReader
{
    // "Owner: R. Bright", "Lead – Director of Finance", "Due: 30 September 2023", "Deadline: end of May": the fields trusts,
    // panels and charities write on lines of their own under an action, one a line, named as an action table names its
    // columns (ActionColumns).
    [GeneratedRegex(@"^(?:\*\*)?(?<field>\p{L}[\p{L} ]{1,23}?)(?:\*\*)?\s*[:\-–—]\s*(?:\*\*)?\s*(?<value>\S.*)$")]
    private static partial Regex FieldLine();

    /// <summary>
    /// An action with the "Owner:" and "Due:" lines straight under it: the owner line names who holds the task even where the
    /// action's own sentence names a post ("The Chief Executive to circulate …" over "Owner: R. Bright"); the due line gives
    /// its deadline. Returns the action as it stands and its own line when no such lines follow.
    /// </summary>
    private static (ActionLine Action, int LastLine) WithFieldLines(ActionLine action, IReadOnlyList<TextLine> lines, int index, ActionLineReader reader)
    {
        var last = index;
        var result = action;
        for (var j = index + 1; j < lines.Count && j <= index + 3; j++)
        {
            if (lines[j].Kind is not (LineKind.Text or LineKind.ListItem))
                break;
            var field = FieldLine().Match(lines[j].Text.Trim().TrimStart('-', '*', '•', ' '));
            var name = field.Success ? ActionColumns.Key(field.Groups["field"].Value) : string.Empty;
            // A bare "Date:" under an action may be when it was raised; "By:" alone may be who or when.
            var due = name is not ("date" or "by") && ActionColumns.NamesDue(name);
            if (!due && !(name != "by" && ActionColumns.NamesOwner(name)))
                break;
            var value = field.Groups["value"].Value.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
            if (due)
            {
                if (DateText.FindAll(value, reader.DefaultYear, includeMonthOnly: true, reader.MonthFirst).FirstOrDefault() is { } when)
                    result = result with { Due = when.Iso };
            }
            else if (reader.ReadEntry(result.Text, result.Reference, value) is { Owners.Count: > 0 } owned)
            {
                result = result with { Owners = owned.Owners, OwnersOnly = false };
            }

            last = j;
        }

        return (result, last);
    }
}
