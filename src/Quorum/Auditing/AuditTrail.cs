using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Quorum.Access;
using Quorum.Accounts;
using Quorum.Data;

namespace Quorum.Auditing;

/// <summary>
/// Collects the changes of one save before it runs (when the old values are still known) and turns
/// them into audit events after it (when new records have their keys).
/// </summary>
internal sealed class AuditTrail
{
    // The outbox is its own log of what was sent; its rows change with every try. Search documents are an index, rebuilt from audited records.
    private static readonly HashSet<Type> Unaudited = [typeof(AuditEvent), typeof(ApiToken), typeof(Setting),
        typeof(Notifications.OutboxMessage), typeof(Notifications.OutboxAttachment), typeof(Notifications.ScheduledRun), typeof(Search.SearchDocument), typeof(WithdrawnRecord)];

    private readonly List<(EntityEntry Entry, EntityState State, Dictionary<string, object?>? Before)> changes = [];

    public bool IsEmpty => changes.Count == 0;

    public static AuditTrail Begin(QuorumDb db)
    {
        var trail = new AuditTrail();
        var now = db.Clock.GetUtcNow().UtcDateTime;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEvent && entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("The audit log cannot be changed.");
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            if (!IsAudited(entry))
                continue;

            if (entry.Entity is Entity entity && entry.State == EntityState.Modified)
            {
                entity.Version++;
                entity.Modified = now;
            }
            else if (entry.Entity is Entity added && entry.State == EntityState.Added)
            {
                added.Version = 1;
                added.Created = now;
                added.Modified = now;
            }

            var before = entry.State == EntityState.Added ? null : Values(entry, original: true);
            trail.changes.Add((entry, entry.State, before));
        }

        return trail;
    }

    public IEnumerable<AuditEvent> Complete(Viewer viewer, DateTime at)
    {
        var actor = viewer.Name ?? viewer.UserId ?? "anonymous";
        foreach (var (entry, state, before) in changes)
        {
            yield return new AuditEvent
            {
                At = at,
                Actor = actor,
                EntityType = entry.Metadata.IsPropertyBag ? entry.Metadata.ShortName() : entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Change = state switch
                {
                    EntityState.Added => "Created",
                    EntityState.Deleted => "Deleted",
                    _ => "Updated",
                },
                Before = before is null ? null : JsonSerializer.Serialize(before),
                After = state == EntityState.Deleted ? null : JsonSerializer.Serialize(Values(entry, original: false)),
            };
        }
    }

    private static bool IsAudited(EntityEntry entry)
    {
        var type = entry.Metadata.ClrType;
        if (Unaudited.Contains(type) || entry.Metadata.IsOwned())
            return false;
        var ns = type.Namespace ?? "";

        // Identity's own tables hold password hashes and security stamps: they are not copied into the log.
        return ns.StartsWith("Quorum", StringComparison.Ordinal) && type != typeof(QuorumUser)
            || entry.Metadata.IsPropertyBag;
    }

    private static Dictionary<string, object?> Values(EntityEntry entry, bool original)
    {
        var values = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
            values[property.Metadata.Name] = original ? property.OriginalValue : property.CurrentValue;
        foreach (var reference in entry.References.Where(r => r.TargetEntry?.Metadata.IsOwned() == true))
        {
            foreach (var property in reference.TargetEntry!.Properties.Where(p => !p.Metadata.IsKey()))
                values[$"{reference.Metadata.Name}.{property.Metadata.Name}"] = original ? property.OriginalValue : property.CurrentValue;
        }

        return values;
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
}
