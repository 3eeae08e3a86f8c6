using Microsoft.Extensions.DependencyInjection.Extensions;
using Quorum.Data;
using Quorum.Notifications;

namespace Quorum.Web.Features.Notifications;

/// <summary>Mail: the settings, the invitation updates written with every save, and the worker that sends the outbox.</summary>
public static class NotificationsSetup
{
    public static WebApplicationBuilder AddQuorumNotifications(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Quorum:Mail").Get<MailSettings>() ?? new MailSettings();
        var site = MailSite.Of(settings.SiteUrl ?? builder.Configuration["urls"]?.Split(';')[0], settings.From);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(site);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new InvitationUpdates(site));
        builder.Services.ConfigureDbContext<QuorumDb>((services, options) => options.AddInterceptors(services.GetRequiredService<InvitationUpdates>()));
        builder.Services.AddHostedService<OutboxWorker>();
        return builder;
    }
}
