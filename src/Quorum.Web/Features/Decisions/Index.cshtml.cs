using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Quorum.Data;
using Quorum.Decisions;
using Quorum.Web.Features.Shared;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Decisions;

/// <summary>
/// The decisions register: every decision of a body (or of all), each body's newest first, a
/// hundred to a page as the other registers are.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicAnswers.Policy)]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public string? Body { get; set; }

    /// <summary>From <c>?pageNumber=</c>, as the bodies list: Razor Pages keeps "page" for itself.</summary>
    [BindProperty(SupportsGet = true)]
    public int? PageNumber { get; set; }

    public RowPage<Decision> Decisions { get; private set; } = RowPage.Empty<Decision>();

    /// <summary>The bodies to filter by, or null when there are too many to list.</summary>
    public IReadOnlyList<SelectListItem>? Bodies { get; private set; }

    public string PageUrl(int page) =>
        string.IsNullOrWhiteSpace(Body) ? $"/decisions?pageNumber={page}" : $"/decisions?Body={Uri.EscapeDataString(Body)}&pageNumber={page}";

    public async Task OnGetAsync()
    {
        // Not counted: at a million meetings counting every decision would cost more than the page.
        Decisions = await DecisionsExport.Register(db, Body).ReadPageAsync(PageNumber, PageSize, HttpContext.RequestAborted);
        Bodies = await BodyChoices.ListAsync(db);
    }
}
