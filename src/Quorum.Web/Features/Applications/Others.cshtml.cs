using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Applications;
using Quorum.Data;

namespace Quorum.Web.Features.Applications;

/// <summary>"Who else runs this": from one entry, the other organisations running the same product, to start a sharing conversation.</summary>
[AllowAnonymous]
public sealed class OthersModel(QuorumDb db) : PageModel
{
    public Application Application { get; private set; } = default!;

    public IReadOnlyList<Application> Others { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Organisation).SingleOrDefaultAsync(a => a.Id == id);
        if (application is null)
            return NotFound();
        Application = application;
        Others = await ApplicationCatalogue.WhoElseRunsAsync(db, application);
        return Page();
    }
}
