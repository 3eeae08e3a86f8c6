namespace Quorum.Web.Features.Search;

/// <summary>The search module: the search page and <c>/api/v1/search</c>.</summary>
public sealed class SearchModule : IQuorumModule
{
    public static void Map(IEndpointRouteBuilder app) => app.MapSearchApi();
}
