using Quorum.Access;
using Quorum.Meetings;

namespace Quorum.Decisions;

/// <summary>
/// What a meeting agreed ("It was agreed to change the name of this group to Local CIO Council"),
/// numbered in its body's series.
/// </summary>
public class Decision : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Bodies.Body>(BodyId);

    public int BodyId { get; set; }

    public Bodies.Body? Body { get; set; }

    public int MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public int? AgendaItemId { get; set; }

    public AgendaItem? AgendaItem { get; set; }

    /// <summary>The decision's number in the body's series, from 1.</summary>
    public int Number { get; set; }

    public string Text { get; set; } = "";

    /// <summary>When the decision renames its body: the new name.</summary>
    public string? RenamesBodyTo { get; set; }

    /// <summary>Set once the rename has been applied to the body.</summary>
    public DateOnly? RenameAppliedOn { get; set; }

    /// <summary>Agreed at an informal (inquorate) meeting: a recommendation for a quorate meeting to take, not a decision.</summary>
    public bool IsRecommendation { get; set; }

    /// <summary>The motion carried that became this decision, when the minutes record one.</summary>
    public Conduct.Motion? Motion { get; set; }

    public List<Actions.ActionItem> Actions { get; set; } = [];

    /// <summary>The programme workstream the decision concerns, shown on the workstream's page.</summary>
    public int? WorkstreamId { get; set; }

    public Programmes.Workstream? Workstream { get; set; }
}
