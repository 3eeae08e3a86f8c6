using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;

namespace Quorum.Applications;

/// <summary>What an application entry is to be, from a form or the API. Every field is set as given.</summary>
public sealed record ApplicationDetails
{
    public int? BodyId { get; init; }

    public int? OrganisationId { get; init; }

    public string? Product { get; init; }

    public string? SupplierName { get; init; }

    public string? ProductVersion { get; init; }

    public Hosting Hosting { get; init; }

    public int? ContractId { get; init; }

    public DateOnly? RenewalDate { get; init; }

    public int? Users { get; init; }

    public bool OfferedAsSharedService { get; init; }

    public string? Notes { get; init; }

    public int? Satisfaction { get; init; }

    public string? SatisfactionComment { get; init; }

    public bool AppraisalRestricted { get; init; }

    public static ApplicationDetails From(Application a) => new()
    {
        BodyId = a.BodyId,
        OrganisationId = a.OrganisationId,
        Product = a.Product,
        SupplierName = a.SupplierName,
        ProductVersion = a.ProductVersion,
        Hosting = a.Hosting,
        ContractId = a.ContractId,
        RenewalDate = a.RenewalDate,
        Users = a.Users,
        OfferedAsSharedService = a.OfferedAsSharedService,
        Notes = a.Notes,
        Satisfaction = a.Appraisal?.Satisfaction,
        SatisfactionComment = a.Appraisal?.Comment,
        AppraisalRestricted = a.AppraisalRestricted,
    };
}

/// <summary>Which application entries a list shows: every filter is optional.</summary>
public sealed record ApplicationFilter(string? Body = null, int? Organisation = null, string? Product = null, string? Supplier = null,
    Hosting? Hosting = null, bool SharedServicesOnly = false)
{
    public IQueryable<Application> Apply(IQueryable<Application> applications)
    {
        if (!string.IsNullOrWhiteSpace(Body))
            applications = applications.Where(a => a.Body!.ShortName == Body);
        if (Organisation is { } organisation)
            applications = applications.Where(a => a.OrganisationId == organisation);
        if (ApplicationCatalogue.ProductKey(Product) is { Length: > 0 } product)
            applications = applications.Where(a => a.ProductKey.Contains(product));
        if (!string.IsNullOrWhiteSpace(Supplier))
        {
            var supplier = Supplier.Trim().ToLower();
            applications = applications.Where(a => a.SupplierName.ToLower().Contains(supplier));
        }

        if (Hosting is { } hosting)
            applications = applications.Where(a => a.Hosting == hosting);
        if (SharedServicesOnly)
            applications = applications.Where(a => a.OfferedAsSharedService);
        return applications;
    }
}

/// <summary>
/// Keeps the applications catalogue: one set of rules for the pages and the API. Each change
/// checks its input and the right to edit the catalogue's body, and saves in one transaction.
/// </summary>
public static class ApplicationCatalogue
{
    public const int MaxUsers = 10_000_000;

    /// <summary>
    /// A product's name as the catalogue compares it: lower case, spaces trimmed and runs of
    /// white space made one, so that "Civica  Revenues" and "civica revenues" are one product.
    /// </summary>
    public static string ProductKey(string? product) =>
        string.Join(' ', (product ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public static async Task<Application> AddAsync(QuorumDb db, ApplicationDetails details, CancellationToken cancellationToken = default)
    {
        await EnsureMayKeepCatalogueOfAsync(db, details.BodyId, cancellationToken);
        InvalidInputException.ThrowIfAny(await ProblemsAsync(db, details, null, cancellationToken));
        var application = new Application { Product = "", SupplierName = "" };
        Apply(application, details);
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    /// <summary>Changes an entry, read with its <see cref="Application.Appraisal"/>, to <paramref name="details"/>.</summary>
    public static async Task UpdateAsync(QuorumDb db, Application application, ApplicationDetails details, CancellationToken cancellationToken = default)
    {
        await db.EnsureMayEditAsync(application, cancellationToken);
        if (details.BodyId != application.BodyId)
            await EnsureMayKeepCatalogueOfAsync(db, details.BodyId, cancellationToken);
        InvalidInputException.ThrowIfAny(await ProblemsAsync(db, details, application.Id, cancellationToken));
        Apply(application, details);
        // The appraisal lives in its own record: a change to it is a change to the entry, and moves its version (the ETag).
        db.Entry(application).Property(a => a.Product).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task DeleteAsync(QuorumDb db, Application application, CancellationToken cancellationToken = default)
    {
        await db.EnsureMayEditAsync(application, cancellationToken);
        db.Applications.Remove(application);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// "Who else runs this": the other organisations' entries for the same product (compared by
    /// <see cref="ProductKey"/>), shared services first, then by organisation.
    /// </summary>
    public static async Task<IReadOnlyList<Application>> WhoElseRunsAsync(QuorumDb db, Application application, CancellationToken cancellationToken = default) =>
        await db.Applications.AsNoTracking().Include(a => a.Organisation).Include(a => a.Contract)
            .Where(a => a.ProductKey == application.ProductKey && a.OrganisationId != application.OrganisationId)
            .OrderByDescending(a => a.OfferedAsSharedService).ThenBy(a => a.Organisation!.Name).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);

    /// <summary>Refuses unless the viewer keeps the catalogue of body <paramref name="bodyId"/> (its clerks and administrators).</summary>
    public static async Task EnsureMayKeepCatalogueOfAsync(QuorumDb db, int? bodyId, CancellationToken cancellationToken = default)
    {
        if (bodyId is null)
            throw new InvalidInputException(new Dictionary<string, string> { ["bodyId"] = "Choose the body whose catalogue keeps the application" });
        if (!await db.MayEditAsync(Owner.Of<Body>(bodyId.Value), cancellationToken))
            throw new EditNotAllowedException();
    }

    /// <summary>What is wrong with <paramref name="details"/>, by field; empty when nothing is.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ProblemsAsync(QuorumDb db, ApplicationDetails details, int? applicationId, CancellationToken cancellationToken = default)
    {
        var problems = new Dictionary<string, string>(Problems(details));
        if (details.BodyId is { } bodyId && !await db.Bodies.AnyAsync(b => b.Id == bodyId, cancellationToken))
            problems["bodyId"] = "Choose the body whose catalogue keeps the application";
        if (details.OrganisationId is { } organisationId && !await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
            problems["organisationId"] = "Choose the organisation that runs the application";
        if (details.ContractId is { } contractId)
        {
            // Read through the visibility rule: a contract the viewer cannot see cannot be linked.
            var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == contractId).Select(c => new { c.OrganisationId }).SingleOrDefaultAsync(cancellationToken);
            if (contract is null)
                problems["contractId"] = "Choose a contract from the contracts register";
            else if (details.OrganisationId is { } holder && contract.OrganisationId != holder)
                problems["contractId"] = "Choose one of the organisation's own contracts";
        }

        var key = ProductKey(details.Product);
        if (!problems.ContainsKey("product") && key.Length > 0
            && await db.Applications.AnyAsync(a => a.BodyId == details.BodyId && a.OrganisationId == details.OrganisationId && a.ProductKey == key && a.Id != applicationId, cancellationToken))
        {
            problems["product"] = $"The organisation already has {details.Product!.Trim()} in this catalogue: edit that entry instead";
        }

        return problems;
    }

    /// <summary>The rules an entry's fields must meet on their own, without the database.</summary>
    public static IReadOnlyDictionary<string, string> Problems(ApplicationDetails d)
    {
        var problems = new Dictionary<string, string>();
        void Length(string field, string? value, int max, string what)
        {
            if (value?.Trim().Length > max)
                problems[field] = $"{what} must be {max:#,##0} characters or fewer";
        }

        if (d.BodyId is null)
            problems["bodyId"] = "Choose the body whose catalogue keeps the application";
        if (d.OrganisationId is null)
            problems["organisationId"] = "Choose the organisation that runs the application";
        if (string.IsNullOrWhiteSpace(d.Product))
            problems["product"] = "Enter the product's name, like Civica Revenues";
        Length("product", d.Product, 200, "The product's name");
        if (string.IsNullOrWhiteSpace(d.SupplierName))
            problems["supplierName"] = "Enter the supplier's name";
        Length("supplierName", d.SupplierName, 200, "The supplier's name");
        Length("productVersion", d.ProductVersion, 50, "The version");
        Length("notes", d.Notes, 2000, "The notes");
        Length("satisfactionComment", d.SatisfactionComment, 2000, "The comment");
        if (!Enum.IsDefined(d.Hosting))
            problems["hosting"] = "Choose where the application runs: on premises or in the cloud";
        if (d.Users is < 0 or > MaxUsers)
            problems["users"] = $"The number of users must be from 0 to {MaxUsers:#,##0}";
        if (d.Satisfaction is < 1 or > 5)
            problems["satisfaction"] = "Satisfaction is from 1 (poor) to 5 (excellent)";
        return problems;
    }

    private static void Apply(Application a, ApplicationDetails d)
    {
        a.BodyId = d.BodyId!.Value;
        a.OrganisationId = d.OrganisationId!.Value;
        // One space between words: the name reads as typed, and matches its key.
        a.Product = string.Join(' ', d.Product!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        a.ProductKey = ProductKey(d.Product);
        a.SupplierName = d.SupplierName!.Trim();
        a.ProductVersion = Clean(d.ProductVersion);
        a.Hosting = d.Hosting;
        a.ContractId = d.ContractId;
        a.RenewalDate = d.RenewalDate;
        a.Users = d.Users;
        a.OfferedAsSharedService = d.OfferedAsSharedService;
        a.Notes = Clean(d.Notes);
        a.AppraisalRestricted = d.AppraisalRestricted;
        a.Appraisal ??= new ApplicationAppraisal();
        a.Appraisal.Satisfaction = d.Satisfaction;
        a.Appraisal.Comment = Clean(d.SatisfactionComment);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
