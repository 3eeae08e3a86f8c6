using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Search;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Search;

/// <summary>Search across minutes, agenda items, decisions, actions, papers and people, as this viewer may see them.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicAnswers.Policy)]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Body { get; set; }

    // Both optional: read (with messages) below rather than required by the binder.
    [BindProperty(SupportsGet = true)]
    [ValidateNever]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    [ValidateNever]
    public DateInput To { get; set; } = new();

    /// <summary>From <c>?page=</c>, read by hand: Razor Pages' own route value is called "page".</summary>
    public int PageNumber { get; private set; } = 1;

    public SearchPage? Results { get; private set; }

    /// <summary>The bodies to filter by, or null when there are too many to list.</summary>
    public IReadOnlyList<SelectListItem>? Bodies { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Bodies = await BodyChoices.ListAsync(db, cancellationToken);
        PageNumber = int.TryParse(Request.Query["page"], out var requested) && requested > 1 ? requested : 1;
        if (string.IsNullOrWhiteSpace(Q))
            return;

        if (!From.TryRead("The start date", out var from, out var fromError))
            ModelState.AddModelError("From", fromError!);
        if (!To.TryRead("The end date", out var to, out var toError))
            ModelState.AddModelError("To", toError!);
        if (from is not null && to is not null && to < from)
            ModelState.AddModelError("To", "The end date must be the same as or after the start date");
        if (!string.IsNullOrEmpty(Kind) && !SearchKinds.IsKnown(Kind))
            ModelState.AddModelError("Kind", "Choose what to search from the list");
        int? bodyId = null;
        if (!string.IsNullOrWhiteSpace(Body))
        {
            bodyId = await db.Bodies.AsNoTracking().Where(b => b.ShortName == Body.Trim()).Select(b => (int?)b.Id).SingleOrDefaultAsync(cancellationToken);
            if (bodyId is null)
                ModelState.AddModelError("Body", $"There is no body '{Body.Trim()}'");
        }

        if (!ModelState.IsValid)
            return;
        Results = await SiteSearch.RunAsync(db, new SearchRequest(Q, string.IsNullOrEmpty(Kind) ? null : Kind, bodyId, from, to, Math.Max(1, PageNumber), PageSize), cancellationToken);
    }

    /// <summary>This search with another page number, for the pagination links.</summary>
    public string PageUrl(int page)
    {
        var query = Request.Query.Where(p => p.Key != "page").SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? "")}"));
        return $"/search?{string.Join('&', query.Append($"page={page}"))}";
    }

    public static string KindLabel(string kind) => kind switch
    {
        SearchKinds.Minute => "Minute",
        SearchKinds.AgendaItem => "Agenda item",
        SearchKinds.Decision => "Decision",
        SearchKinds.Action => "Action",
        SearchKinds.Paper => "Paper",
        _ => "Person",
    };
}
