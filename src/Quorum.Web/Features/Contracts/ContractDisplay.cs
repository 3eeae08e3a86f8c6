using System.Globalization;
using Quorum.Contracts;

namespace Quorum.Web.Features.Contracts;

/// <summary>How a contract's values and dates read on a page.</summary>
public static class ContractDisplay
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Pounds(decimal? amount) => amount is { } a ? a.ToString("£#,##0.##", British) : "Not known";

    /// <summary>The whole-life value when the viewer may see it, else its band.</summary>
    public static string Value(Contract c) => c.Terms?.WholeLifeValue is { } value
        ? Pounds(value)
        : c.Terms is null ? $"{ValueBands.Label(c.ValueBand)} (band)" : ValueBands.Label(c.ValueBand);

    public static string Months(int? months) => months switch
    {
        null => "Not known",
        0 => "None",
        1 => "1 month",
        _ => $"{months} months",
    };

    public static string Fit(WindowFit fit) => fit switch
    {
        WindowFit.EndsInWindow => "Ends in the window",
        WindowFit.CanBeExtendedIntoWindow => "An extension reaches the window",
        _ => "Outside the window",
    };
}
