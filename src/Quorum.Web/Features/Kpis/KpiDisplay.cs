using System.Globalization;
using Quorum.Kpis;

namespace Quorum.Web.Features.Kpis;

/// <summary>How a measure's figures read on a page and in a paper.</summary>
public static class KpiDisplay
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A figure with its unit: 92.5%, £1,250, 3.5 days.</summary>
    public static string Figure(decimal value, string unit)
    {
        var number = value.ToString("#,##0.####", British);
        return unit switch
        {
            "%" => number + "%",
            "£" => value < 0 ? "-£" + number[1..] : "£" + number,
            _ when unit.StartsWith('£') => $"£{number}{unit[1..]}",
            _ => $"{number} {unit}",
        };
    }

    /// <summary>A figure for a form field: no grouping, invariant decimal point.</summary>
    public static string Plain(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Direction(KpiDirection direction) => direction == KpiDirection.HigherIsBetter ? "Higher is better" : "Lower is better";

    /// <summary>What the target means in words: "at least 90%" or "at most 3 days".</summary>
    public static string Target(Kpi kpi) => $"{(kpi.Direction == KpiDirection.HigherIsBetter ? "at least" : "at most")} {Figure(kpi.Target, kpi.Unit)}";

    /// <summary>The amber band in words.</summary>
    public static string Tolerance(Kpi kpi)
    {
        if (kpi.Tolerance == 0)
            return "None: anything short of the target is red";
        var (edge, way) = kpi.Direction == KpiDirection.HigherIsBetter ? (kpi.Target - kpi.Tolerance, "down to") : (kpi.Target + kpi.Tolerance, "up to");
        return $"{Figure(kpi.Tolerance, kpi.Unit)}: amber {way} {Figure(edge, kpi.Unit)}, red beyond";
    }

    /// <summary>Reads a figure as typed: "92.5%", "£1,250", "-3". Null when it is not a number.</summary>
    public static decimal? Read(string? text)
    {
        var plain = (text ?? "").Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal).Trim();
        return decimal.TryParse(plain, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public static IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> DirectionChoices { get; } =
        [.. Enum.GetValues<KpiDirection>().Select(d => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(Direction(d), d.ToString()))];
}
