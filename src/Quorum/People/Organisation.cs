using Quorum.Access;

namespace Quorum.People;

/// <summary>An employer or member organisation: a county council, a government department, a company.</summary>
public class Organisation : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Shared;

    public required string Name { get; set; }

    public string? ShortName { get; set; }

    public string? Website { get; set; }

    public List<Person> People { get; set; } = [];
}
