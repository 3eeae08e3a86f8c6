using Microsoft.EntityFrameworkCore;
using Quorum.Auditing;
using Quorum.Data;

namespace Quorum.Access;

/// <summary>
/// Who may read a record's audit history: administrators, and the clerks of the body the record
/// belongs to (any clerk for people and organisations, which every body shares).
/// </summary>
public static class AuditAccess
{
    public static async Task<bool> MayReadHistoryAsync(QuorumDb db, string entityType, string entityId, CancellationToken cancellationToken = default)
    {
        var viewer = db.Viewer;
        if (viewer.IsAdministrator)
            return true;
        if (viewer.ClerkOf.Count == 0 || !int.TryParse(entityId, out var id))
            return false;
        int? bodyId = entityType switch
        {
            "Body" => id,
            "Meeting" => await db.Meetings.Where(m => m.Id == id).Select(m => (int?)m.BodyId).SingleOrDefaultAsync(cancellationToken),
            "AgendaItem" => await db.AgendaItems.Where(i => i.Id == id).Select(i => (int?)i.Meeting!.BodyId).SingleOrDefaultAsync(cancellationToken),
            "Minute" => await db.Minutes.Where(n => n.Id == id).Select(n => (int?)n.AgendaItem!.Meeting!.BodyId).SingleOrDefaultAsync(cancellationToken),
            "Attendance" => await db.Attendance.Where(a => a.Id == id).Select(a => (int?)a.Meeting!.BodyId).SingleOrDefaultAsync(cancellationToken),
            "Membership" => await db.Memberships.Where(m => m.Id == id).Select(m => (int?)m.BodyId).SingleOrDefaultAsync(cancellationToken),
            "ActionItem" => await db.Actions.Where(a => a.Id == id).Select(a => (int?)a.BodyId).SingleOrDefaultAsync(cancellationToken),
            "Decision" => await db.Decisions.Where(d => d.Id == id).Select(d => (int?)d.BodyId).SingleOrDefaultAsync(cancellationToken),
            "Paper" => await db.Papers.Where(p => p.Id == id).Select(p => (int?)p.BodyId).SingleOrDefaultAsync(cancellationToken),
            "Person" or "Organisation" or "Location" => -1,
            _ => null,
        };
        return bodyId == -1 || (bodyId is { } b && viewer.MayEdit(b));
    }

    /// <summary>The history of one record, oldest first.</summary>
    public static IQueryable<AuditEvent> HistoryOf(QuorumDb db, string entityType, string entityId) =>
        db.AuditEvents.AsNoTracking().Where(e => e.EntityType == entityType && e.EntityId == entityId).OrderBy(e => e.Id);
}
