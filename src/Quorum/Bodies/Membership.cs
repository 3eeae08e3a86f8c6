using Quorum.Access;
using Quorum.People;

namespace Quorum.Bodies;

/// <summary>A person's seat on a body, in a role, for a period.</summary>
public class Membership : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Body>(BodyId);

    public int BodyId { get; set; }

    public Body? Body { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public MembershipRole Role { get; set; } = MembershipRole.Member;

    public DateOnly? From { get; set; }

    public DateOnly? Until { get; set; }

    public bool IsCurrentOn(DateOnly day) =>
        (From is null || From <= day) && (Until is null || Until >= day);
}
