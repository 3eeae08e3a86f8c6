using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Quorum.Programmes;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Programmes;

/// <summary>A workstream's fields, for adding and editing; spend is an amount or "to be agreed".</summary>
public sealed class WorkstreamForm
{
    [Required(ErrorMessage = "Enter the workstream's name")]
    [LengthOf<Workstream>(nameof(Workstream.Name), "The name")]
    public string? Name { get; set; }

    [LengthOf<Workstream>(nameof(Workstream.Description), "The description")]
    public string? Description { get; set; }

    public List<int> SponsorIds { get; set; } = [];

    public int? LeadBodyId { get; set; }

    [LengthOf<Workstream>(nameof(Workstream.StrategicObjectives), "The strategic objectives")]
    public string? StrategicObjectives { get; set; }

    [LengthOf<Workstream>(nameof(Workstream.WorkstreamObjectives), "The workstream objectives")]
    public string? WorkstreamObjectives { get; set; }

    public string? PlannedSpend { get; set; } = "To be agreed";

    public string? ActualSpend { get; set; } = "To be agreed";

    public static WorkstreamForm From(Workstream w) => new()
    {
        Name = w.Name,
        Description = w.Description,
        SponsorIds = [.. w.Sponsors.Select(s => s.Id)],
        LeadBodyId = w.LeadBodyId,
        StrategicObjectives = w.StrategicObjectives,
        WorkstreamObjectives = w.WorkstreamObjectives,
        PlannedSpend = w.PlannedSpend.ToString(),
        ActualSpend = w.ActualSpend.ToString(),
    };

    public (Money Planned, Money Actual)? ReadSpend(ModelStateDictionary modelState)
    {
        const string Help = "Enter an amount in pounds, like 12500 or £12,500, or “to be agreed”";
        if (!Money.TryParse(PlannedSpend, out var planned))
            modelState.AddModelError("Input.PlannedSpend", Help);
        if (!Money.TryParse(ActualSpend, out var actual))
            modelState.AddModelError("Input.ActualSpend", Help);
        return modelState.IsValid ? (planned, actual) : null;
    }

    public void ApplyTo(Workstream w, (Money Planned, Money Actual) spend, IEnumerable<global::Quorum.People.Person> sponsors)
    {
        w.Name = Name!.Trim();
        w.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        w.LeadBodyId = LeadBodyId;
        w.StrategicObjectives = (StrategicObjectives ?? "").Trim();
        w.WorkstreamObjectives = (WorkstreamObjectives ?? "").Trim();
        w.PlannedSpend = spend.Planned;
        w.ActualSpend = spend.Actual;
        w.Sponsors.Clear();
        w.Sponsors.AddRange(sponsors);
    }
}
