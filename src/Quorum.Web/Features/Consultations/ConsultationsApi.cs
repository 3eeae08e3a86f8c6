using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Consultations;
using Quorum.Data;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Consultations;

/// <summary>
/// /api/v1/consultations: the paged list (open first, then by deadline; filter by body short name),
/// one consultation with its ETag, and recording one. The decision, lead and response are named only
/// when the viewer may see them, and the state is what those records show.
/// </summary>
public static class ConsultationsApi
{
    public sealed record ConsultationDto(int Id, int BodyId, string Body, int PaperId, string ConsultingOrganisation, string Title, string? Link,
        DateOnly ResponseDeadline, ConsultationState State, int? DecisionId, bool? WillRespond, int? LeadActionId, int? ResponsePaperId);

    public static ConsultationDto Dto(Consultation c, DateOnly today) => new(c.Id, c.BodyId, c.Body?.ShortName ?? "", c.PaperId, c.ConsultingOrganisation, c.Title, c.Link,
        c.ResponseDeadline, c.StateOn(today), c.Decision?.Id, c.Decision is null ? null : c.WillRespond, c.LeadAction?.Id, c.ResponsePaper?.Id);

    public static IQueryable<Consultation> WithDetails(IQueryable<Consultation> consultations) =>
        consultations.AsNoTracking().Include(c => c.Body).Include(c => c.Decision).Include(c => c.LeadAction).Include(c => c.ResponsePaper);

    public static async Task<Results<Ok<Paged<ConsultationDto>>, ValidationProblem>> ListAsync(QuorumDb db, string? body, [AsParameters] PageQuery paging)
    {
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        var consultations = db.Consultations.AsQueryable();
        if (!string.IsNullOrWhiteSpace(body))
            consultations = consultations.Where(c => c.Body!.ShortName == body);
        var today = db.Today;
        return TypedResults.Ok(await paging.ApplyAsync(WithDetails(ConsultationRegister.ByDeadline(db, consultations, today)), c => Dto(c, today)));
    }

    public static async Task<Results<Ok<ConsultationDto>, NotFound>> GetAsync(int id, QuorumDb db, HttpContext context)
    {
        var consultation = await WithDetails(db.Consultations).SingleOrDefaultAsync(c => c.Id == id);
        if (consultation is null)
            return TypedResults.NotFound();
        context.Response.Headers.ETag = ETags.Of(consultation);
        return TypedResults.Ok(Dto(consultation, db.Today));
    }

    public static async Task<Created<ConsultationDto>> RecordAsync(ConsultationDetails input, QuorumDb db, HttpContext context)
    {
        var consultation = await ConsultationRegister.RecordAsync(db, input);
        await db.Entry(consultation).Reference(c => c.Body).LoadAsync();
        context.Response.Headers.ETag = ETags.Of(consultation);
        return TypedResults.Created($"/api/v1/consultations/{consultation.Id}", Dto(consultation, db.Today));
    }
}
