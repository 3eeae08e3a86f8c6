using Quorum.People;

namespace Quorum.Applications;

/// <summary>One product's row of the matrix: the name most entries give it, and each organisation's entry.</summary>
public sealed record ProductRow(string Product, string ProductKey, IReadOnlyDictionary<int, Application> ByOrganisation)
{
    /// <summary>How many of the organisations run it.</summary>
    public int Organisations => ByOrganisation.Count;

    public bool OfferedAsSharedService => ByOrganisation.Values.Any(a => a.OfferedAsSharedService);
}

/// <summary>
/// Applications (rows) by organisation (columns): which partners run the same product, read from
/// entries loaded with their organisations. Products run by most organisations come first.
/// </summary>
public sealed record ApplicationMatrix(IReadOnlyList<Organisation> Organisations, IReadOnlyList<ProductRow> Rows)
{
    public static ApplicationMatrix Of(IEnumerable<Application> applications)
    {
        var entries = applications.ToList();
        var organisations = entries.Select(a => a.Organisation!).DistinctBy(o => o.Id)
            .OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var rows = entries.GroupBy(a => a.ProductKey)
            .Select(g => new ProductRow(
                // The spelling most entries use; on a tie, the first in alphabetical order.
                g.GroupBy(a => a.Product).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key,
                g.Key,
                // One entry per organisation and product in a catalogue; across catalogues, the first saved.
                g.GroupBy(a => a.OrganisationId).ToDictionary(o => o.Key, o => o.OrderBy(a => a.Id).First())))
            .OrderByDescending(r => r.Organisations).ThenBy(r => r.Product, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new ApplicationMatrix(organisations, rows);
    }
}
