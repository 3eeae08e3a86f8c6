using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Quorum.Bodies;
using Quorum.Data;

namespace Quorum.Access;

/// <summary>
/// A record that states what it belongs to: a body, a meeting, an agenda item, a programme… Who
/// may edit a record and read its history follows from the body at the top of that chain, so a
/// new kind of record needs no list of its own anywhere.
/// </summary>
public interface IOwned
{
    Owner Owner { get; }
}

/// <summary>The record another one belongs to, by type and id; <see cref="Shared"/> for the registers every body shares (people, organisations, venues).</summary>
public readonly record struct Owner(Type? Type, int Id)
{
    public static readonly Owner Shared = new(null, 0);

    /// <summary>Kept by administrators alone: no body has the id 0.</summary>
    public static readonly Owner Administrators = new(typeof(Bodies.Body), 0);

    public static Owner Of<T>(int id) where T : IOwned => new(typeof(T), id);

    public bool IsShared => Type is null;
}

/// <summary>Resolves a record's owner up to its body, and the rights that follow from it.</summary>
public static class Ownership
{
    private const int DeepestChain = 8;

    /// <summary>
    /// The body a record belongs to: its id; null when the record (or one above it) does not exist or
    /// is hidden from the viewer, or when it belongs to a shared register.
    /// </summary>
    public static async Task<int?> BodyOfAsync(this QuorumDb db, Owner owner, CancellationToken cancellationToken = default) =>
        await db.TopOfAsync(owner, cancellationToken) is { IsShared: false } top ? top.Id : null;

    /// <summary>Walks up from <paramref name="owner"/> to its body, or to <see cref="Owner.Shared"/>; null when a link is missing or hidden.</summary>
    private static async Task<Owner?> TopOfAsync(this QuorumDb db, Owner owner, CancellationToken cancellationToken)
    {
        for (var depth = 0; depth < DeepestChain; depth++)
        {
            if (owner.IsShared || owner.Type == typeof(Body))
                return owner;
            if (await FindAsync(db, owner, cancellationToken) is not { } above)
                return null;
            owner = above.Owner;
        }

        return null;
    }

    /// <summary>
    /// The record <paramref name="owner"/> names: as already loaded if it is, else read through the
    /// visibility rule without tracking, so that checking a right never changes what a save writes.
    /// </summary>
    private static Task<IOwned?> FindAsync(QuorumDb db, Owner owner, CancellationToken cancellationToken) =>
        (Task<IOwned?>)FindOfType.MakeGenericMethod(owner.Type!).Invoke(null, [db, owner.Id, cancellationToken])!;

    private static readonly MethodInfo FindOfType = typeof(Ownership).GetMethod(nameof(FindOfTypeAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static async Task<IOwned?> FindOfTypeAsync<T>(QuorumDb db, int id, CancellationToken cancellationToken) where T : class, IOwned
    {
        var loaded = db.ChangeTracker.Entries<T>().FirstOrDefault(e => e.Property("Id").CurrentValue is int key && key == id);
        return loaded?.Entity ?? await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(e => EF.Property<int>(e, "Id") == id, cancellationToken);
    }

    /// <summary>Whether the viewer may change records belonging to <paramref name="owner"/>: the clerks of its body and administrators; any clerk for the shared registers.</summary>
    public static async Task<bool> MayEditAsync(this QuorumDb db, Owner owner, CancellationToken cancellationToken = default)
    {
        if (db.Viewer.IsAdministrator)
            return true;
        if (db.Viewer.ClerkOf.Count == 0)
            return false;
        return await db.TopOfAsync(owner, cancellationToken) switch
        {
            { IsShared: true } => db.Viewer.MayEditPeople,
            { } body => db.Viewer.MayEdit(body.Id),
            null => false,
        };
    }

    /// <summary>
    /// The bodies whose records the viewer may change, as a query (the rule of <see cref="Viewer.MayEdit"/>): every body
    /// for an administrator, a clerk's own bodies, none for anyone else, without reading every body to find out.
    /// </summary>
    public static IQueryable<Body> BodiesTheViewerMayEdit(this QuorumDb db)
    {
        if (db.Viewer.IsAdministrator)
            return db.Bodies;
        var clerkOf = db.Viewer.ClerkOf;
        return db.Bodies.Where(b => clerkOf.Contains(b.Id));
    }

    /// <summary>Whether the viewer may change <paramref name="record"/>.</summary>
    public static Task<bool> MayEditAsync(this QuorumDb db, IOwned record, CancellationToken cancellationToken = default) =>
        db.MayEditAsync(record.Owner, cancellationToken);

    /// <summary>Refuses the change unless the viewer may edit <paramref name="record"/>.</summary>
    public static async Task EnsureMayEditAsync(this QuorumDb db, IOwned record, CancellationToken cancellationToken = default)
    {
        if (!await db.MayEditAsync(record.Owner, cancellationToken))
            throw new EditNotAllowedException();
    }
}

/// <summary>The viewer may not change the record: answered 403 by the API and the pages.</summary>
public sealed class EditNotAllowedException() : Exception("You may not change this record.");
