using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Meetings;

[AllowAnonymous]
[OutputCache(PolicyName = PublicAnswers.Policy)]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Body { get; set; }

    /// <summary>"upcoming" (default) or "past".</summary>
    [BindProperty(SupportsGet = true)]
    public string? When { get; set; }

    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];

    /// <summary>The bodies to filter by, or null when there are too many to list.</summary>
    public IReadOnlyList<SelectListItem>? Bodies { get; private set; }

    public bool MayCreate => db.Viewer.IsAdministrator || db.Viewer.ClerkOf.Count > 0;

    public async Task OnGetAsync()
    {
        var today = db.Today;
        Bodies = await BodyChoices.ListAsync(db);
        var query = db.Meetings.AsNoTracking().Include(m => m.Body).Include(m => m.Location).AsQueryable();
        if (!string.IsNullOrEmpty(Body))
            query = query.Where(m => m.Body!.ShortName == Body);
        query = When == "past"
            ? query.Where(m => m.Date < today).OrderByDescending(m => m.Date)
            : query.Where(m => m.Date >= today).OrderBy(m => m.Date);
        Meetings = await query.Take(200).ToListAsync();
    }
}
