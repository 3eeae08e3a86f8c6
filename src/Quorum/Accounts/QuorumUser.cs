using Microsoft.AspNetCore.Identity;

namespace Quorum.Accounts;

/// <summary>A sign-in. Linked to the <see cref="People.Person"/> whose memberships decide what it may see and edit.</summary>
public class QuorumUser : IdentityUser
{
    public int? PersonId { get; set; }

    public People.Person? Person { get; set; }

    public bool IsAdministrator { get; set; }

    /// <summary>Set for accounts given a one-time password: the first sign-in must choose a new one.</summary>
    public bool MustChangePassword { get; set; }
}
