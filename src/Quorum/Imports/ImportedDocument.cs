using Quorum.Access;
using Quorum.Bodies;

namespace Quorum.Imports;

/// <summary>A document already brought into a body, by its SHA-256, so the same file is not imported twice.</summary>
public class ImportedDocument : IOwned
{
    Owner IOwned.Owner => Owner.Of<Body>(BodyId);

    public int Id { get; set; }

    public int BodyId { get; set; }

    public required string Sha256 { get; set; }

    public required string FileName { get; set; }

    public int? MeetingId { get; set; }

    public Meetings.Meeting? Meeting { get; set; }

    public required string ImportedBy { get; set; }

    public DateTime ImportedAt { get; set; }
}

/// <summary>A draft read from an upload, waiting for a clerk to review, correct and save or cancel.</summary>
public class PendingImport : IOwned
{
    Owner IOwned.Owner => Owner.Of<Body>(BodyId);

    public int Id { get; set; }

    public int BodyId { get; set; }

    public Body? Body { get; set; }

    public required string Sha256 { get; set; }

    public required string FileName { get; set; }

    /// <summary>"minutes", or "status" for a programme status table.</summary>
    public string Kind { get; set; } = "minutes";

    /// <summary>For a status table: the programme it goes into.</summary>
    public int? ProgrammeId { get; set; }

    /// <summary>The draft as the reader produced it (import-schema.json).</summary>
    public required string DraftJson { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}
