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
    /// Newest meeting first, then in the order raised. The meeting's id breaks ties of date so the
    /// database can walk meetings by their date index (which holds the id) and each meeting's
    /// actions by theirs, and stop when the page is full instead of sorting every action. The id
    /// is the meeting's own, not the action's copy of it: SQLite sees that the date index gives
    /// that order, where ordering by the action's column made it sort every action instead.
    /// </summary>
    public static IOrderedQueryable<ActionItem> NewestFirst(IQueryable<ActionItem> actions) =>
        actions.OrderByDescending(a => a.Meeting!.Date).ThenByDescending(a => a.Meeting!.Id).ThenBy(a => a.Sequence);
}
