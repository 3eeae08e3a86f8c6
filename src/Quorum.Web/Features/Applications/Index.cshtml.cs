using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Applications;
using Quorum.Data;
using Quorum.Web.Features.Contracts;
using Quorum.Web.Features.Shared;

namespace Quorum.Web.Features.Applications;

/// <summary>The applications catalogue: every member organisation's applications, filtered by organisation, product, supplier, hosting and shared services.</summary>
[AllowAnonymous]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int? Organisation { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Product { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Supplier { get; set; }

    [BindProperty(SupportsGet = true)]
    public Hosting? Hosting { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool SharedServicesOnly { get; set; }

    public int Total { get; private set; }

    public bool MayAdd { get; private set; }

    public RowPage<Application> Applications { get; private set; } = RowPage.Empty<Application>();

    /// <summary>How many organisations run each product listed, by product key.</summary>
    public IReadOnlyDictionary<string, int> RunBy { get; private set; } = new Dictionary<string, int>();

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public ApplicationFilter Filter => new(Organisation: Organisation, Product: Product, Supplier: Supplier, Hosting: Hosting, SharedServicesOnly: SharedServicesOnly);

    public string PageUrl(int page) =>
        $"/applications?{string.Join('&', Request.Query.Where(p => p.Key != "page").SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? "")}")).Append($"page={page}"))}";

    public async Task<IActionResult> OnGetAsync()
    {
        // A value the filter cannot read is shown as an error beside it, and the filter left out.
        if (!ModelState.IsValid && ModelState[nameof(Hosting)]?.Errors.Count > 0)
        {
            ModelState[nameof(Hosting)]!.Errors.Clear();
            ModelState.AddModelError(nameof(Hosting), "Choose on premises or cloud");
        }

        var filtered = Filter.Apply(db.Applications);
        Total = await filtered.CountAsync();
        Applications = await filtered.AsNoTracking().Include(a => a.Organisation).Include(a => a.Appraisal)
            .OrderBy(a => a.ProductKey).ThenBy(a => a.Organisation!.Name).ThenBy(a => a.Id)
            .ReadPageAsync(RowPage.NumberAskedIn(Request), PageSize, HttpContext.RequestAborted);
        var keys = Applications.Rows.Select(a => a.ProductKey).Distinct().ToList();
        RunBy = (await db.Applications.Where(a => keys.Contains(a.ProductKey)).Select(a => new { a.ProductKey, a.OrganisationId }).Distinct().ToListAsync())
            .GroupBy(a => a.ProductKey).ToDictionary(g => g.Key, g => g.Count());
        Organisations = await db.Organisations.Where(o => db.Applications.Any(a => a.OrganisationId == o.Id)).OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();
        MayAdd = (await ContractForm.RegisterChoicesAsync(db)).Count > 0;
        return Page();
    }
}
