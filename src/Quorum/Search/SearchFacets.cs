using System.Globalization;

namespace Quorum.Search;

/// <summary>
/// The filters as words of the full-text index, so that the index answers "this word, in this body,
/// of this kind, in these months" itself instead of handing over every document with the word to be
/// filtered afterwards (seconds for a common word in a national archive). Every document carries
/// <c>b{body} k{kind}</c> and, when dated, <c>c{century} e{decade} y{year} m{year}{month}</c> in a
/// column of its own (SQLite's "Facets", PostgreSQL's "FacetVector"; both are derived by the
/// database from the document's columns, see the SearchFacets migration). Words searched for are
/// never matched against that column.
/// </summary>
public static class SearchFacets
{
    // Dates outside these years are not expected in a governance archive; a range is clipped to them.
    private static readonly DateOnly Earliest = new(1000, 1, 1);
    private static readonly DateOnly Latest = new(2999, 12, 31);

    public static string Body(int bodyId) => string.Create(CultureInfo.InvariantCulture, $"b{bodyId}");

    public static string Kind(string kind) => $"k{kind}";

    /// <summary>
    /// The fewest century, decade, year and month words whose documents together are those dated in
    /// the months from <paramref name="from"/> to <paramref name="to"/>, whole months: the first and
    /// last month are then cut to the day by the exact date test that follows. Empty when neither
    /// date is given.
    /// </summary>
    public static IReadOnlyList<string> Dates(DateOnly? from, DateOnly? to)
    {
        if (from is null && to is null)
            return [];
        var first = from is { } f && f > Earliest ? f : Earliest;
        var last = to is { } t && t < Latest ? t : Latest;
        var words = new List<string>();
        // Months counted from year 0, so that a century, decade or year starts where the count divides evenly.
        for (int month = (first.Year * 12) + first.Month - 1, end = (last.Year * 12) + last.Month - 1; month <= end;)
        {
            var span = new[] { 1200, 120, 12, 1 }.First(s => month % s == 0 && month + s - 1 <= end);
            var year = month / 12;
            words.Add(span switch
            {
                1200 => string.Create(CultureInfo.InvariantCulture, $"c{year / 100}"),
                120 => string.Create(CultureInfo.InvariantCulture, $"e{year / 10}"),
                12 => string.Create(CultureInfo.InvariantCulture, $"y{year}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"m{year}{(month % 12) + 1:00}"),
            });
            month += span;
        }

        return words;
    }
}
