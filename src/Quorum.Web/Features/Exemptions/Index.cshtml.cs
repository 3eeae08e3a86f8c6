using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Web.Features.Exemptions;

/// <summary>Exempt items of the bodies a clerk keeps, soonest review first: an exemption is reviewed, not kept for ever.</summary>
[Authorize]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    public IReadOnlyList<AgendaItem> Items { get; private set; } = [];

    public DateOnly Today => db.Today;

    [BindProperty(SupportsGet = true)]
    public int Within { get; set; } = 30;

    public async Task<IActionResult> OnGetAsync()
    {
        var viewer = db.Viewer;
        if (!viewer.IsAdministrator && viewer.ClerkOf.Count == 0)
            return Forbid();
        var items = await db.AgendaItems.AsNoTracking()
            .Include(i => i.Meeting!).ThenInclude(m => m.Body)
            .Where(i => i.IsExempt)
            .ToListAsync();
        Items = [.. items.Where(i => viewer.MayEdit(i.Meeting!.BodyId))
            .OrderBy(i => i.Exemption?.ReviewDate ?? DateOnly.MaxValue).ThenBy(i => i.Meeting!.Date)];
        return Page();
    }

    public bool IsDue(AgendaItem item) => item.Exemption?.ReviewDate is { } review && review <= Today.AddDays(Within);
}
