using Quorum.Access;

namespace Quorum.Actions;

/// <summary>
/// One dated entry in an action's history: what was said about it, by whom, at which meeting
/// (usually under matters arising), and any change of status.
/// </summary>
public class ActionUpdate : IOwned
{
    Owner IOwned.Owner => Owner.Of<ActionItem>(ActionItemId);

    public int Id { get; set; }

    public int ActionItemId { get; set; }

    public ActionItem? ActionItem { get; set; }

    /// <summary>The day the update was made (the meeting's date when recorded at a meeting).</summary>
    public DateOnly On { get; set; }

    /// <summary>When it was recorded in Quorum.</summary>
    public DateTime RecordedAt { get; set; }

    public string RecordedBy { get; set; } = "";

    public int? MeetingId { get; set; }

    public Meetings.Meeting? Meeting { get; set; }

    public string Text { get; set; } = "";

    public ActionStatus? StatusFrom { get; set; }

    public ActionStatus? StatusTo { get; set; }
}
