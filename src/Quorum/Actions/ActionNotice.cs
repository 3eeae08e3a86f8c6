using System.Globalization;

namespace Quorum.Actions;

/// <summary>What to tell an action's owners about a save that raised or changed it, and who made the change (not told).</summary>
public sealed class ActionNotice(int? byPersonId, string? byName)
{
    public bool Raised { get; set; }

    /// <summary>One sentence per change, as the owners read it.</summary>
    public List<string> Changes { get; } = [];

    /// <summary>The person who made the change: an owner who did is not told of it.</summary>
    public int? ByPersonId { get; } = byPersonId;

    /// <summary>The changer's name as others see it; null when Quorum itself made the change (an import by an operator).</summary>
    public string? ByName { get; } = byName;

    public bool IsEmpty => !Raised && Changes.Count == 0;

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>Everyone who owns the action after the change, but the person who made it.</summary>
    public IEnumerable<People.Person> ToTell(ActionItem action) =>
        action.Owners.Where(o => o.Id != ByPersonId && !string.IsNullOrWhiteSpace(o.Email)).DistinctBy(o => o.Id);
}

/// <summary>A change to an action: any field left null stays as it is.</summary>
public sealed record ActionChange
{
    public string? Text { get; init; }

    public DateOnly? DueDate { get; init; }

    /// <summary>True to take the due date away (a null <see cref="DueDate"/> leaves it as it is).</summary>
    public bool RemoveDueDate { get; init; }

    /// <summary>The owners after the change (replacing those before), when given.</summary>
    public IReadOnlyCollection<People.Person>? Owners { get; init; }

    public ActionStatus? Status { get; init; }

    /// <summary>What was reported; recorded as a dated update with any change of status.</summary>
    public string? Note { get; init; }

    /// <summary>The meeting at which the update was given, if any.</summary>
    public Meetings.Meeting? AtMeeting { get; init; }
}
