using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.People;

namespace Quorum.Web.Features.Organisations;

[AllowAnonymous]
public sealed class DetailsModel(QuorumDb db) : PageModel
{
    public Organisation Organisation { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.People).SingleOrDefaultAsync(o => o.Id == id);
        if (organisation is null)
            return NotFound();
        Organisation = organisation;
        return Page();
    }
}
