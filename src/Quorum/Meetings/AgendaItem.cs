using Quorum.Access;
using Quorum.People;

namespace Quorum.Meetings;

/// <summary>A numbered item on a meeting's agenda (`3`, `3.1`), optionally nested under another.</summary>
public class AgendaItem : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Meeting>(MeetingId);

    public int MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public int? ParentId { get; set; }

    public AgendaItem? Parent { get; set; }

    public List<AgendaItem> Children { get; set; } = [];

    /// <summary>Order among the item's siblings, from 1.</summary>
    public int Position { get; set; }

    /// <summary>The number as shown ("3.1"); imported items keep the number as printed.</summary>
    public string Number { get; set; } = "";

    public required string Title { get; set; }

    public List<Person> Presenters { get; set; } = [];

    /// <summary>What the item is for; the matters-arising item lists the open actions of earlier meetings.</summary>
    public AgendaItemKind Kind { get; set; }

    public bool IsMattersArising => Kind == AgendaItemKind.MattersArising;

    public Minute? Minute { get; set; }

    /// <summary>Set when the item is withheld from publication.</summary>
    public Exemption? Exemption { get; private set; }

    /// <summary>Kept as a column of its own so the visibility filter can test it cheaply.</summary>
    public bool IsExempt { get; private set; }

    public void MarkExempt(Exemption exemption)
    {
        if (string.IsNullOrWhiteSpace(exemption.Ground))
            throw new DomainException("Choose the ground on which the item is exempt.");
        Exemption = exemption;
        IsExempt = true;
    }

    public void ClearExemption()
    {
        Exemption = null;
        IsExempt = false;
    }
}

/// <summary>What an agenda item is for: most are ordinary business; one may be where earlier meetings' open actions are taken.</summary>
public enum AgendaItemKind
{
    Ordinary,

    /// <summary>Matters arising: the item under which the open actions of earlier meetings are reviewed.</summary>
    MattersArising,
}
