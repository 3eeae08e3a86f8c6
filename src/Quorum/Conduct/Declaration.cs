using Quorum.Access;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Conduct;

/// <summary>The kinds of interest a member declares, as the model code of conduct names them.</summary>
public enum InterestKind
{
    /// <summary>
    /// A disclosable pecuniary interest (Localism Act 2011 s.30, the 2012 Regulations): the member
    /// takes no part in the discussion or the vote (s.31(4)).
    /// </summary>
    DisclosablePecuniary,

    /// <summary>An interest the code of conduct asks members to register, other than a pecuniary one.</summary>
    OtherRegistrable,

    /// <summary>An interest declared at the meeting that no register holds.</summary>
    NonRegistrable,
}

/// <summary>A member's declaration of an interest in an agenda item, made at the meeting.</summary>
public class Declaration : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<AgendaItem>(AgendaItemId);

    public int MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public int AgendaItemId { get; set; }

    public AgendaItem? AgendaItem { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public InterestKind Kind { get; set; }

    /// <summary>The nature of the interest in the member's words ("My wife is a governor of the school").</summary>
    public string Nature { get; set; } = "";

    /// <summary>The member left the room while the item was discussed.</summary>
    public bool LeftTheRoom { get; set; }

    /// <summary>The member took no part in the discussion or the vote.</summary>
    public bool TookNoPart { get; set; }

    /// <summary>A declaration that bars the member from moving, seconding or voting on the item.</summary>
    public bool BarsVoting => Kind == InterestKind.DisclosablePecuniary || LeftTheRoom || TookNoPart;

    public static string Label(InterestKind kind) => kind switch
    {
        InterestKind.DisclosablePecuniary => "Disclosable pecuniary interest",
        InterestKind.OtherRegistrable => "Other registrable interest",
        _ => "Non-registrable interest",
    };

    /// <summary>The declaration as the minutes record it.</summary>
    public string Describe(string personName)
    {
        var label = Label(Kind).ToLowerInvariant();
        var text = $"{personName} declared {(label.StartsWith('o') ? "an" : "a")} {label}: {Nature.TrimEnd('.')}.";
        if (LeftTheRoom)
            text += " They left the room during the item.";
        else if (TookNoPart)
            text += " They took no part in the discussion or the vote.";
        return text;
    }
}
