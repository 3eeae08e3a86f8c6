using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;

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
        builder.Services.AddSingleton<ApiCollections>();
        return builder;
    }

    /// <summary>
    /// A module's part of <c>/api/v1</c>, with who may call it and how refusals are answered, declared
    /// once for all its endpoints: reads are open (the visibility rule filters them) unless
    /// <paramref name="reads"/> says otherwise, writes need a signed-in caller; input a rule refuses is a 400 naming the field, a refused change a 409,
    /// a stale write a 412, an edit the caller has no right to a 403.
    /// </summary>
    public static RouteGroupBuilder MapApiModule(this IEndpointRouteBuilder app, string tag, ApiReads reads = ApiReads.Open)
    {
        var group = app.MapGroup("/api/v1").WithTags(tag);
        // Last, so that an endpoint that states who may call it keeps its own word.
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            if (endpoint.Metadata.Any(m => m is IAuthorizeData or IAllowAnonymous))
                return;
            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            var isRead = methods.Count > 0 && methods.All(m => HttpMethods.IsGet(m) || HttpMethods.IsHead(m));
            endpoint.Metadata.Add(isRead && reads == ApiReads.Open ? new AllowAnonymousAttribute() : new AuthorizeAttribute());
        });
        group.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (InvalidInputException e)
            {
                return TypedResults.ValidationProblem(e.Problems.ToDictionary(p => p.Key, p => new[] { p.Value }));
            }
            catch (DomainException e)
            {
                return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "The change breaks a rule");
            }
            catch (DbUpdateConcurrencyException)
            {
                return TypedResults.Problem("Someone else changed this record; get it again and reapply your change.", statusCode: StatusCodes.Status412PreconditionFailed, title: "Stale write");
            }
            catch (EditNotAllowedException)
            {
                return TypedResults.Forbid();
            }
        });
        return group;
    }

    /// <summary>A collection of a module's API, <c>/api/v1/{path}</c>, listed in the <c>/api/v1</c> index.</summary>
    public static RouteGroupBuilder MapCollection(this RouteGroupBuilder module, string path)
    {
        ((IEndpointRouteBuilder)module).ServiceProvider.GetRequiredService<ApiCollections>().Add($"/api/v1/{path}");
        return module.MapGroup($"/{path}");
    }

    /// <summary>One collection as a module of its own.</summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder app, string path, string tag) =>
        app.MapApiModule(tag).MapCollection(path);

    public static WebApplication MapQuorumApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapGet("/api/v1", (ApiCollections collections) => TypedResults.Ok(new
        {
            name = "Quorum API",
            version = "v1",
            openApi = "/openapi/v1.json",
            oparl = "/oparl/v1/system",
            authentication = "Bearer token from `quorum users token EMAIL`; reads are open and filtered to what the caller may see",
            collections = collections.Paths,
        })).AllowAnonymous().WithTags("Index");
        return app;
    }
}

/// <summary>Who may read a module's API: anyone (filtered by the visibility rule), or only signed-in callers.</summary>
public enum ApiReads
{
    Open,
    SignedIn,
}

/// <summary>The collections of <c>/api/v1</c>, as the modules mapped them.</summary>
public sealed class ApiCollections
{
    private readonly List<string> paths = [];

    public IReadOnlyList<string> Paths
    {
        get
        {
            lock (paths)
                return [.. paths];
        }
    }

    public void Add(string path)
    {
        lock (paths)
        {
            if (!paths.Contains(path))
                paths.Add(path);
        }
    }
}

/// <summary>ETags are an entity's version; updates must name the version they were based on.</summary>
public static class ETags
{
    public static string Of(Entity entity) => $"\"{entity.Version}\"";

    /// <summary>
    /// The version <c>If-Match</c> names for <paramref name="current"/>: null when the header is absent
    /// (428); the current version when it is <c>*</c> or lists the current ETag; otherwise -1 (412).
    /// </summary>
    public static long? IfMatch(HttpRequest request, long current)
    {
        var tags = request.GetTypedHeaders().IfMatch;
        if (tags.Count == 0)
            return null;
        if (tags.Any(t => t.Tag.Equals("*")))
            return current;
        // A weak tag is compared as if strong: Quorum only issues strong ones, and a proxy may weaken them.
        var versions = tags.Select(t => long.TryParse(t.Tag.AsSpan().Trim('"'), out var version) ? version : -1);
        return versions.Contains(current) ? current : -1;
    }

    /// <summary>Checks If-Match against the entity and arms the concurrency check for the save; returns the problem to answer, if any.</summary>
    public static ProblemHttpResult? Check(HttpContext context, Data.QuorumDb db, Entity entity)
    {
        var version = IfMatch(context.Request, entity.Version);
        if (version is null)
            return TypedResults.Problem("Send If-Match with the ETag from GET.", statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required");
        if (version != entity.Version)
            return TypedResults.Problem($"The record is at version {entity.Version}; your change was based on another. Nothing was changed.", statusCode: StatusCodes.Status412PreconditionFailed, title: "Stale write");
        db.Entry(entity).Property(e => e.Version).OriginalValue = version.Value;
        context.Response.Headers.ETag = $"\"{version.Value + 1}\"";
        return null;
    }
}
