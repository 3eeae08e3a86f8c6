namespace Quorum.Import.Minutes;

/// <summary>
/// What the reader found in a set of minutes, for a clerk to check before anything is saved.
/// Mirrors kind <c>minutes</c> of import-schema.json; what was not found is null or empty, never a guess.
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

    /// <summary>ISO dates of the body's future meetings named in the document.</summary>
    public IReadOnlyList<string> NextMeetings { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>A person as written in an attendance or apologies list.</summary>
public sealed record PersonDraft(string Name, string? Organisation = null, string? Role = null);

/// <summary>An agenda item: its number as printed, its title, and whether it is withheld from publication.</summary>
public sealed record AgendaItemDraft(string? Number, string Title, bool Exempt = false, string? Minute = null);

/// <summary>An action as recorded: reference as printed, owners, what is to be done, due date (ISO, or yyyy-MM).</summary>
public sealed record ActionDraft(string? Reference, IReadOnlyList<string> Owners, string Text, string? Due = null, string? Item = null);

/// <summary>Something the meeting agreed, approved, adopted, elected or resolved.</summary>
public sealed record DecisionDraft(string Text, string? Item = null);
