using Quorum.Access;

namespace Quorum.Meetings;

/// <summary>A place where meetings are held.</summary>
public class Location : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Shared;

    public required string Name { get; set; }

    public string? Address { get; set; }
}
