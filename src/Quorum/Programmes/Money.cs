using System.Globalization;

namespace Quorum.Programmes;

/// <summary>
/// An amount of money in pounds (or another currency), or "to be agreed". A sum not yet agreed is
/// a state of its own, never a zero.
/// </summary>
public sealed record Money
{
    public decimal? Amount { get; init; }

    public string Currency { get; init; } = "GBP";

    public bool IsToBeAgreed => Amount is null;

    public static Money ToBeAgreed { get; } = new();

    public static Money Pounds(decimal amount) => new() { Amount = amount };

    /// <summary>Reads "£12,500", "12500", "tba", "to be agreed"; anything else is refused.</summary>
    public static bool TryParse(string? text, out Money money)
    {
        money = ToBeAgreed;
        var t = (text ?? "").Trim().ToLowerInvariant();
        if (t is "" or "tba" or "tbc" or "to be agreed" or "to be confirmed" or "tbd")
            return true;
        t = t.Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
        var multiplier = 1m;
        if (t.EndsWith('k'))
        {
            multiplier = 1000m;
            t = t[..^1];
        }
        else if (t.EndsWith('m'))
        {
            multiplier = 1_000_000m;
            t = t[..^1];
        }

        if (!decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0)
            return false;
        money = Pounds(amount * multiplier);
        return true;
    }

    public override string ToString() => Amount is { } a
        ? (Currency == "GBP" ? a.ToString("£#,##0.##", CultureInfo.GetCultureInfo("en-GB")) : $"{a.ToString("#,##0.##", CultureInfo.InvariantCulture)} {Currency}")
        : "To be agreed";
}
