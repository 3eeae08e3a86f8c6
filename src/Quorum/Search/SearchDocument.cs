namespace Quorum.Search;

/// <summary>
/// One record as the full-text index sees it: its kind and id, the body and date it is filtered
/// by, and the words it is found by. The index only ever answers "which records might match";
/// what is shown is read from the records themselves, through the visibility rule.
/// </summary>
public class SearchDocument
{
    public int Id { get; set; }

    /// <summary>One of <see cref="SearchKinds"/>.</summary>
    public required string Kind { get; set; }

    public int RecordId { get; set; }

    public int? BodyId { get; set; }

    public DateOnly? Date { get; set; }

    public string Title { get; set; } = "";

    public string Text { get; set; } = "";
}

/// <summary>What can be searched for.</summary>
public static class SearchKinds
{
    public const string Minute = "minute";
    public const string AgendaItem = "item";
    public const string Decision = "decision";
    public const string Action = "action";
    public const string Paper = "paper";
    public const string Person = "person";

    public static readonly IReadOnlyList<(string Kind, string Label)> All =
    [
        (Minute, "Minutes"), (AgendaItem, "Agenda items"), (Decision, "Decisions"), (Action, "Actions"), (Paper, "Papers"), (Person, "People"),
    ];

    public static bool IsKnown(string? kind) => All.Any(k => k.Kind == kind);
}
