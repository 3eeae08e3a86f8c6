using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Projects;

namespace Quorum.Web.Features.Projects;

/// <summary>One ICT project: its organisation, stage, budget and RAG, and the workstream it belongs to when the viewer may see it.</summary>
[AllowAnonymous]
public sealed class DetailsModel(QuorumDb db) : PageModel
{
    public Project Project { get; private set; } = default!;

    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var project = await db.Projects.AsNoTracking().Include(p => p.Organisation).Include(p => p.Body).Include(p => p.Workstream).ThenInclude(w => w!.Programme)
            .SingleOrDefaultAsync(p => p.Id == id);
        if (project is null)
            return NotFound();
        Project = project;
        MayEdit = await db.MayEditAsync(project);
        return Page();
    }
}
