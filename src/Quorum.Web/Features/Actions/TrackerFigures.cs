using Microsoft.EntityFrameworkCore;
using Quorum.Actions;
using Quorum.Data;

namespace Quorum.Web.Features.Actions;

/// <summary>How many actions the tracker's filters find of each status, each counted up to <see cref="TrackerFigures.MostCounted"/>.</summary>
public sealed record TrackerCounts(int Open, int InProgress, int Done, int Overdue);

/// <summary>
/// The action tracker's figures, and the count of the API's list of actions. Each walks actions
/// through the visibility rule until it has counted <see cref="MostCounted"/>, which at a million
/// meetings is most of the tracker's time, so visitors' figures are kept for each filter
/// (<see cref="VisitorFigures"/>).
/// </summary>
public sealed class TrackerFigures(VisitorFigures visitors)
{
    /// <summary>The most actions counted for each figure; more are shown as "1,000+".</summary>
    public const int MostCounted = 1000;

    public Task<TrackerCounts> CountAsync(QuorumDb db, ActionFilter filter, CancellationToken cancellationToken) =>
        visitors.CountAsync(db, (nameof(TrackerFigures), nameof(CountAsync), filter), () => CountAfreshAsync(db, filter, db.Today, cancellationToken), cancellationToken);

    /// <summary>
    /// How many actions the API's list of <paramref name="filter"/> holds, as <paramref name="count"/>
    /// counts them afresh (up to one past <see cref="Quorum.Web.Features.Api.PageQuery.MostCounted"/>), whatever page is asked for.
    /// </summary>
    public Task<int> CountListedAsync(QuorumDb db, ActionFilter filter, Func<Task<int>> count, CancellationToken cancellationToken) =>
        visitors.CountAsync(db, (nameof(TrackerFigures), nameof(CountListedAsync), filter), count, cancellationToken);

    private static async Task<TrackerCounts> CountAfreshAsync(QuorumDb db, ActionFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        var filtered = filter.Apply(db.Actions, today);
        // Statuses the filters leave out count nought without asking: PostgreSQL, handed the
        // filter's status as a parameter, read every action of it to find none (0.6 s each at
        // three million actions).
        var open = filter.Admits(ActionStatus.Open) ? await CountUpToAsync(filtered.Where(a => a.Status == ActionStatus.Open), cancellationToken) : 0;
        var inProgress = filter.Admits(ActionStatus.InProgress) ? await CountUpToAsync(filtered.Where(a => a.Status == ActionStatus.InProgress), cancellationToken) : 0;
        var done = filter.Admits(ActionStatus.Done) ? await CountUpToAsync(filtered.Where(a => a.Status == ActionStatus.Done), cancellationToken) : 0;
        var overdue = filter.Admits(ActionStatus.Open) || filter.Admits(ActionStatus.InProgress)
            ? await CountUpToAsync(filtered.Where(a => (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && a.DueDate != null && a.DueDate < today), cancellationToken)
            : 0;
        return new TrackerCounts(open, inProgress, done, overdue);
    }

    // Each count stops one past MostCounted, so it costs the same with twenty years of history as
    // with one; beyond that the tracker says "1,000+". Every row counted is read through the
    // visibility rule, as the list's rows are.
    private static Task<int> CountUpToAsync(IQueryable<ActionItem> actions, CancellationToken cancellationToken) =>
        actions.Take(MostCounted + 1).CountAsync(cancellationToken);
}
