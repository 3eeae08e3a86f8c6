namespace Quorum;

/// <summary>
/// A record Quorum keeps. <see cref="Version"/> rises with every save and is the concurrency
/// token behind the API's ETags, so that a stale edit is refused rather than silently applied.
/// </summary>
public abstract class Entity
{
    public int Id { get; set; }

    public long Version { get; set; }

    /// <summary>When the record was first saved (UTC); open data reports it as <c>created</c>.</summary>
    public DateTime Created { get; set; }

    /// <summary>When the record was last saved (UTC); open data harvesters ask for what changed since.</summary>
    public DateTime Modified { get; set; }
}
