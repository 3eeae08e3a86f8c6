using Microsoft.EntityFrameworkCore;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Decisions;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.Programmes;

namespace Quorum.Access;

/// <summary>
/// Who may see what, decided here and nowhere else. Each filter is installed on the model as an
/// EF Core query filter, so every page, endpoint, feed and export that reads through
/// <see cref="QuorumDb"/> gets the same answer.
/// <list type="bullet">
/// <item>A body is seen if it is public, or the viewer sits on it.</item>
/// <item>Meetings and non-exempt agenda items of a visible public body are public.</item>
/// <item>Minutes and attendance are public once the minutes are published.</item>
/// <item>Exempt items and their minutes are seen only by the body's members, clerks and administrators.</item>
/// <item>Actions and decisions follow the minutes and the item they were recorded under.</item>
/// <item>Papers go to those they are circulated to; a public paper follows its meeting and item.</item>
/// </list>
/// </summary>
public static class VisibilityRule
{
    internal static void Apply(ModelBuilder model, QuorumDb db)
    {
        model.Entity<Body>().HasQueryFilter(b =>
            db.SeesEverything || b.IsPublic || db.VisibleBodyIds.Contains(b.Id));

        model.Entity<Membership>().HasQueryFilter(m =>
            db.SeesEverything || m.Body!.IsPublic || db.VisibleBodyIds.Contains(m.BodyId));

        model.Entity<Meeting>().HasQueryFilter(m =>
            db.SeesEverything || m.Body!.IsPublic || db.VisibleBodyIds.Contains(m.BodyId));

        model.Entity<AgendaItem>().HasQueryFilter(i =>
            db.SeesEverything
            || db.VisibleBodyIds.Contains(i.Meeting!.BodyId)
            || (i.Meeting.Body!.IsPublic && !i.IsExempt));

        // Below, a navigation to a filtered record is null when the viewer may not see that record,
        // so "x.AgendaItem != null" reads "the item is visible to this viewer": each rule builds on
        // the one above it rather than repeating it.
        model.Entity<Minute>().HasQueryFilter(n =>
            db.SeesEverything
            || db.VisibleBodyIds.Contains(n.AgendaItem!.Meeting!.BodyId)
            || (n.AgendaItem != null && n.AgendaItem.Meeting!.MinutesState == MinutesState.Published));

        model.Entity<Attendance>().HasQueryFilter(a =>
            db.SeesEverything
            || db.VisibleBodyIds.Contains(a.Meeting!.BodyId)
            || (a.Meeting != null && a.Meeting.MinutesState == MinutesState.Published));

        // Actions and decisions are part of the minutes: public once the minutes that record them
        // are, and never when the item they were raised under is withheld.
        model.Entity<ActionItem>().HasQueryFilter(a =>
            db.SeesEverything
            || db.VisibleBodyIds.Contains(a.BodyId)
            || (a.Meeting != null
                && a.Meeting.MinutesState == MinutesState.Published
                && (a.AgendaItemId == null || a.AgendaItem != null)));

        model.Entity<ActionUpdate>().HasQueryFilter(u =>
            db.SeesEverything
            || db.VisibleBodyIds.Contains(u.ActionItem!.BodyId)
            || (u.ActionItem != null && (u.MeetingId == null || (u.Meeting != null && u.Meeting.MinutesState == MinutesState.Published))));

        model.Entity<Decision>().HasQueryFilter(d =>
            db.SeesEverything
            || db.VisibleBodyIds.Contains(d.BodyId)
            || (d.Meeting != null
                && d.Meeting.MinutesState == MinutesState.Published
                && (d.AgendaItemId == null || d.AgendaItem != null)));

        // A paper is opened by those it is circulated to, and by its body's clerks; a public one by
        // anyone who can see the meeting and item it belongs to.
        model.Entity<Paper>().HasQueryFilter(p =>
            db.SeesEverything
            || db.ClerkBodyIds.Contains(p.BodyId)
            || (p.Circulation == Circulation.Public
                && p.Body != null && p.Body.IsPublic
                && (p.MeetingId == null || p.Meeting != null)
                && (p.AgendaItemId == null || p.AgendaItem != null))
            || (p.Circulation == Circulation.MembersOfBodies && p.CirculatedToBodies.Any(b => db.VisibleBodyIds.Contains(b.Id)))
            || (p.Circulation == Circulation.NamedPeople && p.CirculatedToPeople.Any(person => person.Id == db.ViewerPersonId)));

        model.Entity<PaperVersion>().HasQueryFilter(v => db.SeesEverything || v.Paper != null);

        // A programme follows its board; its RAID log is for the board's members only.
        model.Entity<Programme>().HasQueryFilter(p => db.SeesEverything || p.Body != null);
        model.Entity<Workstream>().HasQueryFilter(w => db.SeesEverything || w.Programme != null);
        model.Entity<Milestone>().HasQueryFilter(m => db.SeesEverything || m.Workstream != null);
        model.Entity<HighlightReport>().HasQueryFilter(r => db.SeesEverything || r.Workstream != null);
        model.Entity<RaidEntry>().HasQueryFilter(r => db.SeesEverything || db.VisibleBodyIds.Contains(r.Workstream!.Programme!.BodyId));

        // An upload waiting for review is the uploading body's clerks' business only.
        model.Entity<Imports.PendingImport>().HasQueryFilter(p => db.SeesEverything || db.ClerkBodyIds.Contains(p.BodyId));
        model.Entity<Imports.ImportedDocument>().HasQueryFilter(d => db.SeesEverything || db.VisibleBodyIds.Contains(d.BodyId));

        // The outbox holds what members were sent: a body's clerks see its messages, nobody else.
        model.Entity<Notifications.OutboxMessage>().HasQueryFilter(m => db.SeesEverything || (m.BodyId != null && db.ClerkBodyIds.Contains(m.BodyId.Value)));
        model.Entity<Notifications.OutboxAttachment>().HasQueryFilter(a => db.SeesEverything || a.OutboxMessage != null);

        // An amendment shows the old text: it is seen by whoever may read the minute it changed.
        model.Entity<MinutesAmendment>().HasQueryFilter(a =>
            db.SeesEverything
            || db.VisibleBodyIds.Contains(a.Meeting!.BodyId)
            || (a.AgendaItem != null && a.AgendaItem.Minute != null && a.Meeting != null && a.Meeting.MinutesState == MinutesState.Published));
    }

    /// <summary>Open data names only people whose consent to publication is recorded.</summary>
    public static IQueryable<People.Person> PublishedAsOpenData(this IQueryable<People.Person> people) =>
        people.Where(p => p.ConsentsToPublication);

    /// <summary>A seat is open data when its body is seen and its holder consents to publication.</summary>
    public static IQueryable<Membership> PublishedAsOpenData(this IQueryable<Membership> memberships) =>
        memberships.Where(m => m.Person!.ConsentsToPublication);

    /// <summary>A venue is open data when a meeting the viewer sees is held there.</summary>
    public static IQueryable<Location> PublishedAsOpenData(this IQueryable<Location> locations, QuorumDb db) =>
        locations.Where(l => db.Meetings.Any(m => m.LocationId == l.Id));

    /// <summary>
    /// Reads past the visibility rule. Only for Quorum's own housekeeping (numbering, uniqueness
    /// checks) where nothing read is shown to the viewer; a reflection test keeps its callers few.
    /// </summary>
    public static IQueryable<T> IncludingWithheld<T>(this IQueryable<T> query) where T : class =>
        query.IgnoreQueryFilters();
}
