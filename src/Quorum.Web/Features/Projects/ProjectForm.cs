using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Programmes;
using Quorum.Projects;

namespace Quorum.Web.Features.Projects;

/// <summary>The fields of a project on the add and edit pages; the rules they must meet are the listing's.</summary>
public sealed class ProjectForm
{
    public int? BodyId { get; set; }

    public int? OrganisationId { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public ProjectStage Stage { get; set; }

    /// <summary>As typed ("£120,000"), read by the form so that a mistyped amount comes back as typed.</summary>
    public string? Budget { get; set; }

    public Rag Rag { get; set; }

    public int? WorkstreamId { get; set; }

    public static ProjectForm From(Project p) => new()
    {
        BodyId = p.BodyId,
        OrganisationId = p.OrganisationId,
        Name = p.Name,
        Description = p.Description,
        Stage = p.Stage,
        Budget = p.Budget?.ToString("0.##", CultureInfo.InvariantCulture),
        Rag = p.Rag,
        WorkstreamId = p.WorkstreamId,
    };

    /// <summary>The form as the listing's input; a budget that cannot be read as an amount is added to <paramref name="modelState"/>.</summary>
    public ProjectDetails ToDetails(ModelStateDictionary modelState)
    {
        decimal? budget = null;
        if (!string.IsNullOrWhiteSpace(Budget))
        {
            var plain = Budget.Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
            if (decimal.TryParse(plain, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
                budget = amount;
            else
                modelState.AddModelError($"Input.{nameof(Budget)}", "The budget must be an amount in pounds, like £12,500");
        }

        return new ProjectDetails
        {
            BodyId = BodyId,
            OrganisationId = OrganisationId,
            Name = Name,
            Description = Description,
            Stage = Stage,
            Budget = budget,
            Rag = Rag,
            WorkstreamId = WorkstreamId,
        };
    }

    public static IReadOnlyList<SelectListItem> StageChoices { get; } =
        [.. Enum.GetValues<ProjectStage>().Select(s => new SelectListItem(ProjectListing.StageLabel(s), s.ToString()))];

    public static IReadOnlyList<SelectListItem> RagChoices { get; } =
        [.. Enum.GetValues<Rag>().Select(r => new SelectListItem(r.ToString(), r.ToString()))];

    /// <summary>The workstreams the viewer sees, named with their programme.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> WorkstreamChoicesAsync(QuorumDb db) =>
        await db.Workstreams.AsNoTracking().OrderBy(w => w.Programme!.Name).ThenBy(w => w.Name)
            .Select(w => new SelectListItem(w.Programme!.Name + ": " + w.Name, w.Id.ToString())).ToListAsync();
}
