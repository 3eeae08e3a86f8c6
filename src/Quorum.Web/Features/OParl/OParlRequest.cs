using System.Globalization;
using System.Text;
using Quorum.Access;

namespace Quorum.Web.Features.OParl;

/// <summary>Absolute URLs of OParl objects and lists, and of Quorum's own pages, for the host that was asked.</summary>
public sealed class OParlUrls(HttpRequest request)
{
    private readonly string root = $"{request.Scheme}://{request.Host}{request.PathBase}";

    public string Site(string path) => root + path;

    public string Api(string path) => $"{root}/oparl/v1/{path}";

    public string System => Api("system");

    public string Bodies => Api("bodies");

    public string Body => Api("body");

    public string Organization(int id) => Api($"organization/{id}");

    public string Person(int id) => Api($"person/{id}");

    public string Membership(int id) => Api($"membership/{id}");

    public string Meeting(int id) => Api($"meeting/{id}");

    public string Minutes(int meetingId) => Api($"meeting/{meetingId}/minutes");

    public string AgendaItem(int id) => Api($"agenda-item/{id}");

    public string Paper(int id) => Api($"paper/{id}");

    public string File(int id) => Api($"file/{id}");

    public string Consultation(int paperId) => Api($"consultation/{paperId}");

    public string Location(int id) => Api($"location/{id}");

    /// <summary>The URL of the object a tombstone stands for.</summary>
    public string Of(string kind, int id) => kind switch
    {
        OpenDataKind.Organization => Organization(id),
        OpenDataKind.Person => Person(id),
        OpenDataKind.Membership => Membership(id),
        OpenDataKind.Meeting => Meeting(id),
        OpenDataKind.AgendaItem => AgendaItem(id),
        OpenDataKind.Paper => Paper(id),
        OpenDataKind.File => File(id),
        _ => Location(id),
    };
}

/// <summary>
/// A list request: <c>limit</c> and the keyset cursor <c>after</c> (an id: pages stay fast at any
/// depth), and the specification's filters <c>created_since</c>, <c>created_until</c>,
/// <c>modified_since</c>, <c>modified_until</c> and <c>omit_internal</c>.
/// </summary>
public sealed record ListQuery(int Limit, int After, DateTime? CreatedSince, DateTime? CreatedUntil, DateTime? ModifiedSince, DateTime? ModifiedUntil, bool OmitInternal)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;

    /// <summary>Withdrawn records are listed to a harvester asking what changed since a time; others see only what is public.</summary>
    public bool ShowsDeleted => ModifiedSince is not null;

    public static (ListQuery? Query, string? Problem) Parse(IQueryCollection query)
    {
        var limit = DefaultLimit;
        var after = 0;
        if (query["limit"] is { Count: > 0 } l && (!int.TryParse(l[0], NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
            return (null, $"limit must be a whole number from 1 to {MaxLimit}.");
        if (query["after"] is { Count: > 0 } a && !int.TryParse(a[0], NumberStyles.None, CultureInfo.InvariantCulture, out after))
            return (null, "after must be the id this page starts after, as given in links.next.");
        DateTime? createdSince = null, createdUntil = null, modifiedSince = null, modifiedUntil = null;
        foreach (var (name, set) in new (string, Action<DateTime>)[]
        {
            ("created_since", v => createdSince = v), ("created_until", v => createdUntil = v),
            ("modified_since", v => modifiedSince = v), ("modified_until", v => modifiedUntil = v),
        })
        {
            if (query[name] is not { Count: > 0 } value)
                continue;
            // ISO 8601 with a zone, as the specification asks; a time without one is read as UTC.
            if (!DateTimeOffset.TryParse(value[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                return (null, $"{name} must be a date and time in ISO 8601, such as 2026-03-12T10:00:00+00:00.");
            set(parsed.UtcDateTime);
        }

        var omit = query["omit_internal"] is { Count: > 0 } o && o[0] is "true" or "1";
        if (query["omit_internal"] is { Count: > 0 } oi && oi[0] is not ("true" or "false" or "1" or "0" or ""))
            return (null, "omit_internal must be true or false.");
        return (new ListQuery(limit, after, createdSince, createdUntil, modifiedSince, modifiedUntil, omit), null);
    }

    /// <summary>The list's URL with this request's filters, starting after <paramref name="after"/> (the first page when null).</summary>
    public string Link(string list, int? after)
    {
        var query = new StringBuilder();
        void Add(string name, string? value)
        {
            if (value is null)
                return;
            query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        static string? Time(DateTime? t) => t?.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        Add("created_since", Time(CreatedSince));
        Add("created_until", Time(CreatedUntil));
        Add("modified_since", Time(ModifiedSince));
        Add("modified_until", Time(ModifiedUntil));
        Add("omit_internal", OmitInternal ? "true" : null);
        Add("limit", Limit == DefaultLimit ? null : Limit.ToString(CultureInfo.InvariantCulture));
        Add("after", after?.ToString(CultureInfo.InvariantCulture));
        return list + query;
    }

    public IQueryable<T> Filter<T>(IQueryable<T> source) where T : Entity
    {
        source = source.Where(e => e.Id > After);
        if (CreatedSince is { } cs)
            source = source.Where(e => e.Created >= cs);
        if (CreatedUntil is { } cu)
            source = source.Where(e => e.Created <= cu);
        if (ModifiedSince is { } ms)
            source = source.Where(e => e.Modified >= ms);
        if (ModifiedUntil is { } mu)
            source = source.Where(e => e.Modified <= mu);
        return source;
    }

    public IQueryable<WithdrawnRecord> Filter(IQueryable<WithdrawnRecord> source)
    {
        source = source.Where(e => e.EntityId > After);
        if (CreatedSince is { } cs)
            source = source.Where(e => e.Created >= cs);
        if (CreatedUntil is { } cu)
            source = source.Where(e => e.Created <= cu);
        if (ModifiedSince is { } ms)
            source = source.Where(e => e.Withdrawn >= ms);
        if (ModifiedUntil is { } mu)
            source = source.Where(e => e.Withdrawn <= mu);
        return source;
    }
}

/// <summary>The authority that runs this Quorum, which OParl names as its one Body (settings <c>Quorum:Authority:…</c>).</summary>
public sealed class AuthoritySettings
{
    public string Name { get; set; } = "Quorum";

    public string? ShortName { get; set; }

    public string? Website { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactName { get; set; }

    /// <summary>The licence of the published data, as a URL (for example the Open Government Licence).</summary>
    public string? License { get; set; }
}
