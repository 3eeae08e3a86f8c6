using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;

namespace Quorum.Tests;

/// <summary>A Quorum database held in memory for one test: contexts opened on it share the open connection.</summary>
public sealed class InMemoryQuorum : IDisposable
{
    private readonly SqliteConnection connection = new("DataSource=:memory:");
    private readonly bool compilingEveryQuery;

    public InMemoryQuorum()
        : this(compilingEveryQuery: false)
    {
    }

    private InMemoryQuorum(bool compilingEveryQuery)
    {
        this.compilingEveryQuery = compilingEveryQuery;
        connection.Open();
        using var db = Open(Viewer.System);
        db.Database.EnsureCreated();
    }

    /// <summary>
    /// A database whose contexts compile each query afresh (<see cref="FreshlyCompiledQueries"/>), for the
    /// tests of the visibility rule: each then reads the rule as the code now has it. The other tests keep
    /// EF Core's cache, and their speed.
    /// </summary>
    public static InMemoryQuorum CompilingEveryQuery() => new(compilingEveryQuery: true);

    public QuorumDb Open(Viewer viewer) => new(Options().Options) { Viewer = viewer };

    /// <summary>A context with interceptors, as the web host registers them (the invitation updates, for one).</summary>
    public QuorumDb Open(Viewer viewer, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors) =>
        new(Options().AddInterceptors(interceptors).Options) { Viewer = viewer };

    private DbContextOptionsBuilder<QuorumDb> Options()
    {
        var options = new DbContextOptionsBuilder<QuorumDb>().UseSqlite(connection);
        return compilingEveryQuery ? options.CompilingEveryQuery() : options;
    }

    public void Dispose() => connection.Dispose();
}
