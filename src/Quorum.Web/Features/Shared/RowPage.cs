using Microsoft.EntityFrameworkCore;

namespace Quorum.Web.Features.Shared;

/// <summary>
/// One page of a list the HTML pages show a page at a time, with previous and next links instead
/// of a count of pages: knowing whether a page follows costs one row more, counting them all
/// costs reading the whole list.
/// </summary>
/// <param name="Rows">The page's rows, in the list's order.</param>
/// <param name="Number">The page's number, from 1: the number asked for, brought within the list's reach.</param>
/// <param name="HasMore">Whether another page follows this one.</param>
public sealed record RowPage<T>(IReadOnlyList<T> Rows, int Number, bool HasMore)
{
    public bool HasPrevious => Number > 1;

    /// <summary>The same page with each row turned into what the page shows.</summary>
    public RowPage<TOut> Select<TOut>(Func<T, TOut> map) => new([.. Rows.Select(map)], Number, HasMore);

    /// <summary>The model of the <c>_PreviousNext</c> partial: links to the pages either side that exist.</summary>
    /// <param name="label">The navigation's accessible name, e.g. "Pages of bodies".</param>
    /// <param name="pageUrl">The list's address with another page number (and the same filters).</param>
    public (string Label, string? Previous, string? Next) PreviousNext(string label, Func<int, string> pageUrl) =>
        (label, HasPrevious ? pageUrl(Number - 1) : null, HasMore ? pageUrl(Number + 1) : null);
}

/// <summary>Reading a <see cref="RowPage{T}"/> of a query.</summary>
public static class RowPage
{
    /// <summary>No rows, on page 1: what a page shows before it has read its list.</summary>
    public static RowPage<T> Empty<T>() => new([], 1, false);

    /// <summary>
    /// The deepest page number of <paramref name="size"/> rows a list can be read at: the rows
    /// skipped before it are counted in an <see cref="int"/>, so a deeper number would overflow.
    /// </summary>
    public static int Deepest(int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        // In long: a page of one row could be page int.MaxValue, and one more would wrap round.
        return (int)Math.Min((int.MaxValue / size) + 1L, int.MaxValue);
    }

    /// <summary>
    /// The page number of <c>?page=</c>, or null when there is none or it is no number. Read by
    /// hand: Razor Pages' own route value is called "page", and model binding would read that.
    /// </summary>
    public static int? NumberAskedIn(HttpRequest request) =>
        int.TryParse(request.Query["page"], out var number) ? number : null;

    /// <summary>
    /// Reads page <paramref name="number"/> of <paramref name="query"/>, which must already be
    /// ordered as the list is shown (with a last key that tells every row apart, or rows could
    /// repeat or go missing between pages). The number is brought within 1 to
    /// <see cref="Deepest"/>, not refused: the number comes from a link a visitor may have edited,
    /// and a page past the end is shown empty with a link back.
    /// </summary>
    public static async Task<RowPage<T>> ReadPageAsync<T>(this IQueryable<T> query, int? number, int size, CancellationToken cancellationToken = default)
    {
        var within = Math.Clamp(number ?? 1, 1, Deepest(size));
        // One row more than the page tells whether another page follows, without counting the list.
        var rows = await query.Skip((within - 1) * size).Take(size + 1).ToListAsync(cancellationToken);
        var hasMore = rows.Count > size;
        if (hasMore)
            rows.RemoveAt(size);
        return new RowPage<T>(rows, within, hasMore);
    }
}
