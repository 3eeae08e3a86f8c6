using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Papers;

namespace Quorum.Web.Features.Papers;

/// <summary>Downloads a version of a paper, through the same visibility rule as everything else.</summary>
public static class PaperDownloads
{
    public static IEndpointRouteBuilder MapPaperDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/papers/{id:int}/versions/{number:int}", DownloadAsync).AllowAnonymous().WithTags("Papers");
        return app;
    }

    private static async Task<Results<FileStreamHttpResult, NotFound>> DownloadAsync(int id, int number, QuorumDb db, IPaperStore store)
    {
        var paper = await db.Papers.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == id);
        var version = paper?.Versions.SingleOrDefault(v => v.Number == number);
        if (paper is null || version is null)
            return TypedResults.NotFound();
        return TypedResults.File(store.OpenRead(version.Sha256), version.ContentType, paper.DownloadName(version));
    }
}
