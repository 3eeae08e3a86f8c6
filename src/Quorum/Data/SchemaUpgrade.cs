using Microsoft.EntityFrameworkCore;

namespace Quorum.Data;

/// <summary>
/// Brings a database to the schema of this version of Quorum, from the web app at start, the
/// <c>migrate</c> command or a restore.
/// </summary>
public static class SchemaUpgrade
{
    /// <summary>
    /// Applies the pending migrations. A migration may rewrite a whole table (giving three million
    /// actions their meeting's date took PostgreSQL minutes), so its statements are allowed an
    /// hour, not a query's 30 seconds.
    /// </summary>
    /// <remarks>
    /// It first asks only which migrations are pending, which reads the history table. Migrating
    /// also builds the model twice more to compare it with the migrations, and what is compiled
    /// for that stays in memory: with nothing to apply, as at most starts, the web app now starts
    /// some 5 MB smaller. A database with migrations to apply is still checked.
    /// </remarks>
    public static async Task ApplyAsync(QuorumDb db, CancellationToken cancellationToken = default)
    {
        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            return;
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }
}
