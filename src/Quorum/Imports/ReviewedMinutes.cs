namespace Quorum.Imports;

/// <summary>Imported minutes as the clerk confirmed them, ready to be saved into a body.</summary>
public sealed record ReviewedMinutes
{
    public required string Sha256 { get; init; }

    public required string FileName { get; init; }

    public DateOnly Date { get; init; }

    public TimeOnly? StartTime { get; init; }

    public TimeOnly? EndTime { get; init; }

    public string? Title { get; init; }

    public string? Venue { get; init; }

    public IReadOnlyList<ReviewedPerson> People { get; init; } = [];

    public IReadOnlyList<ReviewedItem> Items { get; init; } = [];

    public IReadOnlyList<ReviewedAction> Actions { get; init; } = [];

    public IReadOnlyList<ReviewedDecision> Decisions { get; init; } = [];
}

/// <summary>Someone in the attendance list: matched to an existing person, or new.</summary>
public sealed record ReviewedPerson(string Name, string? Organisation, string? Role, Meetings.AttendanceStatus Status, int? PersonId);

public sealed record ReviewedItem(string? Number, string Title, bool Exempt, string? Minute);

public sealed record ReviewedAction(string? Reference, IReadOnlyList<string> Owners, string Text, DateOnly? Due, string? ItemNumber);

public sealed record ReviewedDecision(string Text, string? ItemNumber);
