using Quorum.Access;
using Quorum.Bodies;
using Quorum.People;

namespace Quorum.Programmes;

/// <summary>A workstream of a programme: its sponsors, lead group, objectives, spend, RAID log, milestones and reports.</summary>
public class Workstream : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Programme>(ProgrammeId);

    public int ProgrammeId { get; set; }

    public Programme? Programme { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public List<Person> Sponsors { get; set; } = [];

    /// <summary>The group that leads the work, for example the Local CIO Council.</summary>
    public int? LeadBodyId { get; set; }

    public Body? LeadBody { get; set; }

    /// <summary>One objective a line.</summary>
    public string StrategicObjectives { get; set; } = "";

    /// <summary>One objective a line.</summary>
    public string WorkstreamObjectives { get; set; } = "";

    public Money PlannedSpend { get; set; } = new();

    public Money ActualSpend { get; set; } = new();

    public List<RaidEntry> Raid { get; set; } = [];

    public List<Milestone> Milestones { get; set; } = [];

    public List<HighlightReport> Reports { get; set; } = [];

    /// <summary>The newest report drives the dashboards.</summary>
    public HighlightReport? LatestReport => Reports.OrderByDescending(r => r.ReportDate).ThenByDescending(r => r.Id).FirstOrDefault();

    public static IEnumerable<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
