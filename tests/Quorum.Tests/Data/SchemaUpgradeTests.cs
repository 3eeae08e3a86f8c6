using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Quorum.Access;
using Quorum.Data;

namespace Quorum.Tests.Data;

public sealed class SchemaUpgradeTests : IDisposable
{
    private readonly SqliteConnection connection = new("DataSource=:memory:");

    public SchemaUpgradeTests() => connection.Open();

    public void Dispose() => connection.Dispose();

    [Fact]
    public async Task ANewDatabase_IsMigrated_WithAnHourForEachStatement_ThenGivesBackTheUsualTimeout()
    {
        var timeouts = new CommandTimeouts();
        using var db = Open(timeouts);
        db.Database.SetCommandTimeout(45);

        await SchemaUpgrade.ApplyAsync(db);

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        timeouts.Seen.Where(c => c.Text.StartsWith("CREATE TABLE \"Meetings\"", StringComparison.Ordinal)).ShouldHaveSingleItem().Timeout.ShouldBe(3600);
        db.Database.GetCommandTimeout().ShouldBe(45);
    }

    [Fact]
    public async Task AnUpToDateDatabase_IsOnlyAskedWhichMigrationsItHas()
    {
        using (var first = Open(new CommandTimeouts()))
            await SchemaUpgrade.ApplyAsync(first);

        var timeouts = new CommandTimeouts();
        using var db = Open(timeouts);
        await SchemaUpgrade.ApplyAsync(db);

        timeouts.Seen.ShouldNotBeEmpty();
        timeouts.Seen.ShouldAllBe(c => !c.Text.Contains("CREATE", StringComparison.Ordinal) && !c.Text.Contains("INSERT", StringComparison.Ordinal));
    }

    private QuorumDb Open(CommandTimeouts timeouts) =>
        new(new DbContextOptionsBuilder<QuorumDb>()
            .UseSqlite(connection, o => o.MigrationsAssembly("Quorum.Migrations.Sqlite"))
            .AddInterceptors(timeouts).Options)
        { Viewer = Viewer.System };

    private sealed class CommandTimeouts : DbCommandInterceptor
    {
        public List<(string Text, int Timeout)> Seen { get; } = [];

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Seen.Add((command.CommandText, command.CommandTimeout));
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Seen.Add((command.CommandText, command.CommandTimeout));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Seen.Add((command.CommandText, command.CommandTimeout));
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
