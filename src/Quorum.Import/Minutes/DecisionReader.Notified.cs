using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>The planning authority's decisions, and the responses sent between meetings, that a clerk lists for the council's information.</summary>
public static partial class DecisionReader
{
    // "Decisions Made (September 6th - November 6th)", "Decisions Pending", "Decisions New and Pending", "Planning decisions received":
    // a parish clerk's label over the applications the planning authority has decided or has yet to decide, each with the response
    // the council sent earlier and the authority's verdict ("F.22339/003 Conservatory to Rear No Objection Permission").
    [GeneratedRegex(@"^(?:planning\s+)?decisions\s+(?:made|pending|received|notified|issued|(?:new\s+and|made\s+and)\s+pending|awaited)\b(?:\s*\([^()]{0,60}\))?\s*[:.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthoritysDecisionsLabel();

    // "Current planning applications", "New applications", "To discuss current applications": what is before this meeting, which it answers.
    [GeneratedRegex(@"^(?:to\s+(?:discuss|consider)\s+)?(?:new|current)\s+(?:planning\s+)?applications?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ApplicationsBeforeTheMeeting();

    /// <summary>
    /// True when line <paramref name="index"/> is the label over the authority's decisions or a line of the list under it, which
    /// records nothing this meeting decided. The list runs to the end of its agenda item, a heading, or a label over the
    /// applications before the meeting; a line in it that says the council agreed or resolved something is read as usual.
    /// </summary>
    private static bool AuthoritysDecisionsAt(IReadOnlyList<TextLine> lines, int index, IReadOnlyList<AgendaItemRange> items, ref AgendaItemRange? list)
    {
        var line = lines[index];
        if (line.IsBlank)
            return false;
        var text = line.Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
        if (line.Kind is LineKind.Text or LineKind.ListItem or LineKind.Heading && AuthoritysDecisionsLabel().IsMatch(text) && ItemAt(items, index) is { } item)
        {
            list = item;
            return true;
        }

        if (list is null)
            return false;
        if (ItemAt(items, index) != list || line.Kind == LineKind.Heading || ApplicationsBeforeTheMeeting().IsMatch(text))
        {
            list = null;
            return false;
        }

        return !(SaysCouncilDecided(text) || UsesDecisionWords(text));
    }
}
