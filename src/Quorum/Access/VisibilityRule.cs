using Microsoft.EntityFrameworkCore;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Decisions;
using Quorum.Meetings;

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

        model.Entity<Minute>().HasQueryFilter(n =>
            db.SeesEverything
            || db.VisibleBodyIds.Contains(n.AgendaItem!.Meeting!.BodyId)
            || (n.AgendaItem.Meeting.Body!.IsPublic
                && !n.AgendaItem.IsExempt
                && n.AgendaItem.Meeting.MinutesState == MinutesState.Published));

        model.Entity<Attendance>().HasQueryFilter(a =>
            db.SeesEverything
            || db.VisibleBodyIds.Contains(a.Meeting!.BodyId)
            || (a.Meeting.Body!.IsPublic && a.Meeting.MinutesState == MinutesState.Published));

        // Actions and decisions are part of the minutes: public once the minutes that record them are.
        model.Entity<ActionItem>().HasQueryFilter(a =>
            db.SeesEverything
            || db.VisibleBodyIds.Contains(a.BodyId)
            || (a.Body!.IsPublic
                && a.Meeting!.MinutesState == MinutesState.Published
                && (a.AgendaItem == null || !a.AgendaItem.IsExempt)));

        model.Entity<ActionUpdate>().HasQueryFilter(u =>
            db.SeesEverything
            || db.VisibleBodyIds.Contains(u.ActionItem!.BodyId)
            || (u.ActionItem.Body!.IsPublic
                && u.ActionItem.Meeting!.MinutesState == MinutesState.Published
                && (u.ActionItem.AgendaItem == null || !u.ActionItem.AgendaItem.IsExempt)
                && (u.Meeting == null || u.Meeting.MinutesState == MinutesState.Published)));

        model.Entity<Decision>().HasQueryFilter(d =>
            db.SeesEverything
            || db.VisibleBodyIds.Contains(d.BodyId)
            || (d.Body!.IsPublic
                && d.Meeting!.MinutesState == MinutesState.Published
                && (d.AgendaItem == null || !d.AgendaItem.IsExempt)));
    }

    /// <summary>
    /// Reads past the visibility rule. Only for Quorum's own housekeeping (numbering, uniqueness
    /// checks) where nothing read is shown to the viewer; a reflection test keeps its callers few.
    /// </summary>
    public static IQueryable<T> IncludingWithheld<T>(this IQueryable<T> query) where T : class =>
        query.IgnoreQueryFilters();
}
