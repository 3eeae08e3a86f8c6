using Microsoft.Extensions.Caching.Memory;
using Quorum.Data;

namespace Quorum.Web.Features;

/// <summary>
/// Counts shown to anonymous visitors (how many people, how many open actions), kept. What a
/// visitor may see is the same for every visitor, so each figure is counted once for each day and
/// change of the records (the newest audit event, which every save on any node writes) and kept
/// for at most a minute; a signed-in person's are counted afresh, as their view is their own.
/// Counting through the visibility rule was half of a list's time at national size.
/// </summary>
public sealed class VisitorFigures(IMemoryCache kept, LastChange lastChange)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <param name="db">The request's database, which knows the viewer and the day.</param>
    /// <param name="figure">
    /// What is counted, with everything the count depends on besides the records and the day (a
    /// list's filter, say): equal figures share one count.
    /// </param>
    /// <param name="count">Counts the figure afresh.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public async Task<T> CountAsync<T>(QuorumDb db, object figure, Func<Task<T>> count, CancellationToken cancellationToken)
    {
        if (db.Viewer.IsSignedIn)
            return await count();
        var key = (figure, db.Today, await lastChange.ReadAsync(cancellationToken));
        return (await kept.GetOrCreateAsync(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            entry.Size = 1;
            return count();
        }))!;
    }
}
