using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Data;
using Quorum.Kpis;

namespace Quorum.Web.Features.Kpis;

/// <summary>The strategic KPIs register: every measure the viewer may see, with how the organisations stood on the latest quarter.</summary>
[AllowAnonymous]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    public IReadOnlyList<KpiBenchmark> Measures { get; private set; } = [];

    public bool MayAdd { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Measures = [.. (await KpiRegister.AllWithValuesAsync(db)).Select(k => KpiBenchmark.Of(k))];
        MayAdd = (await KpiForm.RegisterChoicesAsync(db)).Count > 0;
        return Page();
    }
}
