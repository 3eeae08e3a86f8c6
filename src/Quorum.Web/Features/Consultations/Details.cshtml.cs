using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Consultations;
using Quorum.Data;

namespace Quorum.Web.Features.Consultations;

/// <summary>One consultation: its paper, the decision to respond or not, who leads, and the response, as far as the viewer may see them.</summary>
[AllowAnonymous]
public sealed class DetailsModel(QuorumDb db) : PageModel
{
    public Consultation Consultation { get; private set; } = default!;

    public bool MayEdit { get; private set; }

    public DateOnly Today => db.Today;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var consultation = await db.Consultations.AsNoTracking().AsSplitQuery()
            .Include(c => c.Body).Include(c => c.Paper)
            .Include(c => c.Decision).ThenInclude(d => d!.Meeting).ThenInclude(m => m!.Body)
            .Include(c => c.LeadAction).ThenInclude(a => a!.Owners)
            .Include(c => c.ResponsePaper)
            .SingleOrDefaultAsync(c => c.Id == id);
        if (consultation is null)
            return NotFound();
        Consultation = consultation;
        MayEdit = await db.MayEditAsync(consultation);
        return Page();
    }
}
