using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Programmes;
using Quorum.Projects;
using Quorum.Web.Features.Contracts;
using Quorum.Web.Features.Shared;

namespace Quorum.Web.Features.Projects;

/// <summary>The ICT projects listing: every member organisation's projects, filtered by organisation, stage, RAG and workstream.</summary>
[AllowAnonymous]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int? Organisation { get; set; }

    [BindProperty(SupportsGet = true)]
    public ProjectStage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public Rag? Rag { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Workstream { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    public int Total { get; private set; }

    public decimal TotalBudget { get; private set; }

    public bool MayAdd { get; private set; }

    public RowPage<Project> Projects { get; private set; } = RowPage.Empty<Project>();

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Workstreams { get; private set; } = [];

    public ProjectFilter Filter => new(Organisation: Organisation, Stage: Stage, Rag: Rag, Workstream: Workstream, Text: Text);

    public string PageUrl(int page) =>
        $"/projects?{string.Join('&', Request.Query.Where(p => p.Key != "page").SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? "")}")).Append($"page={page}"))}";

    public async Task<IActionResult> OnGetAsync()
    {
        // A filter value that cannot be read is said so beside its field, and left out.
        foreach (var (field, message) in new[] { (nameof(Stage), "Choose a stage from the list"), (nameof(Rag), "Choose red, amber or green") })
        {
            if (ModelState[field]?.Errors.Count > 0)
            {
                ModelState[field]!.Errors.Clear();
                ModelState.AddModelError(field, message);
            }
        }

        var filtered = Filter.Apply(db.Projects);
        Total = await filtered.CountAsync();
        // Summed in memory: SQLite cannot sum decimals.
        TotalBudget = (await filtered.Where(p => p.Budget != null).Select(p => p.Budget!.Value).ToListAsync()).Sum();
        Projects = await filtered.AsNoTracking().Include(p => p.Organisation).Include(p => p.Workstream)
            .OrderBy(p => p.Organisation!.Name).ThenBy(p => p.Name).ThenBy(p => p.Id)
            .ReadPageAsync(RowPage.NumberAskedIn(Request), PageSize, HttpContext.RequestAborted);
        Organisations = await db.Organisations.Where(o => db.Projects.Any(p => p.OrganisationId == o.Id)).OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();
        Workstreams = await ProjectForm.WorkstreamChoicesAsync(db);
        MayAdd = (await ContractForm.RegisterChoicesAsync(db)).Count > 0;
        return Page();
    }
}
