namespace Quorum.Actions;

/// <summary>Where an action stands. Done, dropped and superseded actions are closed.</summary>
public enum ActionStatus
{
    Open,
    InProgress,
    Done,
    Dropped,
    Superseded,
}
