using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;

namespace Quorum.Tests;

/// <summary>A Quorum database held in memory for one test: contexts opened on it share the open connection.</summary>
public sealed class InMemoryQuorum : IDisposable
{
    private readonly SqliteConnection connection = new("DataSource=:memory:");

    public InMemoryQuorum()
    {
        connection.Open();
        using var db = Open(Viewer.System);
        db.Database.EnsureCreated();
    }

    public QuorumDb Open(Viewer viewer) =>
        new(new DbContextOptionsBuilder<QuorumDb>().UseSqlite(connection).Options) { Viewer = viewer };

    /// <summary>A context with interceptors, as the web host registers them (the invitation updates, for one).</summary>
    public QuorumDb Open(Viewer viewer, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<QuorumDb>().UseSqlite(connection).AddInterceptors(interceptors).Options) { Viewer = viewer };

    public void Dispose() => connection.Dispose();
}
