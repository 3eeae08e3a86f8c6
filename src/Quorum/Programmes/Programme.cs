using Quorum.Access;
using Quorum.Bodies;

namespace Quorum.Programmes;

/// <summary>A programme (for example a county partnership) overseen by a body, its programme board.</summary>
public class Programme : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Body>(BodyId);

    public int BodyId { get; set; }

    public Body? Body { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public List<Workstream> Workstreams { get; set; } = [];
}
