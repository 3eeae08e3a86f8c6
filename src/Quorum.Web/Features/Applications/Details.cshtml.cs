using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Applications;
using Quorum.Data;

namespace Quorum.Web.Features.Applications;

/// <summary>One application entry: product, supplier, hosting, contract and renewal, its appraisal when the viewer may see it, and who else runs it.</summary>
[AllowAnonymous]
public sealed class DetailsModel(QuorumDb db) : PageModel
{
    public Application Application { get; private set; } = default!;

    public IReadOnlyList<Application> Others { get; private set; } = [];

    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Organisation).Include(a => a.Body).Include(a => a.Contract).Include(a => a.Appraisal)
            .SingleOrDefaultAsync(a => a.Id == id);
        if (application is null)
            return NotFound();
        Application = application;
        Others = await ApplicationCatalogue.WhoElseRunsAsync(db, application);
        MayEdit = await db.MayEditAsync(application);
        return Page();
    }
}
