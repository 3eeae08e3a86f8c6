using Quorum.Access;

namespace Quorum.Programmes;

/// <summary>
/// A dated status report on a workstream: RAG for time, cost, scope and overall, updates, next
/// milestones, key risks and issues, spend to date. Kept as history; once taken as a meeting's
/// paper it is frozen.
/// </summary>
public class HighlightReport : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Workstream>(WorkstreamId);

    public int WorkstreamId { get; set; }

    public Workstream? Workstream { get; set; }

    public DateOnly ReportDate { get; set; }

    public DateOnly? PeriodFrom { get; set; }

    public DateOnly? PeriodTo { get; set; }

    /// <summary>Null when not assessed, as in a status table that gives no RAG: Quorum does not guess one.</summary>
    public Rag? Time { get; set; }

    public Rag? Cost { get; set; }

    public Rag? Scope { get; set; }

    /// <summary>Set by the author, or else the worst of time, cost and scope.</summary>
    public Rag? Overall { get; set; }

    /// <summary>One update a line.</summary>
    public string StatusUpdates { get; set; } = "";

    /// <summary>One milestone a line.</summary>
    public string NextMilestones { get; set; } = "";

    /// <summary>One a line; drawn from the RAID log when the report is written.</summary>
    public string KeyRisksAndIssues { get; set; } = "";

    public Money SpendToDate { get; set; } = new();

    public string? AuthoredBy { get; set; }

    /// <summary>The agenda item that took this report as its paper; from then on it is frozen.</summary>
    public int? AgendaItemId { get; set; }

    public Meetings.AgendaItem? AgendaItem { get; set; }

    public bool IsFrozen => AgendaItemId is not null;

    public void EnsureEditable()
    {
        if (IsFrozen)
            throw new DomainException("This report was taken to a meeting as its paper and can no longer be changed: write a new report.");
    }
}
