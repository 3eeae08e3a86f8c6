using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Decisions;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Decisions;

/// <summary>/api/v1/decisions: the register (filter <c>body</c>), one decision, record, and update (If-Match).</summary>
public static class DecisionsApi
{
    public sealed record DecisionDto(int Id, int BodyId, int Number, int MeetingId, int? AgendaItemId, string Text, string? RenamesBodyTo, DateOnly? RenameAppliedOn);

    public sealed record DecisionInput(int MeetingId, int? AgendaItemId, string? Text, string? RenamesBodyTo);

    public static RouteGroupBuilder MapDecisionsApi(this RouteGroupBuilder api)
    {
        var collection = api.MapCollection("decisions");
        collection.MapGet("/", ListAsync).CacheOutput(PublicAnswers.Policy);
        collection.MapGet("/{id:int}", GetAsync).CacheOutput(PublicAnswers.Policy);
        collection.MapPost("/", RecordAsync);
        collection.MapPut("/{id:int}", UpdateAsync);
        return api;
    }

    private static DecisionDto Dto(Decision d) => new(d.Id, d.BodyId, d.Number, d.MeetingId, d.AgendaItemId, d.Text, d.RenamesBodyTo, d.RenameAppliedOn);

    private static async Task<Results<Ok<Paged<DecisionDto>>, ValidationProblem>> ListAsync(QuorumDb db, string? body, [AsParameters] PageQuery paging)
    {
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        return TypedResults.Ok(await paging.ApplyAsync(DecisionsExport.Register(db, body), Dto));
    }

    private static async Task<Results<Ok<DecisionDto>, NotFound>> GetAsync(int id, QuorumDb db, HttpContext context)
    {
        var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id);
        if (decision is null)
            return TypedResults.NotFound();
        context.Response.Headers.ETag = ETags.Of(decision);
        return TypedResults.Ok(Dto(decision));
    }

    private static async Task<Results<Created<DecisionDto>, ValidationProblem, ForbidHttpResult>> RecordAsync(DecisionInput input, QuorumDb db)
    {
        var meeting = await db.Meetings.Include(m => m.MinutesApprovedAt).SingleOrDefaultAsync(m => m.Id == input.MeetingId);
        if (meeting is null || !await db.MayEditAsync(meeting))
            return TypedResults.Forbid();
        if (string.IsNullOrWhiteSpace(input.Text))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Enter what was decided"] });
        var item = input.AgendaItemId is null ? null : await db.AgendaItems.SingleOrDefaultAsync(i => i.Id == input.AgendaItemId && i.MeetingId == meeting.Id);
        if (input.AgendaItemId is not null && item is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["agendaItemId"] = ["The item is not on that meeting's agenda"] });
        meeting.EnsureEditable();
        var decision = await DecisionRegister.RecordAsync(db, meeting, item, input.Text, input.RenamesBodyTo);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/decisions/{decision.Id}", Dto(decision));
    }

    private static async Task<Results<Ok<DecisionDto>, NotFound, ValidationProblem, ForbidHttpResult, ProblemHttpResult>> UpdateAsync(
        int id, DecisionInput input, QuorumDb db, HttpContext context)
    {
        var decision = await db.Decisions.Include(d => d.Meeting!).ThenInclude(m => m.MinutesApprovedAt).SingleOrDefaultAsync(d => d.Id == id);
        if (decision is null)
            return TypedResults.NotFound();
        if (!await db.MayEditAsync(decision))
            return TypedResults.Forbid();
        if (ETags.Check(context, db, decision) is { } stale)
            return stale;
        if (string.IsNullOrWhiteSpace(input.Text))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Enter what was decided"] });
        decision.Meeting!.EnsureEditable();
        decision.Text = input.Text.Trim();
        await db.SaveChangesAsync();
        return TypedResults.Ok(Dto(decision));
    }
}
