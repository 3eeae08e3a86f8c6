using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>How the minutes record their own close, apart from an item of business that closes them.</summary>
public static partial class AgendaReader
{
    // "Meeting adjourned at 11:25am", "9. Meeting Adjourned 10:55 a.m.", "MEETING ADJOURNED: 8:57 pm", "Closed with silence at
    // 12:25", "Alistair declared the meeting adjourned at 16:37 UTC.": the clerk's note of the time the meeting ended, numbered or
    // not, records the close; an item titled "Adjournment" or "Close" is the close on the agenda. "Closed session (6:07 pm)" is business.
    [GeneratedRegex(@"^(?:\(?[0-9]{1,2}(?:\.\d{1,2})?[.)]?\s+)?(?:(?:the\s+)?(?:meeting\s+)?(?:was\s+)?(?:adjourned|closed)(?!\s+(?:session|meeting|part|to\b))|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:declared|closed|adjourned)\s+the\s+meeting(?:\s+(?:adjourned|closed))?)\b[^\d]{0,30}?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?:\s*[ap]\.?\s?m\b\.?)?|\s*[ap]\.?\s?m\b\.?)", RegexOptions.IgnoreCase)]
    private static partial Regex NoteOfTheClose();

    private static bool RecordsTheClose(IReadOnlyList<TextLine> lines, AgendaItemRange item) =>
        item.Start >= 0 && item.Start < lines.Count && NoteOfTheClose().IsMatch(lines[item.Start].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim());
}
