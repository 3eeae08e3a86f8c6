using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Programmes;

namespace Quorum.Web.Features.Programmes;

/// <summary>A workstream: its objectives and spend, RAID log, milestones and highlight reports.</summary>
[AllowAnonymous]
public sealed class WorkstreamModel(QuorumDb db) : PageModel
{
    public Workstream Workstream { get; private set; } = default!;

    public bool MayEdit { get; private set; }

    public bool SeesRaid { get; private set; }

    public DateOnly Today => db.Today;

    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    public IReadOnlyList<Quorum.Actions.ActionItem> Actions { get; private set; } = [];

    public IReadOnlyList<Quorum.Decisions.Decision> Decisions { get; private set; } = [];

    /// <summary>The member organisations' ICT projects that are part of the workstream.</summary>
    public IReadOnlyList<Quorum.Projects.Project> Projects { get; private set; } = [];

    public sealed record RaidInput(RaidKind Kind, string? Description, int? OwnerId, RaidLevel? Impact, RaidLevel? Likelihood, string? Mitigation);

    public sealed record MilestoneInput(string? Text, string? Target, MilestoneStatus Status);

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostRaidAsync(int id, RaidInput raid)
    {
        if (await LoadForEditAsync(id) is { } refusal)
            return refusal;
        if (string.IsNullOrWhiteSpace(raid.Description))
        {
            ModelState.AddModelError("raid.Description", "Describe the risk, assumption, issue or dependency");
            return Page();
        }

        Workstream.Raid.Add(new RaidEntry
        {
            Kind = raid.Kind,
            Description = raid.Description.Trim(),
            OwnerId = raid.OwnerId,
            Impact = raid.Impact,
            Likelihood = raid.Likelihood,
            Mitigation = string.IsNullOrWhiteSpace(raid.Mitigation) ? null : raid.Mitigation.Trim(),
        });
        await db.SaveChangesAsync();
        TempData["Success"] = $"The {raid.Kind.ToString().ToLowerInvariant()} has been added to the RAID log";
        return Redirect($"/workstreams/{id}#raid");
    }

    public async Task<IActionResult> OnPostCloseAsync(int id, int entry)
    {
        if (await LoadForEditAsync(id) is { } refusal)
            return refusal;
        var raid = Workstream.Raid.SingleOrDefault(r => r.Id == entry);
        if (raid is null)
            return NotFound();
        try
        {
            raid.Close(Today);
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        return Redirect($"/workstreams/{id}#raid");
    }

    public async Task<IActionResult> OnPostMilestoneAsync(int id, MilestoneInput milestone)
    {
        if (await LoadForEditAsync(id) is { } refusal)
            return refusal;
        if (string.IsNullOrWhiteSpace(milestone.Text))
            ModelState.AddModelError("milestone.Text", "Describe the milestone");
        if (!MilestoneTarget.TryRead(milestone.Target, out var target, out var isMonth))
            ModelState.AddModelError("milestone.Target", "Enter the target as a date (31/03/2027) or a month (March 2027)");
        if (!ModelState.IsValid)
            return Page();
        Workstream.Milestones.Add(new Milestone { Text = milestone.Text!.Trim(), TargetDate = target, TargetIsMonth = isMonth, Status = milestone.Status });
        await db.SaveChangesAsync();
        return Redirect($"/workstreams/{id}#milestones");
    }

    public async Task<IActionResult> OnPostAchievedAsync(int id, int milestone)
    {
        if (await LoadForEditAsync(id) is { } refusal)
            return refusal;
        var m = Workstream.Milestones.SingleOrDefault(x => x.Id == milestone);
        if (m is null)
            return NotFound();
        m.Status = MilestoneStatus.Achieved;
        m.ActualDate = Today;
        await db.SaveChangesAsync();
        return Redirect($"/workstreams/{id}#milestones");
    }

    private async Task<IActionResult?> LoadForEditAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        return MayEdit ? null : Forbid();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var workstream = await db.LoadWorkstreamAsync(id);
        if (workstream is null)
            return NotFound();
        Workstream = workstream;
        MayEdit = await db.MayEditAsync(workstream);
        SeesRaid = db.Viewer.SeesUnpublishedOf(workstream.Programme!.BodyId);
        Actions = await db.Actions.AsNoTracking().Include(a => a.Owners).Where(a => a.WorkstreamId == id).OrderBy(a => a.Id).ToListAsync();
        Decisions = await db.Decisions.AsNoTracking().Include(d => d.Meeting).Where(d => d.WorkstreamId == id).OrderBy(d => d.Id).ToListAsync();
        Projects = await db.Projects.AsNoTracking().Include(p => p.Organisation).Where(p => p.WorkstreamId == id).OrderBy(p => p.Organisation!.Name).ThenBy(p => p.Name).ToListAsync();
        if (MayEdit)
            People = await db.People.OrderBy(p => p.FullName).Select(p => new SelectListItem(p.FullName, p.Id.ToString())).ToListAsync();
        return null;
    }
}
