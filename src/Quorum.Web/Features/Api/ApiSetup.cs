using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Quorum.Web.Features.Api;

/// <summary>
/// The JSON API's shared plumbing: OpenAPI at <c>/openapi/v1.json</c>, problem details, enums as
/// strings, and the filter that turns a refused rule (409) or a stale write (412) into a problem.
/// </summary>
public static class ApiSetup
{
    public static WebApplicationBuilder AddQuorumApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi();
        builder.AddQuorumApiProblems();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }

    /// <summary>The <c>/api/v1</c> group every feature's API hangs from, with the rules' refusals as problems.</summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder app, string path, string tag) =>
        app.MapGroup($"/api/v1/{path}").WithTags(tag).AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (DomainException e)
            {
                return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "The change breaks a rule");
            }
            catch (DbUpdateConcurrencyException)
            {
                return TypedResults.Problem("Someone else changed this record; get it again and reapply your change.", statusCode: StatusCodes.Status412PreconditionFailed, title: "Stale write");
            }
        });

    public static WebApplication MapQuorumApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapGet("/api/v1", () => TypedResults.Ok(new
        {
            name = "Quorum API",
            version = "v1",
            openApi = "/openapi/v1.json",
            oparl = "/oparl/v1/system",
            authentication = "Bearer token from `quorum users token EMAIL`; reads are open and filtered to what the caller may see",
            collections = new[]
            {
                "/api/v1/organisations", "/api/v1/people", "/api/v1/bodies", "/api/v1/memberships", "/api/v1/meetings",
                "/api/v1/actions", "/api/v1/decisions", "/api/v1/papers", "/api/v1/programmes", "/api/v1/workstreams", "/api/v1/search",
            },
        })).AllowAnonymous().WithTags("Index");
        return app;
    }
}

/// <summary>A page of a list: <c>{items, page, pageSize, total}</c>.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>The <c>page</c> (from 1, up to the last that can exist) and <c>pageSize</c> (1–100, default 20) of a list request.</summary>
public sealed record PageQuery(int? Page, int? PageSize)
{
    public int Number => Page ?? 1;

    public int Size => PageSize ?? 20;

    public Dictionary<string, string[]>? Problems()
    {
        var problems = new Dictionary<string, string[]>();
        if (Number < 1)
            problems["page"] = ["page starts at 1"];
        else if ((Number - 1L) * Math.Clamp(Size, 1, 100) > int.MaxValue)
            problems["page"] = [$"page can be at most {(int.MaxValue / Math.Clamp(Size, 1, 100)) + 1} at this pageSize"];
        if (Size is < 1 or > 100)
            problems["pageSize"] = ["pageSize must be from 1 to 100"];
        return problems.Count == 0 ? null : problems;
    }

    public async Task<Paged<TOut>> ApplyAsync<TIn, TOut>(IQueryable<TIn> query, Func<TIn, TOut> map)
    {
        var total = await query.CountAsync();
        var items = await query.Skip((Number - 1) * Size).Take(Size).ToListAsync();
        return new Paged<TOut>([.. items.Select(map)], Number, Size, total);
    }
}

/// <summary>ETags are an entity's version; updates must name the version they were based on.</summary>
public static class ETags
{
    public static string Of(Entity entity) => $"\"{entity.Version}\"";

    /// <summary>Reads <c>If-Match</c>: null when absent (428), -1 when it is not one of Quorum's ETags (412).</summary>
    public static long? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
            return null;
        var value = header.Trim().TrimStart('W', '/').Trim('"');
        return long.TryParse(value, out var version) ? version : -1;
    }

    /// <summary>Checks If-Match against the entity and arms the concurrency check for the save; returns the problem to answer, if any.</summary>
    public static ProblemHttpResult? Check(HttpContext context, Data.QuorumDb db, Entity entity)
    {
        var version = IfMatch(context.Request);
        if (version is null)
            return TypedResults.Problem("Send If-Match with the ETag from GET.", statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required");
        if (version != entity.Version)
            return TypedResults.Problem($"The record is at version {entity.Version}; your change was based on another. Nothing was changed.", statusCode: StatusCodes.Status412PreconditionFailed, title: "Stale write");
        db.Entry(entity).Property(e => e.Version).OriginalValue = version.Value;
        context.Response.Headers.ETag = $"\"{version.Value + 1}\"";
        return null;
    }
}
