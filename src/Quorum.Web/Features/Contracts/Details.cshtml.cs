using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Contracts;
using Quorum.Data;

namespace Quorum.Web.Features.Contracts;

/// <summary>One contract: its supplier, dates, notice and extension, and its sums when the viewer may see them.</summary>
[AllowAnonymous]
public sealed class DetailsModel(QuorumDb db) : PageModel
{
    public Contract Contract { get; private set; } = default!;

    public bool MayEdit { get; private set; }

    public DateOnly Today => db.Today;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Organisation).Include(c => c.Body).Include(c => c.Terms).SingleOrDefaultAsync(c => c.Id == id);
        if (contract is null)
            return NotFound();
        Contract = contract;
        MayEdit = await db.MayEditAsync(contract);
        return Page();
    }
}
