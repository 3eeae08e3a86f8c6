using Quorum.Access;

namespace Quorum.Programmes;

/// <summary>Where a milestone stands.</summary>
public enum MilestoneStatus
{
    Planned,
    InProgress,
    Achieved,
    Dropped,
}

/// <summary>A dated step of a workstream. A target may be a month ("March 2010") or a day.</summary>
public class Milestone : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Workstream>(WorkstreamId);

    public int WorkstreamId { get; set; }

    public Workstream? Workstream { get; set; }

    public required string Text { get; set; }

    /// <summary>The target day; when <see cref="TargetIsMonth"/>, the first of the target month.</summary>
    public DateOnly TargetDate { get; set; }

    public bool TargetIsMonth { get; set; }

    public MilestoneStatus Status { get; set; } = MilestoneStatus.Planned;

    public DateOnly? ActualDate { get; set; }

    /// <summary>The last day that still meets the target.</summary>
    public DateOnly Deadline => TargetIsMonth ? TargetDate.AddMonths(1).AddDays(-1) : TargetDate;

    /// <summary>Days late: achieved after the deadline, or not achieved and the deadline passed.</summary>
    public int SlippageDaysOn(DateOnly today) => Status switch
    {
        MilestoneStatus.Dropped => 0,
        MilestoneStatus.Achieved => ActualDate is { } done && done > Deadline ? done.DayNumber - Deadline.DayNumber : 0,
        _ => today > Deadline ? today.DayNumber - Deadline.DayNumber : 0,
    };

    public string TargetLabel => TargetIsMonth ? TargetDate.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) : TargetDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
