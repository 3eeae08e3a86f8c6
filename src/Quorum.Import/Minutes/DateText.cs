using System.Globalization;
using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Finds dates in minutes as people write them: "THURSDAY 7TH JANUARY 2010", "8th January 2009",
/// "March 14, 2024", "2015-07-01", "31/03/09" (day first, as in the UK, unless the month cannot be one, "3/15/2016", or the document writes
/// month first: see <see cref="WritesMonthFirst(string)"/>), "15-Mar-16". A date without a year
/// takes <c>defaultYear</c>; an impossible day gives a mention with a null date, never a guess.
/// </summary>
public static partial class DateText
{
    private const string MonthWords = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private const string Month = "(?<m>" + MonthWords + ")";
    // The second month of a range, which the date does not take.
    private const string OtherMonth = "(?:" + MonthWords + ")";
    private const string Weekday = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<mo>\d{1,2})-(?<d>\d{1,2})\b")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"(?<![\d/.])(?<d>\d{1,2})[/.](?<mo>\d{1,2})[/.](?<y>\d{4}|\d{2})(?![\d/]|\.\d)")]
    private static partial Regex NumericPattern();

    // "15-Mar-2016", "15-Mar-16": the short form spreadsheets and action logs print.
    [GeneratedRegex(@"\b(?<d>\d{1,2})-" + Month + @"-(?<y>(?:19|20)\d{2}|\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DashedPattern();

    // "5thth December", "5th th December" (a PDF's superscript): an ordinal suffix typed twice still ends the day's number.
    // "the 4th day of June, 2024" and "June the 4th": the long forms of formal minutes and notices.
    // "30 March – 1 April 2022": a meeting over days of two months gives its first day, in the year written at the end.
    [GeneratedRegex(@"\b" + Weekday + @"(?<d>\d{1,2})(?:(?:st|nd|rd|th)(?:\s?(?:st|nd|rd|th)\b)?)?(?:\s*[-–&]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:(?:day\s+)?of\s+)?" + Month + @"\b\.?(?:\s*[-–]\s*" + Weekday + @"\d{1,2}(?:st|nd|rd|th)?\s+" + OtherMonth + @"\b\.?)?(?:,?\s+(?<y>(?:19|20)\d{2})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthPattern();

    // "November 27th - November 28th, 2018", "March 30 – April 1, 2022": the same, month first.
    [GeneratedRegex(@"\b" + Weekday + Month + @"\b\.?\s+(?:the\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:\s*[-–]\s*(?:" + Weekday + OtherMonth + @"\b\.?\s+)?\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?<y>(?:19|20)\d{2})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayPattern();

    [GeneratedRegex(@"\b" + Month + @"\b\.?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYearPattern();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex YearPattern();

    /// <summary>All day-precise dates in <paramref name="text"/>, in order of appearance.</summary>
    public static List<DateMention> FindAll(string text, int? defaultYear, bool includeMonthOnly = false, bool monthFirst = false)
    {
        var found = new List<DateMention>();
        var taken = new List<(int Start, int End)>();
        void Add(Match match, DateMention? mention)
        {
            if (mention is null || taken.Any(t => match.Index < t.End && t.Start < match.Index + match.Length))
                return;
            taken.Add((match.Index, match.Index + match.Length));
            found.Add(mention);
        }

        foreach (Match m in IsoPattern().Matches(text))
            Add(m, Make(m, int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["mo"].Value), int.Parse(m.Groups["d"].Value), true));
        foreach (Match m in NumericPattern().Matches(text))
        {
            var (day, month) = (int.Parse(m.Groups["d"].Value), int.Parse(m.Groups["mo"].Value));
            // "3/15/2016": a month of 15 cannot be, so the minutes write the month first, as in the United States.
            if ((month > 12 || monthFirst) && day <= 12)
                (day, month) = (month, day);
            Add(m, Make(m, FullYear(m), month, day, true));
        }

        foreach (Match m in DashedPattern().Matches(text))
            Add(m, Make(m, FullYear(m), MonthNumber(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value), true));

        foreach (Match m in DayMonthPattern().Matches(text))
            Add(m, FromNamedMonth(m, defaultYear));
        foreach (Match m in MonthDayPattern().Matches(text))
            Add(m, FromNamedMonth(m, defaultYear));
        if (includeMonthOnly)
        {
            foreach (Match m in MonthYearPattern().Matches(text))
            {
                var month = MonthNumber(m.Groups["m"].Value);
                var year = int.Parse(m.Groups["y"].Value);
                Add(m, new DateMention(m.Value, m.Index, new DateOnly(year, month, 1), true, false, year, month, 0));
            }
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    public static DateMention? FindFirst(string text, int? defaultYear, bool monthFirst = false) => FindAll(text, defaultYear, monthFirst: monthFirst).FirstOrDefault();

    /// <summary>
    /// Whether the minutes in <paramref name="lines"/> write their figures month first: decided once for the whole document,
    /// so that its meeting date, its next meetings and its actions' due dates are all read the same way.
    /// </summary>
    public static bool WritesMonthFirst(IReadOnlyList<TextLine> lines) => WritesMonthFirst(string.Join('\n', lines.Take(2000).Select(l => l.Text)));

    /// <summary>
    /// Whether <paramref name="document"/> writes a date in figures month first, as in the United States, so that "4/9/2018" is
    /// 9 April. Its figures that can be read one way only ("3/15/2016", "15/3/2016") say so. Without those, its other dates do:
    /// minutes speak of days near their own ("the May 14 meeting", "on Nov 9, tomorrow"), so the reading that falls nearer the
    /// dates written in words is the one meant; with none of those, day first.
    /// </summary>
    public static bool WritesMonthFirst(string document)
    {
        var (dayFirst, monthFirst) = (0, 0);
        var ambiguous = new List<Match>();
        foreach (Match m in NumericPattern().Matches(document))
        {
            var (first, second) = (int.Parse(m.Groups["d"].Value), int.Parse(m.Groups["mo"].Value));
            if (first > 12 && second is >= 1 and <= 12)
                dayFirst++;
            else if (second is > 12 and <= 31 && first is >= 1 and <= 12)
                monthFirst++;
            else if (first is >= 1 and <= 12 && second is >= 1 and <= 12 && first != second)
                ambiguous.Add(m);
        }

        if (dayFirst + monthFirst > 0)
            return monthFirst > dayFirst;
        var wordedIn = new Dictionary<int, List<DateOnly>>();
        foreach (var m in ambiguous)
        {
            var (first, second, year) = (int.Parse(m.Groups["d"].Value), int.Parse(m.Groups["mo"].Value), FullYear(m));
            if (year is < 1900 or > 2100)
                continue;
            if (!wordedIn.TryGetValue(year, out var worded))
            {
                worded = FindAll(document, year).Where(w => w.Date is not null && !ambiguous.Any(a => a.Index == w.Index)).Select(w => w.Date!.Value).ToList();
                wordedIn[year] = worded;
            }

            if (worded.Count == 0)
                continue;
            int Nearest(DateOnly reading) => worded.Min(w => Math.Abs(w.DayNumber - reading.DayNumber));
            var (asDayFirst, asMonthFirst) = (Nearest(new DateOnly(year, second, first)), Nearest(new DateOnly(year, first, second)));
            if (asMonthFirst < asDayFirst)
                monthFirst++;
            else if (asDayFirst < asMonthFirst)
                dayFirst++;
        }

        return monthFirst > dayFirst;
    }

    /// <summary>The first four-digit year in the text, if any.</summary>
    public static int? FindYear(string text)
    {
        var match = YearPattern().Match(text);
        return match.Success ? int.Parse(match.Value) : null;
    }

    // "31/03/09", "15-Mar-16", "6/19/96": a year of two digits is read as calendars read it, up to 49 this
    // century's and from 50 the last (minutes of 1996 are not of 2096).
    private static int FullYear(Match match) =>
        CultureInfo.InvariantCulture.Calendar.ToFourDigitYear(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture));

    private static DateMention? FromNamedMonth(Match match, int? defaultYear)
    {
        var hasYear = match.Groups["y"].Success;
        if (!hasYear && defaultYear is null)
            return null;
        var year = hasYear ? int.Parse(match.Groups["y"].Value) : defaultYear!.Value;
        var mention = Make(match, year, MonthNumber(match.Groups["m"].Value), int.Parse(match.Groups["d"].Value), hasYear);
        return mention;
    }

    private static DateMention? Make(Match match, int year, int month, int day, bool hasYear)
    {
        // Numbers that cannot be a day and month at all are not a date; 31/02 is a date that does not exist.
        if (month is < 1 or > 12 || day is < 1 or > 31 || year is < 1900 or > 2100)
            return null;
        if (day > DateTime.DaysInMonth(year, month))
            return Invalid(match, year, month, day, hasYear);
        return new DateMention(match.Value.Trim(), match.Index, new DateOnly(year, month, day), hasYear, true, year, month, day);
    }

    private static DateMention Invalid(Match match, int year, int month, int day, bool hasYear) =>
        new(match.Value.Trim(), match.Index, null, hasYear, true, year, month, day);

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };
}
