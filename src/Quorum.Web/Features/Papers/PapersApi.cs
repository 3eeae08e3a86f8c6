using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Papers;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Papers;

/// <summary>/api/v1/papers: list (filter <c>meeting</c>), get, multipart upload, and download of a version.</summary>
public static class PapersApi
{
    public sealed record VersionDto(int Number, string FileName, string ContentType, long Size, string Sha256, string? UploadedBy, DateTime UploadedAt, string Download);

    public sealed record PaperDto(int Id, int BodyId, int? MeetingId, int? AgendaItemId, string Title, string? Author, string Marking, string? LegacyMarking,
        Circulation Circulation, IReadOnlyList<int> CirculatedToBodies, IReadOnlyList<int> CirculatedToPeople, IReadOnlyList<VersionDto> Versions);

    public static RouteGroupBuilder MapPapersApi(this RouteGroupBuilder api)
    {
        var collection = api.MapCollection("papers");
        collection.MapGet("/", ListAsync);
        collection.MapGet("/{id:int}", GetAsync);
        collection.MapGet("/{id:int}/versions/{number:int}", DownloadAsync);
        collection.MapPost("/", UploadAsync).DisableAntiforgery();
        return api;
    }

    private static PaperDto Dto(Paper p, Access.Viewer viewer) => new(p.Id, p.BodyId, p.MeetingId, p.AgendaItemId, p.Title, p.Author, ProtectiveMarkings.Label(p.Marking), p.LegacyMarking,
        p.Circulation, [.. p.CirculatedToBodies.Select(b => b.Id)], [.. p.CirculatedToPeople.Select(x => x.Id)],
        [.. p.Versions.OrderBy(v => v.Number).Select(v => new VersionDto(v.Number, p.DownloadName(v), v.ContentType, v.Size, v.Sha256, v.UploaderShownTo(viewer), v.UploadedAt, $"/api/v1/papers/{p.Id}/versions/{v.Number}"))]);

    private static IQueryable<Paper> Papers(QuorumDb db) =>
        db.Papers.AsNoTracking().Include(p => p.Versions).Include(p => p.CirculatedToBodies).Include(p => p.CirculatedToPeople).AsSplitQuery();

    private static async Task<Results<Ok<Paged<PaperDto>>, ValidationProblem>> ListAsync(QuorumDb db, int? meeting, [AsParameters] PageQuery paging)
    {
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        var papers = Papers(db);
        if (meeting is not null)
            papers = papers.Where(p => p.MeetingId == meeting);
        return TypedResults.Ok(await paging.ApplyAsync(papers.OrderBy(p => p.Id), p => Dto(p, db.Viewer)));
    }

    private static async Task<Results<Ok<PaperDto>, NotFound>> GetAsync(int id, QuorumDb db, HttpContext context)
    {
        var paper = await Papers(db).SingleOrDefaultAsync(p => p.Id == id);
        if (paper is null)
            return TypedResults.NotFound();
        context.Response.Headers.ETag = ETags.Of(paper);
        return TypedResults.Ok(Dto(paper, db.Viewer));
    }

    private static async Task<Results<FileStreamHttpResult, NotFound>> DownloadAsync(int id, int number, QuorumDb db, IPaperStore store)
    {
        var paper = await db.Papers.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == id);
        var version = paper?.Versions.SingleOrDefault(v => v.Number == number);
        if (paper is null || version is null)
            return TypedResults.NotFound();
        return TypedResults.File(store.OpenRead(version.Sha256), version.ContentType, paper.DownloadName(version));
    }

    /// <summary>Multipart: file, meetingId, title, marking (OFFICIAL…), circulation, bodyIds, personIds, optional agendaItemId, author.</summary>
    private static async Task<Results<Created<PaperDto>, ValidationProblem, ForbidHttpResult>> UploadAsync(HttpRequest request, QuorumDb db, IPaperStore store)
    {
        if (!request.HasFormContentType)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Send the paper as multipart/form-data"] });
        var form = await request.ReadFormAsync();
        var meetingId = int.TryParse(form["meetingId"], out var m) ? m : 0;
        var meeting = await db.Meetings.SingleOrDefaultAsync(x => x.Id == meetingId);
        if (meeting is null || !await db.MayEditAsync(meeting))
            return TypedResults.Forbid();
        var problems = new Dictionary<string, string[]>();
        var markingText = form["marking"].ToString() is { Length: > 0 } text ? text : "OFFICIAL";
        if (!ProtectiveMarkings.TryParse(markingText, out var marking, out var legacy))
            problems["marking"] = ["Use OFFICIAL, OFFICIAL-SENSITIVE or SECRET (PROTECT and RESTRICTED are accepted)"];
        if (!Enum.TryParse<Circulation>(form["circulation"], ignoreCase: true, out var circulation))
            problems["circulation"] = ["Use Public, MembersOfBodies or NamedPeople"];
        if (problems.Count > 0)
            return TypedResults.ValidationProblem(problems);

        var file = form.Files.GetFile("file") is { Length: > 0 } upload ? upload : null;
        await using var content = file?.OpenReadStream();
        var paper = await PaperRegister.AddAsync(db, store, PaperText.Read, meeting, new NewPaper
        {
            Title = form["title"],
            Author = form["author"],
            Marking = marking,
            LegacyMarking = legacy,
            Circulation = circulation,
            BodyIds = [.. form["bodyIds"].Select(v => int.TryParse(v, out var b) ? b : 0)],
            PersonIds = [.. form["personIds"].Select(v => int.TryParse(v, out var p) ? p : 0)],
            AgendaItemId = int.TryParse(form["agendaItemId"], out var i) ? i : null,
            FileName = file?.FileName ?? "",
            ContentType = file?.ContentType,
        }, content);
        return TypedResults.Created($"/api/v1/papers/{paper.Id}", Dto(paper, db.Viewer));
    }
}
