using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;

namespace Quorum.Contracts;

/// <summary>What a contract is to be, from a form, the API or an imported row. Every field is set as given.</summary>
public sealed record ContractDetails
{
    public int? BodyId { get; init; }

    public int? OrganisationId { get; init; }

    public string? Reference { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Department { get; init; }

    public string? Category { get; init; }

    public string? SupplierName { get; init; }

    public string? SupplierCompanyNumber { get; init; }

    public bool SupplierIsSme { get; init; }

    public bool SupplierIsVcse { get; init; }

    public decimal? WholeLifeValue { get; init; }

    public decimal? AnnualValue { get; init; }

    public decimal? IrrecoverableVat { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public DateOnly? ReviewDate { get; init; }

    public int? ExtensionMonths { get; init; }

    public int? NoticeMonths { get; init; }

    public string? ManagedBy { get; init; }

    public ProcurementRoute ProcurementRoute { get; init; }

    public string? NoticeUrl { get; init; }

    public bool CommercialDetailsRestricted { get; init; }

    public static ContractDetails From(Contract c) => new()
    {
        BodyId = c.BodyId,
        OrganisationId = c.OrganisationId,
        Reference = c.Reference,
        Title = c.Title,
        Description = c.Description,
        Department = c.Department,
        Category = c.Category,
        SupplierName = c.SupplierName,
        SupplierCompanyNumber = c.SupplierCompanyNumber,
        SupplierIsSme = c.SupplierIsSme,
        SupplierIsVcse = c.SupplierIsVcse,
        WholeLifeValue = c.Terms?.WholeLifeValue,
        AnnualValue = c.Terms?.AnnualValue,
        IrrecoverableVat = c.Terms?.IrrecoverableVat,
        StartDate = c.StartDate,
        EndDate = c.EndDate,
        ReviewDate = c.ReviewDate,
        ExtensionMonths = c.ExtensionMonths,
        NoticeMonths = c.NoticeMonths,
        ManagedBy = c.ManagedBy,
        ProcurementRoute = c.ProcurementRoute,
        NoticeUrl = c.NoticeUrl,
        CommercialDetailsRestricted = c.CommercialDetailsRestricted,
    };
}

/// <summary>An imported row checked against the register: ready to save, or with the problems that keep it out.</summary>
public sealed record ReviewedContractRow(int Line, string? OrganisationName, ContractDetails Details, int? ExistingContractId, IReadOnlyDictionary<string, string> Problems)
{
    public bool IsReady => Problems.Count == 0;
}

/// <summary>Which contracts a list or export shows: every filter is optional.</summary>
public sealed record ContractFilter(string? Body = null, int? Organisation = null, string? Category = null, string? Supplier = null, DateOnly? EndsFrom = null, DateOnly? EndsTo = null)
{
    public IQueryable<Contract> Apply(IQueryable<Contract> contracts)
    {
        if (!string.IsNullOrWhiteSpace(Body))
            contracts = contracts.Where(c => c.Body!.ShortName == Body);
        if (Organisation is { } organisation)
            contracts = contracts.Where(c => c.OrganisationId == organisation);
        if (!string.IsNullOrWhiteSpace(Category))
            contracts = contracts.Where(c => c.Category == Category.Trim());
        if (!string.IsNullOrWhiteSpace(Supplier))
        {
            var supplier = Supplier.Trim().ToLower();
            contracts = contracts.Where(c => c.SupplierName.ToLower().Contains(supplier));
        }

        if (EndsFrom is { } from)
            contracts = contracts.Where(c => c.EndDate >= from);
        if (EndsTo is { } to)
            contracts = contracts.Where(c => c.EndDate <= to);
        return contracts;
    }
}

/// <summary>
/// Keeps the contracts register: one set of rules for the pages, the API and the importer. Each
/// change checks its input and the right to edit the register's body, and saves in one transaction.
/// </summary>
public static partial class ContractRegister
{
    public const int MaxExtensionMonths = 120;
    public const int MaxNoticeMonths = 60;

    public static async Task<Contract> AddAsync(QuorumDb db, ContractDetails details, CancellationToken cancellationToken = default)
    {
        await EnsureMayKeepRegisterOfAsync(db, details.BodyId, cancellationToken);
        InvalidInputException.ThrowIfAny(await ProblemsAsync(db, details, null, cancellationToken));
        var contract = New(details);
        db.Contracts.Add(contract);
        await db.SaveChangesAsync(cancellationToken);
        return contract;
    }

    /// <summary>Changes a contract, read with its <see cref="Contract.Terms"/>, to <paramref name="details"/>.</summary>
    public static async Task UpdateAsync(QuorumDb db, Contract contract, ContractDetails details, CancellationToken cancellationToken = default)
    {
        await db.EnsureMayEditAsync(contract, cancellationToken);
        if (details.BodyId != contract.BodyId)
            await EnsureMayKeepRegisterOfAsync(db, details.BodyId, cancellationToken);
        InvalidInputException.ThrowIfAny(await ProblemsAsync(db, details, contract.Id, cancellationToken));
        Apply(contract, details);
        // The sums live in their own record: a change to them is a change to the contract, and moves its version (the ETag).
        db.Entry(contract).Property(c => c.Title).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task DeleteAsync(QuorumDb db, Contract contract, CancellationToken cancellationToken = default)
    {
        await db.EnsureMayEditAsync(contract, cancellationToken);
        db.Contracts.Remove(contract);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The categories in use, for choosing one to compare.</summary>
    public static async Task<IReadOnlyList<string>> CategoriesAsync(QuorumDb db, CancellationToken cancellationToken = default) =>
        await db.Contracts.Select(c => c.Category).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);

    /// <summary>
    /// The alignment view's contracts: every contract of <paramref name="category"/> across the
    /// organisations, by organisation and end date, with the sums the viewer may see.
    /// </summary>
    public static async Task<IReadOnlyList<Contract>> OfCategoryAsync(QuorumDb db, string category, CancellationToken cancellationToken = default) =>
        await db.Contracts.AsNoTracking().Include(c => c.Organisation).Include(c => c.Terms)
            .Where(c => c.Category == category.Trim())
            .OrderBy(c => c.Organisation!.Name).ThenBy(c => c.EndDate).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Checks imported rows against the register: each row's organisation is found by its name or
    /// short name (never made up), its fields meet the same rules as a form's, and a row naming an
    /// organisation's reference the register already holds updates that contract.
    /// </summary>
    public static async Task<IReadOnlyList<ReviewedContractRow>> ReviewImportAsync(QuorumDb db, int bodyId, IReadOnlyList<ContractRow> rows, CancellationToken cancellationToken = default)
    {
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name, o.ShortName }).ToListAsync(cancellationToken);
        var existing = await db.Contracts.AsNoTracking().Where(c => c.BodyId == bodyId && c.Reference != null)
            .Select(c => new { c.Id, c.OrganisationId, c.Reference }).ToListAsync(cancellationToken);
        var seen = new Dictionary<(int, string), int>();
        var reviewed = new List<ReviewedContractRow>();
        foreach (var row in rows)
        {
            var name = row.OrganisationName?.Trim();
            var organisation = name is null ? null
                : organisations.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase))
                    ?? organisations.FirstOrDefault(o => string.Equals(o.ShortName, name, StringComparison.OrdinalIgnoreCase));
            var details = row.Details with { BodyId = bodyId, OrganisationId = organisation?.Id };
            var problems = new Dictionary<string, string>(Problems(details));
            foreach (var (field, problem) in row.Problems)
                problems[field] = problem;
            if (organisation is null)
                problems["organisationId"] = name is null ? "Give the organisation that holds the contract" : $"No organisation is called “{name}”: add it to the organisations first";
            int? match = null;
            if (organisation is not null && Clean(details.Reference) is { } reference)
            {
                match = existing.FirstOrDefault(c => c.OrganisationId == organisation.Id && c.Reference == reference)?.Id;
                if (seen.TryGetValue((organisation.Id, reference), out var earlier))
                    problems["reference"] = $"Line {earlier} has the same organisation and reference";
                else
                    seen[(organisation.Id, reference)] = row.Line;
            }

            reviewed.Add(new ReviewedContractRow(row.Line, name, details, match, problems));
        }

        return reviewed;
    }

    /// <summary>
    /// Adds the imported rows that meet the rules, and updates the contracts they match; rows with
    /// problems are left out. The caller saves, with its record of the import, in one transaction.
    /// </summary>
    public static async Task<(int Added, int Updated, int LeftOut)> ImportAsync(QuorumDb db, int bodyId, IReadOnlyList<ContractRow> rows, CancellationToken cancellationToken = default)
    {
        await EnsureMayKeepRegisterOfAsync(db, bodyId, cancellationToken);
        var reviewed = await ReviewImportAsync(db, bodyId, rows, cancellationToken);
        var (added, updated) = (0, 0);
        foreach (var row in reviewed.Where(r => r.IsReady))
        {
            if (row.ExistingContractId is { } id)
            {
                var contract = await db.Contracts.Include(c => c.Terms).SingleAsync(c => c.Id == id, cancellationToken);
                Apply(contract, row.Details);
                db.Entry(contract).Property(c => c.Title).IsModified = true;
                updated++;
            }
            else
            {
                db.Contracts.Add(New(row.Details));
                added++;
            }
        }

        return (added, updated, reviewed.Count(r => !r.IsReady));
    }

    /// <summary>Refuses unless the viewer keeps the register of body <paramref name="bodyId"/> (its clerks and administrators).</summary>
    public static async Task EnsureMayKeepRegisterOfAsync(QuorumDb db, int? bodyId, CancellationToken cancellationToken = default)
    {
        if (bodyId is null)
            throw new InvalidInputException(new Dictionary<string, string> { ["bodyId"] = "Choose the body whose register keeps the contract" });
        if (!await db.MayEditAsync(Owner.Of<Body>(bodyId.Value), cancellationToken))
            throw new EditNotAllowedException();
    }

    /// <summary>What is wrong with <paramref name="details"/>, by field; empty when nothing is.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ProblemsAsync(QuorumDb db, ContractDetails details, int? contractId, CancellationToken cancellationToken = default)
    {
        var problems = new Dictionary<string, string>(Problems(details));
        if (details.BodyId is { } bodyId && !await db.Bodies.AnyAsync(b => b.Id == bodyId, cancellationToken))
            problems["bodyId"] = "Choose the body whose register keeps the contract";
        if (details.OrganisationId is { } organisationId && !await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
            problems["organisationId"] = "Choose the organisation that holds the contract";
        if (!problems.ContainsKey("reference") && Clean(details.Reference) is { } reference
            && await db.Contracts.AnyAsync(c => c.BodyId == details.BodyId && c.OrganisationId == details.OrganisationId && c.Reference == reference && c.Id != contractId, cancellationToken))
        {
            problems["reference"] = $"The organisation already has a contract with the reference {reference} in this register";
        }

        return problems;
    }

    /// <summary>The rules a contract's fields must meet on their own, without the database.</summary>
    public static IReadOnlyDictionary<string, string> Problems(ContractDetails d)
    {
        var problems = new Dictionary<string, string>();
        void Length(string field, string? value, int max, string what)
        {
            if (value?.Trim().Length > max)
                problems[field] = $"{what} must be {max:#,##0} characters or fewer";
        }

        if (d.BodyId is null)
            problems["bodyId"] = "Choose the body whose register keeps the contract";
        if (d.OrganisationId is null)
            problems["organisationId"] = "Choose the organisation that holds the contract";
        if (string.IsNullOrWhiteSpace(d.Title))
            problems["title"] = "Enter the title of the contract";
        Length("title", d.Title, 300, "The title");
        if (string.IsNullOrWhiteSpace(d.Category))
            problems["category"] = "Enter the category, like Hosting or Telephony";
        Length("category", d.Category, 100, "The category");
        if (string.IsNullOrWhiteSpace(d.SupplierName))
            problems["supplierName"] = "Enter the supplier's name";
        Length("supplierName", d.SupplierName, 200, "The supplier's name");
        Length("reference", d.Reference, 100, "The reference");
        Length("description", d.Description, 4000, "The description");
        Length("department", d.Department, 200, "The department");
        Length("managedBy", d.ManagedBy, 200, "The contract manager");
        if (d.SupplierCompanyNumber is { } number && number.Trim().Length > 0 && !CompanyNumberPattern().IsMatch(CompanyNumber(number)!))
            problems["supplierCompanyNumber"] = "A Companies House number has 8 characters, like 01234567 or SC123456";

        foreach (var (field, value, what) in new[] { ("wholeLifeValue", d.WholeLifeValue, "The whole-life value"), ("annualValue", d.AnnualValue, "The annual value"), ("irrecoverableVat", d.IrrecoverableVat, "The VAT that cannot be recovered") })
        {
            if (value is < 0)
                problems[field] = $"{what} must be £0 or more";
            else if (value > 100_000_000_000m)
                problems[field] = $"{what} must be less than £100 billion";
        }

        if (d.StartDate is null)
            problems["startDate"] = "Enter the date the contract starts";
        if (d.EndDate is null)
            problems["endDate"] = "Enter the date the contract ends";
        else if (d.StartDate is { } start && d.EndDate < start)
            problems["endDate"] = "The end date must be on or after the start date";
        if (d.ReviewDate is { } review && d.StartDate is { } from && d.EndDate is { } to && (review < from || review > to))
            problems["reviewDate"] = "The review date must fall between the start and end dates";
        if (d.ExtensionMonths is < 0 or > MaxExtensionMonths)
            problems["extensionMonths"] = $"The extension must be from 0 to {MaxExtensionMonths} months";
        if (d.NoticeMonths is < 0 or > MaxNoticeMonths)
            problems["noticeMonths"] = $"The notice period must be from 0 to {MaxNoticeMonths} months";
        else if (d.NoticeMonths is { } notice && d.StartDate is { } begins && d.EndDate is { } ends && ends.AddMonths(-notice) < begins)
            problems["noticeMonths"] = "The notice period is longer than the contract";
        if (!Enum.IsDefined(d.ProcurementRoute))
            problems["procurementRoute"] = "Choose how the contract was let";
        if (d.NoticeUrl is { } url && url.Trim().Length > 0
            && (url.Trim().Length > 500 || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            problems["noticeUrl"] = "Enter the address of the published notice, starting https://";
        }

        return problems;
    }

    /// <summary>A Companies House number as the register writes it: upper case, no spaces, short numbers padded to 8 digits.</summary>
    public static string? CompanyNumber(string? text)
    {
        var number = string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (number.Length == 0)
            return null;
        return number.All(char.IsAsciiDigit) && number.Length < 8 ? number.PadLeft(8, '0') : number;
    }

    internal static Contract New(ContractDetails details)
    {
        var contract = new Contract { Title = "", Category = "", SupplierName = "" };
        Apply(contract, details);
        return contract;
    }

    private static void Apply(Contract c, ContractDetails d)
    {
        c.BodyId = d.BodyId!.Value;
        c.OrganisationId = d.OrganisationId!.Value;
        c.Reference = Clean(d.Reference);
        c.Title = d.Title!.Trim();
        c.Description = Clean(d.Description);
        c.Department = Clean(d.Department);
        c.Category = d.Category!.Trim();
        c.SupplierName = d.SupplierName!.Trim();
        c.SupplierCompanyNumber = CompanyNumber(d.SupplierCompanyNumber);
        c.SupplierIsSme = d.SupplierIsSme;
        c.SupplierIsVcse = d.SupplierIsVcse;
        c.StartDate = d.StartDate!.Value;
        c.EndDate = d.EndDate!.Value;
        c.ReviewDate = d.ReviewDate;
        c.ExtensionMonths = d.ExtensionMonths ?? 0;
        c.NoticeMonths = d.NoticeMonths;
        c.ManagedBy = Clean(d.ManagedBy);
        c.ProcurementRoute = d.ProcurementRoute;
        c.NoticeUrl = Clean(d.NoticeUrl);
        c.CommercialDetailsRestricted = d.CommercialDetailsRestricted;
        c.ValueBand = ValueBands.Of(Pennies(d.WholeLifeValue), Pennies(d.AnnualValue), c.StartDate, c.EndDate);
        c.Terms ??= new ContractTerms();
        // Sums are kept to the penny, on SQLite as on PostgreSQL.
        c.Terms.WholeLifeValue = Pennies(d.WholeLifeValue);
        c.Terms.AnnualValue = Pennies(d.AnnualValue);
        c.Terms.IrrecoverableVat = Pennies(d.IrrecoverableVat);
    }

    private static decimal? Pennies(decimal? amount) => amount is { } a ? decimal.Round(a, 2, MidpointRounding.AwayFromZero) : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^([0-9]{8}|[A-Z]{2}[0-9]{6})$")]
    private static partial Regex CompanyNumberPattern();
}
