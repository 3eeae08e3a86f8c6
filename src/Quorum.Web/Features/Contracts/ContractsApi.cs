using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Contracts;
using Quorum.Data;
using Quorum.Web.Features.Api;
using Quorum.Web.Features.Shared.Exports;

namespace Quorum.Web.Features.Contracts;

/// <summary>
/// /api/v1/contracts: the register's paged list (filters body, organisation, category, supplier,
/// endsFrom, endsTo), one contract with its ETag, add, update (If-Match), remove, and the
/// Transparency Code export. The sums are null where the visibility rule withholds them.
/// </summary>
public static class ContractsApi
{
    public sealed record ValuesDto(decimal? WholeLife, decimal? Annual, decimal? IrrecoverableVat);

    public sealed record ContractDto(int Id, int BodyId, int OrganisationId, string Organisation, string? Reference, string Title, string? Description,
        string? Department, string Category, string SupplierName, string? SupplierCompanyNumber, bool SupplierIsSme, bool SupplierIsVcse,
        DateOnly StartDate, DateOnly EndDate, DateOnly? ReviewDate, int ExtensionMonths, DateOnly LatestEndDate, int? NoticeMonths, DateOnly? NoticeBy,
        string? ManagedBy, ProcurementRoute ProcurementRoute, string? NoticeUrl, ValueBand ValueBand, bool CommercialDetailsRestricted, ValuesDto? Values);

    /// <summary>The list's filters as query parameters: body (short name), organisation (id), category, supplier (part of the name), endsFrom, endsTo.</summary>
    public sealed record ContractQuery(string? Body, int? Organisation, string? Category, string? Supplier, DateOnly? EndsFrom, DateOnly? EndsTo)
    {
        public ContractFilter ToFilter() => new(Body, Organisation, Category, Supplier, EndsFrom, EndsTo);
    }

    public static ContractDto Dto(Contract c) => new(c.Id, c.BodyId, c.OrganisationId, c.Organisation?.Name ?? "", c.Reference, c.Title, c.Description,
        c.Department, c.Category, c.SupplierName, c.SupplierCompanyNumber, c.SupplierIsSme, c.SupplierIsVcse, c.StartDate, c.EndDate, c.ReviewDate,
        c.ExtensionMonths, c.LatestEndDate, c.NoticeMonths, c.NoticeBy, c.ManagedBy, c.ProcurementRoute, c.NoticeUrl, c.ValueBand, c.CommercialDetailsRestricted,
        c.Terms is { } t ? new ValuesDto(t.WholeLifeValue, t.AnnualValue, t.IrrecoverableVat) : null);

    private static IQueryable<Contract> WithDetails(IQueryable<Contract> contracts) =>
        contracts.AsNoTracking().Include(c => c.Organisation).Include(c => c.Terms);

    public static async Task<Results<Ok<Paged<ContractDto>>, ValidationProblem>> ListAsync(QuorumDb db, [AsParameters] ContractQuery query, [AsParameters] PageQuery paging)
    {
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        var contracts = WithDetails(query.ToFilter().Apply(db.Contracts)).OrderBy(c => c.EndDate).ThenBy(c => c.Id);
        return TypedResults.Ok(await paging.ApplyAsync(contracts, Dto));
    }

    public static async Task<Results<Ok<ContractDto>, NotFound>> GetAsync(int id, QuorumDb db, HttpContext context)
    {
        var contract = await WithDetails(db.Contracts).SingleOrDefaultAsync(c => c.Id == id);
        if (contract is null)
            return TypedResults.NotFound();
        context.Response.Headers.ETag = ETags.Of(contract);
        return TypedResults.Ok(Dto(contract));
    }

    public static async Task<Created<ContractDto>> AddAsync(ContractDetails input, QuorumDb db, HttpContext context)
    {
        var contract = await ContractRegister.AddAsync(db, input);
        await db.Entry(contract).Reference(c => c.Organisation).LoadAsync();
        context.Response.Headers.ETag = ETags.Of(contract);
        return TypedResults.Created($"/api/v1/contracts/{contract.Id}", Dto(contract));
    }

    public static async Task<Results<Ok<ContractDto>, NotFound, ProblemHttpResult>> UpdateAsync(int id, ContractDetails input, QuorumDb db, HttpContext context)
    {
        var contract = await db.Contracts.Include(c => c.Terms).Include(c => c.Organisation).SingleOrDefaultAsync(c => c.Id == id);
        if (contract is null)
            return TypedResults.NotFound();
        await Quorum.Access.Ownership.EnsureMayEditAsync(db, contract);
        if (ETags.Check(context, db, contract) is { } stale)
            return stale;
        await ContractRegister.UpdateAsync(db, contract, input);
        await db.Entry(contract).Reference(c => c.Organisation).LoadAsync();
        return TypedResults.Ok(Dto(contract));
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(int id, QuorumDb db, HttpContext context)
    {
        var contract = await db.Contracts.SingleOrDefaultAsync(c => c.Id == id);
        if (contract is null)
            return TypedResults.NotFound();
        await Quorum.Access.Ownership.EnsureMayEditAsync(db, contract);
        if (ETags.Check(context, db, contract) is { } stale)
            return stale;
        await ContractRegister.DeleteAsync(db, contract);
        return TypedResults.NoContent();
    }

    /// <summary>The register in the Local Government Transparency Code 2015 layout, with the list's filters; withheld sums are empty.</summary>
    public static async Task<IResult> ExportAsync(QuorumDb db, [AsParameters] ContractQuery query)
    {
        var contracts = await WithDetails(query.ToFilter().Apply(db.Contracts))
            .OrderBy(c => c.Organisation!.Name).ThenBy(c => c.EndDate).ThenBy(c => c.Id).ToListAsync();
        return new TableExport("contracts", TransparencyCodeLayout.Columns, contracts.Select(TransparencyCodeLayout.Row)).Csv();
    }
}
