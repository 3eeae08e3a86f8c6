using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Actions;

/// <summary>The actions module: the action log and its exports.</summary>
public sealed class ActionsModule : IQuorumModule
{
    public static void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TrackerFigures>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapApiModule("Actions");
        api.MapActionsApi().MapActionsExport();
    }
}
