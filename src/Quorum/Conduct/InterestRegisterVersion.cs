using Quorum.Access;
using Quorum.People;

namespace Quorum.Conduct;

/// <summary>
/// The categories of disclosable pecuniary interest in the Schedule to the Relevant Authorities
/// (Disclosable Pecuniary Interests) Regulations 2012 (SI 2012/1464).
/// </summary>
public enum InterestCategory
{
    /// <summary>Any employment, office, trade, profession or vocation carried on for profit or gain.</summary>
    Employment,

    /// <summary>Payment or other financial benefit towards the member's expenses or election expenses.</summary>
    Sponsorship,

    /// <summary>A contract for goods, services or works between the authority and the member or a body they have an interest in.</summary>
    Contracts,

    /// <summary>A beneficial interest in land within the authority's area.</summary>
    Land,

    /// <summary>A licence to occupy land in the authority's area for a month or longer.</summary>
    Licences,

    /// <summary>A tenancy where the landlord is the authority and the tenant a body the member has an interest in.</summary>
    CorporateTenancies,

    /// <summary>A beneficial interest in securities of a body with a place of business or land in the authority's area.</summary>
    Securities,
}

/// <summary>Whose interest it is: the 2012 Regulations cover the member and their spouse or partner.</summary>
public enum InterestHolder
{
    Member,
    SpouseOrPartner,
}

/// <summary>
/// One dated version of a member's register of interests, kept by the body (the council) on which
/// they sit. A change to the register is a new version; earlier versions stay as they were. The
/// public sees the published versions of a public body's members.
/// </summary>
public class InterestRegisterVersion : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Bodies.Body>(BodyId);

    public int BodyId { get; set; }

    public Bodies.Body? Body { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>The day the register took this form (the member's notification of the change).</summary>
    public DateOnly EffectiveFrom { get; set; }

    /// <summary>When the version was published; until then only the body's clerks and the member see it.</summary>
    public DateOnly? PublishedOn { get; set; }

    public List<RegisteredInterest> Interests { get; set; } = [];

    public static string Label(InterestCategory category) => category switch
    {
        InterestCategory.Employment => "Employment, office, trade, profession or vocation",
        InterestCategory.Sponsorship => "Sponsorship",
        InterestCategory.Contracts => "Contracts",
        InterestCategory.Land => "Land",
        InterestCategory.Licences => "Licences",
        InterestCategory.CorporateTenancies => "Corporate tenancies",
        _ => "Securities",
    };
}

/// <summary>
/// An entry in a register of interests. A sensitive interest (one whose disclosure could expose the
/// member or someone connected with them to violence or intimidation, Localism Act 2011 s.32) is
/// withheld from the published register: others see only that an interest in its category is withheld.
/// </summary>
public class RegisteredInterest : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<InterestRegisterVersion>(RegisterVersionId);

    public int RegisterVersionId { get; set; }

    public InterestRegisterVersion? RegisterVersion { get; set; }

    public InterestCategory Category { get; set; }

    public InterestHolder Holder { get; set; }

    public string Description { get; set; } = "";

    public bool IsSensitive { get; set; }
}
