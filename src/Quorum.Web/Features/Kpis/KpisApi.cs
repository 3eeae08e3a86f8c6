using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Kpis;
using Quorum.Programmes;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Kpis;

/// <summary>
/// /api/v1/kpis: the register's paged list of measures (filter body), one measure with its values
/// and its ETag, add, update (If-Match), and recording a quarter's figure (a quarter already
/// reported is replaced, answered 200 rather than 201).
/// </summary>
public static class KpisApi
{
    public sealed record ValueDto(int Id, int OrganisationId, string Organisation, string Period, decimal Value, Rag Rag, string? Note);

    public sealed record KpiDto(int Id, int BodyId, string Name, string? Definition, string Unit, KpiDirection Direction, decimal Target, decimal Tolerance,
        bool Restricted, string? LatestPeriod, IReadOnlyList<ValueDto>? Values);

    /// <summary>The list's filter as a query parameter: body (short name).</summary>
    public sealed record KpiQuery(string? Body);

    public static KpiDto Dto(Kpi k, bool withValues) => new(k.Id, k.BodyId, k.Name, k.Definition, k.Unit, k.Direction, k.Target, k.Tolerance, k.Restricted,
        KpiBenchmark.LatestPeriod(k)?.ToString(),
        withValues
            ? [.. k.Values.OrderBy(v => v.Period, StringComparer.Ordinal).ThenBy(v => v.Organisation?.Name, StringComparer.Ordinal).Select(v => Dto(k, v))]
            : null);

    private static ValueDto Dto(Kpi k, KpiValue v) => new(v.Id, v.OrganisationId, v.Organisation?.Name ?? "", v.Period, v.Value, k.RagOf(v.Value), v.Note);

    public static async Task<Results<Ok<Paged<KpiDto>>, ValidationProblem>> ListAsync(QuorumDb db, [AsParameters] KpiQuery query, [AsParameters] PageQuery paging)
    {
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        var kpis = db.Kpis.AsNoTracking().Include(k => k.Values).AsSplitQuery()
            .Where(k => string.IsNullOrWhiteSpace(query.Body) || k.Body!.ShortName == query.Body)
            .OrderBy(k => k.Name).ThenBy(k => k.Id);
        return TypedResults.Ok(await paging.ApplyAsync(kpis, k => Dto(k, withValues: false)));
    }

    public static async Task<Results<Ok<KpiDto>, NotFound>> GetAsync(int id, QuorumDb db, HttpContext context)
    {
        var kpi = await KpiRegister.FindWithValuesAsync(db, id);
        if (kpi is null)
            return TypedResults.NotFound();
        context.Response.Headers.ETag = ETags.Of(kpi);
        return TypedResults.Ok(Dto(kpi, withValues: true));
    }

    public static async Task<Created<KpiDto>> AddAsync(KpiDetails input, QuorumDb db, HttpContext context)
    {
        var kpi = await KpiRegister.AddAsync(db, input);
        context.Response.Headers.ETag = ETags.Of(kpi);
        return TypedResults.Created($"/api/v1/kpis/{kpi.Id}", Dto(kpi, withValues: true));
    }

    public static async Task<Results<Ok<KpiDto>, NotFound, ProblemHttpResult>> UpdateAsync(int id, KpiDetails input, QuorumDb db, HttpContext context)
    {
        var kpi = await db.Kpis.SingleOrDefaultAsync(k => k.Id == id);
        if (kpi is null)
            return TypedResults.NotFound();
        await Quorum.Access.Ownership.EnsureMayEditAsync(db, kpi);
        if (ETags.Check(context, db, kpi) is { } stale)
            return stale;
        await KpiRegister.UpdateAsync(db, kpi, input);
        return TypedResults.Ok(Dto(kpi, withValues: false));
    }

    public static async Task<Results<Created<ValueDto>, Ok<ValueDto>, NotFound>> RecordAsync(int id, KpiReading input, QuorumDb db)
    {
        var kpi = await db.Kpis.SingleOrDefaultAsync(k => k.Id == id);
        if (kpi is null)
            return TypedResults.NotFound();
        var (value, replaced) = await KpiRegister.RecordAsync(db, kpi, input);
        await db.Entry(value).Reference(v => v.Organisation).LoadAsync();
        var dto = Dto(kpi, value);
        return replaced ? TypedResults.Ok(dto) : TypedResults.Created($"/api/v1/kpis/{kpi.Id}", dto);
    }
}
