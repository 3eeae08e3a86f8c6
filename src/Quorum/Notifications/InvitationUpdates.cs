using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Notifications;

/// <summary>
/// Watches every save for a circulated meeting that moves, is rescheduled, postponed or cancelled,
/// and writes the updated invitation or the cancellation into the outbox of that same save, so no
/// page, endpoint or command can change a meeting and forget to tell its members.
/// </summary>
public sealed class InvitationUpdates(MailSite site) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is QuorumDb db)
            await QueueAsync(db, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is QuorumDb db)
            QueueAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    private async Task QueueAsync(QuorumDb db, CancellationToken cancellationToken)
    {
        var changed = db.ChangeTracker.Entries<Meeting>()
            .Where(e => e.State == EntityState.Modified && e.Entity.AgendaCirculatedAt is not null && !e.Property(m => m.AgendaCirculatedAt).IsModified)
            .ToList();
        foreach (var entry in changed)
        {
            var meeting = entry.Entity;
            var stateChanged = Changed(entry, nameof(Meeting.State));
            if (stateChanged && meeting.State is MeetingState.Cancelled or MeetingState.Postponed)
            {
                await MeetingMail.InvitationChangedAsync(db, site, meeting, await MeetingMail.FirstOfChainAsync(db, meeting, cancellationToken),
                    meeting, cancelled: true, meeting.StateReason, cancellationToken);
            }
            else if (stateChanged && meeting.State == MeetingState.Rescheduled && meeting.ReplacementMeeting is { } replacement)
            {
                // The replacement is a new record, without an id yet: its invitation carries the first
                // meeting's UID, and links to this meeting's page, which points on to the new date.
                await MeetingMail.InvitationChangedAsync(db, site, replacement, await MeetingMail.FirstOfChainAsync(db, meeting, cancellationToken),
                    meeting, cancelled: false, meeting.StateReason, cancellationToken);
            }
            else if (meeting.State == MeetingState.Scheduled
                && new[] { nameof(Meeting.Date), nameof(Meeting.StartTime), nameof(Meeting.EndTime), nameof(Meeting.LocationId) }.Any(p => Changed(entry, p)))
            {
                await MeetingMail.InvitationChangedAsync(db, site, meeting, await MeetingMail.FirstOfChainAsync(db, meeting, cancellationToken),
                    meeting, cancelled: false, reason: null, cancellationToken);
            }
        }

        // The raised SEQUENCE must be saved with the messages that carry it.
        if (changed.Count > 0)
            db.ChangeTracker.DetectChanges();
    }

    private static bool Changed(EntityEntry<Meeting> entry, string property)
    {
        var p = entry.Property(property);
        return !Equals(p.OriginalValue, p.CurrentValue);
    }
}
