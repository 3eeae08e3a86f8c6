using Quorum.Access;
using Quorum.Bodies;
using Quorum.Contracts;
using Quorum.People;

namespace Quorum.Applications;

/// <summary>Where an application runs.</summary>
public enum Hosting
{
    OnPremises,
    Cloud,
}

/// <summary>
/// One organisation's use of an application product, kept in the catalogue of the body whose
/// members share it (a CIO council), so that partners can see who else runs a product and who
/// offers it as a shared service. How well it serves is a record of its own,
/// <see cref="ApplicationAppraisal"/>, which the visibility rule can withhold while the rest stays public.
/// </summary>
public class Application : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Body>(BodyId);

    /// <summary>The body that keeps the catalogue: its clerks edit it, its members see restricted appraisals.</summary>
    public int BodyId { get; set; }

    public Body? Body { get; set; }

    /// <summary>The member organisation that runs the application.</summary>
    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>The product as the organisation names it ("Civica Revenues").</summary>
    public required string Product { get; set; }

    /// <summary>The product's name compared without case or spacing, so that "who else runs this" finds every spelling.</summary>
    public string ProductKey { get; set; } = "";

    public required string SupplierName { get; set; }

    public string? ProductVersion { get; set; }

    public Hosting Hosting { get; set; }

    /// <summary>The contract in the contracts register the application is bought under, where there is one.</summary>
    public int? ContractId { get; set; }

    public Contract? Contract { get; set; }

    /// <summary>When the licence or subscription is next renewed.</summary>
    public DateOnly? RenewalDate { get; set; }

    /// <summary>How many people use it; null when not known.</summary>
    public int? Users { get; set; }

    /// <summary>The organisation offers to run it for partners.</summary>
    public bool OfferedAsSharedService { get; set; }

    public string? Notes { get; set; }

    /// <summary>The appraisal is for the members of <see cref="Body"/> only.</summary>
    public bool AppraisalRestricted { get; set; }

    /// <summary>How well it serves; null when the viewer may not see it (the visibility rule withholds it).</summary>
    public ApplicationAppraisal? Appraisal { get; set; }
}

/// <summary>
/// How well an application serves its organisation: a satisfaction score from 1 (poor) to 5
/// (excellent) and a comment. A candid view of a supplier's product, withheld from all but the
/// catalogue's members when the application says so.
/// </summary>
public class ApplicationAppraisal : IOwned
{
    Owner IOwned.Owner => Owner.Of<Application>(ApplicationId);

    public int ApplicationId { get; set; }

    public Application? Application { get; set; }

    /// <summary>From 1 (poor) to 5 (excellent); null when not rated.</summary>
    public int? Satisfaction { get; set; }

    public string? Comment { get; set; }
}
