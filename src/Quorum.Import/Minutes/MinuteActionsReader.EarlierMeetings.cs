using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

public static partial class MinuteActionsReader
{
    // "Previous Meetings", "Last Meeting 20200908", "Notes from prior meetings": a part of running notes that keeps the
    // earlier meetings' record below this one's.
    [GeneratedRegex(@"\b(?:previous|prior|last|earlier|past)\s+(?:meetings?|minutes|sessions?|calls?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierMeeting();

    /// <summary>
    /// True when the heading at <paramref name="index"/> stands inside a part headed as an earlier meeting ("## Previous
    /// Meetings" / "### Last Meeting" / "#### Action Items"): running notes carry each meeting's actions forward under it,
    /// and those were set before this meeting.
    /// </summary>
    private static bool UnderEarlierMeeting(IReadOnlyList<TextLine> lines, int index)
    {
        var level = lines[index].Level;
        for (var j = index - 1; j >= 0 && level > 1; j--)
        {
            if (lines[j].Kind != LineKind.Heading || lines[j].Level >= level)
                continue;
            if (EarlierMeeting().IsMatch(lines[j].Text))
                return true;
            level = lines[j].Level;
        }

        return false;
    }
}
