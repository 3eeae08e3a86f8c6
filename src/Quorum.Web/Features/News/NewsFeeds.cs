using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.Web.Features.Shared;

namespace Quorum.Web.Features.News;

/// <summary>
/// Atom 1.0 feeds of what Quorum publishes: minutes as they are published, the decisions they
/// record, and new public papers, overall and per body. Read as an anonymous visitor whoever asks,
/// so the visibility rule keeps anything withheld out.
/// </summary>
public static class NewsFeeds
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>The newest entries a feed carries; older news stays on the pages.</summary>
    private const int Size = 50;

    public static IEndpointRouteBuilder MapNewsFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feeds/news.atom", AllAsync).AllowAnonymous().WithTags("News");
        app.MapGet("/feeds/bodies/{shortName}.atom", BodyAsync).AllowAnonymous().WithTags("News");
        return app;
    }

    private static async Task<IResult> AllAsync(QuorumDb db, HttpContext http)
    {
        db.Viewer = Viewer.Anonymous;
        return await FeedAsync(db, http, null, "Quorum: minutes, decisions and papers", http.RequestAborted);
    }

    private static async Task<IResult> BodyAsync(string shortName, QuorumDb db, HttpContext http)
    {
        db.Viewer = Viewer.Anonymous;
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.ShortName == shortName, http.RequestAborted);
        return body is null
            ? Results.NotFound()
            : await FeedAsync(db, http, body, $"{body.Name}: minutes, decisions and papers", http.RequestAborted);
    }

    private static async Task<IResult> FeedAsync(QuorumDb db, HttpContext http, Quorum.Bodies.Body? body, string title, CancellationToken cancellationToken)
    {
        var site = new Uri($"{http.Request.Scheme}://{http.Request.Host}/");
        var entries = await EntriesAsync(db, site, body?.Id, cancellationToken);
        var self = new Uri(site, http.Request.Path);
        var feed = new SyndicationFeed(title, null, new Uri(site, body is null ? "/" : $"/bodies/{body.ShortName}"), self.ToString(),
            entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.LastUpdatedTime), entries);
        feed.Authors.Add(new SyndicationPerson { Name = body?.Name ?? "Quorum" });
        feed.Links.Add(new SyndicationLink(self, "self", title, "application/atom+xml", 0));
        feed.Language = "en-GB";

        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
            feed.GetAtom10Formatter().WriteTo(writer);
        return Results.Text(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), ContentType);
    }

    private static async Task<List<SyndicationItem>> EntriesAsync(QuorumDb db, Uri site, int? bodyId, CancellationToken cancellationToken)
    {
        var published = await db.Meetings.AsNoTracking().Include(m => m.Body)
            .Where(m => m.MinutesState == MinutesState.Published && (bodyId == null || m.BodyId == bodyId))
            .ToListAsync(cancellationToken);
        var keys = published.Select(m => m.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        // When the minutes were last changed: their publication, or a later amendment.
        var changed = (await db.AuditEvents.AsNoTracking()
                .Where(a => a.EntityType == nameof(Meeting) && keys.Contains(a.EntityId))
                .GroupBy(a => a.EntityId)
                .Select(g => new { g.Key, At = g.Max(a => a.At) })
                .ToListAsync(cancellationToken))
            .ToDictionary(a => a.Key, a => new DateTimeOffset(DateTime.SpecifyKind(a.At, DateTimeKind.Utc)));
        DateTimeOffset ChangedAt(Meeting m) => changed.TryGetValue(m.Id.ToString(CultureInfo.InvariantCulture), out var at)
            ? at
            : new DateTimeOffset(m.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        var items = new List<SyndicationItem>();
        foreach (var meeting in published)
        {
            var link = new Uri(site, $"/meetings/{meeting.Id}");
            items.Add(Entry($"{site}meetings/{meeting.Id}/minutes", $"Minutes published: {meeting.DisplayTitle}, {Display.Date(meeting.Date)}",
                $"The minutes of {meeting.Body!.Name} meeting {meeting.Number:00} on {Display.Date(meeting.Date)} are published.", link, ChangedAt(meeting), meeting.Body.Name));
        }

        var byId = published.ToDictionary(m => m.Id);
        var decisions = await db.Decisions.AsNoTracking()
            .Where(d => d.Meeting!.MinutesState == MinutesState.Published && (bodyId == null || d.BodyId == bodyId))
            .ToListAsync(cancellationToken);
        foreach (var decision in decisions.Where(d => byId.ContainsKey(d.MeetingId)))
        {
            var meeting = byId[decision.MeetingId];
            items.Add(Entry($"{site}decisions/{decision.Id}", $"Decision {decision.Number} of {meeting.Body!.Name}", decision.Text,
                new Uri(site, $"/meetings/{meeting.Id}"), ChangedAt(meeting), meeting.Body.Name));
        }

        var papers = await db.Papers.AsNoTracking().Include(p => p.Body).Include(p => p.Versions)
            .Where(p => p.Circulation == Circulation.Public && p.Versions.Count > 0 && (bodyId == null || p.BodyId == bodyId))
            .ToListAsync(cancellationToken);
        foreach (var paper in papers)
        {
            var first = paper.Versions.OrderBy(v => v.Number).First();
            items.Add(Entry($"{site}papers/{paper.Id}", $"Paper: {paper.Title}",
                $"{paper.Body!.Name} published the paper \"{paper.Title}\" ({paper.MarkingLabel}).", new Uri(site, $"/papers/{paper.Id}"),
                new DateTimeOffset(DateTime.SpecifyKind(paper.Latest!.UploadedAt, DateTimeKind.Utc)), paper.Author ?? paper.Body.Name,
                published: new DateTimeOffset(DateTime.SpecifyKind(first.UploadedAt, DateTimeKind.Utc))));
        }

        return [.. items.OrderByDescending(i => i.LastUpdatedTime).Take(Size)];
    }

    private static SyndicationItem Entry(string id, string title, string summary, Uri link, DateTimeOffset updated, string author, DateTimeOffset? published = null)
    {
        var item = new SyndicationItem(title, (string?)null, link, id, updated) { Summary = new TextSyndicationContent(summary) };
        if (published is { } at)
            item.PublishDate = at;
        item.Authors.Add(new SyndicationPerson { Name = author });
        return item;
    }
}
