using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.People;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Organisations;

/// <summary>/api/v1/organisations: list, get, create, update.</summary>
public static class OrganisationsApi
{
    public sealed record OrganisationDto(int Id, string Name, string? ShortName, string? Website);

    public sealed record OrganisationInput(string? Name, string? ShortName, string? Website);

    public static RouteGroupBuilder MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var collection = api.MapCollection("organisations");
        collection.MapGet("/", ListAsync);
        collection.MapGet("/{id:int}", GetAsync);
        collection.MapPost("/", CreateAsync);
        collection.MapPut("/{id:int}", UpdateAsync);
        return api;
    }

    private static OrganisationDto Dto(Organisation o) => new(o.Id, o.Name, o.ShortName, o.Website);

    private static async Task<Results<Ok<Paged<OrganisationDto>>, ValidationProblem>> ListAsync(QuorumDb db, [AsParameters] PageQuery paging)
    {
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        return TypedResults.Ok(await paging.ApplyAsync(db.Organisations.AsNoTracking().OrderBy(o => o.Name), Dto));
    }

    private static async Task<Results<Ok<OrganisationDto>, NotFound>> GetAsync(int id, QuorumDb db, HttpContext context)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id);
        if (organisation is null)
            return TypedResults.NotFound();
        context.Response.Headers.ETag = ETags.Of(organisation);
        return TypedResults.Ok(Dto(organisation));
    }

    private static async Task<Results<Created<OrganisationDto>, ValidationProblem, ForbidHttpResult>> CreateAsync(OrganisationInput input, QuorumDb db)
    {
        if (!db.Viewer.MayEditPeople)
            return TypedResults.Forbid();
        if (await ValidateAsync(input, db, null) is { } problems)
            return TypedResults.ValidationProblem(problems);
        var organisation = new Organisation { Name = input.Name!.Trim() };
        Apply(organisation, input);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/organisations/{organisation.Id}", Dto(organisation));
    }

    private static async Task<Results<Ok<OrganisationDto>, NotFound, ValidationProblem, ForbidHttpResult, ProblemHttpResult>> UpdateAsync(
        int id, OrganisationInput input, QuorumDb db, HttpContext context)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id);
        if (organisation is null)
            return TypedResults.NotFound();
        if (!db.Viewer.MayEditPeople)
            return TypedResults.Forbid();
        if (ETags.Check(context, db, organisation) is { } stale)
            return stale;
        if (await ValidateAsync(input, db, id) is { } problems)
            return TypedResults.ValidationProblem(problems);
        Apply(organisation, input);
        await db.SaveChangesAsync();
        return TypedResults.Ok(Dto(organisation));
    }

    private static void Apply(Organisation organisation, OrganisationInput input)
    {
        organisation.Name = input.Name!.Trim();
        organisation.ShortName = string.IsNullOrWhiteSpace(input.ShortName) ? null : input.ShortName.Trim();
        organisation.Website = string.IsNullOrWhiteSpace(input.Website) ? null : input.Website.Trim();
    }

    private static async Task<Dictionary<string, string[]>?> ValidateAsync(OrganisationInput input, QuorumDb db, int? id)
    {
        if (string.IsNullOrWhiteSpace(input.Name))
            return new() { ["name"] = ["Enter the organisation's name"] };
        if (FieldLengths.ProblemWith<Organisation>(db, nameof(Organisation.Name), input.Name, "The name") is { } longName)
            return new() { ["name"] = [longName] };
        var name = input.Name.Trim();
        if (await db.Organisations.AnyAsync(o => o.Name == name && o.Id != id))
            return new() { ["name"] = [$"There is already an organisation called {name}"] };
        return null;
    }
}
