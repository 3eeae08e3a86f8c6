namespace Quorum.Meetings;

/// <summary>A place where meetings are held.</summary>
public class Location : Entity
{
    public required string Name { get; set; }

    public string? Address { get; set; }
}
