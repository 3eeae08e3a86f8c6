using Quorum.Access;
using Quorum.Meetings;

namespace Quorum.Bodies;

/// <summary>A council, committee, board, group or programme board.</summary>
public class Body : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Body>(Id);

    public const string DefaultTimeZone = "Europe/London";

    public required string Name { get; set; }

    /// <summary>Short name used in lists and URLs, e.g. "LCIOC".</summary>
    public required string ShortName { get; set; }

    /// <summary>Prefix of the body's action references, e.g. "LG CIO" in "LG CIO 03/05".</summary>
    public string ActionPrefix { get; set; } = "";

    public BodyKind Kind { get; set; } = BodyKind.Committee;

    /// <summary>IANA zone in which the body's meetings are held (wall-clock times are stored).</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    public int? ParentBodyId { get; set; }

    public Body? ParentBody { get; set; }

    public List<Body> SubBodies { get; set; } = [];

    /// <summary>How many voting members must be present for the meeting to be quorate; see <see cref="Conduct.QuorumRule"/>.</summary>
    public int? Quorum { get; set; }

    /// <summary>The quorum as a fraction of the voting members ("1/4"), when it is not a fixed number.</summary>
    public string? QuorumFraction { get; set; }

    public Conduct.QuorumRounding QuorumRounding { get; set; }

    /// <summary>The fewest members a fractional quorum may come to ("but not less than three").</summary>
    public int? QuorumMinimum { get; set; }

    /// <summary>The whole number of voting seats as constituted; seats beyond the members in office are vacant.</summary>
    public int? Seats { get; set; }

    public Conduct.QuorumBasis QuorumBasis { get; set; }

    /// <summary>Members who miss this many consecutive held meetings are flagged; null turns the rule off.</summary>
    public int? AbsenceThreshold { get; set; }

    /// <summary>Terms of reference, in Markdown.</summary>
    public string? TermsOfReference { get; set; }

    /// <summary>How the body's action references are written; see <see cref="Actions.ActionReferenceScheme"/>.</summary>
    public string ActionReferenceScheme { get; set; } = Actions.ActionReferenceScheme.Default;

    /// <summary>The items every new agenda starts with, one per line.</summary>
    public string StandingItems { get; set; } = string.Join('\n', DefaultStandingItems);

    /// <summary>
    /// The standing item that is matters arising: on a new agenda it lists the open actions of earlier
    /// meetings. Null when the body's agendas have no such item.
    /// </summary>
    public string? MattersArisingItem { get; set; } = DefaultMattersArisingItem;

    public const string DefaultMattersArisingItem = "Minutes of the previous meeting and matters arising";

    public static readonly IReadOnlyList<string> DefaultStandingItems =
    [
        "Welcome and apologies",
        DefaultMattersArisingItem,
        "Any other business",
        "Date of next meeting",
    ];

    public IEnumerable<string> StandingItemTitles =>
        StandingItems.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A public body's meetings, agendas and published minutes are open to everyone.</summary>
    public bool IsPublic { get; set; } = true;

    public List<FormerName> FormerNames { get; set; } = [];

    public List<Membership> Memberships { get; set; } = [];

    public List<Meeting> Meetings { get; set; } = [];

    /// <summary>
    /// Renames the body, keeping the old name with the dates it was used.
    /// </summary>
    public void Rename(string newName, DateOnly effectiveFrom)
    {
        newName = newName.Trim();
        if (newName.Length == 0)
            throw new DomainException("Enter the body's new name.");
        if (string.Equals(newName, Name, StringComparison.Ordinal))
            throw new DomainException($"The body is already called {Name}.");

        var usedFrom = FormerNames.Count == 0 ? (DateOnly?)null : FormerNames.Max(n => n.Until);
        FormerNames.Add(new FormerName { Name = Name, From = usedFrom, Until = effectiveFrom });
        Name = newName;
    }
}
