using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;

namespace Quorum.Tests.Data;

public class PlannerStatisticsTests
{
    [Fact]
    public async Task Refreshing_TakesStatisticsOfTablesThatHaveNone()
    {
        using var quorum = new InMemoryQuorum();
        using var db = quorum.Open(Viewer.System);
        db.Bodies.AddRange(Enumerable.Range(1, 50).Select(n => new Body { Name = $"Body {n}", ShortName = $"B{n}" }));
        await db.SaveChangesAsync();

        await PlannerStatistics.RefreshAsync(db);

        (await StatisticsOfAsync(db, "Bodies")).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Rebuilding_TakesEveryTablesStatistics_WithAnHourToDoIt_ThenGivesBackTheUsualTimeout()
    {
        using var quorum = new InMemoryQuorum();
        var timeouts = new CommandTimeouts();
        using var db = quorum.Open(Viewer.System, timeouts);
        db.Bodies.Add(new Body { Name = "Council", ShortName = "C" });
        await db.SaveChangesAsync();
        db.Database.SetCommandTimeout(45);

        await PlannerStatistics.RebuildAsync(db);

        (await StatisticsOfAsync(db, "Bodies")).ShouldBeGreaterThan(0);
        timeouts.Seen["ANALYZE"].ShouldBe(3600);
        db.Database.GetCommandTimeout().ShouldBe(45);
    }

    private static async Task<int> StatisticsOfAsync(QuorumDb db, string table)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'";
        if (Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            return 0;
        command.CommandText = $"SELECT count(*) FROM sqlite_stat1 WHERE tbl = '{table}'";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class CommandTimeouts : DbCommandInterceptor
    {
        public Dictionary<string, int> Seen { get; } = [];

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Seen[command.CommandText] = command.CommandTimeout;
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
