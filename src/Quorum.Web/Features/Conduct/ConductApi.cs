using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Conduct;
using Quorum.Data;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Conduct;

/// <summary>
/// /api/v1/declarations, /api/v1/motions (with their amendments and votes) and /api/v1/interests
/// (members' registers). Reads are what the caller may see: a sensitive interest reaches only the
/// body's clerks and the member, and everyone else is told its category alone.
/// </summary>
public static class ConductApi
{
    public sealed record DeclarationDto(int Id, int MeetingId, int AgendaItemId, int PersonId, string Person, InterestKind Kind, string Nature, bool LeftTheRoom, bool TookNoPart);

    public sealed record DeclarationApiInput(int AgendaItemId, int? PersonId, InterestKind? Kind, string? Nature, bool LeftTheRoom = false, bool TookNoPart = false);

    public sealed record VoteDto(int PersonId, string Person, VoteChoice Choice);

    public sealed record MotionDto(int Id, int MeetingId, int AgendaItemId, int Position, int? AmendsId, string Text, string? TextIfCarried, string? TextAsAmended,
        int MoverId, string Mover, int? SeconderId, string? Seconder, MotionOutcome Outcome, int? VotesFor, int? VotesAgainst, int? Abstentions,
        bool IsRecordedVote, IReadOnlyList<VoteDto> Votes, VoteChoice? CastingVote, int? CastingVoteById, int? DecisionId, IReadOnlyList<MotionDto> Amendments);

    public sealed record MotionApiInput(int AgendaItemId, string? Text, int? MoverId, int? SeconderId, string? TextIfCarried = null);

    public sealed record NamedVoteInput(int PersonId, VoteChoice Choice);

    public sealed record BallotInput(MotionOutcome? Outcome, int? VotesFor, int? VotesAgainst, int? Abstentions, IReadOnlyList<NamedVoteInput>? Votes, VoteChoice? CastingVote);

    public sealed record InterestDto(int Id, InterestCategory Category, InterestHolder Holder, string Description, bool Sensitive);

    public sealed record WithheldInterestDto(InterestCategory Category);

    public sealed record RegisterDto(int Id, int BodyId, int PersonId, string Person, DateOnly EffectiveFrom, DateOnly? PublishedOn,
        IReadOnlyList<InterestDto> Interests, IReadOnlyList<WithheldInterestDto> Withheld);

    public sealed record RegisterApiInput(int BodyId, int PersonId, DateOnly? EffectiveFrom, IReadOnlyList<InterestInput>? Interests, bool Publish = false);

    public static RouteGroupBuilder MapConductApi(this RouteGroupBuilder api)
    {
        var declarations = api.MapCollection("declarations");
        declarations.MapGet("/", ListDeclarationsAsync);
        declarations.MapGet("/{id:int}", GetDeclarationAsync);
        declarations.MapPost("/", DeclareAsync);
        declarations.MapDelete("/{id:int}", RemoveDeclarationAsync);

        var motions = api.MapCollection("motions");
        motions.MapGet("/", ListMotionsAsync);
        motions.MapGet("/{id:int}", GetMotionAsync);
        motions.MapPost("/", MoveAsync);
        motions.MapPost("/{id:int}/amendments", AmendAsync);
        motions.MapPost("/{id:int}/vote", VoteAsync);
        motions.MapPost("/{id:int}/withdraw", WithdrawAsync);

        var interests = api.MapCollection("interests");
        interests.MapGet("/", ListRegistersAsync);
        interests.MapGet("/{id:int}", GetRegisterAsync);
        interests.MapPost("/", RecordRegisterAsync);
        interests.MapPost("/{id:int}/publish", PublishRegisterAsync);
        return api;
    }

    private static DeclarationDto Dto(Declaration d) =>
        new(d.Id, d.MeetingId, d.AgendaItemId, d.PersonId, d.Person?.FullName ?? "", d.Kind, d.Nature, d.LeftTheRoom, d.TookNoPart);

    private static MotionDto Dto(Motion m, IReadOnlyList<Motion> amendments) => new(
        m.Id, m.MeetingId, m.AgendaItemId, m.Position, m.AmendsId, m.Text, m.TextIfCarried, m.TextAsAmended, m.MoverId, m.Mover?.FullName ?? "",
        m.SeconderId, m.Seconder?.FullName, m.Outcome, m.VotesFor, m.VotesAgainst, m.Abstentions, m.IsRecordedVote,
        [.. m.Votes.OrderBy(v => v.Person?.FullName).Select(v => new VoteDto(v.PersonId, v.Person?.FullName ?? "", v.Choice))],
        m.CastingVote, m.CastingVoteById, m.DecisionId, [.. amendments.Select(a => Dto(a, []))]);

    private static RegisterDto Dto(InterestRegisterVersion v, IEnumerable<WithheldInterest> withheld) => new(
        v.Id, v.BodyId, v.PersonId, v.Person?.FullName ?? "", v.EffectiveFrom, v.PublishedOn,
        [.. v.Interests.OrderBy(i => i.Category).ThenBy(i => i.Id).Select(i => new InterestDto(i.Id, i.Category, i.Holder, i.Description, i.IsSensitive))],
        [.. withheld.Select(w => new WithheldInterestDto(w.Category))]);

    private static async Task<Results<Ok<Paged<DeclarationDto>>, ValidationProblem>> ListDeclarationsAsync(QuorumDb db, int? meeting, int? person, [AsParameters] PageQuery paging)
    {
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        var query = db.Declarations.AsNoTracking().Include(d => d.Person).AsQueryable();
        if (meeting is not null)
            query = query.Where(d => d.MeetingId == meeting);
        if (person is not null)
            query = query.Where(d => d.PersonId == person);
        return TypedResults.Ok(await paging.ApplyAsync(query.OrderByDescending(d => d.MeetingId).ThenBy(d => d.Id), Dto));
    }

    private static async Task<Results<Ok<DeclarationDto>, NotFound>> GetDeclarationAsync(int id, QuorumDb db, HttpContext context)
    {
        var declaration = await db.Declarations.AsNoTracking().Include(d => d.Person).SingleOrDefaultAsync(d => d.Id == id);
        if (declaration is null)
            return TypedResults.NotFound();
        context.Response.Headers.ETag = ETags.Of(declaration);
        return TypedResults.Ok(Dto(declaration));
    }

    private static async Task<Results<Created<DeclarationDto>, ForbidHttpResult>> DeclareAsync(DeclarationApiInput input, QuorumDb db)
    {
        var item = await db.AgendaItems.SingleOrDefaultAsync(i => i.Id == input.AgendaItemId);
        if (item is null || !await db.MayEditAsync(item))
            return TypedResults.Forbid();
        var declaration = await ConductRegister.DeclareAsync(db, item, new DeclarationInput(input.PersonId, input.Kind, input.Nature, input.LeftTheRoom, input.TookNoPart));
        await db.Entry(declaration).Reference(d => d.Person).LoadAsync();
        return TypedResults.Created($"/api/v1/declarations/{declaration.Id}", Dto(declaration));
    }

    private static async Task<Results<NoContent, NotFound, ForbidHttpResult>> RemoveDeclarationAsync(int id, QuorumDb db)
    {
        var declaration = await db.Declarations.SingleOrDefaultAsync(d => d.Id == id);
        if (declaration is null)
            return TypedResults.NotFound();
        if (!await db.MayEditAsync(declaration))
            return TypedResults.Forbid();
        await ConductRegister.RemoveDeclarationAsync(db, declaration);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<Paged<MotionDto>>, ValidationProblem>> ListMotionsAsync(QuorumDb db, int? meeting, int? item, [AsParameters] PageQuery paging)
    {
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        var query = ConductMinutes.Motions(db).Where(m => m.AmendsId == null);
        if (meeting is not null)
            query = query.Where(m => m.MeetingId == meeting);
        if (item is not null)
            query = query.Where(m => m.AgendaItemId == item);
        var page = await paging.ApplyAsync(query, m => m);
        var ids = page.Items.Select(m => m.Id).ToList();
        var amendments = (await ConductMinutes.Motions(db).Where(m => m.AmendsId != null && ids.Contains(m.AmendsId.Value)).ToListAsync()).ToLookup(m => m.AmendsId!.Value);
        return TypedResults.Ok(page.Select(m => Dto(m, [.. amendments[m.Id]])));
    }

    private static async Task<Results<Ok<MotionDto>, NotFound>> GetMotionAsync(int id, QuorumDb db, HttpContext context)
    {
        var motion = await ConductMinutes.Motions(db).SingleOrDefaultAsync(m => m.Id == id);
        if (motion is null)
            return TypedResults.NotFound();
        context.Response.Headers.ETag = ETags.Of(motion);
        return TypedResults.Ok(await DtoAsync(db, motion.Id));
    }

    private static async Task<MotionDto> DtoAsync(QuorumDb db, int id)
    {
        var motion = await ConductMinutes.Motions(db).SingleAsync(m => m.Id == id);
        return Dto(motion, await ConductMinutes.Motions(db).Where(m => m.AmendsId == id).ToListAsync());
    }

    private static async Task<Results<Created<MotionDto>, ForbidHttpResult>> MoveAsync(MotionApiInput input, QuorumDb db)
    {
        var item = await db.AgendaItems.SingleOrDefaultAsync(i => i.Id == input.AgendaItemId);
        if (item is null || !await db.MayEditAsync(item))
            return TypedResults.Forbid();
        var motion = await ConductRegister.MoveAsync(db, item, new MotionInput(input.Text, input.MoverId, input.SeconderId, input.TextIfCarried));
        return TypedResults.Created($"/api/v1/motions/{motion.Id}", await DtoAsync(db, motion.Id));
    }

    private static async Task<Results<Created<MotionDto>, NotFound, ForbidHttpResult>> AmendAsync(int id, MotionApiInput input, QuorumDb db)
    {
        var motion = await db.Motions.SingleOrDefaultAsync(m => m.Id == id);
        if (motion is null)
            return TypedResults.NotFound();
        if (!await db.MayEditAsync(motion))
            return TypedResults.Forbid();
        var item = await db.AgendaItems.SingleAsync(i => i.Id == motion.AgendaItemId);
        var amendment = await ConductRegister.MoveAsync(db, item, new MotionInput(input.Text, input.MoverId, input.SeconderId, input.TextIfCarried), motion);
        return TypedResults.Created($"/api/v1/motions/{amendment.Id}", await DtoAsync(db, amendment.Id));
    }

    private static async Task<Results<Ok<MotionDto>, NotFound, ForbidHttpResult, ValidationProblem>> VoteAsync(int id, BallotInput input, QuorumDb db)
    {
        if (input.Votes is { } named && named.Select(v => v.PersonId).Distinct().Count() != named.Count)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["votes"] = ["Each member votes once"] });
        var ballot = new Ballot(input.Outcome, input.VotesFor, input.VotesAgainst, input.Abstentions,
            input.Votes?.ToDictionary(v => v.PersonId, v => v.Choice), input.CastingVote);
        return await PutAsync(id, ballot, db);
    }

    private static Task<Results<Ok<MotionDto>, NotFound, ForbidHttpResult, ValidationProblem>> WithdrawAsync(int id, QuorumDb db) =>
        PutAsync(id, new Ballot(MotionOutcome.Withdrawn), db);

    private static async Task<Results<Ok<MotionDto>, NotFound, ForbidHttpResult, ValidationProblem>> PutAsync(int id, Ballot ballot, QuorumDb db)
    {
        var motion = await db.Motions.SingleOrDefaultAsync(m => m.Id == id);
        if (motion is null)
            return TypedResults.NotFound();
        if (!await db.MayEditAsync(motion))
            return TypedResults.Forbid();
        await ConductRegister.PutToVoteAsync(db, motion, ballot);
        return TypedResults.Ok(await DtoAsync(db, id));
    }

    private static async Task<Results<Ok<Paged<RegisterDto>>, ValidationProblem>> ListRegistersAsync(QuorumDb db, int? person, int? body, [AsParameters] PageQuery paging)
    {
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        var query = InterestRegister.Versions(db);
        if (person is not null)
            query = query.Where(v => v.PersonId == person);
        if (body is not null)
            query = query.Where(v => v.BodyId == body);
        var page = await paging.ApplyAsync(query, v => v);
        var withheld = (await WithheldInterests.ForVersionsAsync(db, [.. page.Items.Select(v => v.Id)])).ToLookup(w => w.RegisterVersionId);
        return TypedResults.Ok(page.Select(v => Dto(v, withheld[v.Id])));
    }

    private static async Task<Results<Ok<RegisterDto>, NotFound>> GetRegisterAsync(int id, QuorumDb db, HttpContext context)
    {
        var version = await InterestRegister.Versions(db).SingleOrDefaultAsync(v => v.Id == id);
        if (version is null)
            return TypedResults.NotFound();
        context.Response.Headers.ETag = ETags.Of(version);
        return TypedResults.Ok(Dto(version, await WithheldInterests.ForVersionsAsync(db, [id])));
    }

    private static async Task<Results<Created<RegisterDto>, ForbidHttpResult>> RecordRegisterAsync(RegisterApiInput input, QuorumDb db)
    {
        var body = await db.Bodies.SingleOrDefaultAsync(b => b.Id == input.BodyId);
        if (body is null || !await db.MayEditAsync(body))
            return TypedResults.Forbid();
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == input.PersonId)
            ?? throw new InvalidInputException(new Dictionary<string, string> { ["personId"] = $"There is no person {input.PersonId}" });
        var version = await InterestRegister.RecordAsync(db, body, person, new InterestRegisterInput(input.EffectiveFrom, input.Interests ?? [], input.Publish));
        var saved = await InterestRegister.Versions(db).SingleAsync(v => v.Id == version.Id);
        return TypedResults.Created($"/api/v1/interests/{version.Id}", Dto(saved, []));
    }

    private static async Task<Results<Ok<RegisterDto>, NotFound, ForbidHttpResult>> PublishRegisterAsync(int id, QuorumDb db)
    {
        var version = await db.InterestRegisterVersions.SingleOrDefaultAsync(v => v.Id == id);
        if (version is null)
            return TypedResults.NotFound();
        if (!await db.MayEditAsync(version))
            return TypedResults.Forbid();
        await InterestRegister.PublishAsync(db, version);
        var saved = await InterestRegister.Versions(db).SingleAsync(v => v.Id == id);
        return TypedResults.Ok(Dto(saved, []));
    }
}
