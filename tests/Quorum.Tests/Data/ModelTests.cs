using Microsoft.EntityFrameworkCore;
using Quorum.Data;

namespace Quorum.Tests.Data;

public class ModelTests
{
    [Fact]
    public void TheModel_IsTheOneTheSqliteMigrationsBuild()
    {
        // A context of its own, so that the model is built afresh rather than taken from EF Core's cache.
        var options = new DbContextOptionsBuilder<QuorumDb>()
            .UseSqlite("DataSource=:memory:", o => o.MigrationsAssembly("Quorum.Migrations.Sqlite"))
            .EnableServiceProviderCaching(false)
            .Options;
        using var db = new QuorumDb(options);

        db.Database.HasPendingModelChanges().ShouldBeFalse();
    }
}
