using Microsoft.EntityFrameworkCore;
using Quorum.Data;

namespace Quorum.Tests.Data;

public class DatabaseSettingsTests
{
    [Fact]
    public void ByDefault_QuorumKeepsASqliteFile_InTheDataFolder()
    {
        var settings = DatabaseSettings.From(null, null, null);

        settings.Provider.ShouldBe("sqlite");
        settings.IsPostgres.ShouldBeFalse();
        settings.DataDirectory.ShouldBe(Path.GetFullPath("data"));
        settings.ConnectionString.ShouldBe($"Data Source={Path.Combine(Path.GetFullPath("data"), "quorum.db")}");
    }

    [Fact]
    public void AFolderAndAConnectionString_AreTakenAsGiven()
    {
        var folder = Path.Combine(Path.GetTempPath(), "quorum-settings");
        DatabaseSettings.From(" SQLite ", "   ", folder).ConnectionString.ShouldBe($"Data Source={Path.Combine(folder, "quorum.db")}");
        DatabaseSettings.From("sqlite", "Data Source=/srv/q.db", folder).ConnectionString.ShouldBe("Data Source=/srv/q.db");
        DatabaseSettings.From("", null, folder).Provider.ShouldBe("sqlite");
    }

    [Fact]
    public void PostgreSQL_NeedsItsConnectionString()
    {
        var settings = DatabaseSettings.From("Postgres", "Host=db;Database=quorum", "data");
        settings.Provider.ShouldBe("postgres");
        settings.IsPostgres.ShouldBeTrue();
        settings.ConnectionString.ShouldBe("Host=db;Database=quorum;Max Auto Prepare=100;Auto Prepare Min Usages=2;No Reset On Close=true");
        new DatabaseSettings("POSTGRES", "x", "d").IsPostgres.ShouldBeTrue();

        Should.Throw<InvalidOperationException>(() => DatabaseSettings.From("postgres", " ", "data"))
            .Message.ShouldBe("Quorum:Database is 'postgres' but ConnectionStrings:Quorum is not set.");
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false", "Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;maxautoprepare=20;noresetonclose=true;", "Host=db;maxautoprepare=20;noresetonclose=true;")]
    [InlineData("Host=db;Max Auto Prepare=0", "Host=db;Max Auto Prepare=0;No Reset On Close=true")]
    [InlineData("Host=db; ", "Host=db;Max Auto Prepare=100;Auto Prepare Min Usages=2;No Reset On Close=true")]
    [InlineData("Host=db;No Reset On Close=false;", "Host=db;No Reset On Close=false;Max Auto Prepare=100;Auto Prepare Min Usages=2")]
    public void PostgreSQL_PreparesRepeatedQueries_AndKeepsSessions_UnlessTheConnectionStringSaysOtherwise(string given, string used) =>
        DatabaseSettings.From("postgres", given, "data").ConnectionString.ShouldBe(used);

    [Theory]
    [InlineData("mysql")]
    [InlineData("postgresql")]
    public void AnotherDatabase_IsRefused_ByName(string provider) =>
        Should.Throw<InvalidOperationException>(() => DatabaseSettings.From(provider, "x", "data"))
            .Message.ShouldBe($"Quorum:Database must be 'sqlite' or 'postgres', not '{provider}'.");

    [Fact]
    public void Configuring_ChoosesTheProvider_ItsMigrations_AndSplitQueries()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"quorum-settings-{Guid.NewGuid():N}");
        try
        {
            var sqlite = new DbContextOptionsBuilder<QuorumDb>();
            DatabaseSettings.From("sqlite", null, folder).Configure(sqlite);
            Directory.Exists(folder).ShouldBeTrue();
            using (var db = new QuorumDb(sqlite.Options))
            {
                db.Database.ProviderName.ShouldBe("Microsoft.EntityFrameworkCore.Sqlite");
                var relational = sqlite.Options.Extensions.OfType<Microsoft.EntityFrameworkCore.Infrastructure.RelationalOptionsExtension>().Single();
                relational.MigrationsAssembly.ShouldBe("Quorum.Migrations.Sqlite");
                relational.QuerySplittingBehavior.ShouldBe(QuerySplittingBehavior.SplitQuery);
            }

            var postgres = new DbContextOptionsBuilder<QuorumDb>();
            DatabaseSettings.From("postgres", "Host=localhost;Database=quorum", folder).Configure(postgres);
            using (var db = new QuorumDb(postgres.Options))
                db.Database.ProviderName.ShouldBe("Npgsql.EntityFrameworkCore.PostgreSQL");
            var pg = postgres.Options.Extensions.OfType<Microsoft.EntityFrameworkCore.Infrastructure.RelationalOptionsExtension>().Single();
            pg.MigrationsAssembly.ShouldBe("Quorum.Migrations.Postgres");
            pg.QuerySplittingBehavior.ShouldBe(QuerySplittingBehavior.SplitQuery);
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }
}
