using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Contracts;

/// <summary>The contracts register: member organisations' contracts, the alignment view, the Transparency Code export and import.</summary>
public sealed class ContractsModule : IQuorumModule
{
    public static void Add(WebApplicationBuilder builder) =>
        // The add page edits too, at its own address.
        builder.Services.Configure<RazorPagesOptions>(options => options.Conventions.AddPageRoute("/Contracts/Edit", "contracts/{id:int}/edit"));

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapApiModule("Contracts");
        var contracts = api.MapCollection("contracts");   // listed in /api/v1
        contracts.MapGet("/", ContractsApi.ListAsync);     // reads are open, filtered by the visibility rule
        contracts.MapGet("/{id:int}", ContractsApi.GetAsync);
        contracts.MapPost("/", ContractsApi.AddAsync);     // writes need a bearer token
        contracts.MapPut("/{id:int}", ContractsApi.UpdateAsync);
        contracts.MapDelete("/{id:int}", ContractsApi.DeleteAsync);
        contracts.MapGet("/export.csv", ContractsApi.ExportAsync);
    }
}
