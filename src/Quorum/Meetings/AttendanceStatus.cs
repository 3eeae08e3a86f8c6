namespace Quorum.Meetings;

/// <summary>How a person took part in a meeting.</summary>
public enum AttendanceStatus
{
    Present,
    Apologies,
    Absent,

    /// <summary>An officer in attendance who is not a member.</summary>
    InAttendance,

    /// <summary>Someone presenting an item, or a guest.</summary>
    Presenting,
}
