namespace Quorum.Web.Features.News;

/// <summary>The news module: Atom feeds of published minutes, decisions and papers.</summary>
public sealed class NewsModule : IQuorumModule
{
    public static void Map(IEndpointRouteBuilder app) => app.MapNewsFeeds();
}
