namespace Quorum.Bodies;

/// <summary>What sort of body this is; shown to readers, no rule depends on it.</summary>
public enum BodyKind
{
    Council,
    Committee,
    Board,
    ProgrammeBoard,
    WorkingGroup,
    Group,
}
