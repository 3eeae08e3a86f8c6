using Microsoft.EntityFrameworkCore;
using Quorum.Actions;

namespace Quorum.Web.Features.Actions;

/// <summary>
/// The filters of the action tracker, shared by the page, its exports and the API so that a list
/// and its download always agree. Query names: body, owner, status, overdue, dueWithinDays.
/// </summary>
public sealed record ActionFilter(string? Body, int? Owner, ActionStatus? Status, bool Overdue, int? DueWithinDays)
{
    public IQueryable<ActionItem> Apply(IQueryable<ActionItem> actions, DateOnly today)
    {
        if (!string.IsNullOrWhiteSpace(Body))
            actions = actions.Where(a => a.Body!.ShortName == Body);
        if (Owner is { } owner)
            actions = actions.Where(a => a.Owners.Any(o => o.Id == owner));
        if (Status is { } status)
            actions = actions.Where(a => a.Status == status);
        if (Overdue)
            actions = actions.Where(a => (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && a.DueDate != null && a.DueDate < today);
        if (DueWithinDays is { } days)
        {
            var until = today.AddDays(days);
            actions = actions.Where(a => (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && a.DueDate != null && a.DueDate >= today && a.DueDate <= until);
        }

        return actions;
    }

    /// <summary>
    /// False when these filters leave no action of <paramref name="status"/>: another status is
    /// asked for, or overdue and due soon, which only open and in-progress actions can be. Mirrors
    /// <see cref="Apply"/>, so the tracker need not ask the database for counts that must be nought.
    /// </summary>
    public bool Admits(ActionStatus status) =>
        (Status is not { } only || only == status)
        && (!(Overdue || DueWithinDays is not null) || status is ActionStatus.Open or ActionStatus.InProgress);

    public string QueryString()
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Body))
            parts.Add($"body={Uri.EscapeDataString(Body)}");
        if (Owner is { } owner)
            parts.Add($"owner={owner}");
        if (Status is { } status)
            parts.Add($"status={status}");
        if (Overdue)
            parts.Add("overdue=true");
        if (DueWithinDays is { } days)
            parts.Add($"dueWithinDays={days}");
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>The rows of the tracker and its exports, newest meeting first.</summary>
    public static IQueryable<ActionItem> WithDetails(IQueryable<ActionItem> actions) =>
        NewestFirst(actions.AsNoTracking()
            .Include(a => a.Body)
            .Include(a => a.Meeting!).ThenInclude(m => m.Body)
            .Include(a => a.AgendaItem)
            .Include(a => a.Owners)
            .Include(a => a.Updates)
            .AsSplitQuery());

    /// <summary>
    /// Newest meeting first, then in the order raised. The action's own copy of its meeting's date
    /// leads, with the meeting's id to break ties of date, so the database walks the actions' index
    /// on those three columns and stops when the page is full: it neither sorts every action nor
    /// passes the meetings still to come, which have no actions yet.
    /// </summary>
    public static IOrderedQueryable<ActionItem> NewestFirst(IQueryable<ActionItem> actions) =>
        actions.OrderByDescending(a => a.MeetingDate).ThenByDescending(a => a.MeetingId).ThenBy(a => a.Sequence);
}
