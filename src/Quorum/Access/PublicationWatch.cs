using Microsoft.EntityFrameworkCore;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.People;

namespace Quorum.Access;

/// <summary>
/// Notices, within a save, which records an anonymous visitor could see before it and cannot after
/// (deleted, or now withheld), and records them as <see cref="WithdrawnRecord"/>s; a record that
/// becomes public again loses its tombstone and counts as modified. "Could see" is asked of the
/// visibility rule itself: the same filtered queries, run as <see cref="Viewer.Anonymous"/>.
/// </summary>
internal sealed class PublicationWatch
{
    private readonly Scope scope;
    private Dictionary<string, Dictionary<int, DateTime>> before = [];

    // Which body each meeting public before the save belonged to: a deleted meeting's tombstone is
    // listed under its organization, and after a delete nothing else remembers it.
    private readonly Dictionary<int, int> meetingBodies = [];

    private PublicationWatch(Scope scope) => this.scope = scope;

    /// <summary>Reads what is public among the records this save can affect; null when it affects none.</summary>
    public static async Task<PublicationWatch?> BeginAsync(QuorumDb db, CancellationToken cancellationToken)
    {
        var scope = Scope.From(db);
        if (scope.IsEmpty)
            return null;
        var watch = new PublicationWatch(scope);
        watch.before = await PublicAsync(db, scope, watch.meetingBodies, before: true, cancellationToken);
        return watch;
    }

    /// <summary>After the save, in its transaction: tombstones for what stopped being public, none for what came back.</summary>
    public async Task CompleteAsync(QuorumDb db, DateTime at, CancellationToken cancellationToken)
    {
        var after = await PublicAsync(db, scope, [], before: false, cancellationToken);
        foreach (var kind in OpenDataKind.All)
        {
            var was = before[kind];
            var now = after[kind];
            var gone = was.Keys.Where(id => !now.ContainsKey(id)).ToList();
            var back = now.Keys.Where(id => !was.ContainsKey(id)).ToList();
            if (gone.Count > 0)
            {
                var existing = await db.WithdrawnRecords.Where(w => w.Kind == kind && gone.Contains(w.EntityId)).ToListAsync(cancellationToken);
                foreach (var record in existing)
                    record.Withdrawn = at;
                foreach (var id in gone.Except(existing.Select(e => e.EntityId)))
                {
                    db.WithdrawnRecords.Add(new WithdrawnRecord
                    {
                        Kind = kind,
                        EntityId = id,
                        Created = was[id],
                        Withdrawn = at,
                        BodyId = kind == OpenDataKind.Meeting && meetingBodies.TryGetValue(id, out var body) ? body : null,
                    });
                }
            }

            if (back.Count > 0)
            {
                await db.WithdrawnRecords.Where(w => w.Kind == kind && back.Contains(w.EntityId)).ExecuteDeleteAsync(cancellationToken);
                await TouchAsync(db, kind, back, at, cancellationToken);
            }
        }

        // Open data embeds agenda, participants and papers in a meeting, seats in a person and a body:
        // a harvester asking what changed since must find the record that embeds the change.
        if (scope.EmbeddingMeetings.Count > 0)
            await TouchAsync(db, OpenDataKind.Meeting, [.. scope.EmbeddingMeetings], at, cancellationToken);
        if (scope.EmbeddingPeople.Count > 0)
            await TouchAsync(db, OpenDataKind.Person, [.. scope.EmbeddingPeople], at, cancellationToken);
        if (scope.EmbeddingBodies.Count > 0)
            await TouchAsync(db, OpenDataKind.Organization, [.. scope.EmbeddingBodies], at, cancellationToken);
    }

    // A record that reappears because its body or meeting did is modified as far as harvesters are concerned.
    private static Task<int> TouchAsync(QuorumDb db, string kind, List<int> ids, DateTime at, CancellationToken cancellationToken) => kind switch
    {
        OpenDataKind.Organization => Touch(db.Bodies, ids, at, cancellationToken),
        OpenDataKind.Person => Touch(db.People, ids, at, cancellationToken),
        OpenDataKind.Membership => Touch(db.Memberships, ids, at, cancellationToken),
        OpenDataKind.Meeting => Touch(db.Meetings, ids, at, cancellationToken),
        OpenDataKind.AgendaItem => Touch(db.AgendaItems, ids, at, cancellationToken),
        OpenDataKind.Paper => Touch(db.Papers, ids, at, cancellationToken),
        OpenDataKind.Location => Touch(db.Locations, ids, at, cancellationToken),
        _ => Task.FromResult(0),
    };

    // The ids came from the rule itself (public now); the filter is lifted only to write one column.
    private static Task<int> Touch<T>(DbSet<T> set, List<int> ids, DateTime at, CancellationToken cancellationToken) where T : Entity =>
        set.IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(u => u.SetProperty(e => e.Modified, at), cancellationToken);

    private static async Task<Dictionary<string, Dictionary<int, DateTime>>> PublicAsync(QuorumDb db, Scope s, Dictionary<int, int> meetingBodies, bool before, CancellationToken ct)
    {
        var viewer = db.Viewer;
        db.Viewer = Viewer.Anonymous;
        try
        {
            var result = OpenDataKind.All.ToDictionary(k => k, _ => new Dictionary<int, DateTime>());
            if (s.Bodies.Count > 0)
                result[OpenDataKind.Organization] = await db.Bodies.AsNoTracking().Where(b => s.Bodies.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Created, ct);

            var meetingScope = s.Meetings.Concat(s.ItemMeetings).Distinct().ToList();
            var meetings = await db.Meetings.AsNoTracking()
                .Where(m => meetingScope.Contains(m.Id) || s.CascadeBodies.Contains(m.BodyId))
                .Select(m => new { m.Id, m.Created, m.BodyId, m.LocationId }).ToListAsync(ct);
            result[OpenDataKind.Meeting] = meetings.ToDictionary(m => m.Id, m => m.Created);
            foreach (var m in meetings)
                meetingBodies[m.Id] = m.BodyId;
            // Before the save, the venues of every meeting of a body made private or public join the
            // scope (they may leave with its meetings, or come back with them); after it, the same
            // venues are asked again. Only the venues' ids are read past the filter.
            if (before && s.CascadeBodies.Count > 0)
            {
                s.Locations.UnionWith(await db.Meetings.IgnoreQueryFilters().AsNoTracking()
                    .Where(m => m.LocationId != null && s.CascadeBodies.Contains(m.BodyId))
                    .Select(m => m.LocationId!.Value).ToListAsync(ct));
            }

            result[OpenDataKind.AgendaItem] = (await OpenData.AgendaOfAsync(db, [.. meetings.Select(m => m.Id)], ct)).ToDictionary(i => i.Id, i => i.Created);

            var papers = await db.Papers.AsNoTracking()
                .Where(p => s.Papers.Contains(p.Id) || s.CascadeBodies.Contains(p.BodyId)
                    || (p.MeetingId != null && meetingScope.Contains(p.MeetingId.Value))
                    || (p.AgendaItemId != null && s.Items.Contains(p.AgendaItemId.Value)))
                .Select(p => new { p.Id, p.Created }).ToListAsync(ct);
            result[OpenDataKind.Paper] = papers.ToDictionary(p => p.Id, p => p.Created);
            var paperIds = papers.Select(p => p.Id).ToList();
            result[OpenDataKind.File] = await db.PaperVersions.AsNoTracking()
                .Where(v => paperIds.Contains(v.PaperId) || s.Files.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.UploadedAt, ct);

            if (s.People.Count > 0)
                result[OpenDataKind.Person] = await db.People.AsNoTracking().PublishedAsOpenData().Where(p => s.People.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Created, ct);
            if (s.Memberships.Count > 0 || s.People.Count > 0 || s.CascadeBodies.Count > 0)
            {
                result[OpenDataKind.Membership] = await db.Memberships.AsNoTracking().PublishedAsOpenData()
                    .Where(m => s.Memberships.Contains(m.Id) || s.People.Contains(m.PersonId) || s.CascadeBodies.Contains(m.BodyId))
                    .ToDictionaryAsync(m => m.Id, m => m.Created, ct);
            }

            if (s.Locations.Count > 0)
                result[OpenDataKind.Location] = await db.Locations.AsNoTracking().PublishedAsOpenData(db).Where(l => s.Locations.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Created, ct);
            return result;
        }
        finally
        {
            db.Viewer = viewer;
        }
    }

    /// <summary>The records a save changes or deletes, and the bodies whose every record it may hide or show.</summary>
    private sealed class Scope
    {
        public HashSet<int> Bodies { get; } = [];

        public HashSet<int> CascadeBodies { get; } = [];

        public HashSet<int> Meetings { get; } = [];

        public HashSet<int> Items { get; } = [];

        public HashSet<int> ItemMeetings { get; } = [];

        public HashSet<int> Papers { get; } = [];

        public HashSet<int> Files { get; } = [];

        public HashSet<int> People { get; } = [];

        public HashSet<int> Memberships { get; } = [];

        public HashSet<int> Locations { get; } = [];

        /// <summary>Records whose open-data form embeds a record this save adds, changes or deletes.</summary>
        public HashSet<int> EmbeddingMeetings { get; } = [];

        public HashSet<int> EmbeddingPeople { get; } = [];

        public HashSet<int> EmbeddingBodies { get; } = [];

        public bool IsEmpty => Bodies.Count + Meetings.Count + Items.Count + Papers.Count + Files.Count + People.Count + Memberships.Count + Locations.Count
            + EmbeddingMeetings.Count + EmbeddingPeople.Count + EmbeddingBodies.Count == 0;

        // New records have no tombstone to lift and were public to nobody: only changes and deletions matter.
        public static Scope From(QuorumDb db)
        {
            var scope = new Scope();
            foreach (var entry in db.ChangeTracker.Entries())
            {
                if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                    continue;
                NoteEmbedding(scope, entry);
                // A venue is public while a public meeting is held there: the one a meeting comes to
                // may be public again, even when the meeting is new.
                if (entry.Entity is Meeting { LocationId: int arriving })
                    scope.Locations.Add(arriving);
                if (entry.State == EntityState.Added)
                    continue;
                switch (entry.Entity)
                {
                    case Body body:
                        scope.Bodies.Add(body.Id);
                        if (entry.State == EntityState.Deleted || entry.Property(nameof(Body.IsPublic)).IsModified)
                            scope.CascadeBodies.Add(body.Id);
                        break;
                    case Meeting meeting:
                        scope.Meetings.Add(meeting.Id);
                        // A venue is public while a public meeting is held there: the one it leaves may stop being.
                        if (entry.Property(nameof(Meeting.LocationId)).OriginalValue is int venue)
                            scope.Locations.Add(venue);
                        break;
                    case AgendaItem item:
                        scope.Items.Add(item.Id);
                        // An item moved to another meeting is still public there: both meetings are asked.
                        scope.ItemMeetings.Add((int)entry.Property(nameof(AgendaItem.MeetingId)).OriginalValue!);
                        scope.ItemMeetings.Add(item.MeetingId);
                        break;
                    case Paper paper:
                        scope.Papers.Add(paper.Id);
                        break;
                    case PaperVersion version:
                        scope.Files.Add(version.Id);
                        break;
                    case Person person:
                        scope.People.Add(person.Id);
                        break;
                    case Membership membership:
                        scope.Memberships.Add(membership.Id);
                        break;
                    case Location location:
                        scope.Locations.Add(location.Id);
                        break;
                }
            }

            scope.EmbeddingMeetings.ExceptWith(db.ChangeTracker.Entries<Meeting>().Where(e => e.State != EntityState.Unchanged).Select(e => e.Entity.Id));
            scope.EmbeddingPeople.ExceptWith(db.ChangeTracker.Entries<Person>().Where(e => e.State != EntityState.Unchanged).Select(e => e.Entity.Id));
            scope.EmbeddingBodies.ExceptWith(db.ChangeTracker.Entries<Body>().Where(e => e.State != EntityState.Unchanged).Select(e => e.Entity.Id));
            scope.EmbeddingMeetings.Remove(0);
            scope.EmbeddingPeople.Remove(0);
            scope.EmbeddingBodies.Remove(0);
            return scope;
        }

        private static void NoteEmbedding(Scope scope, Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
        {
            int? Original(string property) => entry.State == EntityState.Added ? null : (int?)entry.Property(property).OriginalValue;
            int? Current(string property) => (int?)entry.Property(property).CurrentValue;
            void Add(HashSet<int> set, params int?[] ids)
            {
                foreach (var id in ids)
                {
                    if (id is { } value)
                        set.Add(value);
                }
            }

            switch (entry.Entity)
            {
                case AgendaItem:
                    Add(scope.EmbeddingMeetings, Original(nameof(AgendaItem.MeetingId)), Current(nameof(AgendaItem.MeetingId)));
                    break;
                case Attendance:
                    Add(scope.EmbeddingMeetings, Original(nameof(Attendance.MeetingId)), Current(nameof(Attendance.MeetingId)));
                    break;
                case Paper:
                    Add(scope.EmbeddingMeetings, Original(nameof(Paper.MeetingId)), Current(nameof(Paper.MeetingId)));
                    break;
                case Membership:
                    Add(scope.EmbeddingPeople, Original(nameof(Membership.PersonId)), Current(nameof(Membership.PersonId)));
                    Add(scope.EmbeddingBodies, Original(nameof(Membership.BodyId)), Current(nameof(Membership.BodyId)));
                    break;
            }
        }
    }
}
