using Quorum.Access;
using Quorum.Bodies;
using Quorum.People;
using Quorum.Programmes;

namespace Quorum.Kpis;

/// <summary>Which way a measure improves.</summary>
public enum KpiDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>
/// A strategic key performance indicator, kept in the register of the body whose member
/// organisations report against it (a CIO council): what it measures, in what unit, which way is
/// better, the target and how far short of it still counts as amber. Each organisation reports a
/// value a quarter, <see cref="KpiValue"/>.
/// </summary>
public class Kpi : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Body>(BodyId);

    /// <summary>The body that keeps the register: its clerks edit it, its members see a restricted measure.</summary>
    public int BodyId { get; set; }

    public Body? Body { get; set; }

    public required string Name { get; set; }

    /// <summary>How the figure is worked out, so that every organisation counts the same way.</summary>
    public string? Definition { get; set; }

    /// <summary>What the figure counts: "%", "days", "£ per head".</summary>
    public required string Unit { get; set; }

    public KpiDirection Direction { get; set; }

    public decimal Target { get; set; }

    /// <summary>How far on the wrong side of the target a value may fall and still be amber, in the measure's unit (0: no amber band).</summary>
    public decimal Tolerance { get; set; }

    /// <summary>The measure and its values are for the members of <see cref="Body"/> only.</summary>
    public bool Restricted { get; set; }

    public List<KpiValue> Values { get; set; } = [];

    /// <summary>Red, amber or green for <paramref name="value"/> against this measure's target.</summary>
    public Rag RagOf(decimal value) => KpiRag.Of(value, Target, Tolerance, Direction);

    /// <summary>Whether <paramref name="a"/> is a better result than <paramref name="b"/> on this measure.</summary>
    public bool IsBetter(decimal a, decimal b) => Direction == KpiDirection.HigherIsBetter ? a > b : a < b;
}

/// <summary>One organisation's value of a measure for one quarter; a second value for the same quarter replaces it.</summary>
public class KpiValue : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Kpi>(KpiId);

    public int KpiId { get; set; }

    public Kpi? Kpi { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>The quarter, written as <see cref="Quarter"/> writes it (2025-Q3) so that it sorts in time order.</summary>
    public required string Period { get; set; }

    public decimal Value { get; set; }

    /// <summary>What a reader should know about the figure ("two weeks of the quarter estimated").</summary>
    public string? Note { get; set; }
}

/// <summary>The red, amber, green rule of a measure: green at or better than the target, amber within the tolerance, red beyond it.</summary>
public static class KpiRag
{
    public static Rag Of(decimal value, decimal target, decimal tolerance, KpiDirection direction)
    {
        // How far the value falls short of the target, whichever way is better.
        var shortfall = direction == KpiDirection.HigherIsBetter ? target - value : value - target;
        return shortfall <= 0 ? Rag.Green : shortfall <= Math.Abs(tolerance) ? Rag.Amber : Rag.Red;
    }
}
