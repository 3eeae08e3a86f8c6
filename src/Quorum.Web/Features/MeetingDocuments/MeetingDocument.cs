using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Conduct;
using Quorum.Data;
using Quorum.Import;
using Quorum.Import.Text;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.Web.Features.Conduct;
using Quorum.Web.Features.Meetings;
using Quorum.Web.Features.Shared;
using Quorum.Web.Features.Shared.Exports;
using DocumentBlock = Quorum.Web.Features.Shared.Exports.DocumentBlock;

namespace Quorum.Web.Features.MeetingDocuments;

/// <summary>
/// A meeting's agenda pack and minutes as documents, built from what the database's current viewer
/// may see: the public versions are read as an anonymous visitor (exempt items are only their
/// notice), the members' version as the member, marked NOT FOR PUBLICATION on every page.
/// </summary>
public static class MeetingDocument
{
    /// <summary>How much of one paper's text goes into a pack; the rest is a download away.</summary>
    private const int MaxPaperLines = 2000;

    /// <summary>The agenda, then the list of papers, then each paper's text where it can be read.</summary>
    public static async Task<DocumentContent?> AgendaPackAsync(QuorumDb db, IPaperStore store, int meetingId, bool forMembers, CancellationToken cancellationToken)
    {
        var meeting = await db.LoadWholeAsync(meetingId);
        if (meeting is null)
            return null;
        var withheld = await WithheldItems.ForMeetingAsync(db, meetingId, cancellationToken);
        var papers = await db.Papers.AsNoTracking().Include(p => p.Versions).Include(p => p.AgendaItem)
            .Where(p => p.MeetingId == meetingId)
            .ToListAsync(cancellationToken);
        papers = [.. papers.OrderBy(p => p.AgendaItem?.Number ?? "", AgendaNumberOrder.Instance).ThenBy(p => p.Title)];

        var blocks = new List<DocumentBlock> { new HeadingBlock(1, $"Agenda: {meeting.DisplayTitle}") };
        blocks.AddRange(Particulars(meeting));
        blocks.Add(new HeadingBlock(2, "Agenda"));
        foreach (var (item, notice) in AgendaAsRead(meeting, withheld))
        {
            if (notice is not null)
            {
                blocks.Add(new ItemBlock(notice.Number.Contains('.', StringComparison.Ordinal) ? 1 : 0, notice.Number, "Exempt item"));
                blocks.Add(new TextBlock(Notice(notice), IsNotice: true));
                continue;
            }

            blocks.Add(new ItemBlock(item!.ParentId is null ? 0 : 1, item.Number, item.Title));
            if (item.Exemption is { } exemption)
                blocks.Add(new TextBlock($"Exempt from publication under {new WithheldItem(item.Number, exemption.Ground).GroundLabel}.", IsNotice: true));
            if (item.Presenters.Count > 0)
                blocks.Add(new TextBlock($"Presented by {string.Join(", ", item.Presenters.Select(p => p.FullName))}"));
            foreach (var paper in papers.Where(p => p.AgendaItemId == item.Id))
                blocks.Add(new BulletBlock($"Paper: {paper.Title} ({paper.MarkingLabel})"));
        }

        blocks.Add(new HeadingBlock(2, "Papers"));
        if (papers.Count == 0)
            blocks.Add(new TextBlock("There are no papers for this meeting."));
        else
            blocks.Add(new TableBlock(["Item", "Paper", "Marking", "File"],
                [.. papers.Select(p => (IReadOnlyList<string>)[p.AgendaItem?.Number ?? "Meeting", p.Title, p.MarkingLabel, p.Latest?.FileName ?? "No file"])], [1, 4, 2, 3]));

        foreach (var paper in papers)
        {
            blocks.Add(new HeadingBlock(2, $"Paper: {paper.Title}"));
            blocks.Add(new TextBlock($"{paper.MarkingLabel}{(paper.AgendaItem is { } i ? $" · item {i.Number}" : "")}{(paper.Author is null ? "" : $" · {paper.Author}")}"));
            blocks.Add(await PaperAsync(store, paper, cancellationToken));
        }

        var marking = forMembers ? MarkingFor(meeting, papers) : null;
        return new DocumentContent($"Agenda: {meeting.DisplayTitle}, {Display.Date(meeting.Date)}", marking, blocks);
    }

    /// <summary>Attendance, each item with its minute and decisions, then the actions table.</summary>
    public static async Task<DocumentContent?> MinutesAsync(QuorumDb db, int meetingId, bool forMembers, CancellationToken cancellationToken)
    {
        var meeting = await db.LoadWholeAsync(meetingId);
        if (meeting is null || meeting.MinutesState == MinutesState.None)
            return null;
        // The public see minutes once they are published; the filter leaves earlier ones empty.
        if (!forMembers && meeting.MinutesState != MinutesState.Published)
            return null;
        var withheld = await WithheldItems.ForMeetingAsync(db, meetingId, cancellationToken);
        var decisions = (await db.Decisions.AsNoTracking().Where(d => d.MeetingId == meetingId).OrderBy(d => d.Number).ToListAsync(cancellationToken))
            .ToLookup(d => d.AgendaItemId);
        var actions = await db.Actions.AsNoTracking().Include(a => a.Owners).Include(a => a.AgendaItem)
            .Where(a => a.MeetingId == meetingId).OrderBy(a => a.Sequence).ToListAsync(cancellationToken);
        var papers = forMembers ? await db.Papers.AsNoTracking().Where(p => p.MeetingId == meetingId).ToListAsync(cancellationToken) : [];
        // Read through the viewer's filter: a withheld item's declarations and motions are not read at all.
        var conduct = await ConductMinutes.ForMeetingAsync(db, meetingId);

        var blocks = new List<DocumentBlock> { new HeadingBlock(1, $"Minutes: {meeting.DisplayTitle}") };
        blocks.AddRange(Particulars(meeting));
        blocks.Add(new TextBlock(meeting.MinutesState switch
        {
            MinutesState.Draft => "Draft minutes, not yet approved.",
            MinutesState.Circulated => "Draft minutes, circulated for approval.",
            _ => meeting.MinutesApprovedAt is { } at ? $"Approved as a true record at the meeting of {Display.Date(at.Date)}." : "Approved minutes.",
        }));

        blocks.Add(new HeadingBlock(2, "Attendance"));
        if (meeting.Attendance.Count == 0)
            blocks.Add(new TextBlock("No attendance was recorded."));
        else
            blocks.Add(new TableBlock(["Name", "Organisation", "Role", "Attendance"],
                [.. meeting.Attendance.OrderBy(a => a.Status).ThenBy(a => a.Person!.FullName)
                    .Select(a => (IReadOnlyList<string>)[a.Person!.FullName, a.OrganisationName ?? "", a.Role ?? "", Display.Status(a.Status)])], [3, 3, 2, 2]));
        if (meeting.Attendance.Count > 0)
        {
            var quorum = await ConductRegister.QuorumOfAsync(db, meeting, cancellationToken);
            if (quorum.Required is not null)
                blocks.Add(new TextBlock($"{quorum.Describe()}.", IsNotice: quorum.IsQuorate == false));
        }

        if (meeting.IsInformal)
            blocks.Add(new TextBlock("The meeting was not quorate and was held as an informal meeting: what it agreed is recorded as recommendations, for a quorate meeting to take.", IsNotice: true));

        blocks.Add(new HeadingBlock(2, "Minutes"));
        foreach (var (item, notice) in AgendaAsRead(meeting, withheld))
        {
            if (notice is not null)
            {
                blocks.Add(new ItemBlock(notice.Number.Contains('.', StringComparison.Ordinal) ? 1 : 0, notice.Number, "Exempt item"));
                blocks.Add(new TextBlock(Notice(notice), IsNotice: true));
                continue;
            }

            blocks.Add(new ItemBlock(item!.ParentId is null ? 0 : 1, item.Number, item.Title));
            if (item.Exemption is { } exemption)
                blocks.Add(new TextBlock($"Exempt from publication under {new WithheldItem(item.Number, exemption.Ground).GroundLabel}.", IsNotice: true));
            if (MinuteMarkdown.ToPlainText(item.Minute?.Text) is { Length: > 0 } minute)
                blocks.Add(new TextBlock(minute));
            if (conduct.TryGetValue(item.Id, out var itemConduct))
                blocks.AddRange(ConductMinutes.Paragraphs(itemConduct).Select(p => new TextBlock(p)));
            foreach (var d in decisions[item.Id])
                blocks.Add(DecisionBlock(d));
        }

        foreach (var d in decisions[null])
            blocks.Add(DecisionBlock(d));

        blocks.Add(new HeadingBlock(2, "Actions"));
        if (actions.Count == 0)
            blocks.Add(new TextBlock("No actions were raised."));
        else
            blocks.Add(new TableBlock(["Reference", "Item", "Owners", "Action", "Due"],
                [.. actions.Select(a => (IReadOnlyList<string>)[a.Reference, a.AgendaItem?.Number ?? "", string.Join(", ", a.Owners.Select(o => o.FullName)), a.Text, Display.Date(a.DueDate)])],
                [2, 1, 3, 5, 2]));

        var marking = forMembers ? MarkingFor(meeting, papers) : null;
        return new DocumentContent($"Minutes: {meeting.DisplayTitle}, {Display.Date(meeting.Date)}", marking, blocks);
    }

    private static TextBlock DecisionBlock(Quorum.Decisions.Decision d) =>
        new($"{(d.IsRecommendation ? "Recommendation" : "Decision")} {d.Number}: {d.Text}", IsNotice: true);

    private static IEnumerable<DocumentBlock> Particulars(Meeting meeting)
    {
        yield return new TextBlock($"{meeting.Body!.Name} · meeting {meeting.Number:00}");
        var time = meeting.StartTime is null ? "" : $", {Display.TimeRange(meeting.StartTime, meeting.EndTime)} ({meeting.TimeZone})";
        yield return new TextBlock($"{Display.LongDate(meeting.Date)}{time}");
        var venue = meeting.Location is { } place
            ? string.Join(", ", new[] { place.Name, place.Address }.Where(s => !string.IsNullOrWhiteSpace(s)))
            : meeting.IsRemote ? "Remote" : "Venue to be confirmed";
        yield return new TextBlock(venue);
        if (meeting.State is MeetingState.Cancelled or MeetingState.Postponed or MeetingState.Rescheduled)
            yield return new TextBlock($"This meeting was {meeting.State.ToString().ToLowerInvariant()}.{(meeting.StateReason is null ? "" : $" {meeting.StateReason}")}", IsNotice: true);
    }

    private static string Notice(WithheldItem notice) => $"Item {notice.Number} is exempt from publication under {notice.GroundLabel}.";

    private static IEnumerable<(AgendaItem? Item, WithheldItem? Notice)> AgendaAsRead(Meeting meeting, IReadOnlyList<WithheldItem> withheld) =>
        meeting.AgendaInOrder().Select(i => (Key: i.Number, Item: (AgendaItem?)i, Notice: (WithheldItem?)null))
            .Concat(withheld.Select(w => (Key: w.Number, Item: (AgendaItem?)null, Notice: (WithheldItem?)w)))
            .OrderBy(e => e.Key, AgendaNumberOrder.Instance)
            .Select(e => (e.Item, e.Notice));

    /// <summary>NOT FOR PUBLICATION with the highest marking of what is inside: OFFICIAL-SENSITIVE at least when an item is exempt.</summary>
    private static string MarkingFor(Meeting meeting, IEnumerable<Paper> papers)
    {
        var marking = papers.Select(p => p.Marking).Append(meeting.AgendaItems.Any(i => i.IsExempt) ? ProtectiveMarking.OfficialSensitive : ProtectiveMarking.Official).Max();
        return $"NOT FOR PUBLICATION – {ProtectiveMarkings.Label(marking)}";
    }

    private static async Task<PaperBlock> PaperAsync(IPaperStore store, Paper paper, CancellationToken cancellationToken)
    {
        if (paper.Latest is not { } version)
            return new PaperBlock("No file has been uploaded for this paper.", null);
        byte[] content;
        try
        {
            using var file = store.OpenRead(version.Sha256);
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy, cancellationToken);
            content = copy.ToArray();
        }
        catch (IOException)
        {
            return new PaperBlock($"{version.FileName} cannot be shown here; download it from Quorum.", null);
        }

        var format = SourceFormatDetector.Detect(content, version.FileName);
        var pdf = format == SourceFormat.Pdf ? content : null;
        try
        {
            var lines = TextExtraction.Extract(content, format, version.FileName)
                .Where(l => !l.IsBlank)
                .Take(MaxPaperLines)
                .Select(l => l.Text.Trim())
                .ToList();
            return new PaperBlock(lines.Count == 0 ? $"{version.FileName} holds no text that can be shown here; download it from Quorum." : string.Join('\n', lines), pdf);
        }
        catch (Exception e) when (e is ImportException or IOException or InvalidOperationException or NotSupportedException)
        {
            return new PaperBlock($"{version.FileName} cannot be shown here; download it from Quorum.", pdf);
        }
    }
}
