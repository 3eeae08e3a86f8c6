using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Quorum.Data;

// ICompiledQueryCache is EF Core's internal service; it is replaced in the tests only, never in Quorum itself.
#pragma warning disable EF1001

namespace Quorum.Tests;

/// <summary>
/// Compiles each query afresh instead of taking it from EF Core's compiled-query cache, which is shared
/// by every context of the process. The visibility rule's filters are folded into a query when it is
/// compiled, and EF Core evaluates there, once, whatever in a filter does not depend on the row or the
/// context. Mutation testing switches the rule's code between tests of one process with just such a
/// condition (<c>IsActive(id) ? mutated : original</c>), so with the cache a test would read the rule as
/// it stood when an earlier test first compiled a query of the same shape.
/// </summary>
internal sealed class FreshlyCompiledQueries : ICompiledQueryCache
{
    public Func<QueryContext, TResult> GetOrAddQuery<TResult>(object cacheKey, Func<Func<QueryContext, TResult>> compiler) =>
        compiler();
}

internal static class FreshlyCompiledQueriesOptions
{
    /// <summary>Every query of the context is compiled when it runs, with the visibility rule as the code now has it.</summary>
    public static DbContextOptionsBuilder<QuorumDb> CompilingEveryQuery(this DbContextOptionsBuilder<QuorumDb> options) =>
        options.ReplaceService<ICompiledQueryCache, FreshlyCompiledQueries>();
}
