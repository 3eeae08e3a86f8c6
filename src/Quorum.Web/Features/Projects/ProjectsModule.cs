using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Projects;

/// <summary>The ICT projects listing: each member organisation's projects with stage, budget and RAG, linked to programme workstreams.</summary>
public sealed class ProjectsModule : IQuorumModule
{
    public static void Add(WebApplicationBuilder builder) =>
        // The add page edits too, at its own address.
        builder.Services.Configure<RazorPagesOptions>(options => options.Conventions.AddPageRoute("/Projects/Edit", "projects/{id:int}/edit"));

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapApiModule("Projects");
        var projects = api.MapCollection("projects");   // listed in /api/v1
        projects.MapGet("/", ProjectsApi.ListAsync);     // reads are open, filtered by the visibility rule
        projects.MapGet("/{id:int}", ProjectsApi.GetAsync);
        projects.MapPost("/", ProjectsApi.AddAsync);     // writes need a bearer token
        projects.MapPut("/{id:int}", ProjectsApi.UpdateAsync);
        projects.MapDelete("/{id:int}", ProjectsApi.DeleteAsync);
    }
}
