using Quorum.Access;

namespace Quorum.Bodies;

/// <summary>A name a body was known by before it was renamed.</summary>
public class FormerName : IOwned
{
    Owner IOwned.Owner => Owner.Of<Body>(BodyId);

    public int Id { get; set; }

    public int BodyId { get; set; }

    public required string Name { get; set; }

    public DateOnly? From { get; set; }

    /// <summary>The day the new name took effect.</summary>
    public DateOnly Until { get; set; }
}
