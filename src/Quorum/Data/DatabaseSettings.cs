using Microsoft.EntityFrameworkCore;

namespace Quorum.Data;

/// <summary>
/// Where Quorum keeps its data: SQLite in the data folder by default, or PostgreSQL when
/// <c>Quorum:Database</c> is <c>postgres</c> and <c>ConnectionStrings:Quorum</c> is set.
/// The web app and the command line read the same settings, so both open the same database.
/// </summary>
public sealed record DatabaseSettings(string Provider, string ConnectionString, string DataDirectory)
{
    public bool IsPostgres => Provider.Equals("postgres", StringComparison.OrdinalIgnoreCase);

    public static DatabaseSettings From(string? provider, string? connectionString, string? dataDirectory)
    {
        var folder = Path.GetFullPath(string.IsNullOrWhiteSpace(dataDirectory) ? "data" : dataDirectory);
        provider = string.IsNullOrWhiteSpace(provider) ? "sqlite" : provider.Trim().ToLowerInvariant();
        if (provider is not ("sqlite" or "postgres"))
            throw new InvalidOperationException($"Quorum:Database must be 'sqlite' or 'postgres', not '{provider}'.");
        if (provider == "postgres" && string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException("Quorum:Database is 'postgres' but ConnectionStrings:Quorum is not set.");
        connectionString = provider == "sqlite" && string.IsNullOrWhiteSpace(connectionString)
            ? $"Data Source={Path.Combine(folder, "quorum.db")}"
            : connectionString!;
        if (provider == "postgres")
            connectionString = WithPostgresDefaults(connectionString);
        return new DatabaseSettings(provider, connectionString, folder);
    }

    /// <summary>
    /// What Quorum adds to a PostgreSQL connection string, each unless the string names it itself:
    /// the name it is known by (any case, spaces ignored) and the setting.
    /// </summary>
    private static readonly (string Name, string Setting)[] PostgresDefaults =
    [
        // Statements a connection runs again are prepared. The visibility rule makes every query a
        // deep nest of conditions that PostgreSQL took longer to plan than to run (a meeting's page:
        // some 40 ms of planning for 5 ms of work at a million meetings); a prepared statement is
        // planned once per connection, or again only where PostgreSQL finds a plan for the values at
        // hand worth it.
        ("MaxAutoPrepare", "Max Auto Prepare=100;Auto Prepare Min Usages=2"),
        // EF Core takes a pooled connection for each query and gives it back after, and Npgsql
        // resets the session each time it comes back: seven statements more per query (a meeting's
        // page sent 111 statements for its 20 queries). Quorum keeps nothing in the session (its
        // advisory locks end with their transaction), so there is nothing to reset.
        ("NoResetOnClose", "No Reset On Close=true"),
    ];

    private static string WithPostgresDefaults(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }
            .Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var added = PostgresDefaults.Where(d => !given.Contains(d.Name)).Select(d => d.Setting).ToList();
        return added.Count == 0 ? connectionString : string.Join(';', [connectionString.TrimEnd().TrimEnd(';'), .. added]);
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        // A record's collections (an action's owners, an item's presenters) are read by a query of
        // their own, joined to the rows already chosen. Read in one query, a many-to-many list
        // becomes an outer join to its whole link table, which SQLite builds in full every time.
        if (IsPostgres)
        {
            options.UseNpgsql(ConnectionString, o => o.MigrationsAssembly("Quorum.Migrations.Postgres").UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        }
        else
        {
            Directory.CreateDirectory(DataDirectory);
            options.UseSqlite(ConnectionString, o => o.MigrationsAssembly("Quorum.Migrations.Sqlite").UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        }
    }
}
