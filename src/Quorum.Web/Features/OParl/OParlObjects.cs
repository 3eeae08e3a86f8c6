using System.Text.Json;
using System.Text.Json.Serialization;

namespace Quorum.Web.Features.OParl;

/// <summary>What every OParl 1.1 object carries; a withdrawn one carries only this, with <c>deleted: true</c>.</summary>
public abstract class OParlObject
{
    [JsonPropertyOrder(-2)]
    public required string Id { get; init; }

    [JsonPropertyOrder(-1)]
    public string Type => $"https://schema.oparl.org/1.1/{GetType().Name[..^"Object".Length]}";

    public DateTime? Created { get; init; }

    public DateTime? Modified { get; init; }

    public string? Web { get; init; }

    public bool? Deleted { get; init; }
}

public sealed class SystemObject : OParlObject
{
    public required string OparlVersion { get; init; }

    public required string Body { get; init; }

    public string? Name { get; init; }

    public string? Website { get; init; }

    public string? Vendor { get; init; }

    public string? Product { get; init; }

    public string? License { get; init; }

    public string? ContactEmail { get; init; }

    public string? ContactName { get; init; }
}

public sealed class BodyObject : OParlObject
{
    public string? System { get; init; }

    public string? Name { get; init; }

    public string? ShortName { get; init; }

    public string? Website { get; init; }

    public string? License { get; init; }

    public string? ContactEmail { get; init; }

    public string? ContactName { get; init; }

    public string? Classification { get; init; }

    public string? Organization { get; init; }

    public string? Person { get; init; }

    public string? Meeting { get; init; }

    public string? Paper { get; init; }

    public string? AgendaItem { get; init; }

    public string? File { get; init; }

    public string? LocationList { get; init; }

    public string? LegislativeTermList { get; init; }

    public string? Membership { get; init; }

    public IReadOnlyList<LegislativeTermObject>? LegislativeTerm { get; init; }
}

public sealed class LegislativeTermObject : OParlObject
{
    public string? Name { get; init; }
}

public sealed class OrganizationObject : OParlObject
{
    public string? Body { get; init; }

    public string? Name { get; init; }

    public string? ShortName { get; init; }

    public string? OrganizationType { get; init; }

    public string? Classification { get; init; }

    public string? SubOrganizationOf { get; init; }

    public IReadOnlyList<string>? Membership { get; init; }

    public string? Meeting { get; init; }
}

public sealed class PersonObject : OParlObject
{
    public string? Body { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<string>? Status { get; init; }

    public IReadOnlyList<MembershipObject>? Membership { get; init; }
}

public sealed class MembershipObject : OParlObject
{
    public string? Person { get; init; }

    public string? Organization { get; init; }

    public string? Role { get; init; }

    public bool? VotingRight { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }
}

public sealed class MeetingObject : OParlObject
{
    public string? Name { get; init; }

    public string? MeetingState { get; init; }

    public bool? Cancelled { get; init; }

    public DateTimeOffset? Start { get; init; }

    public DateTimeOffset? End { get; init; }

    public LocationObject? Location { get; init; }

    public IReadOnlyList<string>? Organization { get; init; }

    public IReadOnlyList<string>? Participant { get; init; }

    public FileObject? ResultsProtocol { get; init; }

    public FileObject? VerbatimProtocol { get; init; }

    public IReadOnlyList<FileObject>? AuxiliaryFile { get; init; }

    public IReadOnlyList<AgendaItemObject>? AgendaItem { get; init; }
}

public sealed class AgendaItemObject : OParlObject
{
    public string? Meeting { get; init; }

    public string? Number { get; init; }

    public int? Order { get; init; }

    public string? Name { get; init; }

    public bool? Public { get; init; }

    /// <summary>The consultation of the first public paper taken under the item (OParl allows the item one).</summary>
    public string? Consultation { get; init; }

    /// <summary>What the item's substantive motion came to ("Carried as amended"); a public item's only.</summary>
    public string? Result { get; init; }

    public IReadOnlyList<FileObject>? AuxiliaryFile { get; init; }
}

public sealed class PaperObject : OParlObject
{
    public string? Body { get; init; }

    public string? Name { get; init; }

    public DateOnly? Date { get; init; }

    public string? PaperType { get; init; }

    public FileObject? MainFile { get; init; }

    public IReadOnlyList<FileObject>? AuxiliaryFile { get; init; }

    public IReadOnlyList<ConsultationObject>? Consultation { get; init; }
}

/// <summary>A paper considered at an agenda item: Quorum's papers sit under one item each, so it has the paper's id.</summary>
public sealed class ConsultationObject : OParlObject
{
    public string? Paper { get; init; }

    public string? AgendaItem { get; init; }

    public string? Meeting { get; init; }

    public IReadOnlyList<string>? Organization { get; init; }

    /// <summary>Whether a decision on the paper was taken at the item (a recorded decision or a motion's result).</summary>
    public bool? Authoritative { get; init; }

    public string? Role { get; init; }
}

public sealed class FileObject : OParlObject
{
    public string? Name { get; init; }

    public string? FileName { get; init; }

    public string? MimeType { get; init; }

    public DateOnly? Date { get; init; }

    public long? Size { get; init; }

    public string? Sha512Checksum { get; init; }

    public string? AccessUrl { get; init; }

    public string? DownloadUrl { get; init; }

    public IReadOnlyList<string>? Meeting { get; init; }

    public IReadOnlyList<string>? AgendaItem { get; init; }

    public IReadOnlyList<string>? Paper { get; init; }
}

public sealed class LocationObject : OParlObject
{
    public string? Description { get; init; }

    public string? StreetAddress { get; init; }

    public IReadOnlyList<string>? Meetings { get; init; }
}

/// <summary>A page of an object list: <c>data</c>, <c>pagination</c> and <c>links</c> (with <c>next</c> on every page but the last).</summary>
public sealed record OParlList<T>(IReadOnlyList<T> Data, OParlPagination Pagination, OParlLinks Links);

public sealed record OParlPagination(int ElementsPerPage);

public sealed record OParlLinks(string First, string Self, string? Next);

public static class OParlJson
{
    /// <summary>camelCase, absent rather than null, dates in ISO 8601 with their offset.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
