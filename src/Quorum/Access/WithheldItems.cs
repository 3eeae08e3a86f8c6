using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Access;

/// <summary>What the public is told in place of an exempt item: its number and the ground, nothing else.</summary>
public sealed record WithheldItem(string Number, string Ground)
{
    public string GroundLabel => Exemption.Schedule12A.TryGetValue(Ground, out var label) ? $"{Ground} ({label})" : Ground;
}

/// <summary>
/// Lists a meeting's exempt items that the current viewer may not see, so a page can show
/// "Item 7 is exempt from publication" in their place. Part of the visibility rule: it reads past
/// the filter, and returns only the number and the ground.
/// </summary>
public static class WithheldItems
{
    public static async Task<IReadOnlyList<WithheldItem>> ForMeetingAsync(QuorumDb db, int meetingId, CancellationToken cancellationToken = default)
    {
        if (!await db.Meetings.AnyAsync(m => m.Id == meetingId, cancellationToken))
            return [];
        // Read first: IgnoreQueryFilters would lift the filter from a subquery too.
        var visible = await db.AgendaItems.Where(i => i.MeetingId == meetingId).Select(i => i.Id).ToListAsync(cancellationToken);
        return await ForMeetingAsync(db, meetingId, visible, cancellationToken);
    }

    /// <summary>
    /// As <see cref="ForMeetingAsync(QuorumDb, int, CancellationToken)"/> for a meeting already read
    /// through the rule, with <paramref name="visible"/> the ids of its items this viewer was given.
    /// </summary>
    public static Task<List<WithheldItem>> ForMeetingAsync(QuorumDb db, int meetingId, IReadOnlyCollection<int> visible, CancellationToken cancellationToken = default) =>
        db.AgendaItems.IgnoreQueryFilters()
            .Where(i => i.MeetingId == meetingId && i.IsExempt && !visible.Contains(i.Id))
            .Select(i => new WithheldItem(i.Number, i.Exemption!.Ground))
            .ToListAsync(cancellationToken);
}
