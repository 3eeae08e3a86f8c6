using Quorum.Access;
using Quorum.Bodies;
using Quorum.People;
using Quorum.Programmes;

namespace Quorum.Projects;

/// <summary>How far an ICT project has come.</summary>
public enum ProjectStage
{
    Idea,
    BusinessCase,
    Delivery,
    Closed,
}

/// <summary>
/// A member organisation's ICT project, kept in the listing of the body whose members share it (a
/// CIO council), so that partners can spot work they could do together; linked to a programme
/// workstream where the work is part of one.
/// </summary>
public class Project : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Body>(BodyId);

    /// <summary>The body that keeps the listing: its clerks edit it.</summary>
    public int BodyId { get; set; }

    public Body? Body { get; set; }

    /// <summary>The member organisation whose project it is.</summary>
    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public ProjectStage Stage { get; set; }

    /// <summary>The budget in pounds; null when not known.</summary>
    public decimal? Budget { get; set; }

    public Rag Rag { get; set; }

    /// <summary>The programme workstream the project is part of, where there is one.</summary>
    public int? WorkstreamId { get; set; }

    public Workstream? Workstream { get; set; }
}
