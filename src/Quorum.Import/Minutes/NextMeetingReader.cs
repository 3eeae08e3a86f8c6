using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Finds the firm dates of the body's future meetings: in a "Next meeting" / "Dates of future
/// meetings" item or heading, or a "Next meeting:" line. Tentative dates and other events are left out.
/// </summary>
public static partial class NextMeetingReader
{
    [GeneratedRegex(@"\b(?:next|future|further|forthcoming)\s+meetings?\b|\bmeeting\s+dates\b|\bdates?\s+of\s+(?:the\s+)?(?:next|future)\b|\bschedule\s+of\s+meetings\b", RegexOptions.IgnoreCase)]
    private static partial Regex SectionTitle();

    [GeneratedRegex(@"^(?:date\s+of\s+)?(?:the\s+)?next\s+meeting(?:\s+date)?s?\s*(?:will\s+be|is)?\s*[:\-–]?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex InlineLabel();

    [GeneratedRegex(@"\b(?:tbc|tbd|to\s+be\s+(?:confirmed|agreed|decided|determined)|tentative(?:ly)?|provisional(?:ly)?|possibly|perhaps|pencilled|maybe)\b|\?", RegexOptions.IgnoreCase)]
    private static partial Regex Tentative();

    [GeneratedRegex(@"\b(?:workshop|conference|seminar|dinner|training|webinar|event|summit|festival|launch|deadline|survey)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherEvent();

    [GeneratedRegex(@"^appendix\b", RegexOptions.IgnoreCase)]
    private static partial Regex Appendix();

    public static List<string> Read(IReadOnlyList<TextLine> lines, IReadOnlyList<AgendaItemRange> items, DateOnly? meetingDate)
    {
        var found = new List<DateOnly>();
        foreach (var item in items.Where(i => SectionTitle().IsMatch(i.Title)))
            Collect(lines, item.BodyStart, item.End, DateText.FindYear(item.Title), meetingDate, found);

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Heading && SectionTitle().IsMatch(line.Text) && !items.Any(item => item.Start == i))
            {
                var end = i + 1;
                while (end < lines.Count && lines[end].Kind != LineKind.Heading)
                    end++;
                Collect(lines, i + 1, end, DateText.FindYear(line.Text), meetingDate, found);
            }
            else if (line.Kind is LineKind.Text or LineKind.ListItem && InlineLabel().Match(line.Text.Trim()) is { Success: true } label
                && label.Groups["rest"].Value.Length > 0)
            {
                Collect([new TextLine(label.Groups["rest"].Value)], 0, 1, null, meetingDate, found);
            }
        }

        return found.Distinct().Order().Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    private static void Collect(IReadOnlyList<TextLine> lines, int start, int end, int? sectionYear, DateOnly? meetingDate, List<DateOnly> found)
    {
        var year = sectionYear ?? meetingDate?.Year;
        for (var i = start; i < end && i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (lines[i].IsBlank)
                continue;
            if (Appendix().IsMatch(text.Trim()) || lines[i].Kind == LineKind.Heading && i > start)
                break;
            if (Tentative().IsMatch(text) || (OtherEvent().IsMatch(text) && !text.Contains("meeting", StringComparison.OrdinalIgnoreCase)))
                continue;
            foreach (var mention in DateText.FindAll(text, year))
            {
                if (mention.Date is not { } date)
                    continue;
                if (!mention.HasYear && meetingDate is { } held && date < held && sectionYear is null)
                    date = date.AddYears(1);
                if (meetingDate is { } meeting && date <= meeting)
                    continue;
                found.Add(date);
            }
        }
    }
}
