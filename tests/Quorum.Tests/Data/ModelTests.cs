using Microsoft.EntityFrameworkCore;
using Quorum.Data;

namespace Quorum.Tests.Data;

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
        // A context of its own, so that the model is built afresh rather than taken from EF Core's cache;
        // comparing with the migrations opens no connection.
        using var db = new QuorumDb(options.EnableServiceProviderCaching(false).Options);

        db.Database.HasPendingModelChanges().ShouldBeFalse();
    }
}
