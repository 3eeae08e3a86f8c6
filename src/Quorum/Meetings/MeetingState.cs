namespace Quorum.Meetings;

/// <summary>Where a meeting stands. A rescheduled meeting links to its replacement.</summary>
public enum MeetingState
{
    Scheduled,
    Held,
    Cancelled,
    Postponed,
    Rescheduled,
}
