namespace Quorum.People;

/// <summary>An employer or member organisation: a county council, a government department, a company.</summary>
public class Organisation : Entity
{
    public required string Name { get; set; }

    public string? ShortName { get; set; }

    public string? Website { get; set; }

    public List<Person> People { get; set; } = [];
}
