using Microsoft.EntityFrameworkCore;
using Quorum.Auditing;
using Quorum.Data;

namespace Quorum.Access;

/// <summary>
/// Who may read a record's audit history: whoever may edit it, as its owner decides (the clerks of
/// the body it belongs to, any clerk for the shared registers), and administrators.
/// </summary>
public static class AuditAccess
{
    public static async Task<bool> MayReadHistoryAsync(QuorumDb db, string entityType, string entityId, CancellationToken cancellationToken = default)
    {
        if (db.Viewer.IsAdministrator)
            return true;
        if (!db.Viewer.IsSignedIn || !int.TryParse(entityId, out var id))
            return false;
        var type = db.Model.GetEntityTypes()
            .Where(t => !t.IsPropertyBag && t.ClrType.Name == entityType && typeof(IOwned).IsAssignableFrom(t.ClrType))
            .Select(t => t.ClrType)
            .FirstOrDefault();
        return type is not null && await db.MayEditAsync(new Owner(type, id), cancellationToken);
    }

    /// <summary>The history of one record, oldest first.</summary>
    public static IQueryable<AuditEvent> HistoryOf(QuorumDb db, string entityType, string entityId) =>
        db.AuditEvents.AsNoTracking().Where(e => e.EntityType == entityType && e.EntityId == entityId).OrderBy(e => e.Id);
}
