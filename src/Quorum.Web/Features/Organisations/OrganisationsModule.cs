using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Organisations;

/// <summary>The organisations module: organisations.</summary>
public sealed class OrganisationsModule : IQuorumModule
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapApiModule("Organisations");
        api.MapOrganisationsApi();
    }
}
