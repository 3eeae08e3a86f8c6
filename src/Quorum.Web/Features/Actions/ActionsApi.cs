using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Data;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Actions;

/// <summary>
/// /api/v1/actions: the tracker's list (filters body, owner, status, overdue, dueWithinDays), one
/// action with its history, raise, and update (If-Match; a status or note becomes a dated update).
/// </summary>
public static class ActionsApi
{
    public sealed record UpdateDto(DateOnly On, int? MeetingId, string Text, ActionStatus? From, ActionStatus? To, string RecordedBy);

    public sealed record ActionDto(int Id, string Reference, int BodyId, int MeetingId, int? AgendaItemId, IReadOnlyList<string> Owners, string Text,
        DateOnly? DueDate, ActionStatus Status, DateOnly? ClosedOn, int? ClosedAtMeetingId, IReadOnlyList<UpdateDto> History);

    public sealed record RaiseInput(int MeetingId, int? AgendaItemId, List<int>? OwnerIds, string? Text, DateOnly? DueDate);

    public sealed record UpdateInput(string? Text, DateOnly? DueDate, List<int>? OwnerIds, ActionStatus? Status, string? Note, int? MeetingId);

    public static RouteGroupBuilder MapActionsApi(this RouteGroupBuilder api)
    {
        var collection = api.MapCollection("actions");
        collection.MapGet("/", ListAsync).CacheOutput(PublicAnswers.Policy);
        collection.MapGet("/{id:int}", GetAsync).CacheOutput(PublicAnswers.Policy);
        collection.MapPost("/", RaiseAsync);
        collection.MapPut("/{id:int}", UpdateAsync);
        return api;
    }

    public static ActionDto Dto(ActionItem a) => new(a.Id, a.Reference, a.BodyId, a.MeetingId, a.AgendaItemId, [.. a.Owners.Select(o => o.FullName)], a.Text,
        a.DueDate, a.Status, a.ClosedOn, a.ClosedAtMeetingId,
        [.. a.Updates.OrderBy(u => u.On).ThenBy(u => u.Id).Select(u => new UpdateDto(u.On, u.MeetingId, u.Text, u.StatusFrom, u.StatusTo, u.RecordedBy))]);

    private static async Task<Results<Ok<Paged<ActionDto>>, ValidationProblem>> ListAsync(
        QuorumDb db, TrackerFigures figures, [AsParameters] ActionFilterQuery filter, [AsParameters] PageQuery paging, CancellationToken cancellationToken)
    {
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        var asked = filter.ToFilter();
        var actions = ActionFilter.WithDetails(asked.Apply(db.Actions, db.Today));
        return TypedResults.Ok(await paging.ApplyAsync(actions, Dto, count => figures.CountListedAsync(db, asked, count, cancellationToken)));
    }

    private static async Task<Results<Ok<ActionDto>, NotFound>> GetAsync(int id, QuorumDb db, HttpContext context)
    {
        var action = await db.Actions.AsNoTracking().Include(a => a.Owners).Include(a => a.Updates).SingleOrDefaultAsync(a => a.Id == id);
        if (action is null)
            return TypedResults.NotFound();
        context.Response.Headers.ETag = ETags.Of(action);
        return TypedResults.Ok(Dto(action));
    }

    private static async Task<Results<Created<ActionDto>, ValidationProblem, ForbidHttpResult>> RaiseAsync(RaiseInput input, QuorumDb db)
    {
        var meeting = await db.Meetings.Include(m => m.Body).Include(m => m.MinutesApprovedAt).SingleOrDefaultAsync(m => m.Id == input.MeetingId);
        if (meeting is null || !await db.MayEditAsync(meeting))
            return TypedResults.Forbid();
        var item = input.AgendaItemId is null ? null : await db.AgendaItems.SingleOrDefaultAsync(i => i.Id == input.AgendaItemId && i.MeetingId == meeting.Id);
        if (input.AgendaItemId is not null && item is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["agendaItemId"] = ["The item is not on that meeting's agenda"] });
        var owners = await ActionRegister.OwnersAsync(db, input.OwnerIds);
        meeting.EnsureEditable();
        var action = await ActionRegister.RaiseAsync(db, meeting, item, owners, input.Text ?? "", input.DueDate);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/actions/{action.Id}", Dto(action));
    }

    private static async Task<Results<Ok<ActionDto>, NotFound, ValidationProblem, ForbidHttpResult, ProblemHttpResult>> UpdateAsync(
        int id, UpdateInput input, QuorumDb db, HttpContext context)
    {
        var action = await db.Actions.Include(a => a.Owners).Include(a => a.Updates).SingleOrDefaultAsync(a => a.Id == id);
        if (action is null)
            return TypedResults.NotFound();
        if (!await db.MayEditAsync(action))
            return TypedResults.Forbid();
        if (ETags.Check(context, db, action) is { } stale)
            return stale;
        var owners = input.OwnerIds is { } ownerIds ? await ActionRegister.OwnersAsync(db, ownerIds) : null;
        var meeting = input.MeetingId is null ? null : await db.Meetings.SingleOrDefaultAsync(m => m.Id == input.MeetingId && m.BodyId == action.BodyId);
        ActionRegister.Change(db, action, new ActionChange
        {
            Text = input.Text,
            DueDate = input.DueDate,
            Owners = owners,
            Status = input.Status,
            Note = input.Note,
            AtMeeting = meeting,
        });

        db.Entry(action).Property(a => a.Text).IsModified = true;
        await db.SaveChangesAsync();
        return TypedResults.Ok(Dto(action));
    }
}
