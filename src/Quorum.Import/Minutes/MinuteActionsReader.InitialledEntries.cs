using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

public static partial class MinuteActionsReader
{
    // "JKW - Contact Jess for the old flyer template", "All signatories - Complete the training": an entry of an action list
    // that opens with its owner's initials, or everyone of a kind, and a dash.
    [GeneratedRegex(@"(?<=^|\s)(?<who>[A-Z]{2,4}|(?<all>All|Everyone)(?:\s+\p{Ll}+)?)\s+[-–]\s+(?=\S)")]
    private static partial Regex InitialsAndDash();

    /// <summary>
    /// "JKW - Ask Adam about the signup link JKW - Contact Jess for the flyer template LB - Redesign the flyer": the entries of
    /// an action list led by the initials of people of the attendance, one a line, which a PDF runs into one paragraph. Each
    /// owner's initials start an entry of its own. Empty unless the paragraph opens with such an entry.
    /// </summary>
    private static List<ActionLine> InitialledEntries(string text, ActionLineReader reader)
    {
        var starts = InitialsAndDash().Matches(text).Where(m => m.Groups["all"].Success || reader.NamesPeopleOfTheAttendance(m.Groups["who"].Value)).Select(m => m.Index).ToList();
        if (starts is not [0, ..])
            return [];
        var entries = new List<ActionLine>();
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : text.Length;
            if (reader.ReadEntry(text[starts[k]..end].Trim()) is not { Owners.Count: > 0, OwnersOnly: false } entry)
                return [];
            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>
    /// "New flyers / stickers" or "Power grid expansion" straight over "JKW - Contact Jess …": a short line with no stop of its
    /// own, inside an action list, that titles the group of initialled entries under it rather than ending the list.
    /// </summary>
    private static bool TitlesInitialledEntries(IReadOnlyList<TextLine> lines, int index, string text, ActionLineReader reader) =>
        PersonNames.Tokens(text).Length <= 10 && !text.EndsWith('.') && index + 1 < lines.Count && lines[index + 1].Kind == LineKind.Text
        && InitialledEntries(lines[index + 1].Text.Trim(), reader).Count > 0;

    /// <summary>The last of the bullets nested straight under an entry ("- Deadline: End of July"), which detail it and set nothing.</summary>
    private static int DetailsUnder(IReadOnlyList<TextLine> lines, int index)
    {
        var last = index;
        while (last + 1 < lines.Count && lines[last + 1].Kind == LineKind.ListItem && lines[last + 1].Level >= 1)
            last++;
        return last;
    }
}
