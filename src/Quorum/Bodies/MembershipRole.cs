namespace Quorum.Bodies;

/// <summary>The part a person plays on a body. A Secretary is the body's clerk and may edit its records.</summary>
public enum MembershipRole
{
    Chair,
    ViceChair,
    Secretary,
    Member,
    Observer,
    CoOpted,
}
