using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Access;
using Quorum.Data;
using Quorum.Kpis;
using Quorum.People;

namespace Quorum.Web.Features.Kpis;

/// <summary>One measure: its definition and target, each organisation's figures over the quarters as a chart and as a table.</summary>
[AllowAnonymous]
public sealed class DetailsModel(QuorumDb db) : PageModel
{
    public Kpi Kpi { get; private set; } = default!;

    public bool MayEdit { get; private set; }

    /// <summary>The quarters reported, latest first, as the table's rows.</summary>
    public IReadOnlyList<string> Periods { get; private set; } = [];

    /// <summary>The organisations that reported, as the table's columns.</summary>
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public KpiValue? ValueOf(string period, int organisationId) =>
        Kpi.Values.FirstOrDefault(v => v.Period == period && v.OrganisationId == organisationId);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var kpi = await KpiRegister.FindWithValuesAsync(db, id);
        if (kpi is null)
            return NotFound();
        Kpi = kpi;
        MayEdit = await db.MayEditAsync(kpi);
        Periods = [.. kpi.Values.Select(v => v.Period).Distinct().OrderByDescending(p => p, StringComparer.Ordinal)];
        Organisations = [.. kpi.Values.Select(v => v.Organisation!).DistinctBy(o => o.Id).OrderBy(o => o.Name, StringComparer.Ordinal)];
        return Page();
    }
}
