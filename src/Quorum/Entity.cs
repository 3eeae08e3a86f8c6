namespace Quorum;

/// <summary>
/// A record Quorum keeps. <see cref="Version"/> rises with every save and is the concurrency
/// token behind the API's ETags, so that a stale edit is refused rather than silently applied.
/// </summary>
public abstract class Entity
{
    public int Id { get; set; }

    public long Version { get; set; }
}
