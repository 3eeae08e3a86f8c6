using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.People;

/// <summary>The people module: people.</summary>
public sealed class PeopleModule : IQuorumModule
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapApiModule("People");
        api.MapPeopleApi();
    }
}
