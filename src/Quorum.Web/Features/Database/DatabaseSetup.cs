using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quorum.Access;
using Quorum.Accounts;
using Quorum.Data;
using Quorum.Demo;

namespace Quorum.Web.Features.Database;

/// <summary>Opens Quorum's database (SQLite by default, PostgreSQL by setting), migrates it at start and loads the demo.</summary>
public static class DatabaseSetup
{
    public static WebApplicationBuilder AddQuorumDatabase(this WebApplicationBuilder builder)
    {
        var settings = DatabaseSettings.From(
            builder.Configuration["Quorum:Database"],
            builder.Configuration.GetConnectionString("Quorum"),
            builder.Configuration["Quorum:DataDirectory"] ?? builder.Configuration["Quorum:DefaultDataDirectory"]);
        builder.Services.AddSingleton(settings);
        // One clock for every request's context; tests replace it to set the date.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddDbContext<QuorumDb>(settings.Configure);

        // Keys that sign cookies and anti-forgery tokens live in the database, so that several web
        // nodes sharing one PostgreSQL accept each other's cookies.
        builder.Services.AddDataProtection().SetApplicationName("Quorum").PersistKeysToDbContext<QuorumDb>();
        return builder;
    }

    /// <summary>Applies migrations and refreshes the query planner's statistics; with <c>--demo</c>, loads the demo (refusing a database that holds real data).</summary>
    public static async Task PrepareQuorumDatabaseAsync(this WebApplication app, bool demo)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuorumDb>();
        db.Viewer = Viewer.System;
        await SchemaUpgrade.ApplyAsync(db);
        await PlannerStatistics.RefreshAsync(db);
        if (!demo)
            return;

        var today = db.Today;
        if (await DemoData.LoadAsync(db, today, scope.ServiceProvider.GetRequiredService<Quorum.Papers.IPaperStore>()))
            app.Logger.LogInformation("Demo data loaded: sign in as {Accounts} with password {Password}", string.Join(", ", DemoData.Accounts.Select(a => a.Email)), DemoData.Password);
        await DemoAccounts.EnsureAsync(db, scope.ServiceProvider.GetRequiredService<UserManager<QuorumUser>>());
    }
}
