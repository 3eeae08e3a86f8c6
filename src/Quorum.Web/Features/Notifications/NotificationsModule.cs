namespace Quorum.Web.Features.Notifications;

/// <summary>The notifications module: mail settings, the outbox and its worker, and circulating an agenda.</summary>
public sealed class NotificationsModule : IQuorumModule
{
    public static void Add(WebApplicationBuilder builder) => builder.AddQuorumNotifications();

    public static void Map(IEndpointRouteBuilder app) => app.MapOutboxApi();
}
