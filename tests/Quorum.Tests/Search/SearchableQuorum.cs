using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;

namespace Quorum.Tests.Search;

/// <summary>
/// A Quorum database held in memory with its full-text index: built by the SQLite migrations, which
/// add the index, its facets and the triggers that feed it (the model does not know them).
/// </summary>
public sealed class SearchableQuorum : IDisposable
{
    private readonly SqliteConnection connection = new("DataSource=:memory:");

    public SearchableQuorum()
    {
        connection.Open();
        using var db = Open(Viewer.System);
        db.Database.Migrate();
    }

    public QuorumDb Open(Viewer viewer) =>
        new(new DbContextOptionsBuilder<QuorumDb>().UseSqlite(connection, o => o.MigrationsAssembly("Quorum.Migrations.Sqlite")).Options) { Viewer = viewer };

    public void Dispose() => connection.Dispose();
}
