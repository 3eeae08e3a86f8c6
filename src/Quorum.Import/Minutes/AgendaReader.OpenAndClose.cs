using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>The items that open and close the meeting, and the clerk's note of its close, which is no item.</summary>
public static partial class AgendaReader
{
    // "Meeting adjourned at 11:25am", "9. Meeting Adjourned 10:55 a.m.", "MEETING ADJOURNED: 8:57 pm", "Closed with silence at
    // 12:25", "Alistair declared the meeting adjourned at 16:37 UTC.": the clerk's note of the time the meeting ended, numbered or
    // not, records the close; an item titled "Adjournment" or "Close" is the close on the agenda. "Closed session (6:07 pm)" is business.
    [GeneratedRegex(@"^(?:\(?[0-9]{1,2}(?:\.\d{1,2})?[.)]?\s+)?(?:(?:the\s+)?(?:meeting\s+)?(?:was\s+)?(?:adjourned|closed)(?!\s+(?:session|meeting|part|to\b))|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:declared|closed|adjourned)\s+the\s+meeting(?:\s+(?:adjourned|closed))?)\b[^\d]{0,30}?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?:\s*[ap]\.?\s?m\b\.?)?|\s*[ap]\.?\s?m\b\.?)", RegexOptions.IgnoreCase)]
    private static partial Regex NoteOfTheClose();

    private static bool RecordsTheClose(IReadOnlyList<TextLine> lines, AgendaItemRange item) =>
        item.Start >= 0 && item.Start < lines.Count && NoteOfTheClose().IsMatch(Unbolded(lines[item.Start]));

    private static string Unbolded(TextLine line) => line.Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();

    /// <summary>A title the pattern takes, alone on a line of text, a heading or a top-level entry; null for any other line.</summary>
    private static Match? TitleAlone(TextLine line, Regex titled) =>
        line.Kind is LineKind.Text or LineKind.Heading || line.Kind == LineKind.ListItem && line.Level <= 1
            ? titled.Match(Unbolded(line)) is { Success: true } title ? title : null
            : null;

    // "Adjournment", "ADJOURNMENT:", "Adjourn", "Adjournment: 09:57 (EDST)": the agenda's last item, titled alone on its line, as
    // clerks of boards and committees everywhere close their minutes.
    [GeneratedRegex(@"^(?:(?<n>[IVX]{1,4}|\d{1,2})[.)]?\s+)?(?<t>adjourn(?:ment)?(?:\s+of\s+the\s+meeting)?)\s*(?:[:.]\s*(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?\s?m\b\.?)?(?:\s*\([A-Z]{2,5}\))?)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AdjournmentTitle();

    // "AOB", "A.O.B.", "AOCB", "Any other business", "Other business": the item for business not on the agenda, titled alone on its
    // line, which closes the agenda but for the adjournment.
    [GeneratedRegex(@"^(?:(?<n>[IVX]{1,4}|\d{1,2})[.)]?\s+)?(?<t>(?:any\s+)?other\s+(?:competent\s+)?business|a\.?\s?o\.?\s?(?:c\.?\s?)?b\.?)\s*[:.?]?$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherBusinessTitle();

    /// <summary>
    /// "Other business" and "Adjournment", each over a line of minute or none, after the last item read: a reader of titles that
    /// stand over prose or bullets, or of the agenda's own list, does not take the closing items, having little or nothing below them.
    /// </summary>
    private static List<AgendaItemRange> WithClosingItemsAfter(IReadOnlyList<TextLine> lines, List<AgendaItemRange> items)
    {
        if (items.Count < 2)
            return items;
        if (!items.Any(item => OtherBusinessTitle().IsMatch(item.Title) || item.Title.Contains("adjourn", StringComparison.OrdinalIgnoreCase)))
            items = WithItemAfter(lines, items, OtherBusinessTitle());
        if (!items.Any(item => item.Title.Contains("adjourn", StringComparison.OrdinalIgnoreCase)))
            items = WithItemAfter(lines, items, AdjournmentTitle());
        return items;
    }

    private static List<AgendaItemRange> WithItemAfter(IReadOnlyList<TextLine> lines, List<AgendaItemRange> items, Regex titled)
    {
        var last = items[^1];
        for (var i = last.Start + 1; i < lines.Count; i++)
        {
            if (TitleAlone(lines[i], titled) is not { } title)
                continue;
            var number = title.Groups["n"].Success ? title.Groups["n"].Value : null;
            return [.. items[..^1], last with { End = Math.Min(last.End, i), BodyStart = Math.Min(last.BodyStart, i) }, new AgendaItemRange(number, title.Groups["t"].Value, false, i, lines.Count, i + 1)];
        }

        return items;
    }

    // "CALL TO ORDER", "Opening:", "Welcome and Introductions", "Roll call", "Call to order (Jonathan Tustin) (10:05 am)",
    // "Opening.(Starting 7:00 PM sharp)": the agenda's first item, titled alone on its line.
    [GeneratedRegex(@"^(?:(?<n>[IVX]{1,4}|\d{1,2}|[A-H])[.)]\s+)?(?<t>call\s+to\s+order|opening|welcome(?:\s+and\s+introductions)?|roll\s+call)\s*[:.]?(?:\s*\([^()]*\))*$", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningTitle();

    /// <summary>
    /// "CALL TO ORDER" over "Commissioners Present: …", then "APPROVAL OF THE CONSENT CALENDAR": the opening item holds the roll
    /// or stands just above the first item read, where the readers, starting after the attendance, do not take it.
    /// </summary>
    private static List<AgendaItemRange> WithOpeningBefore(IReadOnlyList<TextLine> lines, List<AgendaItemRange> items)
    {
        if (items.Count < 2 || items.Any(item => OpeningTitle().IsMatch(item.Title)))
            return items;
        for (var i = Math.Min(items[0].Start, lines.Count) - 1; i >= 0; i--)
        {
            if (TitleAlone(lines[i], OpeningTitle()) is not { } title)
                continue;
            var number = title.Groups["n"].Success ? title.Groups["n"].Value : null;
            return [new AgendaItemRange(number, title.Groups["t"].Value, false, i, items[0].Start, i + 1), .. items];
        }

        return items;
    }
}
