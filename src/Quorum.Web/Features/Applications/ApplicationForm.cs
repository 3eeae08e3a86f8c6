using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Applications;
using Quorum.Data;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Applications;

/// <summary>The fields of an application entry on the add and edit pages; the rules they must meet are the catalogue's.</summary>
public sealed class ApplicationForm
{
    public int? BodyId { get; set; }

    public int? OrganisationId { get; set; }

    public string? Product { get; set; }

    public string? SupplierName { get; set; }

    public string? ProductVersion { get; set; }

    public Hosting Hosting { get; set; }

    public int? ContractId { get; set; }

    public DateInput RenewalDate { get; set; } = new();

    /// <summary>As typed ("1,200"), read by the form so that a mistyped number comes back as typed.</summary>
    public string? Users { get; set; }

    public bool OfferedAsSharedService { get; set; }

    public string? Notes { get; set; }

    public int? Satisfaction { get; set; }

    public string? SatisfactionComment { get; set; }

    public bool AppraisalRestricted { get; set; }

    public static ApplicationForm From(Application a) => new()
    {
        BodyId = a.BodyId,
        OrganisationId = a.OrganisationId,
        Product = a.Product,
        SupplierName = a.SupplierName,
        ProductVersion = a.ProductVersion,
        Hosting = a.Hosting,
        ContractId = a.ContractId,
        RenewalDate = DateInput.From(a.RenewalDate),
        Users = a.Users?.ToString(CultureInfo.InvariantCulture),
        OfferedAsSharedService = a.OfferedAsSharedService,
        Notes = a.Notes,
        Satisfaction = a.Appraisal?.Satisfaction,
        SatisfactionComment = a.Appraisal?.Comment,
        AppraisalRestricted = a.AppraisalRestricted,
    };

    /// <summary>The form as the catalogue's input; what cannot be read as a date or a number is added to <paramref name="modelState"/>.</summary>
    public ApplicationDetails ToDetails(ModelStateDictionary modelState)
    {
        DateOnly? renewal = null;
        if (RenewalDate.TryRead("The renewal date", out var date, out var error))
            renewal = date;
        else
            modelState.AddModelError($"Input.{nameof(RenewalDate)}", error!);
        int? users = null;
        if (!string.IsNullOrWhiteSpace(Users))
        {
            if (int.TryParse(Users.Replace(",", "", StringComparison.Ordinal).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                users = count;
            else
                modelState.AddModelError($"Input.{nameof(Users)}", "Enter the number of users as a whole number, like 1,200");
        }

        return new ApplicationDetails
        {
            BodyId = BodyId,
            OrganisationId = OrganisationId,
            Product = Product,
            SupplierName = SupplierName,
            ProductVersion = ProductVersion,
            Hosting = Hosting,
            ContractId = ContractId,
            RenewalDate = renewal,
            Users = users,
            OfferedAsSharedService = OfferedAsSharedService,
            Notes = Notes,
            Satisfaction = Satisfaction,
            SatisfactionComment = SatisfactionComment,
            AppraisalRestricted = AppraisalRestricted,
        };
    }

    public static IReadOnlyList<SelectListItem> HostingChoices { get; } =
        [.. Enum.GetValues<Hosting>().Select(h => new SelectListItem(ApplicationDisplay.Hosting(h), h.ToString()))];

    public static IReadOnlyList<SelectListItem> SatisfactionChoices { get; } =
        [.. Enumerable.Range(1, 5).Select(n => new SelectListItem(ApplicationDisplay.Satisfaction(n), n.ToString(CultureInfo.InvariantCulture)))];

    /// <summary>The contracts an entry can be linked to, named with their organisation; the catalogue checks the organisation matches.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> ContractChoicesAsync(QuorumDb db) =>
        [.. (await db.Contracts.AsNoTracking().Select(c => new { c.Id, Organisation = c.Organisation!.Name, c.Title, c.SupplierName, c.EndDate }).ToListAsync())
            .OrderBy(c => c.Organisation, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Title, StringComparer.OrdinalIgnoreCase)
            .Select(c => new SelectListItem($"{c.Organisation}: {c.Title} ({c.SupplierName}, ends {Shared.Display.Date(c.EndDate)})", c.Id.ToString(CultureInfo.InvariantCulture)))];
}
