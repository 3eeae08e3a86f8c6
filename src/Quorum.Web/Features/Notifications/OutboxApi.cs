using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Notifications;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Notifications;

/// <summary>
/// The outbox for clerks and administrators (what was sent, what waits, what failed, and retry),
/// and circulating a meeting's agenda.
/// </summary>
public static class OutboxApi
{
    public sealed record OutboxMessageDto(int Id, MessageKind Kind, int? BodyId, int? MeetingId, string Recipient, string Subject, OutboxStatus Status,
        int Attempts, DateTime CreatedAt, DateTime NextAttemptAt, string? LastError, DateTime? SentAt);

    public sealed record CirculationDto(int MeetingId, int Messages, int InvitationSequence);

    public static IEndpointRouteBuilder MapOutboxApi(this IEndpointRouteBuilder app)
    {
        var outbox = app.MapApiGroup("outbox", "Notifications");
        outbox.MapGet("/", ListAsync).RequireAuthorization();
        outbox.MapPost("/{id:int}/retry", RetryAsync).RequireAuthorization();

        var meetings = app.MapApiGroup("meetings", "Notifications");
        meetings.MapPost("/{id:int}/circulate", CirculateAsync).RequireAuthorization();
        return app;
    }

    private static OutboxMessageDto Dto(OutboxMessage m) =>
        new(m.Id, m.Kind, m.BodyId, m.MeetingId, m.Recipient, m.Subject, m.Status, m.Attempts, m.CreatedAt, m.NextAttemptAt, m.LastError, m.SentAt);

    private static async Task<Results<Ok<Paged<OutboxMessageDto>>, ValidationProblem, ForbidHttpResult>> ListAsync(
        QuorumDb db, OutboxStatus? status, int? body, [AsParameters] PageQuery paging)
    {
        if (!db.Viewer.IsAdministrator && db.Viewer.ClerkOf.Count == 0)
            return TypedResults.Forbid();
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        var messages = db.OutboxMessages.AsNoTracking();
        if (status is not null)
            messages = messages.Where(m => m.Status == status);
        if (body is not null)
            messages = messages.Where(m => m.BodyId == body);
        return TypedResults.Ok(await paging.ApplyAsync(messages.OrderByDescending(m => m.Id), Dto));
    }

    private static async Task<Results<Ok<OutboxMessageDto>, NotFound, ForbidHttpResult>> RetryAsync(int id, QuorumDb db, TimeProvider clock)
    {
        if (!db.Viewer.IsAdministrator && db.Viewer.ClerkOf.Count == 0)
            return TypedResults.Forbid();
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id);
        if (message is null)
            return TypedResults.NotFound();
        Outbox.Retry(message, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        return TypedResults.Ok(Dto(message));
    }

    private static async Task<Results<Ok<CirculationDto>, NotFound, ForbidHttpResult>> CirculateAsync(int id, QuorumDb db, MailSite site)
    {
        var meeting = await db.Meetings.Include(m => m.Body).Include(m => m.Location).SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
            return TypedResults.NotFound();
        if (!await db.MayEditAsync(meeting))
            return TypedResults.Forbid();
        var written = await MeetingMail.CirculateAgendaAsync(db, site, meeting);
        await db.SaveChangesAsync();
        return TypedResults.Ok(new CirculationDto(meeting.Id, written, meeting.InvitationSequence));
    }
}
