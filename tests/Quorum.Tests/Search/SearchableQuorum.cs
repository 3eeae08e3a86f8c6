using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;

namespace Quorum.Tests.Search;

/// <summary>
/// A Quorum database of a test's own with its full-text index: built by the SQLite migrations, which
/// add the index, its facets and the triggers that feed it (the model does not know them). Each
/// database is a copy of one migrated once per test process: migrating takes most of a second, a
/// copy (SQLite's backup) a millisecond, and every test still has a database of its own. The copy
/// is a temporary file, not a second in-memory database: the ranking keeps each word's document
/// count per database for five minutes, keyed by the connection's data source, and every in-memory
/// database's is empty, so tests would read each other's counts (and a mutated count would be
/// answered from one an earlier run kept).
/// </summary>
public sealed class SearchableQuorum : IDisposable
{
    private static readonly Lazy<SqliteConnection> Migrated = new(MigrateOnce);

    private readonly string file = Path.Combine(Path.GetTempPath(), $"quorum-search-{Guid.NewGuid():N}.db");
    private readonly SqliteConnection connection;

    public SearchableQuorum()
    {
        // Not pooled, so that the file is closed, and can be deleted, with the connection.
        connection = new SqliteConnection($"DataSource={file};Pooling=False");
        connection.Open();
        using (var fast = connection.CreateCommand())
        {
            // A test's database outlives no crash: nothing need reach the disk.
            fast.CommandText = "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;";
            fast.ExecuteNonQuery();
        }

        var migrated = Migrated.Value;
        // One connection is not safe to use from two threads, and test classes run in parallel.
        lock (migrated)
            migrated.BackupDatabase(connection);
    }

    public QuorumDb Open(Viewer viewer) => Open(connection, viewer);

    /// <summary>A context with a connection of its own to the same database, opened only while it is needed, as in the web host.</summary>
    public QuorumDb OpenOnDemand(Viewer viewer) =>
        new(new DbContextOptionsBuilder<QuorumDb>().UseSqlite($"DataSource={file};Pooling=False").Options) { Viewer = viewer };

    public void Dispose()
    {
        connection.Dispose();
        File.Delete(file);
    }

    private static QuorumDb Open(SqliteConnection connection, Viewer viewer) =>
        new(new DbContextOptionsBuilder<QuorumDb>().UseSqlite(connection, o => o.MigrationsAssembly("Quorum.Migrations.Sqlite")).Options) { Viewer = viewer };

    // Kept open for the life of the process: an in-memory database ends with its last connection.
    private static SqliteConnection MigrateOnce()
    {
        var migrated = new SqliteConnection("DataSource=:memory:");
        migrated.Open();
        using var db = Open(migrated, Viewer.System);
        db.Database.Migrate();
        return migrated;
    }
}
