using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Quorum.Data;

namespace Quorum.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider without a running app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<QuorumDb>
{
    public QuorumDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<QuorumDb>();
        DatabaseSettings.From("sqlite", "Data Source=design-time.db", Path.GetTempPath()).Configure(options);
        return new QuorumDb(options.Options);
    }
}
