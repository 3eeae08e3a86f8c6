using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Decisions;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Decisions;

/// <summary>The decisions register: every decision of a body (or of all), newest first.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicAnswers.Policy)]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Body { get; set; }

    public IReadOnlyList<Decision> Decisions { get; private set; } = [];

    /// <summary>The bodies to filter by, or null when there are too many to list.</summary>
    public IReadOnlyList<SelectListItem>? Bodies { get; private set; }

    public async Task OnGetAsync()
    {
        Decisions = await DecisionsExport.Register(db, Body).Take(1000).ToListAsync();
        Bodies = await BodyChoices.ListAsync(db);
    }
}
