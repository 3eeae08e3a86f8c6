namespace Quorum.Web.Tests;

/// <summary>
/// The database a test host runs on, chosen by QUORUM_TEST_DATABASE (sqlite by default). SQLite
/// gets a fresh file in a temp folder; PostgreSQL a fresh database in the suite's throwaway cluster.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public static bool WantsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("QUORUM_TEST_DATABASE"), "postgres", StringComparison.OrdinalIgnoreCase);

    public required string Provider { get; init; }

    public required string ConnectionString { get; init; }

    public required string DataDirectory { get; init; }

    public bool IsPostgres => Provider == "postgres";

    public static TestDatabase Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "quorum-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (!WantsPostgres)
            return new TestDatabase { Provider = "sqlite", ConnectionString = $"Data Source={Path.Combine(folder, "quorum.db")}", DataDirectory = folder };

        var cluster = SharedPostgres.Cluster ?? throw new InvalidOperationException($"PostgreSQL tests cannot run: {SharedPostgres.SkipReason}");
        var name = "quorum_" + Guid.NewGuid().ToString("N")[..12];
        cluster.CreateDatabase(name);
        return new TestDatabase { Provider = "postgres", ConnectionString = cluster.ConnectionString(name), DataDirectory = folder };
    }

    public void Dispose()
    {
        if (!IsPostgres)
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean from the temp folder.
        }
    }
}
