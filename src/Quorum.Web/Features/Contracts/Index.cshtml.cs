using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Contracts;
using Quorum.Data;
using Quorum.Web.Features.Shared;

namespace Quorum.Web.Features.Contracts;

/// <summary>The contracts register: every member organisation's contracts, filtered by organisation, category, supplier and end date.</summary>
[AllowAnonymous]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int? Organisation { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Supplier { get; set; }

    /// <summary>Only contracts ending between today and this many months ahead.</summary>
    [BindProperty(SupportsGet = true)]
    public int? EndsWithinMonths { get; set; }

    /// <summary>Contracts already ended are left out unless asked for.</summary>
    [BindProperty(SupportsGet = true)]
    public bool IncludeEnded { get; set; }

    public int Total { get; private set; }

    public DateOnly Today => db.Today;

    public bool MayAdd { get; private set; }

    public RowPage<Contract> Contracts { get; private set; } = RowPage.Empty<Contract>();

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Categories { get; private set; } = [];

    public ContractFilter Filter => new(
        Organisation: Organisation,
        Category: Category,
        Supplier: Supplier,
        EndsFrom: IncludeEnded && EndsWithinMonths is null ? null : Today,
        EndsTo: EndsWithinMonths is { } months and >= 0 ? Today.AddMonths(months) : null);

    /// <summary>The filters as a query string, for the export link and the pages.</summary>
    public string Query(int? page = null)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text)
                parts.Add($"{name}={Uri.EscapeDataString(text)}");
        }

        Add("organisation", Organisation);
        Add("category", Category);
        Add("supplier", Supplier);
        Add("endsFrom", Filter.EndsFrom?.ToString("yyyy-MM-dd"));
        Add("endsTo", Filter.EndsTo?.ToString("yyyy-MM-dd"));
        Add("page", page);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    public string PageUrl(int page) =>
        $"/contracts?{string.Join('&', Request.Query.Where(p => p.Key != "page").SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? "")}")).Append($"page={page}"))}";

    public async Task<IActionResult> OnGetAsync()
    {
        if (EndsWithinMonths is < 0 or > 600)
            ModelState.AddModelError(nameof(EndsWithinMonths), "Enter a number of months from 0 to 600");
        var filtered = Filter.Apply(db.Contracts);
        Total = await filtered.CountAsync();
        Contracts = await filtered.AsNoTracking().Include(c => c.Organisation).Include(c => c.Terms)
            .OrderBy(c => c.EndDate).ThenBy(c => c.Id)
            .ReadPageAsync(RowPage.NumberAskedIn(Request), PageSize, HttpContext.RequestAborted);
        Organisations = await db.Organisations.Where(o => db.Contracts.Any(c => c.OrganisationId == o.Id)).OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();
        Categories = [.. (await ContractRegister.CategoriesAsync(db)).Select(c => new SelectListItem(c, c))];
        MayAdd = (await ContractForm.RegisterChoicesAsync(db)).Count > 0;
        return Page();
    }
}
