using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Programmes;

/// <summary>The programmes module: programmes, workstreams, RAID logs, milestones and highlight reports.</summary>
public sealed class ProgrammesModule : IQuorumModule
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapApiModule("Programmes");
        api.MapProgrammesApi().MapProgrammeExports();
    }
}
