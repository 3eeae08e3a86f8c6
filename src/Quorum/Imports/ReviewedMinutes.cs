using System.Globalization;

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

    public IReadOnlyList<ReviewedDeclaration> Declarations { get; init; } = [];

    public IReadOnlyList<ReviewedMotion> Motions { get; init; } = [];
}

/// <summary>Someone in the attendance list: matched to an existing person, or new.</summary>
public sealed record ReviewedPerson(string Name, string? Organisation, string? Role, Meetings.AttendanceStatus Status, int? PersonId);

public sealed record ReviewedItem(string? Number, string Title, bool Exempt, string? Minute);

public sealed record ReviewedAction(string? Reference, IReadOnlyList<string> Owners, string Text, DateOnly? Due, string? ItemNumber)
{
    /// <summary>
    /// Reads a due date as drafts and clerks write it: 2010-03-31, 31/3/2010, or 2010-03 for the end
    /// of that month. Blank is no due date; anything else is refused.
    /// </summary>
    public static bool TryReadDue(string? text, out DateOnly? due)
    {
        due = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            due = day;
        else if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            due = month.AddMonths(1).AddDays(-1);
        return due is not null;
    }
}

public sealed record ReviewedDecision(string Text, string? ItemNumber);

/// <summary>A declaration of interest as the clerk confirmed it; the person as the minutes name them.</summary>
public sealed record ReviewedDeclaration(string Person, string? ItemNumber, Conduct.InterestKind Kind, string? Nature, bool LeftTheRoom, bool TookNoPart)
{
    /// <summary>The kind a draft names (import-schema.json: disclosable_pecuniary, other_registrable, non_registrable); null when it names none.</summary>
    public static Conduct.InterestKind? KindOf(string? drafted) => drafted switch
    {
        "disclosable_pecuniary" => Conduct.InterestKind.DisclosablePecuniary,
        "other_registrable" => Conduct.InterestKind.OtherRegistrable,
        "non_registrable" => Conduct.InterestKind.NonRegistrable,
        _ => null,
    };
}

/// <summary>
/// A motion as the clerk confirmed it, the mover and seconder as the minutes name them. It is put to
/// the vote when it has an outcome or counts; otherwise it is recorded as moved.
/// </summary>
public sealed record ReviewedMotion(string? ItemNumber, string Text, string Mover, string? Seconder, Conduct.MotionOutcome? Outcome, int? For, int? Against, int? Abstentions)
{
    /// <summary>Whether the motion, once put, becomes the item's decision.</summary>
    public bool Carries => Outcome == Conduct.MotionOutcome.Carried || Outcome is null && For > Against;

    /// <summary>The outcome a draft states (carried, lost, withdrawn); null when it states none.</summary>
    public static Conduct.MotionOutcome? OutcomeOf(string? drafted) => drafted switch
    {
        "carried" => Conduct.MotionOutcome.Carried,
        "lost" => Conduct.MotionOutcome.Lost,
        "withdrawn" => Conduct.MotionOutcome.Withdrawn,
        _ => null,
    };
}
