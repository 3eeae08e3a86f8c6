using Quorum.Access;

namespace Quorum.People;

/// <summary>
/// Someone who sits on, attends or reports to a body. A person need not have a sign-in.
/// </summary>
public class Person : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Shared;

    public required string FullName { get; set; }

    /// <summary>Job title, e.g. "Chief Information Officer".</summary>
    public string? JobTitle { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public int? OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>
    /// The person agreed to their name and seats being published as open data (OParl). Without it
    /// they appear in no open-data answer, though Quorum's own pages still show them.
    /// </summary>
    public bool ConsentsToPublication { get; set; }

    public List<Bodies.Membership> Memberships { get; set; } = [];

    /// <summary>Initials used in minutes ("JC" for Jos Creese).</summary>
    public string Initials =>
        string.Concat(FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(part => char.IsLetter(part[0]))
            .Select(part => char.ToUpperInvariant(part[0])));
}
