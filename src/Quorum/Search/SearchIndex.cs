using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Data;
using Quorum.Decisions;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.People;

namespace Quorum.Search;

/// <summary>
/// Keeps <see cref="SearchDocument"/>s in step with the records they describe, inside the save that
/// changes them (see <see cref="QuorumDb"/>): a record added, edited or deleted is re-read and its
/// document written, rewritten or removed in the same transaction.
/// </summary>
public static class SearchIndex
{
    /// <summary>The records of a save that the index must follow, noted before the save (while their state is known).</summary>
    internal static List<(object Entity, bool Deleted)> Touched(QuorumDb db) =>
        [.. db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is Minute or AgendaItem or Decision or ActionItem or Paper or Person or Meeting or Organisation)
            .Where(e => e.Entity is not (Meeting or Organisation) || e.State == EntityState.Modified)
            .Select(e => (e.Entity, e.State == EntityState.Deleted))];

    /// <summary>After the save (when new records have ids), writes the documents of what it touched.</summary>
    internal static async Task RefreshAsync(QuorumDb db, List<(object Entity, bool Deleted)> touched, CancellationToken cancellationToken)
    {
        if (touched.Count == 0)
            return;
        var keys = new HashSet<(string Kind, int Id)>();
        var meetings = new List<int>();
        var items = new List<int>();
        var organisations = new List<int>();
        foreach (var (entity, _) in touched)
        {
            switch (entity)
            {
                case Minute m: keys.Add((SearchKinds.Minute, m.Id)); break;
                case AgendaItem i: keys.Add((SearchKinds.AgendaItem, i.Id)); items.Add(i.Id); break;
                case Decision d: keys.Add((SearchKinds.Decision, d.Id)); break;
                case ActionItem a: keys.Add((SearchKinds.Action, a.Id)); break;
                case Paper p: keys.Add((SearchKinds.Paper, p.Id)); break;
                case Person p: keys.Add((SearchKinds.Person, p.Id)); break;
                case Meeting m: meetings.Add(m.Id); break;
                case Organisation o: organisations.Add(o.Id); break;
            }
        }

        // A meeting's date or body, an item's title, an organisation's name appear in other records' documents.
        if (meetings.Count > 0)
        {
            items.AddRange(await db.AgendaItems.IncludingWithheld().Where(i => meetings.Contains(i.MeetingId)).Select(i => i.Id).ToListAsync(cancellationToken));
            keys.UnionWith(items.Select(i => (SearchKinds.AgendaItem, i)));
            keys.UnionWith((await db.Decisions.IncludingWithheld().Where(d => meetings.Contains(d.MeetingId)).Select(d => d.Id).ToListAsync(cancellationToken)).Select(i => (SearchKinds.Decision, i)));
            keys.UnionWith((await db.Actions.IncludingWithheld().Where(a => meetings.Contains(a.MeetingId)).Select(a => a.Id).ToListAsync(cancellationToken)).Select(i => (SearchKinds.Action, i)));
            keys.UnionWith((await db.Papers.IncludingWithheld().Where(p => p.MeetingId != null && meetings.Contains(p.MeetingId.Value)).Select(p => p.Id).ToListAsync(cancellationToken)).Select(i => (SearchKinds.Paper, i)));
        }

        if (items.Count > 0)
            keys.UnionWith((await db.Minutes.IncludingWithheld().Where(n => items.Contains(n.AgendaItemId)).Select(n => n.Id).ToListAsync(cancellationToken)).Select(i => (SearchKinds.Minute, i)));
        if (organisations.Count > 0)
            keys.UnionWith((await db.People.Where(p => p.OrganisationId != null && organisations.Contains(p.OrganisationId.Value)).Select(p => p.Id).ToListAsync(cancellationToken)).Select(i => (SearchKinds.Person, i)));

        var fresh = new List<SearchDocument>();
        foreach (var group in keys.GroupBy(k => k.Kind))
            fresh.AddRange(await ReadAsync(db, group.Key, [.. group.Select(k => k.Id)], cancellationToken));

        foreach (var group in keys.GroupBy(k => k.Kind))
        {
            var ids = group.Select(k => k.Id).ToList();
            var existing = await db.SearchDocuments.Where(d => d.Kind == group.Key && ids.Contains(d.RecordId)).ToListAsync(cancellationToken);
            var wanted = fresh.Where(d => d.Kind == group.Key).ToDictionary(d => d.RecordId);
            foreach (var document in existing)
            {
                if (wanted.Remove(document.RecordId, out var now))
                {
                    document.BodyId = now.BodyId;
                    document.Date = now.Date;
                    document.Title = now.Title;
                    document.Text = now.Text;
                }
                else
                {
                    db.SearchDocuments.Remove(document);
                }
            }

            db.SearchDocuments.AddRange(wanted.Values);
        }
    }

    /// <summary>The documents of records of one kind, read past the visibility rule: the index holds everything, and answers go back through the rule.</summary>
    private static async Task<List<SearchDocument>> ReadAsync(QuorumDb db, string kind, List<int> ids, CancellationToken cancellationToken) => kind switch
    {
        SearchKinds.Minute => await db.Minutes.IncludingWithheld().Where(n => ids.Contains(n.Id))
            .Select(n => ForMinute(n.Id, n.AgendaItem!.Meeting!.BodyId, n.AgendaItem.Meeting.Date, n.AgendaItem.Number, n.AgendaItem.Title, n.Text))
            .ToListAsync(cancellationToken),
        SearchKinds.AgendaItem => await db.AgendaItems.IncludingWithheld().Where(i => ids.Contains(i.Id))
            .Select(i => ForAgendaItem(i.Id, i.Meeting!.BodyId, i.Meeting.Date, i.Title))
            .ToListAsync(cancellationToken),
        SearchKinds.Decision => await db.Decisions.IncludingWithheld().Where(d => ids.Contains(d.Id))
            .Select(d => ForDecision(d.Id, d.BodyId, d.Meeting!.Date, d.Number, d.Text))
            .ToListAsync(cancellationToken),
        SearchKinds.Action => await db.Actions.IncludingWithheld().Where(a => ids.Contains(a.Id))
            .Select(a => ForAction(a.Id, a.BodyId, a.Meeting!.Date, a.Reference, a.Text))
            .ToListAsync(cancellationToken),
        SearchKinds.Paper => await db.Papers.IncludingWithheld().Where(p => ids.Contains(p.Id))
            .Select(p => ForPaper(p.Id, p.BodyId, p.Meeting == null ? null : p.Meeting.Date, p.Title, p.Author, p.Text))
            .ToListAsync(cancellationToken),
        SearchKinds.Person => await db.People.Where(p => ids.Contains(p.Id))
            .Select(p => ForPerson(p.Id, p.FullName, p.JobTitle, p.Organisation == null ? null : p.Organisation.Name))
            .ToListAsync(cancellationToken),
        _ => [],
    };

    public static SearchDocument ForMinute(int id, int bodyId, DateOnly date, string itemNumber, string itemTitle, string text) =>
        new() { Kind = SearchKinds.Minute, RecordId = id, BodyId = bodyId, Date = date, Title = $"{itemNumber} {itemTitle}", Text = text };

    public static SearchDocument ForAgendaItem(int id, int bodyId, DateOnly date, string title) =>
        new() { Kind = SearchKinds.AgendaItem, RecordId = id, BodyId = bodyId, Date = date, Title = title };

    public static SearchDocument ForDecision(int id, int bodyId, DateOnly date, int number, string text) =>
        new() { Kind = SearchKinds.Decision, RecordId = id, BodyId = bodyId, Date = date, Title = $"Decision {number}", Text = text };

    public static SearchDocument ForAction(int id, int bodyId, DateOnly date, string reference, string text) =>
        new() { Kind = SearchKinds.Action, RecordId = id, BodyId = bodyId, Date = date, Title = reference, Text = text };

    public static SearchDocument ForPaper(int id, int bodyId, DateOnly? date, string title, string? author, string? text) =>
        new() { Kind = SearchKinds.Paper, RecordId = id, BodyId = bodyId, Date = date, Title = title, Text = $"{author}\n{text}".Trim() };

    public static SearchDocument ForPerson(int id, string fullName, string? jobTitle, string? organisation) =>
        new() { Kind = SearchKinds.Person, RecordId = id, Title = fullName, Text = $"{jobTitle}\n{organisation}".Trim() };
}
