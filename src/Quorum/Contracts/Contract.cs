using Quorum.Access;
using Quorum.Bodies;
using Quorum.People;

namespace Quorum.Contracts;

/// <summary>How a contract was let: the Transparency Code asks whether it followed an invitation to quote or a published invitation to tender.</summary>
public enum ProcurementRoute
{
    NotKnown,
    InvitationToQuote,
    PublishedInvitationToTender,
    FrameworkCallOff,
    DirectAward,
}

/// <summary>Where a contract stands on a given day.</summary>
public enum ContractState
{
    NotStarted,
    Current,

    /// <summary>Past its end date, though an extension could still have been taken.</summary>
    Ended,
}

/// <summary>
/// A member organisation's contract, kept in the register of the body whose members share them
/// (a CIO council), so that partners can see when a shared service could start. Its commercial
/// details (the sums) are a record of their own, <see cref="ContractTerms"/>, which the visibility
/// rule can withhold while the rest of the contract stays public.
/// </summary>
public class Contract : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Body>(BodyId);

    /// <summary>The body that keeps the register: its clerks edit it, its members see restricted details.</summary>
    public int BodyId { get; set; }

    public Body? Body { get; set; }

    /// <summary>The member organisation that holds the contract.</summary>
    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>The organisation's own reference number for the contract.</summary>
    public string? Reference { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>The department of the organisation responsible for it.</summary>
    public string? Department { get; set; }

    /// <summary>What it buys, in the register's words ("Hosting", "Telephony"): the alignment view compares contracts of one category.</summary>
    public required string Category { get; set; }

    public required string SupplierName { get; set; }

    /// <summary>The supplier's Companies House number, where known (8 characters: 01234567, SC123456).</summary>
    public string? SupplierCompanyNumber { get; set; }

    /// <summary>The supplier is a small or medium-sized enterprise.</summary>
    public bool SupplierIsSme { get; set; }

    /// <summary>The supplier is a voluntary or community sector organisation.</summary>
    public bool SupplierIsVcse { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public DateOnly? ReviewDate { get; set; }

    /// <summary>How many months the contract may still be extended by, in all (0: no extension).</summary>
    public int ExtensionMonths { get; set; }

    /// <summary>How many months' notice ending (or not extending) the contract needs; null when not known.</summary>
    public int? NoticeMonths { get; set; }

    /// <summary>Who manages the contract for the organisation.</summary>
    public string? ManagedBy { get; set; }

    public ProcurementRoute ProcurementRoute { get; set; }

    /// <summary>Where the contract's notice is published (Contracts Finder, Find a Tender).</summary>
    public string? NoticeUrl { get; set; }

    /// <summary>The band of the whole-life value, kept with the contract so that the public sees the band when the sums are restricted.</summary>
    public ValueBand ValueBand { get; set; }

    /// <summary>The sums are for the members of <see cref="Body"/> only.</summary>
    public bool CommercialDetailsRestricted { get; set; }

    /// <summary>The sums; null when the viewer may not see them (the visibility rule withholds them).</summary>
    public ContractTerms? Terms { get; set; }

    /// <summary>The last day the contract can run to, if every extension is taken.</summary>
    public DateOnly LatestEndDate => EndDate.AddMonths(ExtensionMonths);

    /// <summary>The last day on which notice can be given so that the contract ends on its end date; null when the notice period is not known.</summary>
    public DateOnly? NoticeBy => NoticeMonths is { } months ? EndDate.AddMonths(-months) : null;

    public ContractState StateOn(DateOnly day) =>
        day < StartDate ? ContractState.NotStarted : day <= EndDate ? ContractState.Current : ContractState.Ended;

    /// <summary>Whether the notice date has passed on <paramref name="day"/>, so the contract will run to its end date (or be extended).</summary>
    public bool NoticeHasPassedOn(DateOnly day) => NoticeBy is { } by && day > by;
}

/// <summary>
/// The commercial details of a contract: the sum to be paid over its length, the estimated annual
/// value and the VAT that cannot be recovered, in pounds. Withheld from all but the register's
/// members when the contract says so.
/// </summary>
public class ContractTerms : IOwned
{
    Owner IOwned.Owner => Owner.Of<Contract>(ContractId);

    public int ContractId { get; set; }

    public Contract? Contract { get; set; }

    public decimal? WholeLifeValue { get; set; }

    public decimal? AnnualValue { get; set; }

    public decimal? IrrecoverableVat { get; set; }
}
