using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;

using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Audit;

/// <summary><c>GET /api/v1/audit?entity=Meeting&amp;id=5</c>: a record's history, for its clerks. There is no way to write to it.</summary>
public static class AuditApi
{
    public sealed record AuditEventDto(long Id, DateTime At, string Actor, string Entity, string EntityId, string Change, string? Before, string? After);

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapCollection("audit").MapGet("", GetHistoryAsync);
        return api;
    }

    private static async Task<Results<Ok<List<AuditEventDto>>, ForbidHttpResult, ValidationProblem>> GetHistoryAsync(QuorumDb db, string? entity, string? id)
    {
        if (string.IsNullOrWhiteSpace(entity) || string.IsNullOrWhiteSpace(id))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["entity"] = ["Give the entity type and id, like ?entity=Meeting&id=5"] });
        if (!await AuditAccess.MayReadHistoryAsync(db, entity, id))
            return TypedResults.Forbid();
        var events = await AuditAccess.HistoryOf(db, entity, id)
            .Select(e => new AuditEventDto(e.Id, e.At, e.Actor, e.EntityType, e.EntityId, e.Change, e.Before, e.After))
            .ToListAsync();
        return TypedResults.Ok(events);
    }
}
