using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Quorum.Actions;
using Quorum.Data;

namespace Quorum.Web.Features.Actions;

/// <summary>How many actions the tracker's filters find of each status, each counted up to <see cref="TrackerFigures.MostCounted"/>.</summary>
public sealed record TrackerCounts(int Open, int InProgress, int Done, int Overdue);

/// <summary>
/// The action tracker's figures, and the count of the API's list of actions. Each walks actions
/// through the visibility rule until it has counted <see cref="MostCounted"/>, which at a million
/// meetings is most of the tracker's time. What an anonymous visitor may see is the same for every
/// anonymous visitor, so their figures are counted once for each filter, day and change of the
/// records (the newest audit event, which every save on any node writes) and kept for a minute; a
/// signed-in person's are counted afresh, as their view is their own.
/// </summary>
public sealed class TrackerFigures(IMemoryCache kept, LastChange lastChange)
{
    /// <summary>The most actions counted for each figure; more are shown as "1,000+".</summary>
    public const int MostCounted = 1000;

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public Task<TrackerCounts> CountAsync(QuorumDb db, ActionFilter filter, CancellationToken cancellationToken) =>
        KeptForVisitorsAsync(db, nameof(CountAsync), filter, () => CountAfreshAsync(db, filter, db.Today, cancellationToken), cancellationToken);

    /// <summary>
    /// How many actions the API's list of <paramref name="filter"/> holds, as <paramref name="count"/>
    /// counts them afresh (up to one past <see cref="Quorum.Web.Features.Api.PageQuery.MostCounted"/>), whatever page is asked for.
    /// </summary>
    public Task<int> CountListedAsync(QuorumDb db, ActionFilter filter, Func<Task<int>> count, CancellationToken cancellationToken) =>
        KeptForVisitorsAsync(db, nameof(CountListedAsync), filter, count, cancellationToken);

    private async Task<T> KeptForVisitorsAsync<T>(QuorumDb db, string figure, ActionFilter filter, Func<Task<T>> count, CancellationToken cancellationToken)
    {
        if (db.Viewer.IsSignedIn)
            return await count();
        var key = (nameof(TrackerFigures), figure, filter, db.Today, await lastChange.ReadAsync(cancellationToken));
        return (await kept.GetOrCreateAsync(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            entry.Size = 1;
            return count();
        }))!;
    }

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
