using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Access;
using Quorum.Accounts;
using Quorum.Data;

namespace Quorum.Cli;

/// <summary>
/// The database and accounts as the web app sees them: the same settings (Quorum__Database,
/// Quorum__DataDirectory, ConnectionStrings__Quorum), so the command line and the site share data.
/// </summary>
public static class QuorumServices
{
    /// <summary>The database settings from the environment, as the web app reads them.</summary>
    public static DatabaseSettings Settings() => DatabaseSettings.From(
        Environment.GetEnvironmentVariable("Quorum__Database"),
        Environment.GetEnvironmentVariable("ConnectionStrings__Quorum"),
        Environment.GetEnvironmentVariable("Quorum__DataDirectory"));

    public static Task<ServiceProvider> OpenAsync(CancellationToken cancellationToken) => OpenAsync(Settings(), cancellationToken);

    /// <summary>The database <paramref name="settings"/> name, migrated, with Quorum's account rules.</summary>
    public static async Task<ServiceProvider> OpenAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<QuorumDb>(settings.Configure);

        // The links in messages a command writes (an import telling owners of their actions) point at the web site.
        services.AddSingleton(Quorum.Notifications.MailSite.Of(Environment.GetEnvironmentVariable("Quorum__Mail__SiteUrl"), Environment.GetEnvironmentVariable("Quorum__Mail__From")));
        services.AddIdentityCore<QuorumUser>(SignInRules.Apply)
            .AddEntityFrameworkStores<QuorumDb>()
            .AddUserManager<QuorumAccounts>();
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await SchemaUpgrade.ApplyAsync(scope.ServiceProvider.GetRequiredService<QuorumDb>(), cancellationToken);
        return provider;
    }

    /// <summary>The database as the operator running the command: sees everything, audited as "cli".</summary>
    public static QuorumDb Db(this IServiceProvider services)
    {
        var db = services.GetRequiredService<QuorumDb>();
        db.Viewer = Viewer.System with { Name = "cli" };
        return db;
    }

    public static UserManager<QuorumUser> Users(this IServiceProvider services) => services.GetRequiredService<UserManager<QuorumUser>>();
}
