namespace Quorum.Import.Tests;

/// <summary>Tests that time the readers run alone, not beside the other import tests on the same two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedCollection
{
    public const string Name = "Timed reading";
}
