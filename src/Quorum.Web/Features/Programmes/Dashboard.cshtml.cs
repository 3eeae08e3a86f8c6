using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Access;
using Quorum.Data;
using Quorum.Programmes;

namespace Quorum.Web.Features.Programmes;

/// <summary>A programme at a glance: every workstream's RAG, spend, milestones and open high risks.</summary>
[AllowAnonymous]
public sealed class DashboardModel(QuorumDb db) : PageModel
{
    public Programme Programme { get; private set; } = default!;

    public bool MayEdit { get; private set; }

    public DateOnly Today => db.Today;

    public IReadOnlyList<Workstream> Workstreams => [.. Programme.Workstreams.OrderBy(w => w.Name)];

    public IReadOnlyList<Milestone> Milestones =>
        [.. Programme.Workstreams.SelectMany(w => w.Milestones).Where(m => m.Status != MilestoneStatus.Dropped).OrderBy(m => m.TargetDate)];

    /// <summary>Read through the filter: only the board's members see the RAID log.</summary>
    public IReadOnlyList<RaidEntry> HighRisks => [.. Programme.Workstreams.SelectMany(w => w.Raid).Where(r => r.IsHighRisk)];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var programme = await db.LoadDashboardAsync(id);
        if (programme is null)
            return NotFound();
        Programme = programme;
        MayEdit = await db.MayEditAsync(programme);
        return Page();
    }
}
