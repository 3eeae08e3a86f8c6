using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Data;
using Quorum.Kpis;

namespace Quorum.Web.Features.Kpis;

/// <summary>The organisations ranked on a measure in one quarter, the latest unless another is chosen, best first whichever way the measure improves.</summary>
[AllowAnonymous]
public sealed class BenchmarkModel(QuorumDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public KpiBenchmark Benchmark { get; private set; } = default!;

    /// <summary>The quarters reported, latest first, to choose from.</summary>
    public IReadOnlyList<string> Periods { get; private set; } = [];

    /// <summary>Each organisation's figure in the quarter before, to show which way it moved.</summary>
    public IReadOnlyDictionary<int, decimal> Before { get; private set; } = new Dictionary<int, decimal>();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var kpi = await KpiRegister.FindWithValuesAsync(db, id);
        if (kpi is null)
            return NotFound();
        Periods = [.. kpi.Values.Select(v => v.Period).Distinct().OrderByDescending(p => p, StringComparer.Ordinal)];
        Quarter? period = null;
        if (!string.IsNullOrWhiteSpace(Period))
        {
            if (Quarter.TryParse(Period, out var chosen))
                period = chosen;
            else
                ModelState.AddModelError(nameof(Period), "Choose a quarter like 2025-Q3");
        }

        Benchmark = KpiBenchmark.Of(kpi, period);
        Period = Benchmark.Period?.ToString();
        if (Benchmark.Period is { } shown)
        {
            var previous = shown.Previous.ToString();
            Before = kpi.Values.Where(v => v.Period == previous).ToDictionary(v => v.OrganisationId, v => v.Value);
        }

        return Page();
    }
}
