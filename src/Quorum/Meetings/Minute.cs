using Quorum.Access;

namespace Quorum.Meetings;

/// <summary>
/// The record of discussion under one agenda item, in Markdown. Kept apart from the item so that
/// the visibility rule can show an agenda while withholding minutes that are not yet published.
/// </summary>
public class Minute : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<AgendaItem>(AgendaItemId);

    public int AgendaItemId { get; set; }

    public AgendaItem? AgendaItem { get; set; }

    public string Text { get; set; } = "";
}
