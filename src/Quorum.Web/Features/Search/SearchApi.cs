using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Search;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Search;

/// <summary>/api/v1/search: the search page's results as JSON (q, kind, body, from, to, page, pageSize).</summary>
public static class SearchApi
{
    /// <param name="Snippet">The passage that matched, as plain text.</param>
    /// <param name="Matches">The words of the snippet that matched, in order, to highlight.</param>
    public sealed record HitDto(string Kind, int Id, string Title, string Url, string Snippet, IReadOnlyList<string> Matches, DateOnly? Date, string? Body);

    /// <summary>A page of results; <c>hasMore</c> rather than a total, since a count would include what the caller may not see.</summary>
    public sealed record ResultsDto(IReadOnlyList<HitDto> Items, int Page, int PageSize, bool HasMore);

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiGroup("search", "Search");
        api.MapGet("/", SearchAsync).AllowAnonymous().CacheOutput(PublicAnswers.Policy);
        return app;
    }

    private static async Task<Results<Ok<ResultsDto>, ValidationProblem>> SearchAsync(
        QuorumDb db, string? q, string? kind, string? body, DateOnly? from, DateOnly? to, [AsParameters] PageQuery paging, CancellationToken cancellationToken)
    {
        var problems = paging.Problems() ?? [];
        // Results are ranked, not in an order a cursor could resume from.
        if (paging.After is not null)
            problems["after"] = ["Search results are paged by page"];
        if (string.IsNullOrWhiteSpace(q))
            problems["q"] = ["q, the words to find, is required"];
        if (kind is not null && !SearchKinds.IsKnown(kind))
            problems["kind"] = [$"kind must be one of {string.Join(", ", SearchKinds.All.Select(k => k.Kind))}"];
        if (from is not null && to is not null && to < from)
            problems["to"] = ["to must be on or after from"];
        int? bodyId = null;
        if (!string.IsNullOrWhiteSpace(body))
        {
            bodyId = await db.Bodies.AsNoTracking().Where(b => b.ShortName == body).Select(b => (int?)b.Id).SingleOrDefaultAsync(cancellationToken);
            if (bodyId is null)
                problems["body"] = [$"There is no body '{body}'"];
        }

        if (problems.Count > 0)
            return TypedResults.ValidationProblem(problems);
        var page = await SiteSearch.RunAsync(db, new SearchRequest(q!, kind, bodyId, from, to, paging.Number, paging.Size), cancellationToken);
        return TypedResults.Ok(new ResultsDto(
            [.. page.Hits.Select(h => new HitDto(h.Kind, h.Id, h.Title, h.Url, string.Concat(h.Snippet.Select(p => p.Text)), [.. h.Snippet.Where(p => p.IsMatch).Select(p => p.Text)], h.Date, h.BodyName))],
            page.Page, page.PageSize, page.HasMore));
    }
}
