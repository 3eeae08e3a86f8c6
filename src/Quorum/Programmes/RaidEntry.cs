using Quorum.Access;
using Quorum.People;

namespace Quorum.Programmes;

/// <summary>What a RAID log holds.</summary>
public enum RaidKind
{
    Risk,
    Assumption,
    Issue,
    Dependency,
}

/// <summary>Impact or likelihood of a risk.</summary>
public enum RaidLevel
{
    Low,
    Medium,
    High,
}

/// <summary>An entry in a workstream's RAID log. Closed entries are kept.</summary>
public class RaidEntry : Entity, IOwned
{
    Owner IOwned.Owner => Access.Owner.Of<Workstream>(WorkstreamId);

    public int WorkstreamId { get; set; }

    public Workstream? Workstream { get; set; }

    public RaidKind Kind { get; set; }

    public required string Description { get; set; }

    public int? OwnerId { get; set; }

    public Person? Owner { get; set; }

    public RaidLevel? Impact { get; set; }

    public RaidLevel? Likelihood { get; set; }

    /// <summary>Mitigation for a risk, next step for the others.</summary>
    public string? Mitigation { get; set; }

    public DateOnly? DueDate { get; set; }

    public bool IsClosed { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>A high risk is one with high impact and at least medium likelihood: those go on the dashboard.</summary>
    public bool IsHighRisk => Kind == RaidKind.Risk && !IsClosed && Impact == RaidLevel.High && Likelihood is RaidLevel.Medium or RaidLevel.High;

    public void Close(DateOnly on)
    {
        if (IsClosed)
            throw new DomainException("This entry is already closed.");
        IsClosed = true;
        ClosedOn = on;
    }

    public void Reopen()
    {
        IsClosed = false;
        ClosedOn = null;
    }
}
