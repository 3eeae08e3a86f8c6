using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Conduct;

/// <summary>The conduct of meetings: declarations of interest, members' registers of interests, motions and votes.</summary>
public sealed class ConductModule : IQuorumModule
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapApiModule("Conduct");
        api.MapConductApi();
    }
}
