using Quorum.Access;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Actions;

/// <summary>
/// A body's numbered action (<c>LG CIO 03/05</c>), raised at a meeting under an item, owned by one
/// or more people, carried from meeting to meeting under matters arising until it is closed.
/// (Named ActionItem because System.Action is taken.)
/// </summary>
public class ActionItem : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Bodies.Body>(BodyId);

    public int BodyId { get; set; }

    public Bodies.Body? Body { get; set; }

    public int MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    /// <summary>
    /// The date of <see cref="Meeting"/>, kept on the action so that the tracker lists actions
    /// newest meeting first, and counts them, from the actions alone. Every save keeps it in step
    /// with the meeting's date (<see cref="ActionRegister.KeepMeetingCopiesAsync"/>).
    /// </summary>
    public DateOnly MeetingDate { get; set; }

    /// <summary>
    /// Whether the minutes of <see cref="Meeting"/> are published, kept on the action beside its
    /// date so that the tracker's walk of the actions' index passes the newest meetings' unpublished
    /// actions without looking each meeting up (some thousands of lookups a page at a million
    /// meetings). The visibility rule still asks the meeting: the copy only narrows, so a stale one
    /// could hide an action but never show one. Kept in step as <see cref="MeetingDate"/> is.
    /// </summary>
    public bool MinutesPublished { get; set; }

    public int? AgendaItemId { get; set; }

    public AgendaItem? AgendaItem { get; set; }

    /// <summary>Order among the actions raised at the same meeting, from 1.</summary>
    public int Sequence { get; set; }

    /// <summary>The reference as issued, e.g. "LG CIO 03/05" or "Action 01"; never reissued.</summary>
    public string Reference { get; set; } = "";

    /// <summary>The reference as printed in imported minutes, kept when numbering again; null when Quorum numbers it. Not stored.</summary>
    public string? PrintedReference { get; set; }

    public string Text { get; set; } = "";

    public DateOnly? DueDate { get; set; }

    public ActionStatus Status { get; private set; } = ActionStatus.Open;

    /// <summary>The meeting at which the action was closed, when it was closed at one.</summary>
    public int? ClosedAtMeetingId { get; private set; }

    public Meeting? ClosedAtMeeting { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public int? DecisionId { get; set; }

    /// <summary>The programme workstream the action belongs to, shown on the workstream's page.</summary>
    public int? WorkstreamId { get; set; }

    public Programmes.Workstream? Workstream { get; set; }

    public List<Person> Owners { get; set; } = [];

    public List<ActionUpdate> Updates { get; set; } = [];

    public bool IsClosed => Status is ActionStatus.Done or ActionStatus.Dropped or ActionStatus.Superseded;

    public bool IsOverdueOn(DateOnly day) => !IsClosed && DueDate is { } due && due < day;

    /// <summary>
    /// Records what was said about the action and, optionally, a new status. Closing it at a
    /// meeting (done, dropped, superseded) records that meeting.
    /// </summary>
    public ActionUpdate RecordUpdate(string? text, ActionStatus? newStatus, DateOnly on, string recordedBy, DateTime recordedAt, Meeting? atMeeting = null)
    {
        text = text?.Trim() ?? "";
        if (text.Length == 0 && (newStatus is null || newStatus == Status))
            throw new DomainException($"Say what was reported on action {Reference}, or change its status.");
        if (IsClosed && newStatus is not (ActionStatus.Open or ActionStatus.InProgress))
            throw new DomainException($"Action {Reference} is already {Describe(Status)}: reopen it to record more.");

        var update = new ActionUpdate
        {
            On = on,
            RecordedAt = recordedAt,
            RecordedBy = recordedBy,
            Meeting = atMeeting,
            MeetingId = atMeeting is { Id: > 0 } ? atMeeting.Id : null,
            Text = text,
            StatusFrom = newStatus is null || newStatus == Status ? null : Status,
            StatusTo = newStatus is null || newStatus == Status ? null : newStatus,
        };
        if (update.StatusTo is { } to)
        {
            Status = to;
            if (IsClosed)
            {
                ClosedOn = on;
                ClosedAtMeeting = atMeeting;
                ClosedAtMeetingId = atMeeting is { Id: > 0 } ? atMeeting.Id : null;
            }
            else
            {
                ClosedOn = null;
                ClosedAtMeeting = null;
                ClosedAtMeetingId = null;
            }
        }

        Updates.Add(update);
        return update;
    }

    public static string Describe(ActionStatus status) => status switch
    {
        ActionStatus.InProgress => "in progress",
        _ => status.ToString().ToLowerInvariant(),
    };
}
