using Quorum.Access;

namespace Quorum.Meetings;

/// <summary>
/// A correction to approved minutes: who made it, when, why, and the minute's text before and
/// after. Approved minutes change only this way, and the amendment is shown with them.
/// </summary>
public class MinutesAmendment : IOwned
{
    Owner IOwned.Owner => Owner.Of<Meeting>(MeetingId);

    public int Id { get; set; }

    public int MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public int AgendaItemId { get; set; }

    public AgendaItem? AgendaItem { get; set; }

    public required string Reason { get; set; }

    public required string Before { get; set; }

    public required string After { get; set; }

    public required string AmendedBy { get; set; }

    public DateTime AmendedAt { get; set; }
}
