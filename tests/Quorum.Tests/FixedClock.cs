namespace Quorum.Tests;

/// <summary>A clock that always says the same moment, so that dates in messages and records can be asserted exactly.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
