namespace Quorum.Import.Minutes;

/// <summary>
/// What the reader found in a set of minutes, for a clerk to check before anything is saved.
/// Mirrors kind <c>minutes</c> of import-schema.json (this project's copy adds declarations and motions);
/// what was not found is null or empty, never a guess.
/// </summary>
public sealed record MinutesDraft
{
    public string Kind => "minutes";

    public required string Source { get; init; }

    public string? Body { get; init; }

    public string? Title { get; init; }

    /// <summary>ISO date (yyyy-MM-dd).</summary>
    public string? MeetingDate { get; init; }

    /// <summary>Local wall-clock time, HH:mm.</summary>
    public string? StartTime { get; init; }

    public string? EndTime { get; init; }

    public string? Venue { get; init; }

    public IReadOnlyList<PersonDraft> Attendees { get; init; } = [];

    public IReadOnlyList<PersonDraft> Apologies { get; init; } = [];

    public IReadOnlyList<AgendaItemDraft> AgendaItems { get; init; } = [];

    public IReadOnlyList<ActionDraft> Actions { get; init; } = [];

    public IReadOnlyList<DecisionDraft> Decisions { get; init; } = [];

    /// <summary>Interests members declared, in the order the minutes record them.</summary>
    public IReadOnlyList<DeclarationDraft> Declarations { get; init; } = [];

    /// <summary>Motions moved, seconded and put, in the order the minutes record them.</summary>
    public IReadOnlyList<MotionDraft> Motions { get; init; } = [];

    /// <summary>ISO dates of the body's future meetings named in the document.</summary>
    public IReadOnlyList<string> NextMeetings { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>How sure the reader is of each single-valued field (body, meeting_date, venue, next_meetings) and the lines it read it from.</summary>
    public IReadOnlyDictionary<string, FieldSource> Sources { get; init; } = new Dictionary<string, FieldSource>();
}

/// <summary>A field's confidence (0 to 1) and the lines of the document it came from, counted from 1.</summary>
public sealed record FieldSource(double Confidence, IReadOnlyList<int> Lines);

/// <summary>Confidence and source lines, carried by every item of a draft.</summary>
public abstract record SourcedDraft
{
    /// <summary>0 to 1: how sure the reader is; the review page shows the least certain first.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>Lines of the document the item was read from, counted from 1.</summary>
    public IReadOnlyList<int> Lines { get; init; } = [];

    // Two readings of the same item are the same item wherever they were read from.
    public virtual bool Equals(SourcedDraft? other) => other is not null && EqualityContract == other.EqualityContract;

    public override int GetHashCode() => EqualityContract.GetHashCode();
}

/// <summary>A person as written in an attendance or apologies list.</summary>
public sealed record PersonDraft(string Name, string? Organisation = null, string? Role = null) : SourcedDraft;

/// <summary>An agenda item: its number as printed, its title, and whether it is withheld from publication.</summary>
public sealed record AgendaItemDraft(string? Number, string Title, bool Exempt = false, string? Minute = null) : SourcedDraft;

/// <summary>An action as recorded: reference as printed, owners, what is to be done, due date (ISO, or yyyy-MM).</summary>
public sealed record ActionDraft(string? Reference, IReadOnlyList<string> Owners, string Text, string? Due = null, string? Item = null) : SourcedDraft;

/// <summary>Something the meeting agreed, approved, adopted, elected or resolved.</summary>
public sealed record DecisionDraft(string Text, string? Item = null) : SourcedDraft;

/// <summary>
/// A member's declaration of an interest: who, under which item, the kind when the minutes name it
/// (disclosable_pecuniary, other_registrable, non_registrable), the nature in the minutes' words,
/// and whether they left the room or took no part.
/// </summary>
public sealed record DeclarationDraft(string Person, string? Item, string? Kind, string? Nature, bool LeftTheRoom = false, bool TookNoPart = false) : SourcedDraft;

/// <summary>
/// A motion: its words when the minutes give them, who moved and seconded it, the outcome (carried,
/// lost, withdrawn) and the votes counted, under the item it was moved in.
/// </summary>
public sealed record MotionDraft(string? Text, string? Mover, string? Seconder, string? Outcome, int? For = null, int? Against = null, int? Abstentions = null, string? Item = null) : SourcedDraft;
