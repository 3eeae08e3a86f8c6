using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Decisions;

/// <summary>The decisions module: the decision register and its exports.</summary>
public sealed class DecisionsModule : IQuorumModule
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapApiModule("Decisions");
        api.MapDecisionsApi().MapDecisionsExport();
    }
}
