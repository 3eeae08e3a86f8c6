using Microsoft.EntityFrameworkCore;

namespace Quorum.Data;

/// <summary>
/// The statistics the database's query planner chooses indexes by. Without them SQLite guesses,
/// and for a list such as "the latest actions" it guesses a scan and sort of every row where
/// walking the meetings' date index and stopping at the page's end costs the same at any size.
/// </summary>
public static class PlannerStatistics
{
    /// <summary>
    /// Brings the statistics up to date where tables have changed much since they were taken
    /// (SQLite's <c>PRAGMA optimize</c>, sampling at most a thousand rows an index, so it takes
    /// moments at any size). PostgreSQL keeps its own by autovacuum.
    /// </summary>
    public static async Task RefreshAsync(QuorumDb db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;", cancellationToken);
    }

    /// <summary>
    /// Takes the statistics afresh, after many rows were written at once. It reads every table, which
    /// at a million meetings takes PostgreSQL minutes: longer than a command is otherwise allowed.
    /// </summary>
    public static async Task RebuildAsync(QuorumDb db, CancellationToken cancellationToken = default)
    {
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        try
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }
}
