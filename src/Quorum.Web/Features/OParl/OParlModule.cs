namespace Quorum.Web.Features.OParl;

/// <summary>The OParl module: the public record as OParl 1.1 under <c>/oparl/v1</c>.</summary>
public sealed class OParlModule : IQuorumModule
{
    public static void Add(WebApplicationBuilder builder) => builder.AddQuorumOParl();

    public static void Map(IEndpointRouteBuilder app) => app.MapOParlApi();
}
