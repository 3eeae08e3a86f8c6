using Microsoft.EntityFrameworkCore;
using Quorum.Conduct;
using Quorum.Data;

namespace Quorum.Access;

/// <summary>What the public is told in place of a sensitive interest: that one in its category is withheld.</summary>
public sealed record WithheldInterest(int RegisterVersionId, InterestCategory Category);

/// <summary>
/// Lists the sensitive interests of registers the viewer sees but may not read, so a page can say
/// "Land: an interest is withheld (sensitive)" in their place. Part of the visibility rule: it reads
/// past the filter and returns the register and the category, nothing else (Localism Act 2011 s.32).
/// </summary>
public static class WithheldInterests
{
    public static async Task<IReadOnlyList<WithheldInterest>> ForVersionsAsync(QuorumDb db, IReadOnlyCollection<int> versionIds, CancellationToken cancellationToken = default)
    {
        // Read first: IgnoreQueryFilters would lift the filter from a subquery too.
        var versions = await db.InterestRegisterVersions.Where(v => versionIds.Contains(v.Id)).Select(v => v.Id).ToListAsync(cancellationToken);
        var visible = await db.RegisteredInterests.Where(r => versions.Contains(r.RegisterVersionId)).Select(r => r.Id).ToListAsync(cancellationToken);
        return await db.RegisteredInterests.IgnoreQueryFilters()
            .Where(r => versions.Contains(r.RegisterVersionId) && r.IsSensitive && !visible.Contains(r.Id))
            .OrderBy(r => r.Id)
            .Select(r => new WithheldInterest(r.RegisterVersionId, r.Category))
            .ToListAsync(cancellationToken);
    }
}
