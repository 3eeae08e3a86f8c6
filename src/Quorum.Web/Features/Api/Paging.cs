using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Web.Features.Shared;

namespace Quorum.Web.Features.Api;

/// <summary>A page of a list: <c>{items, page, pageSize, total, hasMore, next}</c>.</summary>
/// <param name="Page">The page's number, counted from the start of the list; null on a page reached by <c>after</c>.</param>
/// <param name="Total">How many items the list holds when that is at most <see cref="PageQuery.MostCounted"/>; null when there are more.</param>
/// <param name="HasMore">Whether another page follows this one.</param>
/// <param name="Next">The next page (this request with <c>after</c> set), or null on the last page.</param>
public sealed record Paged<T>(IReadOnlyList<T> Items, int? Page, int PageSize, int? Total, bool HasMore, string? Next)
{
    public Paged<TOut> Select<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Page, PageSize, Total, HasMore, Next);
}

/// <summary>
/// How much of a list to read: <c>pageSize</c> (1–100, default 20), and where to start: <c>after</c>,
/// the opaque cursor of a page's <c>next</c> link, or <c>page</c> (from 1), which reads and skips
/// every row before the page and so grows slower the deeper it goes.
/// </summary>
public sealed record PageQuery(int? Page, int? PageSize, string? After, HttpContext HttpContext)
{
    /// <summary>
    /// The most items counted for <c>total</c>: counting reads every row through the visibility
    /// rule, so a list longer than this answers <c>total: null</c> and is followed by <c>next</c>.
    /// </summary>
    public const int MostCounted = 1000;

    internal const string BadCursor = "after must be the cursor of a next link of this list; start again from the first page";

    public int Number => Page ?? 1;

    public int Size => PageSize ?? 20;

    public Dictionary<string, string[]>? Problems()
    {
        var problems = new Dictionary<string, string[]>();
        // The API refuses a page the HTML lists would bring within reach: a program asking for it
        // has a mistake to learn of, where a visitor has only edited a link.
        var deepest = RowPage.Deepest(Math.Clamp(Size, 1, 100));
        if (Number < 1)
            problems["page"] = ["page starts at 1"];
        else if (Number > deepest)
            problems["page"] = [$"page can be at most {deepest} at this pageSize"];
        if (Page is not null && After is not null)
            problems["after"] = ["Give page or after, not both"];
        else if (After is not null && string.IsNullOrWhiteSpace(After))
            problems["after"] = [BadCursor];
        if (Size is < 1 or > 100)
            problems["pageSize"] = ["pageSize must be from 1 to 100"];
        return problems.Count == 0 ? null : problems;
    }

    /// <summary>
    /// Reads the page of <paramref name="query"/> (ordered as the list is shown) that this request
    /// asks for. A bad cursor is refused as invalid input (400).
    /// </summary>
    /// <param name="countThrough">
    /// Where the list's count may be kept (given the count afresh, it answers the count), for a list
    /// whose count is the same for many requests; by default it is counted afresh each time.
    /// </param>
    public async Task<Paged<TOut>> ApplyAsync<TIn, TOut>(IQueryable<TIn> query, Func<TIn, TOut> map, Func<Func<Task<int>>, Task<int>>? countThrough = null)
    {
        var db = HttpContext.RequestServices.GetRequiredService<QuorumDb>();
        var order = KeysetOrder<TIn>.Of(query);
        var rows = order.Unordered;
        if (After is not null)
            rows = order.After(rows, Read(After, order.KeyTypes), nullsLargest: db.Database.IsNpgsql());
        var ordered = order.Order(rows);
        if (Page is not null)
            ordered = ordered.Skip((Number - 1) * Size);
        List<TIn> items;
        if (order.Id() is { } idOf)
        {
            // The page's ids first, then its rows by id: walking the order reads only the keys
            // (which an index can hold), so the database stops after the page instead of sorting
            // every row with all it includes; the includes are then read for the page's rows only.
            var ids = await ordered.Take(Size + 1).Select(idOf).ToListAsync(HttpContext.RequestAborted);
            items = order.InOrderOf(await order.WithIds(order.Unordered, ids).ToListAsync(HttpContext.RequestAborted), ids);
        }
        else
        {
            items = await ordered.Take(Size + 1).ToListAsync(HttpContext.RequestAborted);
        }

        var hasMore = items.Count > Size;
        if (hasMore)
            items.RemoveAt(Size);

        // At most one more than counted, so the cost stays the same however long the history.
        Task<int> CountAfresh() => order.Unordered.Take(MostCounted + 1).CountAsync(HttpContext.RequestAborted);
        var counted = await (countThrough is null ? CountAfresh() : countThrough(CountAfresh));
        string? next = null;
        if (hasMore)
        {
            var place = await order.Same(order.Unordered, items[^1]).Select(order.Place()).SingleAsync(HttpContext.RequestAborted);
            next = NextLink(Write(place));
        }

        return new Paged<TOut>([.. items.Select(map)], After is null ? Number : null, Size, counted > MostCounted ? null : counted, hasMore, next);
    }

    // Cursors are sealed by Data Protection: they show nothing of the row they point at (a
    // clerk's next link pasted into an e-mail tells nobody the date of a private meeting), and a
    // cursor of another list, or altered, is refused.
    private IDataProtector Protector() => HttpContext.RequestServices.GetRequiredService<IDataProtectionProvider>()
        .CreateProtector("Quorum.Api.Cursor", (HttpContext.Request.Path.Value ?? "").TrimEnd('/').ToLowerInvariant());

    private string Write(object?[] place) => Protector().Protect(JsonSerializer.Serialize(place));

    private List<object?> Read(string cursor, IReadOnlyList<Type> types)
    {
        try
        {
            using var json = JsonDocument.Parse(Protector().Unprotect(cursor));
            var values = json.RootElement.EnumerateArray().ToList();
            if (values.Count != types.Count)
                throw new FormatException();
            return [.. values.Select((v, i) => v.Deserialize(types[i]))];
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new InvalidInputException(new Dictionary<string, string> { ["after"] = BadCursor });
        }
    }

    private string NextLink(string cursor)
    {
        var request = HttpContext.Request;
        var query = request.Query
            .Where(p => !p.Key.Equals("page", StringComparison.OrdinalIgnoreCase) && !p.Key.Equals("after", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"after={Uri.EscapeDataString(cursor)}");
        return $"{request.PathBase}{request.Path}?{string.Join('&', query)}";
    }
}
