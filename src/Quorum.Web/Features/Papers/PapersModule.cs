using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Papers;

/// <summary>The papers module: papers, their versions and downloads.</summary>
public sealed class PapersModule : IQuorumModule
{
    public static void Add(WebApplicationBuilder builder) => builder.AddQuorumPapers();

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapApiModule("Papers");
        api.MapPapersApi();
        app.MapPaperDownloads();
    }
}
