using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Access;

/// <summary>An agenda item as open data shows it: a withheld (exempt) item keeps its place and number, nothing else.</summary>
public sealed record OpenAgendaItem(int Id, int MeetingId, string Number, int Order, string? Title, bool IsPublic, DateTime Created, DateTime Modified);

/// <summary>
/// Part of the visibility rule: open data lists every item of a meeting the viewer sees, showing
/// an exempt item the viewer may not read as its number and position alone. It reads past the
/// filter for those items' places, and returns nothing else of them.
/// </summary>
public static class OpenData
{
    private const int ScanBatch = 500;
    private const int MaxScans = 20;

    /// <summary>The items of the given meetings, those the viewer may read with their titles, the others withheld.</summary>
    public static async Task<List<OpenAgendaItem>> AgendaOfAsync(QuorumDb db, IReadOnlyCollection<int> meetingIds, CancellationToken cancellationToken = default)
    {
        if (meetingIds.Count == 0)
            return [];
        var meetings = await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken);
        var readable = await db.AgendaItems.AsNoTracking().Where(i => meetings.Contains(i.MeetingId))
            .Select(i => new Row(i.Id, i.MeetingId, i.ParentId, i.Position, i.Number, i.Title, !i.IsExempt, i.Created, i.Modified))
            .ToListAsync(cancellationToken);
        var readableIds = readable.Select(r => r.Id).ToList();
        // Read first: IgnoreQueryFilters would lift the filter from a subquery too.
        var withheld = await db.AgendaItems.IgnoreQueryFilters().AsNoTracking()
            .Where(i => meetings.Contains(i.MeetingId) && !readableIds.Contains(i.Id))
            .Select(i => new Row(i.Id, i.MeetingId, i.ParentId, i.Position, i.Number, null, false, i.Created, i.Modified))
            .ToListAsync(cancellationToken);
        var all = readable.Concat(withheld).ToList();
        var positions = all.ToDictionary(r => r.Id, r => r.Position);
        return [.. all
            .Select(r => new OpenAgendaItem(r.Id, r.MeetingId, r.Number,
                r.ParentId is { } parent && positions.TryGetValue(parent, out var p) ? p * 100 + r.Position : r.Position * 100,
                r.Title, r.IsPublic, r.Created, r.Modified))
            .OrderBy(i => i.MeetingId).ThenBy(i => i.Order)];
    }

    /// <summary>One item, if the viewer sees its meeting.</summary>
    public static async Task<OpenAgendaItem?> AgendaItemAsync(QuorumDb db, int id, CancellationToken cancellationToken = default)
    {
        var meetingId = await db.AgendaItems.IgnoreQueryFilters().Where(i => i.Id == id).Select(i => (int?)i.MeetingId).SingleOrDefaultAsync(cancellationToken);
        return meetingId is null ? null : (await AgendaOfAsync(db, [meetingId.Value], cancellationToken)).SingleOrDefault(i => i.Id == id);
    }

    /// <summary>
    /// Items of meetings the viewer sees with ids after <paramref name="after"/>, in id order, at most
    /// <paramref name="limit"/>; <c>More</c> says whether the scan stopped before the end.
    /// </summary>
    public static async Task<(List<OpenAgendaItem> Items, int ScannedTo, bool More)> AgendaItemsAfterAsync(
        QuorumDb db, int after, int limit, Func<IQueryable<AgendaItem>, IQueryable<AgendaItem>> filter, CancellationToken cancellationToken = default)
    {
        var kept = new List<(int Id, int MeetingId)>();
        var cursor = after;
        var more = true;
        for (var scan = 0; scan < MaxScans && kept.Count < limit && more; scan++)
        {
            var batch = await filter(db.AgendaItems.IgnoreQueryFilters().AsNoTracking()).Where(i => i.Id > cursor)
                .OrderBy(i => i.Id).Select(i => new { i.Id, i.MeetingId }).Take(ScanBatch).ToListAsync(cancellationToken);
            more = batch.Count == ScanBatch;
            if (batch.Count == 0)
                break;
            var meetingIds = batch.Select(b => b.MeetingId).Distinct().ToList();
            var seen = (await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var item in batch)
            {
                cursor = item.Id;
                if (seen.Contains(item.MeetingId))
                    kept.Add((item.Id, item.MeetingId));
                if (kept.Count == limit)
                {
                    more = more || item.Id != batch[^1].Id;
                    break;
                }
            }
        }

        var ids = kept.Select(k => k.Id).ToHashSet();
        var items = (await AgendaOfAsync(db, [.. kept.Select(k => k.MeetingId).Distinct()], cancellationToken)).Where(i => ids.Contains(i.Id)).OrderBy(i => i.Id).ToList();
        return (items, cursor, more);
    }

    private sealed record Row(int Id, int MeetingId, int? ParentId, int Position, string Number, string? Title, bool IsPublic, DateTime Created, DateTime Modified);
}
