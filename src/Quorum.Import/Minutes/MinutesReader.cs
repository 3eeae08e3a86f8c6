using System.Globalization;
using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Turns the lines of a set of minutes, from any format, into a <see cref="MinutesDraft"/>:
/// meeting details, attendance, agenda items, actions, decisions, declarations of interest,
/// motions and votes, and future meeting dates.
/// </summary>
public static partial class MinutesReader
{
    [GeneratedRegex(@"\[image:[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex ImageMarker();

    public static MinutesDraft Read(IReadOnlyList<TextLine> raw, string source)
    {
        LineMemos.StartDocument();
        var lines = TabledMinutes.Unroll(SideBySideLists.Unfold(SpacedColumns.Tabulate(FrontMatterSections.Expand(Normalise(raw)))));
        var warnings = new List<string>();
        var attendance = AttendanceReader.Read(lines);
        warnings.AddRange(attendance.Warnings);
        var monthFirst = DateText.WritesMonthFirst(lines);
        var header = MeetingHeaderReader.Read(lines, attendance.Start, monthFirst, warnings);
        var dateSource = lines.Any(l => l.Kind == LineKind.FrontMatter && l.Text.StartsWith("date", StringComparison.OrdinalIgnoreCase)) ? DateSource.FrontMatter : DateSource.Document;
        if (header.Date is null && FileNameDate(source) is { } named)
        {
            // Minutes kept in a repository are often named by their date ("2013-05-09-board.md").
            header = header with { Date = named };
            dateSource = DateSource.FileName;
            warnings.RemoveAll(w => w.StartsWith("No meeting date", StringComparison.Ordinal));
            warnings.Add("The meeting date was taken from the file name.");
        }

        var items = AgendaReader.Read(lines, attendance.Start, attendance.End);
        var actionReader = new ActionLineReader(attendance.Directory) { DefaultYear = header.Date?.Year, MonthFirst = monthFirst, MeetingDate = header.Date, Meeting = string.Join(" ", header.Title, header.Body) };
        var actions = NamesInTheText.Resolve(
            MinuteActionsReader.Read(lines, items, actionReader, warnings, attendance.End, attendance.Foot)
                .Select(a => WithTrailingStatus(a, attendance.Directory)).OfType<ActionDraft>().ToList(),
            lines,
            attendance.Directory);
        var decisions = DecisionReader.Read(lines, items, Math.Max(0, attendance.End), header.Body);
        var nextMeetings = NextMeetingReader.Read(lines, items, header.Date, monthFirst, header.Body);
        var (declarations, motions) = ConductReader.Read(lines, items, Math.Max(0, attendance.End));
        foreach (var declaration in declarations.Where(d => d.Item is null))
            warnings.Add($"{declaration.Person} declared an interest, but not in an item Quorum could place.");
        if (attendance.Present.Count == 0)
            warnings.Add("No attendance list was found.");
        if (items.Count == 0)
            warnings.Add("No agenda items were found.");

        return Provenance.Attach(new MinutesDraft
        {
            Source = source,
            Title = header.Title,
            Body = header.Body,
            MeetingDate = header.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            StartTime = header.StartTime,
            EndTime = header.EndTime,
            Venue = header.Venue,
            Attendees = attendance.Present,
            Apologies = attendance.Apologies,
            AgendaItems = items.Select(i => new AgendaItemDraft(i.Number, i.Title, i.Exempt, Minute(lines, i))).ToList(),
            Actions = actions,
            Decisions = decisions,
            Declarations = declarations,
            Motions = motions,
            NextMeetings = nextMeetings,
            Warnings = warnings,
        }, lines, dateSource);
    }

    [GeneratedRegex(@"\s*\[(?<status>new|ongoing|open|in\s+progress|carried\s+forward|closed|complete|completed|done)(?:\s+for\s+(?<owner>[^\]]+))?\]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingStatus();

    /// <summary>
    /// "Share the protocols [new for Stuart Viner]": the owner and status written after the action.
    /// An action marked closed or complete was done before this meeting and is not a new one.
    /// </summary>
    private static ActionDraft? WithTrailingStatus(ActionDraft action, PeopleDirectory directory)
    {
        var match = TrailingStatus().Match(action.Text);
        if (!match.Success)
            return action;
        var status = match.Groups["status"].Value.ToLowerInvariant();
        if (status is "closed" or "complete" or "completed" or "done")
            return null;
        var text = action.Text[..match.Index].Trim();
        var owners = action.Owners;
        if (owners.Count == 0 && match.Groups["owner"].Success)
        {
            owners = match.Groups["owner"].Value.Split([",", " and ", "&", "/"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(o => directory.Resolve(o)).ToList();
        }

        return action with { Text = text, Owners = owners };
    }

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})[-_.]?(?<m>0[1-9]|1[0-2])[-_.]?(?<d>0[1-9]|[12]\d|3[01])(?!\d)")]
    private static partial Regex IsoDateInName();

    private static DateOnly? FileNameDate(string source)
    {
        var name = Path.GetFileNameWithoutExtension(source);
        var match = IsoDateInName().Match(name);
        if (!match.Success)
            return null;
        return DateOnly.TryParseExact($"{match.Groups["y"].Value}-{match.Groups["m"].Value}-{match.Groups["d"].Value}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static List<TextLine> Normalise(IReadOnlyList<TextLine> raw)
    {
        var lines = new List<TextLine>(raw.Count);
        foreach (var line in raw.Take(ImportLimits.MaxLines))
        {
            if (line.Kind == LineKind.Blank)
            {
                lines.Add(line);
                continue;
            }

            var text = ImageMarker().Replace(line.Text, string.Empty).Replace("**", string.Empty, StringComparison.Ordinal).Trim().TrimEnd('\\').Trim();
            if (text.Length > ImportLimits.MaxLineChars)
                text = text[..ImportLimits.MaxLineChars];
            lines.Add(text.Length == 0 && line.Kind != LineKind.TableRow ? TextLine.Blank : line with { Text = text });
        }

        return lines;
    }

    private static string? Minute(List<TextLine> lines, AgendaItemRange item)
    {
        var parts = new List<string>();
        var length = 0;
        for (var i = item.BodyStart; i < item.End && i < lines.Count && length < 4000; i++)
        {
            if (lines[i].IsBlank)
                continue;
            parts.Add(lines[i].Kind == LineKind.ListItem ? $"- {lines[i].Text}" : lines[i].Text);
            length += lines[i].Text.Length;
        }

        return parts.Count == 0 ? null : string.Join('\n', parts);
    }
}
