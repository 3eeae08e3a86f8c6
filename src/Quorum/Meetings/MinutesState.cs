namespace Quorum.Meetings;

/// <summary>
/// The minutes' lifecycle: none → draft → circulated → approved (by a later meeting, then frozen) → published.
/// </summary>
public enum MinutesState
{
    None,
    Draft,
    Circulated,
    Approved,
    Published,
}
