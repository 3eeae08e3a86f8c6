namespace Quorum.Import.Status;

/// <summary>The columns of a programme status table that Quorum understands.</summary>
public enum StatusColumn
{
    Name,
    Description,
    Sponsors,
    StrategicObjectives,
    Objectives,
    Risks,
    Issues,
    StatusUpdates,
    NextMilestones,
    PlannedSpend,
    ActualSpend,
}
