using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Contracts;
using Quorum.Data;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Contracts;

/// <summary>The fields of a contract on the add and edit pages; the rules they must meet are the contracts register's.</summary>
public sealed class ContractForm
{
    public int? BodyId { get; set; }

    public int? OrganisationId { get; set; }

    public string? Reference { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Department { get; set; }

    public string? Category { get; set; }

    public string? SupplierName { get; set; }

    public string? SupplierCompanyNumber { get; set; }

    public bool SupplierIsSme { get; set; }

    public bool SupplierIsVcse { get; set; }

    /// <summary>Amounts as typed ("£120,000"), read by the form so that a mistyped one comes back as typed.</summary>
    public string? WholeLifeValue { get; set; }

    public string? AnnualValue { get; set; }

    public string? IrrecoverableVat { get; set; }

    public DateInput StartDate { get; set; } = new();

    public DateInput EndDate { get; set; } = new();

    public DateInput ReviewDate { get; set; } = new();

    public int? ExtensionMonths { get; set; }

    public int? NoticeMonths { get; set; }

    public string? ManagedBy { get; set; }

    public ProcurementRoute ProcurementRoute { get; set; }

    public string? NoticeUrl { get; set; }

    public bool CommercialDetailsRestricted { get; set; }

    public static ContractForm From(Contract c) => new()
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
        WholeLifeValue = Amount(c.Terms?.WholeLifeValue),
        AnnualValue = Amount(c.Terms?.AnnualValue),
        IrrecoverableVat = Amount(c.Terms?.IrrecoverableVat),
        StartDate = DateInput.From(c.StartDate),
        EndDate = DateInput.From(c.EndDate),
        ReviewDate = DateInput.From(c.ReviewDate),
        ExtensionMonths = c.ExtensionMonths,
        NoticeMonths = c.NoticeMonths,
        ManagedBy = c.ManagedBy,
        ProcurementRoute = c.ProcurementRoute,
        NoticeUrl = c.NoticeUrl,
        CommercialDetailsRestricted = c.CommercialDetailsRestricted,
    };

    /// <summary>The form as the register's input; what cannot be read as a date or an amount is added to <paramref name="modelState"/>.</summary>
    public ContractDetails ToDetails(ModelStateDictionary modelState)
    {
        DateOnly? Date(DateInput input, string field, string what)
        {
            if (input.TryRead(what, out var date, out var error))
                return date;
            modelState.AddModelError($"Input.{field}", error!);
            return null;
        }

        decimal? Money(string? text, string field, string what)
        {
            if (string.IsNullOrWhiteSpace(text))
                return null;
            var plain = text.Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
            if (decimal.TryParse(plain, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
                return amount;
            modelState.AddModelError($"Input.{field}", $"{what} must be an amount in pounds, like £12,500");
            return null;
        }

        return new ContractDetails
        {
            BodyId = BodyId,
            OrganisationId = OrganisationId,
            Reference = Reference,
            Title = Title,
            Description = Description,
            Department = Department,
            Category = Category,
            SupplierName = SupplierName,
            SupplierCompanyNumber = SupplierCompanyNumber,
            SupplierIsSme = SupplierIsSme,
            SupplierIsVcse = SupplierIsVcse,
            WholeLifeValue = Money(WholeLifeValue, nameof(WholeLifeValue), "The whole-life value"),
            AnnualValue = Money(AnnualValue, nameof(AnnualValue), "The annual value"),
            IrrecoverableVat = Money(IrrecoverableVat, nameof(IrrecoverableVat), "The VAT that cannot be recovered"),
            StartDate = Date(StartDate, nameof(StartDate), "The start date"),
            EndDate = Date(EndDate, nameof(EndDate), "The end date"),
            ReviewDate = Date(ReviewDate, nameof(ReviewDate), "The review date"),
            ExtensionMonths = ExtensionMonths,
            NoticeMonths = NoticeMonths,
            ManagedBy = ManagedBy,
            ProcurementRoute = ProcurementRoute,
            NoticeUrl = NoticeUrl,
            CommercialDetailsRestricted = CommercialDetailsRestricted,
        };
    }

    public static IReadOnlyList<SelectListItem> RouteChoices { get; } =
        [.. Enum.GetValues<ProcurementRoute>().Select(r => new SelectListItem(TransparencyCodeLayout.RouteLabel(r), r.ToString()))];

    public static async Task<IReadOnlyList<SelectListItem>> OrganisationChoicesAsync(QuorumDb db) =>
        await db.Organisations.OrderBy(o => o.Name).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();

    /// <summary>The bodies whose register the viewer keeps: the only ones a contract may be added to.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> RegisterChoicesAsync(QuorumDb db)
    {
        var choices = new List<SelectListItem>();
        foreach (var body in await db.Bodies.AsNoTracking().OrderBy(b => b.Name).ToListAsync())
        {
            if (await db.MayEditAsync(Owner.Of<Body>(body.Id)))
                choices.Add(new SelectListItem(body.Name, body.Id.ToString(CultureInfo.InvariantCulture)));
        }

        return choices;
    }

    private static string? Amount(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);
}
