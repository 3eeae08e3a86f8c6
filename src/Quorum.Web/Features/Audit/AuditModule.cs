using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Audit;

/// <summary>The audit module: the audit trail, read by the clerks of each record's body.</summary>
public sealed class AuditModule : IQuorumModule
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapApiModule("Audit", ApiReads.SignedIn);
        api.MapAuditApi();
    }
}
