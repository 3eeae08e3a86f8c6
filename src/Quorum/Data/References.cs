using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Quorum.Access;

namespace Quorum.Data;

/// <summary>
/// References from one record to another (an owner, a parent body, a lead body), checked before every
/// save: an id that names no record is refused as input naming the field (<c>parentBodyId</c>),
/// whichever page, endpoint, import or command wrote it, rather than failing in the database.
/// </summary>
public static partial class References
{
    /// <summary>Throws <see cref="InvalidInputException"/> when an added or changed reference names no record.</summary>
    public static async Task ThrowIfMissingAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        var wanted = new Dictionary<(IEntityType Type, IProperty Key), Dictionary<object, string>>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
                continue;
            foreach (var foreignKey in entry.Metadata.GetForeignKeys())
            {
                var principal = foreignKey.PrincipalEntityType;
                if (foreignKey.IsOwnership || foreignKey.Properties.Count != 1 || principal.IsOwned() || principal.HasSharedClrType)
                    continue;
                var property = entry.Property(foreignKey.Properties[0].Name);
                var key = property.CurrentValue;
                if (key is null || property.IsTemporary || (entry.State == EntityState.Modified && !property.IsModified))
                    continue;
                var target = (principal, foreignKey.PrincipalKey.Properties[0]);
                if (!wanted.TryGetValue(target, out var keys))
                    wanted[target] = keys = [];
                keys.TryAdd(key, FieldName(property.Metadata.Name));
            }
        }

        var problems = new Dictionary<string, string>();
        foreach (var ((type, keyProperty), keys) in wanted)
        {
            // A record saved with this one, or already read, needs no look-up.
            var tracked = db.ChangeTracker.Entries()
                .Where(e => type.IsAssignableFrom(e.Metadata) && e.State != EntityState.Deleted)
                .Select(e => e.Property(keyProperty.Name).CurrentValue)
                .ToHashSet();
            var unknown = keys.Keys.Where(k => !tracked.Contains(k)).ToList();
            if (unknown.Count == 0)
                continue;
            var lookup = typeof(References).GetMethod(nameof(ExistingAsync), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type.ClrType, keyProperty.ClrType);
            var existing = await (Task<HashSet<object>>)lookup.Invoke(null, [db, keyProperty.Name, unknown, cancellationToken])!;
            foreach (var key in unknown.Where(k => !existing.Contains(k)))
                problems.TryAdd(keys[key], $"There is no {Noun(type.ClrType.Name)} with the id {key}");
        }

        InvalidInputException.ThrowIfAny(problems);
    }

    /// <summary>
    /// The records of <paramref name="records"/> with the given ids, every one of them: an id that names
    /// none the caller may see is refused as input naming <paramref name="field"/> (<c>ownerIds</c>).
    /// </summary>
    public static async Task<List<T>> AllWithIdsAsync<T>(this IQueryable<T> records, IEnumerable<int>? ids, string field, CancellationToken cancellationToken = default)
        where T : Entity
    {
        var wanted = ids?.Distinct().ToList() ?? [];
        if (wanted.Count == 0)
            return [];
        var found = await records.Where(r => wanted.Contains(r.Id)).ToListAsync(cancellationToken);
        var missing = wanted.Except(found.Select(r => r.Id)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidInputException(new Dictionary<string, string>
            {
                [field] = $"There is no {Noun(typeof(T).Name)} with the id {string.Join(", ", missing)}",
            });
        }

        return found;
    }

    /// <summary>The name an input gives a property: <c>ParentBodyId</c> is <c>parentBodyId</c>.</summary>
    public static string FieldName(string property) => property.Length == 0 ? property : char.ToLowerInvariant(property[0]) + property[1..];

    /// <summary>A type's name as words: <c>AgendaItem</c> is "agenda item".</summary>
    public static string Noun(string typeName) => Words().Replace(typeName, " $1").ToLowerInvariant();

    // Only whether the record exists is read, as the database's own foreign key would check it.
    private static async Task<HashSet<object>> ExistingAsync<TEntity, TKey>(DbContext db, string key, List<object> keys, CancellationToken cancellationToken)
        where TEntity : class
    {
        var typed = keys.Select(k => (TKey)k).ToList();
        var found = await db.Set<TEntity>().IncludingWithheld()
            .Where(e => typed.Contains(EF.Property<TKey>(e, key)))
            .Select(e => EF.Property<TKey>(e, key))
            .ToListAsync(cancellationToken);
        return [.. found.Select(k => (object)k!)];
    }

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex Words();
}
