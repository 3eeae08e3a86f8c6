using System.Globalization;

namespace Quorum.Web.Features.Programmes;

/// <summary>Reads a milestone's target as people write it in status reports: a day, or a month.</summary>
public static class MilestoneTarget
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static bool TryRead(string? text, out DateOnly target, out bool isMonth)
    {
        target = default;
        isMonth = false;
        var t = (text ?? "").Trim();
        if (DateOnly.TryParseExact(t, ["d/M/yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd"], British, DateTimeStyles.None, out target))
            return true;
        if (DateOnly.TryParseExact(t, ["MMMM yyyy", "MMM yyyy", "M/yyyy", "yyyy-MM"], British, DateTimeStyles.None, out target))
        {
            isMonth = true;
            return true;
        }

        return false;
    }
}
