using Quorum.Access;
using Quorum.People;

namespace Quorum.Meetings;

/// <summary>
/// A person's attendance at a meeting, with the organisation and role they held at that meeting:
/// people move on, and the record must still read as it did on the day.
/// </summary>
public class Attendance : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Meeting>(MeetingId);

    public int MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public AttendanceStatus Status { get; set; }

    public string? OrganisationName { get; set; }

    /// <summary>Role as recorded at the meeting, e.g. "Chair", "Secretary", "Presenter".</summary>
    public string? Role { get; set; }
}
