using Quorum.People;
using Quorum.Programmes;

namespace Quorum.Kpis;

/// <summary>An organisation's place on a measure in one quarter: its rank (shared on a tie), figure and RAG; no rank when it reported nothing.</summary>
public sealed record KpiStanding(int? Rank, Organisation Organisation, KpiValue? Value, Rag? Rag);

/// <summary>
/// The organisations ranked on a measure in one quarter, best first whichever way the measure
/// improves. Organisations that reported in earlier quarters but not in this one come last, unranked.
/// </summary>
public sealed record KpiBenchmark(Kpi Kpi, Quarter? Period, IReadOnlyList<KpiStanding> Standings)
{
    /// <summary>The latest quarter any organisation reported a value for, from the measure's <see cref="Kpi.Values"/> (read with their organisations).</summary>
    public static Quarter? LatestPeriod(Kpi kpi) =>
        kpi.Values.Count == 0 ? null : kpi.Values.Select(v => Quarter.Parse(v.Period)).Max();

    /// <summary>Ranks the organisations on <paramref name="period"/>, or on the latest quarter reported when it is null.</summary>
    public static KpiBenchmark Of(Kpi kpi, Quarter? period = null)
    {
        period ??= LatestPeriod(kpi);
        var key = period?.ToString();
        var reported = kpi.Values.Where(v => v.Period == key).ToList();
        var ordered = kpi.Direction == KpiDirection.HigherIsBetter
            ? reported.OrderByDescending(v => v.Value)
            : reported.OrderBy(v => v.Value);
        var standings = new List<KpiStanding>();
        foreach (var value in ordered.ThenBy(v => v.Organisation?.Name, StringComparer.Ordinal))
        {
            // Competition ranking: equal figures share a place, and the next place is skipped (1, 2, 2, 4).
            var rank = standings.Count > 0 && standings[^1].Value!.Value == value.Value ? standings[^1].Rank : standings.Count + 1;
            standings.Add(new KpiStanding(rank, value.Organisation!, value, kpi.RagOf(value.Value)));
        }

        var missing = kpi.Values.Where(v => v.Organisation is not null).Select(v => v.Organisation!)
            .DistinctBy(o => o.Id).Where(o => reported.All(v => v.OrganisationId != o.Id)).OrderBy(o => o.Name, StringComparer.Ordinal);
        standings.AddRange(missing.Select(o => new KpiStanding(null, o, null, null)));
        return new KpiBenchmark(kpi, period, standings);
    }
}
