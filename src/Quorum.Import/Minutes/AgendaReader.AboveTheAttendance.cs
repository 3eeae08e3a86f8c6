using System.Globalization;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>The items that the attendance list, or a numbered list inside one item's minute, would otherwise hide.</summary>
public static partial class AgendaReader
{
    /// <summary>
    /// "1. CALL TO ORDER" and "2. ROLL CALL" over "Members present: …", then "3. APPROVAL OF MINUTES": the attendance list
    /// stands inside the numbering, so the items above it are looked for counting down from the first item read, to 1. An
    /// outline numbers its items "1.0", "2.0", so "1.0 ATTENDEES" over the roll is the item before "2.0 CALL TO ORDER".
    /// </summary>
    private static List<AgendaItemRange> WithItemsAboveTheAttendance(IReadOnlyList<TextLine> lines, List<AgendaItemRange> items, int attendanceStart)
    {
        if (items.Count < 2 || items[0].Number is not { } number)
            return items;
        var pointZero = number.EndsWith(".0", StringComparison.Ordinal);
        if (!int.TryParse(pointZero ? number[..^2] : number, NumberStyles.None, CultureInfo.InvariantCulture, out var first))
            return items;
        if (first >= 5 && !pointZero)
            return WithRunningCountAbove(lines, items, first, attendanceStart);
        if (first is < 2 or > 4)
            return items;
        var above = new List<AgendaItemRange>();
        var wanted = first - 1;
        var end = items[0].Start;
        for (var i = items[0].Start - 1; i >= 0 && wanted >= 1; i--)
        {
            if (lines[i].Kind is not (LineKind.Text or LineKind.Heading) || (pointZero ? SubLevel() : TopLevel()).Match(lines[i].Text.Trim()) is not { Success: true } match)
                continue;
            var title = match.Groups["t"].Value.Trim();
            title = WithoutMinute(title);
            var expected = wanted.ToString(CultureInfo.InvariantCulture) + (pointZero ? ".0" : string.Empty);
            if (match.Groups["n"].Value != expected || !IsTitle(title) || PersonNames.LooksLikeFullName(title))
                return items;
            above.Insert(0, new AgendaItemRange(match.Groups["n"].Value, CleanTitle(title), false, i, end, i + 1));
            end = i;
            wanted--;
        }

        return wanted == 0 ? [.. above, .. items] : items;
    }

    /// <summary>
    /// "2485. Police Report: …", "2486. Public Forum: …", "2487. Apologies for absence: Cllr Lee." over "2488. Declarations of
    /// interest": a council that numbers its minutes on from one meeting to the next takes the apologies after other business,
    /// so the lines the attendance reader took hold items. Counted down from the first item read, the numbers above it within
    /// the attendance are items too; a number printed twice by a slip ("2449. Public Forum", "2449. Apologies") is taken twice.
    /// Any other number there leaves the items as they were.
    /// </summary>
    private static List<AgendaItemRange> WithRunningCountAbove(IReadOnlyList<TextLine> lines, List<AgendaItemRange> items, int first, int attendanceStart)
    {
        if (attendanceStart < 0 || attendanceStart >= items[0].Start)
            return items;
        var above = new List<AgendaItemRange>();
        var wanted = first - 1;
        var end = items[0].Start;
        for (var i = items[0].Start - 1; i >= attendanceStart; i--)
        {
            if (lines[i].Kind is not (LineKind.Text or LineKind.Heading) || MinuteReference().Match(lines[i].Text.Trim()) is not { Success: true } match)
                continue;
            var number = match.Groups["n"].Value;
            var printedAgain = above.Count > 0 && number == above[0].Number;
            var title = WithoutMinute(match.Groups["t"].Value.Trim());
            if (number != wanted.ToString(CultureInfo.InvariantCulture) && !printedAgain || !IsTitle(title) || PersonNames.LooksLikeFullName(title))
                return items;
            above.Insert(0, new AgendaItemRange(number, CleanTitle(title), false, i, end, i + 1));
            end = i;
            wanted -= printedAgain ? 0 : 1;
        }

        return [.. above, .. items];
    }

    /// <summary>
    /// "APM08/03 CHAIRMAN'S REPORT" over "1. Chairman of Hants", "2. Regulatory Committee", …, then "APM08/04 FINANCE REPORT":
    /// a plain count standing wholly between two referenced minutes is a list in the first one's minute, however long, and the
    /// references, from the apologies on, are the items.
    /// </summary>
    private static bool InsideOneMinute(List<AgendaItemRange> numbered, List<AgendaItemRange> referenced) =>
        numbered.Count > 0 && referenced.Count >= 3
        && Enumerable.Range(0, referenced.Count - 1).Any(k => referenced[k].Start < numbered[0].Start && numbered[^1].Start < referenced[k + 1].Start);
}
