using System.Globalization;

namespace Quorum.Contracts;

/// <summary>A row of an imported contracts table, read but not yet checked against the register.</summary>
public sealed record ContractRow(int Line, string? OrganisationName, ContractDetails Details, IReadOnlyDictionary<string, string> Problems);

/// <summary>
/// The contracts register as a table in the layout of the Local Government Transparency Code 2015:
/// for each contract its reference number, title, department responsible, description, supplier
/// name and details (Companies House number, SME, VCSE), the sum to be paid over its length, the
/// estimated annual value, the VAT that cannot be recovered, start, end and review dates, and whether
/// it followed an invitation to quote or a published invitation to tender. Quorum's own columns
/// follow (category, extension, notice, manager, notice link, value band, restriction), so that an
/// export read back in gives the same register. The export and the importer both use this one layout.
/// </summary>
public static class TransparencyCodeLayout
{
    public const string Organisation = "Organisation";
    public const string Reference = "Reference number";
    public const string Title = "Title of agreement";
    public const string Department = "Department responsible";
    public const string Description = "Description of goods and services";
    public const string Supplier = "Supplier name";
    public const string CompanyNumber = "Supplier Companies House number";
    public const string Sme = "Supplier is an SME";
    public const string Vcse = "Supplier is a VCSE organisation";
    public const string WholeLife = "Sum to be paid over the length of the contract";
    public const string Annual = "Estimated annual value";
    public const string Vat = "VAT that cannot be recovered";
    public const string Start = "Start date";
    public const string End = "End date";
    public const string Review = "Review date";
    public const string Route = "Procurement route";
    public const string Category = "Category";
    public const string Extension = "Extension available (months)";
    public const string Notice = "Notice period (months)";
    public const string ManagedBy = "Contract manager";
    public const string NoticeUrl = "Published notice";
    public const string Band = "Value band";
    public const string Restricted = "Commercial details restricted";

    public static readonly IReadOnlyList<string> Columns =
    [
        Organisation, Reference, Title, Department, Description, Supplier, CompanyNumber, Sme, Vcse, WholeLife, Annual, Vat,
        Start, End, Review, Route, Category, Extension, Notice, ManagedBy, NoticeUrl, Band, Restricted,
    ];

    /// <summary>Other headings registers use for the same columns, so that a council's own export can be read.</summary>
    private static readonly Dictionary<string, string> Aliases = new[]
    {
        (Organisation, new[] { "Organisation name", "Organisation label", "Authority", "Council" }),
        (Reference, ["Reference", "Contract reference", "Contract reference number", "Ref"]),
        (Title, ["Title", "Contract title"]),
        (Department, ["Department", "Directorate", "Service area"]),
        (Description, ["Description", "Description of the goods and/or services", "Description of goods and/or services"]),
        (Supplier, ["Supplier", "Supplier name and details", "Contractor", "Vendor"]),
        (CompanyNumber, ["Companies House number", "Company number", "Supplier registration number", "Supplier registered company number"]),
        (Sme, ["SME", "Supplier SME"]),
        (Vcse, ["VCSE", "Supplier VCSE"]),
        (WholeLife, ["Whole life value", "Total value", "Contract value", "Value"]),
        (Annual, ["Annual value", "Estimated annual spending"]),
        (Vat, ["Irrecoverable VAT", "VAT not recoverable"]),
        (Start, ["Contract start date", "Start"]),
        (End, ["Contract end date", "End"]),
        (Review, ["Contract review date"]),
        (Route, ["Procurement type", "Invitation to quote or tender", "Route to market"]),
        (Extension, ["Extension months", "Extension options (months)"]),
        (Notice, ["Notice months", "Notice period"]),
        (ManagedBy, ["Contract owner", "Owner", "Contract manager name"]),
        (NoticeUrl, ["Notice", "Contract notice", "Contracts Finder notice", "Tender document URL"]),
        (Category, ["Contract category", "Service category", "Service category label"]),
        (Restricted, ["Restricted"]),
    }.SelectMany(a => a.Item2.Select(alias => (Key: Normalise(alias), Column: a.Item1)))
        .Concat(Columns.Where(c => c != Band).Select(c => (Key: Normalise(c), Column: c)))
        .DistinctBy(a => a.Key)
        .ToDictionary(a => a.Key, a => a.Column);

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string RouteLabel(ProcurementRoute route) => route switch
    {
        ProcurementRoute.InvitationToQuote => "Invitation to quote",
        ProcurementRoute.PublishedInvitationToTender => "Published invitation to tender",
        ProcurementRoute.FrameworkCallOff => "Call-off from a framework",
        ProcurementRoute.DirectAward => "Direct award",
        _ => "Not known",
    };

    /// <summary>One contract as a row of <see cref="Columns"/>; the sums are empty when the viewer may not see them.</summary>
    public static IReadOnlyList<object?> Row(Contract c) =>
    [
        c.Organisation?.Name, c.Reference, c.Title, c.Department, c.Description, c.SupplierName, c.SupplierCompanyNumber,
        YesNo(c.SupplierIsSme), YesNo(c.SupplierIsVcse), c.Terms?.WholeLifeValue, c.Terms?.AnnualValue, c.Terms?.IrrecoverableVat,
        c.StartDate, c.EndDate, c.ReviewDate, RouteLabel(c.ProcurementRoute), c.Category, c.ExtensionMonths, c.NoticeMonths,
        c.ManagedBy, c.NoticeUrl, ValueBands.Label(c.ValueBand), YesNo(c.CommercialDetailsRestricted),
    ];

    /// <summary>
    /// Reads a table whose first non-empty row is its headings. A heading Quorum does not know is
    /// reported in <paramref name="warnings"/> and its column left out; a table without the columns
    /// every contract needs is refused as a whole.
    /// </summary>
    public static IReadOnlyList<ContractRow> Read(IReadOnlyList<IReadOnlyList<string>> table, out IReadOnlyList<string> warnings)
    {
        var notes = new List<string>();
        warnings = notes;
        var headerAt = -1;
        for (var i = 0; i < table.Count && headerAt < 0; i++)
        {
            if (table[i].Any(cell => !string.IsNullOrWhiteSpace(cell)))
                headerAt = i;
        }

        if (headerAt < 0)
            throw new InvalidInputException(new Dictionary<string, string> { ["file"] = "The table is empty" });
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < table[headerAt].Count; i++)
        {
            var heading = table[headerAt][i].Trim();
            if (heading.Length == 0)
                continue;
            if (Aliases.TryGetValue(Normalise(heading), out var column) && !columns.ContainsKey(column))
                columns[column] = i;
            else if (column is null && heading != Band)
                notes.Add($"The column “{heading}” is not part of the contracts layout and was left out.");
        }

        var missing = new[] { Organisation, Title, Supplier, Start, End }.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new InvalidInputException(new Dictionary<string, string> { ["file"] = $"The table has no column for: {string.Join(", ", missing)}. The first row must give the columns' headings." });

        var rows = new List<ContractRow>();
        for (var i = headerAt + 1; i < table.Count; i++)
        {
            var cells = table[i];
            if (cells.All(string.IsNullOrWhiteSpace))
                continue;
            rows.Add(ReadRow(i + 1, column => columns.TryGetValue(column, out var at) && at < cells.Count ? Cell(cells[at]) : null));
        }

        return rows;
    }

    private static ContractRow ReadRow(int line, Func<string, string?> cell)
    {
        var problems = new Dictionary<string, string>();
        DateOnly? Date(string column, string field)
        {
            var text = cell(column);
            if (text is null)
                return null;
            if (TryDate(text, out var date))
                return date;
            problems[field] = $"{column}: “{text}” is not a date (use 2026-03-31 or 31/03/2026)";
            return null;
        }

        decimal? Amount(string column, string field)
        {
            var text = cell(column);
            if (text is null)
                return null;
            var plain = text.Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
            if (decimal.TryParse(plain, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
                return amount;
            problems[field] = $"{column}: “{text}” is not an amount of money";
            return null;
        }

        int? Months(string column, string field)
        {
            var text = cell(column);
            if (text is null)
                return null;
            if (int.TryParse(text.Replace("months", "", StringComparison.OrdinalIgnoreCase).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var months))
                return months;
            problems[field] = $"{column}: “{text}” is not a number of months";
            return null;
        }

        bool Flag(string column, string field)
        {
            var text = cell(column)?.ToLowerInvariant();
            switch (text)
            {
                case null or "no" or "n" or "false" or "0":
                    return false;
                case "yes" or "y" or "true" or "1":
                    return true;
                default:
                    problems[field] = $"{column}: answer Yes or No, not “{cell(column)}”";
                    return false;
            }
        }

        var routeText = cell(Route);
        var route = ProcurementRoute.NotKnown;
        if (routeText is not null)
        {
            var match = Enum.GetValues<ProcurementRoute>().Where(r => Normalise(RouteLabel(r)) == Normalise(routeText) || Normalise(r.ToString()) == Normalise(routeText)).ToList();
            if (match.Count == 1)
                route = match[0];
            else if (Normalise(routeText).Contains("quote", StringComparison.Ordinal))
                route = ProcurementRoute.InvitationToQuote;
            else if (Normalise(routeText).Contains("tender", StringComparison.Ordinal))
                route = ProcurementRoute.PublishedInvitationToTender;
            else
                problems["procurementRoute"] = $"{Route}: “{routeText}” is not one of {string.Join(", ", Enum.GetValues<ProcurementRoute>().Select(RouteLabel))}";
        }

        var details = new ContractDetails
        {
            Reference = cell(Reference),
            Title = cell(Title),
            Department = cell(Department),
            Description = cell(Description),
            SupplierName = cell(Supplier),
            SupplierCompanyNumber = cell(CompanyNumber),
            SupplierIsSme = Flag(Sme, "supplierIsSme"),
            SupplierIsVcse = Flag(Vcse, "supplierIsVcse"),
            WholeLifeValue = Amount(WholeLife, "wholeLifeValue"),
            AnnualValue = Amount(Annual, "annualValue"),
            IrrecoverableVat = Amount(Vat, "irrecoverableVat"),
            StartDate = Date(Start, "startDate"),
            EndDate = Date(End, "endDate"),
            ReviewDate = Date(Review, "reviewDate"),
            ProcurementRoute = route,
            Category = cell(Category),
            ExtensionMonths = Months(Extension, "extensionMonths"),
            NoticeMonths = Months(Notice, "noticeMonths"),
            ManagedBy = cell(ManagedBy),
            NoticeUrl = cell(NoticeUrl),
            CommercialDetailsRestricted = Flag(Restricted, "commercialDetailsRestricted"),
        };
        return new ContractRow(line, cell(Organisation), details, problems);
    }

    /// <summary>Dates as registers write them: 2026-03-31, 31/03/2026, 31-03-2026, 31 March 2026, 31 Mar 2026; a spreadsheet's date cell reads with a time of midnight.</summary>
    public static bool TryDate(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d MMMM yyyy", "d MMM yyyy"], British, DateTimeStyles.None, out date))
            return true;
        if (!DateTime.TryParseExact(text.Trim(), ["yyyy-MM-dd HH:mm:ss", "MM/dd/yyyy HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) || at.TimeOfDay != TimeSpan.Zero)
            return false;
        date = DateOnly.FromDateTime(at);
        return true;
    }

    // A spreadsheet export defuses a cell that would run as a formula with a leading apostrophe; reading it back takes it off.
    private static string? Cell(string text)
    {
        var t = text.Trim();
        if (t.Length > 1 && t[0] == '\'' && t[1] is '=' or '+' or '-' or '@')
            t = t[1..];
        return t.Length == 0 ? null : t;
    }

    private static string YesNo(bool value) => value ? "Yes" : "No";

    private static string Normalise(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
