namespace Quorum.Import.Status;

/// <summary>Workstreams read from a programme status table (kind <c>status</c> of import-schema.json).</summary>
public sealed record StatusDraft
{
    public string Kind => "status";

    public required string Source { get; init; }

    public IReadOnlyList<WorkstreamDraft> Workstreams { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>One workstream row of a status table.</summary>
public sealed record WorkstreamDraft
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Sponsors { get; init; } = [];

    public IReadOnlyList<string> StrategicObjectives { get; init; } = [];

    public IReadOnlyList<string> Objectives { get; init; } = [];

    public IReadOnlyList<string> Risks { get; init; } = [];

    public IReadOnlyList<string> Issues { get; init; } = [];

    public IReadOnlyList<string> StatusUpdates { get; init; } = [];

    public IReadOnlyList<string> NextMilestones { get; init; } = [];

    public MoneyDraft? PlannedSpend { get; init; }

    public MoneyDraft? ActualSpend { get; init; }
}

/// <summary>An amount as written; <see cref="Amount"/> is null for states such as "tba".</summary>
public sealed record MoneyDraft(decimal? Amount, string? Currency, string Text);
