using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Quorum.Kpis;

/// <summary>A calendar quarter, the period a measure's values are reported for: written 2025-Q3 (July to September 2025).</summary>
public readonly partial record struct Quarter(int Year, int Number) : IComparable<Quarter>
{
    public const int EarliestYear = 2000;
    public const int LatestYear = 2100;

    public DateOnly Start => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public Quarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    /// <summary>The quarter <paramref name="day"/> falls in.</summary>
    public static Quarter Of(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    /// <summary>
    /// Reads a quarter as people write it: 2025-Q3, 2025 Q3, Q3 2025 or q3-2025. Refuses a quarter
    /// outside 1–4 and a year outside 2000–2100.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Quarter? quarter)
    {
        quarter = null;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
            return false;
        var year = int.Parse(match.Groups["year"].Success ? match.Groups["year"].Value : match.Groups["year2"].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups["q"].Success ? match.Groups["q"].Value : match.Groups["q2"].Value, CultureInfo.InvariantCulture);
        if (number is < 1 or > 4 || year is < EarliestYear or > LatestYear)
            return false;
        quarter = new Quarter(year, number);
        return true;
    }

    public static Quarter Parse(string text) =>
        TryParse(text, out var quarter) ? quarter.Value : throw new FormatException($"“{text}” is not a quarter like 2025-Q3");

    public int CompareTo(Quarter other) => Year != other.Year ? Year.CompareTo(other.Year) : Number.CompareTo(other.Number);

    public static bool operator <(Quarter a, Quarter b) => a.CompareTo(b) < 0;

    public static bool operator >(Quarter a, Quarter b) => a.CompareTo(b) > 0;

    public static bool operator <=(Quarter a, Quarter b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Quarter a, Quarter b) => a.CompareTo(b) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-Q{Number}");

    /// <summary>The months it covers, in words: "July to September 2025".</summary>
    public string Months => $"{Start.ToString("MMMM", CultureInfo.GetCultureInfo("en-GB"))} to {End.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}";

    [GeneratedRegex(@"^(?:(?<year>\d{4})\s*[-/ ]?\s*Q(?<q>\d)|Q(?<q2>\d)\s*[-/ ]?\s*(?<year2>\d{4}))$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
