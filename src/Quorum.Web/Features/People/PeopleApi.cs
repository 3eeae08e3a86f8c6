using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.People;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.People;

/// <summary>/api/v1/people: list (search with <c>q</c>), get, create, update. Contact details only for signed-in callers.</summary>
public static class PeopleApi
{
    public sealed record PersonDto(int Id, string FullName, string? JobTitle, int? OrganisationId, string? Organisation, string? Email, string? Phone);

    public sealed record PersonInput(string? FullName, string? JobTitle, int? OrganisationId, string? Email, string? Phone);

    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        var collection = api.MapCollection("people");
        collection.MapGet("/", ListAsync);
        collection.MapGet("/{id:int}", GetAsync);
        collection.MapPost("/", CreateAsync);
        collection.MapPut("/{id:int}", UpdateAsync);
        return api;
    }

    private static Func<Person, PersonDto> Dto(QuorumDb db) => p => new(
        p.Id, p.FullName, p.JobTitle, p.OrganisationId, p.Organisation?.Name,
        db.Viewer.SeesContactDetails ? p.Email : null,
        db.Viewer.SeesContactDetails ? p.Phone : null);

    private static async Task<Results<Ok<Paged<PersonDto>>, ValidationProblem>> ListAsync(QuorumDb db, string? q, [AsParameters] PageQuery paging)
    {
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        var people = db.People.AsNoTracking().Include(p => p.Organisation).AsQueryable();
        if (!string.IsNullOrWhiteSpace(q))
            people = people.Where(p => p.FullName.ToLower().Contains(q.Trim().ToLower()));
        return TypedResults.Ok(await paging.ApplyAsync(people.OrderBy(p => p.FullName), Dto(db)));
    }

    private static async Task<Results<Ok<PersonDto>, NotFound>> GetAsync(int id, QuorumDb db, HttpContext context)
    {
        var person = await db.People.AsNoTracking().Include(p => p.Organisation).SingleOrDefaultAsync(p => p.Id == id);
        if (person is null)
            return TypedResults.NotFound();
        context.Response.Headers.ETag = ETags.Of(person);
        return TypedResults.Ok(Dto(db)(person));
    }

    private static async Task<Results<Created<PersonDto>, ValidationProblem, ForbidHttpResult>> CreateAsync(PersonInput input, QuorumDb db)
    {
        if (!db.Viewer.MayEditPeople)
            return TypedResults.Forbid();
        if (await ValidateAsync(input, db) is { } problems)
            return TypedResults.ValidationProblem(problems);
        var person = new Person { FullName = input.FullName!.Trim() };
        Apply(person, input);
        db.People.Add(person);
        await db.SaveChangesAsync();
        await db.Entry(person).Reference(p => p.Organisation).LoadAsync();
        return TypedResults.Created($"/api/v1/people/{person.Id}", Dto(db)(person));
    }

    private static async Task<Results<Ok<PersonDto>, NotFound, ValidationProblem, ForbidHttpResult, ProblemHttpResult>> UpdateAsync(
        int id, PersonInput input, QuorumDb db, HttpContext context)
    {
        var person = await db.People.Include(p => p.Organisation).SingleOrDefaultAsync(p => p.Id == id);
        if (person is null)
            return TypedResults.NotFound();
        if (!db.Viewer.MayEditPeople)
            return TypedResults.Forbid();
        if (ETags.Check(context, db, person) is { } stale)
            return stale;
        if (await ValidateAsync(input, db) is { } problems)
            return TypedResults.ValidationProblem(problems);
        Apply(person, input);
        await db.SaveChangesAsync();
        await db.Entry(person).Reference(p => p.Organisation).LoadAsync();
        return TypedResults.Ok(Dto(db)(person));
    }

    private static void Apply(Person person, PersonInput input)
    {
        person.FullName = input.FullName!.Trim();
        person.JobTitle = string.IsNullOrWhiteSpace(input.JobTitle) ? null : input.JobTitle.Trim();
        person.OrganisationId = input.OrganisationId;
        person.Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        person.Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
    }

    private static async Task<Dictionary<string, string[]>?> ValidateAsync(PersonInput input, QuorumDb db)
    {
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.FullName))
            problems["fullName"] = ["Enter the person's full name"];
        else if (FieldLengths.ProblemWith<Person>(db, nameof(Person.FullName), input.FullName, "The name") is { } longName)
            problems["fullName"] = [longName];
        if (input.OrganisationId is { } org && !await db.Organisations.AnyAsync(o => o.Id == org))
            problems["organisationId"] = [$"There is no organisation {org}"];
        if (!string.IsNullOrWhiteSpace(input.Email) && !System.Net.Mail.MailAddress.TryCreate(input.Email.Trim(), out _))
            problems["email"] = ["Enter an email address in the correct format, like name@example.org"];
        return problems.Count == 0 ? null : problems;
    }
}
