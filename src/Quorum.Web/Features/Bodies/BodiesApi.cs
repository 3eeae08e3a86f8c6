using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Bodies;

/// <summary>/api/v1/bodies and /api/v1/memberships: list, get, create, update. Renaming keeps the former name.</summary>
public static class BodiesApi
{
    public sealed record FormerNameDto(string Name, DateOnly? From, DateOnly Until);

    public sealed record BodyDto(int Id, string Name, string ShortName, string ActionPrefix, string ActionReferenceScheme, BodyKind Kind, string TimeZone,
        int? ParentBodyId, int? Quorum, int? AbsenceThreshold, bool IsPublic, string? TermsOfReference, IReadOnlyList<FormerNameDto> FormerNames,
        IReadOnlyList<string> StandingItems, string? MattersArisingItem,
        string? QuorumFraction, Quorum.Conduct.QuorumRounding QuorumRounding, int? QuorumMinimum, int? Seats, Quorum.Conduct.QuorumBasis QuorumBasis);

    public sealed record BodyInput(string? Name, string? ShortName, string? ActionPrefix, BodyKind? Kind, string? TimeZone, int? ParentBodyId,
        int? Quorum, int? AbsenceThreshold, bool? IsPublic, string? TermsOfReference, DateOnly? RenamedOn,
        string? ActionReferenceScheme = null, IReadOnlyList<string>? StandingItems = null, string? MattersArisingItem = null,
        string? QuorumFraction = null, Quorum.Conduct.QuorumRounding? QuorumRounding = null, int? QuorumMinimum = null, int? Seats = null,
        Quorum.Conduct.QuorumBasis? QuorumBasis = null)
    {
        public BodyDetails ToDetails() => new()
        {
            Name = Name,
            ShortName = ShortName,
            ActionPrefix = ActionPrefix,
            Kind = Kind,
            ActionReferenceScheme = ActionReferenceScheme,
            StandingItems = StandingItems,
            MattersArisingItem = MattersArisingItem,
            ParentBodyId = ParentBodyId,
            Quorum = Quorum,
            QuorumFraction = QuorumFraction,
            QuorumRounding = QuorumRounding,
            QuorumMinimum = QuorumMinimum,
            Seats = Seats,
            QuorumBasis = QuorumBasis,
            AbsenceThreshold = AbsenceThreshold,
            TimeZone = TimeZone,
            IsPublic = IsPublic,
            TermsOfReference = TermsOfReference,
            RenamedOn = RenamedOn,
        };
    }

    public sealed record MembershipDto(int Id, int BodyId, int PersonId, string Person, MembershipRole Role, DateOnly? From, DateOnly? Until);

    public sealed record MembershipInput(int BodyId, int PersonId, MembershipRole Role, DateOnly? From, DateOnly? Until);

    public static RouteGroupBuilder MapBodiesApi(this RouteGroupBuilder api)
    {
        var bodies = api.MapCollection("bodies");
        bodies.MapGet("/", ListAsync).CacheOutput(PublicAnswers.Policy);
        bodies.MapGet("/{id:int}", GetAsync).CacheOutput(PublicAnswers.Policy);
        bodies.MapGet("/{id:int}/memberships", BodyMembershipsAsync);
        bodies.MapPost("/", CreateAsync);
        bodies.MapPut("/{id:int}", UpdateAsync);

        var memberships = api.MapCollection("memberships");
        memberships.MapGet("/", ListMembershipsAsync);
        memberships.MapGet("/{id:int}", GetMembershipAsync);
        memberships.MapPost("/", CreateMembershipAsync);
        memberships.MapPut("/{id:int}", UpdateMembershipAsync);
        return api;
    }

    private static BodyDto Dto(Body b) => new(b.Id, b.Name, b.ShortName, b.ActionPrefix, b.ActionReferenceScheme, b.Kind, b.TimeZone, b.ParentBodyId,
        b.Quorum, b.AbsenceThreshold, b.IsPublic, b.TermsOfReference, [.. b.FormerNames.OrderBy(n => n.Until).Select(n => new FormerNameDto(n.Name, n.From, n.Until))],
        [.. b.StandingItemTitles], b.MattersArisingItem, b.QuorumFraction, b.QuorumRounding, b.QuorumMinimum, b.Seats, b.QuorumBasis);

    private static MembershipDto Dto(Membership m) => new(m.Id, m.BodyId, m.PersonId, m.Person?.FullName ?? "", m.Role, m.From, m.Until);

    private static async Task<Results<Ok<Paged<BodyDto>>, ValidationProblem>> ListAsync(QuorumDb db, [AsParameters] PageQuery paging)
    {
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        return TypedResults.Ok(await paging.ApplyAsync(db.Bodies.AsNoTracking().Include(b => b.FormerNames).OrderBy(b => b.Name), Dto));
    }

    private static async Task<Results<Ok<BodyDto>, NotFound>> GetAsync(int id, QuorumDb db, HttpContext context)
    {
        var body = await db.Bodies.AsNoTracking().Include(b => b.FormerNames).SingleOrDefaultAsync(b => b.Id == id);
        if (body is null)
            return TypedResults.NotFound();
        context.Response.Headers.ETag = ETags.Of(body);
        return TypedResults.Ok(Dto(body));
    }

    private static async Task<Created<BodyDto>> CreateAsync(BodyInput input, QuorumDb db)
    {
        var body = await BodyRegister.CreateAsync(db, input.ToDetails());
        return TypedResults.Created($"/api/v1/bodies/{body.Id}", Dto(body));
    }

    private static async Task<Results<Ok<BodyDto>, NotFound, ProblemHttpResult>> UpdateAsync(int id, BodyInput input, QuorumDb db, HttpContext context)
    {
        var body = await db.Bodies.Include(b => b.FormerNames).SingleOrDefaultAsync(b => b.Id == id);
        if (body is null)
            return TypedResults.NotFound();
        await db.EnsureMayEditAsync(body);
        if (ETags.Check(context, db, body) is { } stale)
            return stale;
        await BodyRegister.UpdateAsync(db, body, input.ToDetails());
        return TypedResults.Ok(Dto(body));
    }

    private static async Task<Results<Ok<Paged<MembershipDto>>, ValidationProblem>> BodyMembershipsAsync(int id, QuorumDb db, [AsParameters] PageQuery paging) =>
        await ListMembershipsAsync(db, id, null, paging);

    private static async Task<Results<Ok<Paged<MembershipDto>>, ValidationProblem>> ListMembershipsAsync(QuorumDb db, int? body, int? person, [AsParameters] PageQuery paging)
    {
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        var query = db.Memberships.AsNoTracking().Include(m => m.Person).AsQueryable();
        if (body is not null)
            query = query.Where(m => m.BodyId == body);
        if (person is not null)
            query = query.Where(m => m.PersonId == person);
        return TypedResults.Ok(await paging.ApplyAsync(query.OrderBy(m => m.BodyId).ThenBy(m => m.Id), Dto));
    }

    private static async Task<Results<Ok<MembershipDto>, NotFound>> GetMembershipAsync(int id, QuorumDb db, HttpContext context)
    {
        var membership = await db.Memberships.AsNoTracking().Include(m => m.Person).SingleOrDefaultAsync(m => m.Id == id);
        if (membership is null)
            return TypedResults.NotFound();
        context.Response.Headers.ETag = ETags.Of(membership);
        return TypedResults.Ok(Dto(membership));
    }

    private static async Task<Results<Created<MembershipDto>, ValidationProblem, ForbidHttpResult>> CreateMembershipAsync(MembershipInput input, QuorumDb db)
    {
        if (!await db.MayEditAsync(Owner.Of<Body>(input.BodyId)))
            return TypedResults.Forbid();
        if (await ValidateMembershipAsync(input, db) is { } problems)
            return TypedResults.ValidationProblem(problems);
        var membership = new Membership { BodyId = input.BodyId, PersonId = input.PersonId, Role = input.Role, From = input.From, Until = input.Until };
        db.Memberships.Add(membership);
        await db.SaveChangesAsync();
        await db.Entry(membership).Reference(m => m.Person).LoadAsync();
        return TypedResults.Created($"/api/v1/memberships/{membership.Id}", Dto(membership));
    }

    private static async Task<Results<Ok<MembershipDto>, NotFound, ValidationProblem, ForbidHttpResult, ProblemHttpResult>> UpdateMembershipAsync(
        int id, MembershipInput input, QuorumDb db, HttpContext context)
    {
        var membership = await db.Memberships.Include(m => m.Person).SingleOrDefaultAsync(m => m.Id == id);
        if (membership is null)
            return TypedResults.NotFound();
        if (!await db.MayEditAsync(membership) || input.BodyId != membership.BodyId)
            return TypedResults.Forbid();
        if (ETags.Check(context, db, membership) is { } stale)
            return stale;
        if (await ValidateMembershipAsync(input, db) is { } problems)
            return TypedResults.ValidationProblem(problems);
        membership.Role = input.Role;
        membership.From = input.From;
        membership.Until = input.Until;
        await db.SaveChangesAsync();
        return TypedResults.Ok(Dto(membership));
    }

    private static async Task<Dictionary<string, string[]>?> ValidateMembershipAsync(MembershipInput input, QuorumDb db)
    {
        var problems = new Dictionary<string, string[]>();
        if (!await db.People.AnyAsync(p => p.Id == input.PersonId))
            problems["personId"] = [$"There is no person {input.PersonId}"];
        if (input.From is { } from && input.Until is { } until && until < from)
            problems["until"] = ["The end date must be on or after the start date"];
        return problems.Count == 0 ? null : problems;
    }
}
