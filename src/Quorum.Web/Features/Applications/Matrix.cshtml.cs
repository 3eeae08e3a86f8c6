using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Applications;
using Quorum.Data;

namespace Quorum.Web.Features.Applications;

/// <summary>Applications (rows) by organisation (columns): which partners run the same product, and which offer it as a shared service.</summary>
[AllowAnonymous]
public sealed class MatrixModel(QuorumDb db) : PageModel
{
    /// <summary>Only products run by at least this many organisations.</summary>
    [BindProperty(SupportsGet = true)]
    public bool SharedByTwoOrMore { get; set; }

    public ApplicationMatrix Matrix { get; private set; } = ApplicationMatrix.Of([]);

    public async Task<IActionResult> OnGetAsync()
    {
        var applications = await db.Applications.AsNoTracking().Include(a => a.Organisation).ToListAsync();
        var matrix = ApplicationMatrix.Of(applications);
        Matrix = SharedByTwoOrMore ? matrix with { Rows = [.. matrix.Rows.Where(r => r.Organisations > 1)] } : matrix;
        return Page();
    }
}
