using System.Globalization;

namespace Quorum.Web.Features.Shared.Forms;

/// <summary>
/// The three boxes of a GOV.UK date input. Kept as text so that "31/02/2026" comes back to the
/// form as typed, with a message, rather than being rejected by the model binder.
/// </summary>
public sealed class DateInput
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateInput From(DateOnly? date) => date is { } d
        ? new DateInput { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateInput();

    /// <summary>Reads the date, or explains in words what is wrong with it.</summary>
    public bool TryRead(string what, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (IsEmpty)
            return true;
        if (!int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            error = $"{what} must include a day, month and year, in numbers";
            return false;
        }

        if (year is < 1900 or > 2200)
        {
            error = $"{what} must have a year with 4 numbers, like 2026";
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = month is >= 1 and <= 12
                ? $"{what} must be a real date: {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {DateTime.DaysInMonth(year, month)} days"
                : $"{what} must be a real date: the month must be from 1 to 12";
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
