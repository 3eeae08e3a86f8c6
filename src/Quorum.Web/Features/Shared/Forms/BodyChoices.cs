using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;

namespace Quorum.Web.Features.Shared.Forms;

/// <summary>
/// The bodies a filter offers to choose from. Beyond a few hundred a list is too long to use, and a
/// national deployment's fifteen thousand would make every filtered page megabytes long: the body's
/// short name is typed instead (<c>_BodyFilter.cshtml</c> shows one or the other).
/// </summary>
public static class BodyChoices
{
    public const int MaxListed = 300;

    /// <summary>The bodies the viewer may see, by name, or null when there are too many to list.</summary>
    public static async Task<IReadOnlyList<SelectListItem>?> ListAsync(QuorumDb db, CancellationToken cancellationToken = default)
    {
        var bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.Name).Take(MaxListed + 1)
            .Select(b => new SelectListItem(b.Name, b.ShortName)).ToListAsync(cancellationToken);
        return bodies.Count > MaxListed ? null : bodies;
    }
}
