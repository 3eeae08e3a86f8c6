using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Applications;
using Quorum.Data;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Applications;

/// <summary>
/// /api/v1/applications: the catalogue's paged list (filters body, organisation, product, supplier,
/// hosting, sharedServicesOnly), one entry with its ETag, the other organisations running the same
/// product, add, update (If-Match), remove. The appraisal is null where the visibility rule withholds it.
/// </summary>
public static class ApplicationsApi
{
    public sealed record AppraisalDto(int? Satisfaction, string? Comment);

    public sealed record ContractLinkDto(int Id, string Title, DateOnly EndDate);

    public sealed record ApplicationDto(int Id, int BodyId, int OrganisationId, string Organisation, string Product, string ProductKey, string SupplierName,
        string? ProductVersion, Hosting Hosting, ContractLinkDto? Contract, DateOnly? RenewalDate, int? Users, bool OfferedAsSharedService, string? Notes,
        bool AppraisalRestricted, AppraisalDto? Appraisal);

    /// <summary>The list's filters as query parameters: body (short name), organisation (id), product (part of the name), supplier (part of the name), hosting, sharedServicesOnly.</summary>
    public sealed record ApplicationQuery(string? Body, int? Organisation, string? Product, string? Supplier, Hosting? Hosting, bool? SharedServicesOnly)
    {
        public ApplicationFilter ToFilter() => new(Body, Organisation, Product, Supplier, Hosting, SharedServicesOnly ?? false);
    }

    // The contract is named only when the viewer may see it: a link to a hidden contract is left out.
    public static ApplicationDto Dto(Application a) => new(a.Id, a.BodyId, a.OrganisationId, a.Organisation?.Name ?? "", a.Product, a.ProductKey, a.SupplierName,
        a.ProductVersion, a.Hosting, a.Contract is { } c ? new ContractLinkDto(c.Id, c.Title, c.EndDate) : null, a.RenewalDate, a.Users, a.OfferedAsSharedService, a.Notes,
        a.AppraisalRestricted, a.Appraisal is { } x ? new AppraisalDto(x.Satisfaction, x.Comment) : null);

    private static IQueryable<Application> WithDetails(IQueryable<Application> applications) =>
        applications.AsNoTracking().Include(a => a.Organisation).Include(a => a.Contract).Include(a => a.Appraisal);

    public static async Task<Results<Ok<Paged<ApplicationDto>>, ValidationProblem>> ListAsync(QuorumDb db, [AsParameters] ApplicationQuery query, [AsParameters] PageQuery paging)
    {
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        var applications = WithDetails(query.ToFilter().Apply(db.Applications)).OrderBy(a => a.ProductKey).ThenBy(a => a.Organisation!.Name).ThenBy(a => a.Id);
        return TypedResults.Ok(await paging.ApplyAsync(applications, Dto));
    }

    public static async Task<Results<Ok<ApplicationDto>, NotFound>> GetAsync(int id, QuorumDb db, HttpContext context)
    {
        var application = await WithDetails(db.Applications).SingleOrDefaultAsync(a => a.Id == id);
        if (application is null)
            return TypedResults.NotFound();
        context.Response.Headers.ETag = ETags.Of(application);
        return TypedResults.Ok(Dto(application));
    }

    /// <summary>"Who else runs this": the other organisations' entries for the same product.</summary>
    public static async Task<Results<Ok<IReadOnlyList<ApplicationDto>>, NotFound>> OthersAsync(int id, QuorumDb db)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (application is null)
            return TypedResults.NotFound();
        var others = await ApplicationCatalogue.WhoElseRunsAsync(db, application);
        return TypedResults.Ok<IReadOnlyList<ApplicationDto>>([.. others.Select(Dto)]);
    }

    public static async Task<Created<ApplicationDto>> AddAsync(ApplicationDetails input, QuorumDb db, HttpContext context)
    {
        var application = await ApplicationCatalogue.AddAsync(db, input);
        await LoadLinksAsync(db, application);
        context.Response.Headers.ETag = ETags.Of(application);
        return TypedResults.Created($"/api/v1/applications/{application.Id}", Dto(application));
    }

    public static async Task<Results<Ok<ApplicationDto>, NotFound, ProblemHttpResult>> UpdateAsync(int id, ApplicationDetails input, QuorumDb db, HttpContext context)
    {
        var application = await db.Applications.Include(a => a.Appraisal).SingleOrDefaultAsync(a => a.Id == id);
        if (application is null)
            return TypedResults.NotFound();
        await Quorum.Access.Ownership.EnsureMayEditAsync(db, application);
        if (ETags.Check(context, db, application) is { } stale)
            return stale;
        await ApplicationCatalogue.UpdateAsync(db, application, input);
        await LoadLinksAsync(db, application);
        return TypedResults.Ok(Dto(application));
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(int id, QuorumDb db, HttpContext context)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == id);
        if (application is null)
            return TypedResults.NotFound();
        await Quorum.Access.Ownership.EnsureMayEditAsync(db, application);
        if (ETags.Check(context, db, application) is { } stale)
            return stale;
        await ApplicationCatalogue.DeleteAsync(db, application);
        return TypedResults.NoContent();
    }

    private static async Task LoadLinksAsync(QuorumDb db, Application application)
    {
        await db.Entry(application).Reference(a => a.Organisation).LoadAsync();
        await db.Entry(application).Reference(a => a.Contract).LoadAsync();
    }
}
