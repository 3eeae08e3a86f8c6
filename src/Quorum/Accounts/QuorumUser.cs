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

    /// <summary>
    /// The secret in the address of this person's private calendar feed. Kept readable (not hashed)
    /// because the account page shows the address again; resetting it cuts off every old copy.
    /// </summary>
    public string? CalendarFeedToken { get; private set; }

    /// <summary>Issues a new calendar address, so that the old one stops working.</summary>
    public string ResetCalendarFeedToken()
    {
        CalendarFeedToken = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))
            .Replace('+', '-').Replace('/', '_');
        return CalendarFeedToken;
    }
}
