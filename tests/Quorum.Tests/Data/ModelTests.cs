using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.People;

namespace Quorum.Tests.Data;

/// <summary>
/// The model as <see cref="ModelConfiguration"/> builds it. Each context here builds it afresh: EF Core keeps
/// the first model a process builds, so the other tests never see a change to it.
/// </summary>
public class ModelTests
{
    /// <summary>
    /// The model is compared with both providers' migrations: SQLite stores every text and decimal as TEXT,
    /// so its migrations hold no length or precision (a KPI's name of 200 characters, a value to four places),
    /// while PostgreSQL's column types do (<c>character varying(200)</c>, <c>numeric(18,4)</c>).
    /// </summary>
    [Theory]
    [InlineData("sqlite", "DataSource=:memory:")]
    [InlineData("postgres", "Host=localhost;Database=quorum_model")]
    public void TheModel_IsTheOneEachProvidersMigrationsBuild(string provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<QuorumDb>();
        DatabaseSettings.From(provider, connectionString, Path.GetTempPath()).Configure(options);
        // Comparing with the migrations opens no connection.
        using var db = new QuorumDb(options.EnableServiceProviderCaching(false).Options);

        db.Database.HasPendingModelChanges().ShouldBeFalse();
    }

    /// <summary>A record's version is its concurrency token, which no migration records.</summary>
    [Fact]
    public async Task AnEditToARecordChangedSinceItWasRead_IsRefused()
    {
        using var connection = await DatabaseWithAParishAsync();
        await using var first = Open(connection);
        await using var second = Open(connection);
        var read = await first.Organisations.SingleAsync();
        var readAgain = await second.Organisations.SingleAsync();
        read.Name = "Parish council";
        await first.SaveChangesAsync();
        readAgain.Name = "Town council";

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    /// <summary>SQLite keeps no time's kind: the model's converter, which no migration records, says it is UTC.</summary>
    [Fact]
    public async Task ATimeReadBack_IsUtc()
    {
        using var connection = await DatabaseWithAParishAsync();
        await using var db = Open(connection);

        (await db.Organisations.SingleAsync()).Created.Kind.ShouldBe(DateTimeKind.Utc);
    }

    private static async Task<SqliteConnection> DatabaseWithAParishAsync()
    {
        var connection = new SqliteConnection("DataSource=:memory:");
        connection.Open();
        await using var db = Open(connection);
        await db.Database.EnsureCreatedAsync();
        db.Organisations.Add(new Organisation { Name = "Parish" });
        await db.SaveChangesAsync();
        return connection;
    }

    private static QuorumDb Open(SqliteConnection connection) =>
        new(new DbContextOptionsBuilder<QuorumDb>().UseSqlite(connection).EnableServiceProviderCaching(false).Options) { Viewer = Viewer.System };
}
