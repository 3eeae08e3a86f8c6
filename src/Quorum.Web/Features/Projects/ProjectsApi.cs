using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Programmes;
using Quorum.Projects;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Projects;

/// <summary>
/// /api/v1/projects: the listing's paged list (filters body, organisation, stage, rag, workstream,
/// text), one project with its ETag, add, update (If-Match), remove. The workstream is named only
/// when the viewer may see it.
/// </summary>
public static class ProjectsApi
{
    public sealed record WorkstreamLinkDto(int Id, string Name);

    public sealed record ProjectDto(int Id, int BodyId, int OrganisationId, string Organisation, string Name, string? Description, ProjectStage Stage,
        decimal? Budget, Rag Rag, WorkstreamLinkDto? Workstream);

    /// <summary>The list's filters as query parameters: body (short name), organisation (id), stage, rag, workstream (id), text (part of the name).</summary>
    public sealed record ProjectQuery(string? Body, int? Organisation, ProjectStage? Stage, Rag? Rag, int? Workstream, string? Text)
    {
        public ProjectFilter ToFilter() => new(Body, Organisation, Stage, Rag, Workstream, Text);
    }

    public static ProjectDto Dto(Project p) => new(p.Id, p.BodyId, p.OrganisationId, p.Organisation?.Name ?? "", p.Name, p.Description, p.Stage,
        p.Budget, p.Rag, p.Workstream is { } w ? new WorkstreamLinkDto(w.Id, w.Name) : null);

    private static IQueryable<Project> WithDetails(IQueryable<Project> projects) =>
        projects.AsNoTracking().Include(p => p.Organisation).Include(p => p.Workstream);

    public static async Task<Results<Ok<Paged<ProjectDto>>, ValidationProblem>> ListAsync(QuorumDb db, [AsParameters] ProjectQuery query, [AsParameters] PageQuery paging)
    {
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        var projects = WithDetails(query.ToFilter().Apply(db.Projects)).OrderBy(p => p.Organisation!.Name).ThenBy(p => p.Name).ThenBy(p => p.Id);
        return TypedResults.Ok(await paging.ApplyAsync(projects, Dto));
    }

    public static async Task<Results<Ok<ProjectDto>, NotFound>> GetAsync(int id, QuorumDb db, HttpContext context)
    {
        var project = await WithDetails(db.Projects).SingleOrDefaultAsync(p => p.Id == id);
        if (project is null)
            return TypedResults.NotFound();
        context.Response.Headers.ETag = ETags.Of(project);
        return TypedResults.Ok(Dto(project));
    }

    public static async Task<Created<ProjectDto>> AddAsync(ProjectDetails input, QuorumDb db, HttpContext context)
    {
        var project = await ProjectListing.AddAsync(db, input);
        await LoadLinksAsync(db, project);
        context.Response.Headers.ETag = ETags.Of(project);
        return TypedResults.Created($"/api/v1/projects/{project.Id}", Dto(project));
    }

    public static async Task<Results<Ok<ProjectDto>, NotFound, ProblemHttpResult>> UpdateAsync(int id, ProjectDetails input, QuorumDb db, HttpContext context)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id);
        if (project is null)
            return TypedResults.NotFound();
        await Quorum.Access.Ownership.EnsureMayEditAsync(db, project);
        if (ETags.Check(context, db, project) is { } stale)
            return stale;
        await ProjectListing.UpdateAsync(db, project, input);
        await LoadLinksAsync(db, project);
        return TypedResults.Ok(Dto(project));
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(int id, QuorumDb db, HttpContext context)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id);
        if (project is null)
            return TypedResults.NotFound();
        await Quorum.Access.Ownership.EnsureMayEditAsync(db, project);
        if (ETags.Check(context, db, project) is { } stale)
            return stale;
        await ProjectListing.DeleteAsync(db, project);
        return TypedResults.NoContent();
    }

    private static async Task LoadLinksAsync(QuorumDb db, Project project)
    {
        await db.Entry(project).Reference(p => p.Organisation).LoadAsync();
        await db.Entry(project).Reference(p => p.Workstream).LoadAsync();
    }
}
