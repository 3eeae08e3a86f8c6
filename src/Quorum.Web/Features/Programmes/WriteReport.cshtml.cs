using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Access;
using Quorum.Data;
using Quorum.Programmes;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Programmes;

/// <summary>Writes a dated highlight report; key risks and issues start from the open RAID log.</summary>
[Authorize]
public sealed class WriteReportModel(QuorumDb db) : PageModel
{
    public Workstream Workstream { get; private set; } = default!;

    [BindProperty]
    public DateInput ReportDate { get; set; } = new();

    [BindProperty]
    public Rag Time { get; set; }

    [BindProperty]
    public Rag Cost { get; set; }

    [BindProperty]
    public Rag Scope { get; set; }

    /// <summary>Empty: the worst of time, cost and scope.</summary>
    [BindProperty]
    public Rag? Overall { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter at least one status update")]
    public string? StatusUpdates { get; set; }

    [BindProperty]
    public string? NextMilestones { get; set; }

    [BindProperty]
    public string? KeyRisksAndIssues { get; set; }

    [BindProperty]
    public string? SpendToDate { get; set; } = "To be agreed";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        ReportDate = DateInput.From(db.Today);
        var previous = Workstream.LatestReport;
        (Time, Cost, Scope) = previous is null ? (Rag.Green, Rag.Green, Rag.Green) : (previous.Time ?? Rag.Green, previous.Cost ?? Rag.Green, previous.Scope ?? Rag.Green);
        KeyRisksAndIssues = string.Join('\n', Workstream.Raid.Where(r => !r.IsClosed && r.Kind is RaidKind.Risk or RaidKind.Issue).Select(r => $"{r.Kind}: {r.Description}"));
        NextMilestones = string.Join('\n', Workstream.Milestones.Where(m => m.Status is MilestoneStatus.Planned or MilestoneStatus.InProgress).OrderBy(m => m.TargetDate).Take(5).Select(m => $"{m.Text} ({m.TargetLabel})"));
        SpendToDate = Workstream.ActualSpend.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (ReportDate.IsEmpty)
            ModelState.AddModelError(nameof(ReportDate), "Enter the date of the report");
        else if (!ReportDate.TryRead("The date of the report", out _, out var error))
            ModelState.AddModelError(nameof(ReportDate), error!);
        if (!Money.TryParse(SpendToDate, out var spend))
            ModelState.AddModelError(nameof(SpendToDate), "Enter an amount like £12,500, or “to be agreed”");
        if (!ModelState.IsValid)
            return Page();
        ReportDate.TryRead("", out var date, out _);
        var report = new HighlightReport
        {
            ReportDate = date!.Value,
            Time = Time,
            Cost = Cost,
            Scope = Scope,
            Overall = Overall ?? RagRule.Overall(Time, Cost, Scope),
            StatusUpdates = StatusUpdates!.Trim(),
            NextMilestones = (NextMilestones ?? "").Trim(),
            KeyRisksAndIssues = (KeyRisksAndIssues ?? "").Trim(),
            SpendToDate = spend,
            AuthoredBy = db.Viewer.Name,
        };
        Workstream.Reports.Add(report);
        await db.SaveChangesAsync();
        TempData["Success"] = $"The highlight report of {Quorum.Web.Features.Shared.Display.Date(report.ReportDate)} has been saved";
        return Redirect($"/highlight-reports/{report.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var workstream = await db.LoadWorkstreamAsync(id);
        if (workstream is null)
            return NotFound();
        if (!await db.MayEditAsync(workstream))
            return Forbid();
        Workstream = workstream;
        return null;
    }
}
