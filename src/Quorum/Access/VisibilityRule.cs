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
/// <item>A register's contracts follow its body; their sums, when restricted, reach only the body's members.</item>
/// <item>A consultation follows the paper that is the consultation.</item>
/// <item>A catalogue's applications and a listing's projects follow their body; an application's appraisal, when restricted, reaches only the body's members.</item>
/// <item>A register's measures and their values follow its body; a restricted measure reaches only the body's members.</item>
/// </list>
/// </summary>
/// <remarks>
/// Each filter reads its own row and asks about any other record by key, as a correlated
/// <c>EXISTS</c> on that record's (filtered) set: "the item is visible" is
/// <c>db.AgendaItems.Any(i =&gt; i.Id == x.AgendaItemId)</c>, never a navigation such as
/// <c>x.AgendaItem != null</c>. A navigation to a filtered record joins a subquery over the whole
/// filtered table, and when that subquery is itself a join the database builds it in full for
/// every query, so reading one meeting's actions cost as much as reading every agenda item. A
/// lookup by primary key costs the same however many meetings are stored, and since no filter
/// joins, a page's own navigation to a filtered record joins one table, which the database folds
/// into the page's query.
/// </remarks>
public static class VisibilityRule
{
    internal static void Apply(ModelBuilder model, QuorumDb db)
    {
        model.Entity<Body>().HasQueryFilter(b =>
            db.SeesEverything || b.IsPublic || db.VisibleBodyIds.Contains(b.Id));

        // "Its body is public", with "the viewer does not sit on it" repeated inside, which changes
        // nothing that is seen: it ties the body's test to the row, so PostgreSQL looks up each
        // row's body by key instead of first gathering every public body into a hash table (the
        // home page's "latest minutes" read 1,049 pages at sixteen thousand bodies, now 23).
        model.Entity<Membership>().HasQueryFilter(m =>
            db.SeesEverything || db.VisibleBodyIds.Contains(m.BodyId)
            || db.Bodies.Any(b => b.Id == m.BodyId && b.IsPublic && !db.VisibleBodyIds.Contains(m.BodyId)));

        model.Entity<Meeting>().HasQueryFilter(m =>
            db.SeesEverything || db.VisibleBodyIds.Contains(m.BodyId)
            || db.Bodies.Any(b => b.Id == m.BodyId && b.IsPublic && !db.VisibleBodyIds.Contains(m.BodyId)));

        // The meeting is visible (its body is public, or the viewer sits on it); an exempt item
        // needs the second.
        model.Entity<AgendaItem>().HasQueryFilter(i =>
            db.SeesEverything
            || db.Meetings.Any(m => m.Id == i.MeetingId && (!i.IsExempt || db.VisibleBodyIds.Contains(m.BodyId))));

        // Below, "db.X.Any(x => x.Id == key)" reads "that record is visible to this viewer": each
        // rule builds on the one above it rather than repeating it.
        model.Entity<Minute>().HasQueryFilter(n =>
            db.SeesEverything
            || db.AgendaItems.Any(i => i.Id == n.AgendaItemId
                && db.Meetings.Any(m => m.Id == i.MeetingId && (m.MinutesState == MinutesState.Published || db.VisibleBodyIds.Contains(m.BodyId)))));

        model.Entity<Attendance>().HasQueryFilter(a =>
            db.SeesEverything
            || db.Meetings.Any(m => m.Id == a.MeetingId && (m.MinutesState == MinutesState.Published || db.VisibleBodyIds.Contains(m.BodyId))));

        // Actions and decisions are part of the minutes: public once the minutes that record them
        // are, and never when the item they were raised under is withheld. The meeting's test
        // repeats "the viewer does not sit on the body", which changes nothing that is seen: it
        // ties the test to the action's own row, so PostgreSQL looks up each action's meeting by
        // key instead of first gathering every published meeting into a hash table (0.55 s at
        // 100,000 meetings, for a page of fifty actions that needs some eight hundred lookups).
        // The action's own copy of "its minutes are published" is asked first: the tracker's walk
        // of the actions' index reads it from the index and passes the newest meetings' unpublished
        // actions without a lookup each. It only narrows; the meeting decides. The item's test
        // repeats it too: a test by key alone lets PostgreSQL choose to hash every visible agenda
        // item first (0.23 s at 10,000 meetings for the tracker's page of 25, against 0.5 ms).
        model.Entity<ActionItem>().HasQueryFilter(a =>
            db.SeesEverything
            || db.VisibleBodyIds.Contains(a.BodyId)
            || (a.MinutesPublished
                && db.Meetings.Any(m => m.Id == a.MeetingId && m.MinutesState == MinutesState.Published && !db.VisibleBodyIds.Contains(a.BodyId))
                && (a.AgendaItemId == null || db.AgendaItems.Any(i => i.Id == a.AgendaItemId && !db.VisibleBodyIds.Contains(a.BodyId)))));

        model.Entity<ActionUpdate>().HasQueryFilter(u =>
            db.SeesEverything
            || db.Actions.Any(a => a.Id == u.ActionItemId
                && (db.VisibleBodyIds.Contains(a.BodyId)
                    || u.MeetingId == null
                    || db.Meetings.Any(m => m.Id == u.MeetingId && m.MinutesState == MinutesState.Published))));

        // As for actions, the repeated "does not sit on the body" keeps the meeting and the item
        // lookups by key.
        model.Entity<Decision>().HasQueryFilter(d =>
            db.SeesEverything
            || db.VisibleBodyIds.Contains(d.BodyId)
            || (db.Meetings.Any(m => m.Id == d.MeetingId && m.MinutesState == MinutesState.Published && !db.VisibleBodyIds.Contains(d.BodyId))
                && (d.AgendaItemId == null || db.AgendaItems.Any(i => i.Id == d.AgendaItemId && !db.VisibleBodyIds.Contains(d.BodyId)))));

        // A paper is opened by those it is circulated to, and by its body's clerks; a public one by
        // anyone who can see its body, meeting and item: everyone for a public body, the members
        // of a body that sits in private.
        model.Entity<Paper>().HasQueryFilter(p =>
            db.SeesEverything
            || db.ClerkBodyIds.Contains(p.BodyId)
            || (p.Circulation == Circulation.Public
                && db.Bodies.Any(b => b.Id == p.BodyId)
                && (p.MeetingId == null || db.Meetings.Any(m => m.Id == p.MeetingId))
                && (p.AgendaItemId == null || db.AgendaItems.Any(i => i.Id == p.AgendaItemId)))
            || (p.Circulation == Circulation.MembersOfBodies && p.CirculatedToBodies.Any(b => db.VisibleBodyIds.Contains(b.Id)))
            || (p.Circulation == Circulation.NamedPeople && p.CirculatedToPeople.Any(person => person.Id == db.ViewerPersonId)));

        model.Entity<PaperVersion>().HasQueryFilter(v => db.SeesEverything || db.Papers.Any(p => p.Id == v.PaperId));

        // A programme follows its board; its RAID log is for the board's members only.
        model.Entity<Programme>().HasQueryFilter(p => db.SeesEverything || db.Bodies.Any(b => b.Id == p.BodyId));
        model.Entity<Workstream>().HasQueryFilter(w => db.SeesEverything || db.Programmes.Any(p => p.Id == w.ProgrammeId));
        model.Entity<Milestone>().HasQueryFilter(m => db.SeesEverything || db.Workstreams.Any(w => w.Id == m.WorkstreamId));
        model.Entity<HighlightReport>().HasQueryFilter(r => db.SeesEverything || db.Workstreams.Any(w => w.Id == r.WorkstreamId));
        model.Entity<RaidEntry>().HasQueryFilter(r =>
            db.SeesEverything
            || db.Workstreams.Any(w => w.Id == r.WorkstreamId && db.Programmes.Any(p => p.Id == w.ProgrammeId && db.VisibleBodyIds.Contains(p.BodyId))));

        // A register's contracts follow its body; their sums, when restricted, are for the body's members.
        model.Entity<Contracts.Contract>().HasQueryFilter(c =>
            db.SeesEverything || db.VisibleBodyIds.Contains(c.BodyId) || db.Bodies.Any(b => b.Id == c.BodyId && b.IsPublic));
        model.Entity<Contracts.ContractTerms>().HasQueryFilter(t =>
            db.SeesEverything
            || db.Contracts.Any(c => c.Id == t.ContractId && (!c.CommercialDetailsRestricted || db.VisibleBodyIds.Contains(c.BodyId))));

        // A consultation is its paper: seen by whoever may open the paper, and by nobody else.
        model.Entity<Consultations.Consultation>().HasQueryFilter(c => db.SeesEverything || db.Papers.Any(p => p.Id == c.PaperId));

        // A catalogue's applications and a listing's projects follow their body, as contracts do; an
        // application's appraisal, when restricted, is for the body's members.
        model.Entity<Applications.Application>().HasQueryFilter(a =>
            db.SeesEverything || db.VisibleBodyIds.Contains(a.BodyId) || db.Bodies.Any(b => b.Id == a.BodyId && b.IsPublic));
        model.Entity<Applications.ApplicationAppraisal>().HasQueryFilter(x =>
            db.SeesEverything
            || db.Applications.Any(a => a.Id == x.ApplicationId && (!a.AppraisalRestricted || db.VisibleBodyIds.Contains(a.BodyId))));
        model.Entity<Projects.Project>().HasQueryFilter(p =>
            db.SeesEverything || db.VisibleBodyIds.Contains(p.BodyId) || db.Bodies.Any(b => b.Id == p.BodyId && b.IsPublic));

        // A register's measures follow its body; a restricted measure, with its values, is for the body's members.
        model.Entity<Kpis.Kpi>().HasQueryFilter(k =>
            db.SeesEverything || db.VisibleBodyIds.Contains(k.BodyId) || (!k.Restricted && db.Bodies.Any(b => b.Id == k.BodyId && b.IsPublic)));
        model.Entity<Kpis.KpiValue>().HasQueryFilter(v => db.SeesEverything || db.Kpis.Any(k => k.Id == v.KpiId));

        // An upload waiting for review is the uploading body's clerks' business only.
        model.Entity<Imports.PendingImport>().HasQueryFilter(p => db.SeesEverything || db.ClerkBodyIds.Contains(p.BodyId));
        model.Entity<Imports.ImportedDocument>().HasQueryFilter(d => db.SeesEverything || db.VisibleBodyIds.Contains(d.BodyId));

        // The outbox holds what members were sent: a body's clerks see its messages, nobody else.
        model.Entity<Notifications.OutboxMessage>().HasQueryFilter(m => db.SeesEverything || (m.BodyId != null && db.ClerkBodyIds.Contains(m.BodyId.Value)));
        model.Entity<Notifications.OutboxAttachment>().HasQueryFilter(a => db.SeesEverything || db.OutboxMessages.Any(m => m.Id == a.OutboxMessageId));

        // Declarations, motions and votes are part of the minutes, under the item they concern: as
        // decisions are, public once the minutes are and never when the item is withheld.
        model.Entity<Conduct.Declaration>().HasQueryFilter(d =>
            db.SeesEverything
            || (db.Meetings.Any(m => m.Id == d.MeetingId && (m.MinutesState == MinutesState.Published || db.VisibleBodyIds.Contains(m.BodyId)))
                && db.AgendaItems.Any(i => i.Id == d.AgendaItemId)));
        model.Entity<Conduct.Motion>().HasQueryFilter(x =>
            db.SeesEverything
            || (db.Meetings.Any(m => m.Id == x.MeetingId && (m.MinutesState == MinutesState.Published || db.VisibleBodyIds.Contains(m.BodyId)))
                && db.AgendaItems.Any(i => i.Id == x.AgendaItemId)));
        model.Entity<Conduct.RecordedVote>().HasQueryFilter(v => db.SeesEverything || db.Motions.Any(m => m.Id == v.MotionId));

        // A register of interests: its body's clerks and the member see every version; others see
        // the published versions of a body they see. A sensitive interest is for the clerks and the
        // member alone (Localism Act 2011 s.32); others are told only its category (WithheldInterests).
        model.Entity<Conduct.InterestRegisterVersion>().HasQueryFilter(v =>
            db.SeesEverything
            || db.ClerkBodyIds.Contains(v.BodyId)
            || v.PersonId == db.ViewerPersonId
            || (v.PublishedOn != null && db.Bodies.Any(b => b.Id == v.BodyId)));
        model.Entity<Conduct.RegisteredInterest>().HasQueryFilter(r =>
            db.SeesEverything
            || db.InterestRegisterVersions.Any(v => v.Id == r.RegisterVersionId
                && (!r.IsSensitive || db.ClerkBodyIds.Contains(v.BodyId) || v.PersonId == db.ViewerPersonId)));

        // An amendment shows the old text: it is seen by whoever may read the minute it changed.
        model.Entity<MinutesAmendment>().HasQueryFilter(a =>
            db.SeesEverything
            || db.Meetings.Any(m => m.Id == a.MeetingId
                && (db.VisibleBodyIds.Contains(m.BodyId)
                    || (m.MinutesState == MinutesState.Published && db.Minutes.Any(n => n.AgendaItemId == a.AgendaItemId)))));
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
