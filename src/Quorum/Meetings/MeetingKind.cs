namespace Quorum.Meetings;

/// <summary>How a meeting is held.</summary>
public enum MeetingKind
{
    Ordinary,
    Extraordinary,
    Workshop,
    ConferenceCall,
}
