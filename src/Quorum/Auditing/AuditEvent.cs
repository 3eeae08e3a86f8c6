namespace Quorum.Auditing;

/// <summary>
/// One change to one record: who, when, what, and the values before and after (JSON).
/// Written by <see cref="Data.QuorumDb"/> on every save; never edited.
/// </summary>
public class AuditEvent
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public required string Actor { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// <summary>Created, Updated or Deleted.</summary>
    public required string Change { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
