using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Kpis;

/// <summary>The strategic KPIs register: measures, each organisation's quarterly figures, their ranking, and the KPI report taken to meetings.</summary>
public sealed class KpisModule : IQuorumModule
{
    public static void Add(WebApplicationBuilder builder) =>
        // The add page edits too, at its own address.
        builder.Services.Configure<RazorPagesOptions>(options => options.Conventions.AddPageRoute("/Kpis/Edit", "kpis/{id:int}/edit"));

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapApiModule("KPIs");
        var kpis = api.MapCollection("kpis");           // listed in /api/v1
        kpis.MapGet("/", KpisApi.ListAsync);             // reads are open, filtered by the visibility rule
        kpis.MapGet("/{id:int}", KpisApi.GetAsync);
        kpis.MapPost("/", KpisApi.AddAsync);             // writes need a bearer token
        kpis.MapPut("/{id:int}", KpisApi.UpdateAsync);
        kpis.MapPost("/{id:int}/values", KpisApi.RecordAsync);
    }
}
