using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

public static partial class MinuteActionsReader
{
    // "ONGOING", "Done", "Started, nearly complete", "No progress": where an earlier action stands, written under or after it.
    [GeneratedRegex(@"^\W*(?:ongoing|on-going|open|closed|complete|completed|done|finished|started|in\s+progress|pending|carried\s+(?:forward|over)|no\s+progress|not\s+started|mostly\s+complete|superseded|withdrawn|cancelled|dropped)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierActionStatus();

    /// <summary>
    /// A review of earlier actions lists them as its entries, each with where it stands ("ACTION Bob: Ask for a debit
    /// card" over "ONGOING"); those are old. A labelled action nested under an entry ("Website" / "Bob reported …" /
    /// "AI: Ask the hall for a quote") comes out of going through it at this meeting, and is new, unless it too is given
    /// a status. Null for anything else in the review.
    /// </summary>
    private static ActionLine? ArisingInReview(IReadOnlyList<TextLine> lines, int index, string text, ActionLineReader reader)
    {
        var line = lines[index];
        if (line.Kind != LineKind.ListItem || line.Level < 2 || !ActionLineReader.IsLabelled(text) || StatusUnder(lines, index))
            return null;
        return reader.Read(text) is { OwnersOnly: false } action && action.Text.Length > 0 && !EarlierActionStatus().IsMatch(action.Text) ? action : null;
    }

    /// <summary>True when the entry nested directly under the list entry at <paramref name="index"/> is a status ("ONGOING", "Done").</summary>
    private static bool StatusUnder(IReadOnlyList<TextLine> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (lines[j].IsBlank)
                continue;
            return lines[j].Kind == LineKind.ListItem && lines[j].Level > lines[index].Level
                && EarlierActionStatus().IsMatch(lines[j].Text.Replace("**", string.Empty, StringComparison.Ordinal));
        }

        return false;
    }
}
