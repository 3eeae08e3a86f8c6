using Quorum.Web.Features.Api;
using Quorum.Web.Features.AttendanceRegister;

namespace Quorum.Web.Features.Bodies;

/// <summary>The bodies module: bodies, their memberships and attendance registers.</summary>
public sealed class BodiesModule : IQuorumModule
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapApiModule("Bodies");
        api.MapBodiesApi().MapAttendanceExport();
    }
}
