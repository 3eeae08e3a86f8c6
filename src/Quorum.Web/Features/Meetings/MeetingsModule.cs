using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Meetings;

/// <summary>The meetings module: meetings, their attendance and agenda items.</summary>
public sealed class MeetingsModule : IQuorumModule
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapApiModule("Meetings");
        api.MapMeetingsApi();
    }
}
