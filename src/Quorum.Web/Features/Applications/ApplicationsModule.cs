using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Applications;

/// <summary>The applications catalogue: which organisation runs which application, the matrix of products by organisation, and "who else runs this".</summary>
public sealed class ApplicationsModule : IQuorumModule
{
    public static void Add(WebApplicationBuilder builder) =>
        // The add page edits too, at its own address.
        builder.Services.Configure<RazorPagesOptions>(options => options.Conventions.AddPageRoute("/Applications/Edit", "applications/{id:int}/edit"));

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapApiModule("Applications");
        var applications = api.MapCollection("applications");   // listed in /api/v1
        applications.MapGet("/", ApplicationsApi.ListAsync);     // reads are open, filtered by the visibility rule
        applications.MapGet("/{id:int}", ApplicationsApi.GetAsync);
        applications.MapGet("/{id:int}/others", ApplicationsApi.OthersAsync);
        applications.MapPost("/", ApplicationsApi.AddAsync);     // writes need a bearer token
        applications.MapPut("/{id:int}", ApplicationsApi.UpdateAsync);
        applications.MapDelete("/{id:int}", ApplicationsApi.DeleteAsync);
    }
}
