using System.Linq.Expressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Conduct;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.Web.Features.Shared;

namespace Quorum.Web.Features.OParl;

/// <summary>
/// OParl 1.1, read-only, from <c>/oparl/v1/system</c>: what an anonymous visitor may see, read
/// through the same visibility rule as every page (the viewer is set to anonymous for every
/// request, whoever is signed in). Records that stopped being public answer <c>deleted: true</c>.
/// </summary>
public static class OParlApi
{
    public const string Version = "https://schema.oparl.org/1.1/";

    public static WebApplicationBuilder AddQuorumOParl(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<AuthoritySettings>(builder.Configuration.GetSection("Quorum:Authority"));
        return builder;
    }

    /// <summary>Every answer under /oparl is JSON: errors the framework answers with an empty body become problems.</summary>
    public static WebApplication UseOParlProblems(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/oparl"), branch => branch.Use(async (context, next) =>
        {
            if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
                pages.Enabled = false;
            try
            {
                await next(context);
            }
            catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
            {
                app.Logger.LogError(e, "OParl request {Path} failed", context.Request.Path);
                context.Response.Clear();
                await TypedResults.Problem("Quorum could not answer this request.", statusCode: 500, title: "Server error").ExecuteAsync(context);
                return;
            }

            if (context.Response.StatusCode >= 400 && !context.Response.HasStarted && string.IsNullOrEmpty(context.Response.ContentType))
            {
                var status = context.Response.StatusCode;
                await TypedResults.Problem(status == 404 ? "There is no OParl object or list at this address." : null, statusCode: status).ExecuteAsync(context);
            }
        }));
        return app;
    }

    public static IEndpointRouteBuilder MapOParlApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/oparl/v1").WithTags("OParl").AllowAnonymous().ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
            {
                // Open data is public data: the same answer for everyone, signed in or not.
                var db = context.HttpContext.RequestServices.GetRequiredService<QuorumDb>();
                db.Viewer = Viewer.Anonymous;
                db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
                return await next(context);
            });
        api.MapGet("/system", SystemAsync);
        api.MapGet("/bodies", BodiesAsync);
        api.MapGet("/body", BodyAsync);
        api.MapGet("/organizations", OrganizationsAsync);
        api.MapGet("/organization/{id:int}", OrganizationAsync);
        api.MapGet("/organization/{id:int}/meetings", OrganizationMeetingsAsync);
        api.MapGet("/people", PeopleAsync);
        api.MapGet("/person/{id:int}", PersonAsync);
        api.MapGet("/memberships", MembershipsAsync);
        api.MapGet("/membership/{id:int}", MembershipAsync);
        api.MapGet("/meetings", MeetingsAsync);
        api.MapGet("/meeting/{id:int}", MeetingAsync);
        api.MapGet("/meeting/{id:int}/minutes", MinutesAsync);
        api.MapGet("/agenda-items", AgendaItemsAsync);
        api.MapGet("/agenda-item/{id:int}", AgendaItemAsync);
        api.MapGet("/papers", PapersAsync);
        api.MapGet("/paper/{id:int}", PaperAsync);
        api.MapGet("/consultation/{id:int}", ConsultationAsync);
        api.MapGet("/files", FilesAsync);
        api.MapGet("/file/{id:int}", FileAsync);
        api.MapGet("/locations", LocationsAsync);
        api.MapGet("/location/{id:int}", LocationAsync);
        api.MapGet("/legislative-terms", LegislativeTermsAsync);

        // Anything else under /oparl is answered here, in JSON, rather than by the sign-in page.
        var rest = app.MapGroup("/oparl").WithTags("OParl").AllowAnonymous().ExcludeFromDescription();
        rest.MapGet("/{**rest}", () => NotFound("object or list"));
        foreach (var method in new[] { HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch })
        {
            rest.MapMethods("/{**rest}", [method], (HttpContext context) =>
            {
                context.Response.Headers.Allow = "GET, HEAD";
                return TypedResults.Problem("OParl is read-only: only GET is answered.", statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed");
            });
        }

        return app;
    }

    private static JsonHttpResult<T> Json<T>(T value) => TypedResults.Json(value, OParlJson.Options, "application/json");

    private static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem($"There is no public {what} at this address.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static ProblemHttpResult BadQuery(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid list request");

    // ---- System and Body ------------------------------------------------------------------

    private static async Task<JsonHttpResult<SystemObject>> SystemAsync(HttpContext context, QuorumDb db, IOptions<AuthoritySettings> authority)
    {
        var u = new OParlUrls(context.Request);
        var (created, modified) = await BodyTimesAsync(db);
        return Json(new SystemObject
        {
            Id = u.System,
            OparlVersion = Version,
            Body = u.Bodies,
            Name = authority.Value.Name,
            Website = authority.Value.Website ?? u.Site("/"),
            ContactEmail = authority.Value.ContactEmail,
            ContactName = authority.Value.ContactName,
            License = authority.Value.License,
            Created = created,
            Modified = modified,
            Web = u.Site("/"),
        });
    }

    private static async Task<JsonHttpResult<OParlList<BodyObject>>> BodiesAsync(HttpContext context, QuorumDb db, IOptions<AuthoritySettings> authority)
    {
        var u = new OParlUrls(context.Request);
        var body = await BodyObjectAsync(u, db, authority.Value);
        return Json(new OParlList<BodyObject>([body], new OParlPagination(1), new OParlLinks(u.Bodies, u.Bodies, null)));
    }

    private static async Task<JsonHttpResult<BodyObject>> BodyAsync(HttpContext context, QuorumDb db, IOptions<AuthoritySettings> authority) =>
        Json(await BodyObjectAsync(new OParlUrls(context.Request), db, authority.Value));

    private static async Task<BodyObject> BodyObjectAsync(OParlUrls u, QuorumDb db, AuthoritySettings authority)
    {
        var (created, modified) = await BodyTimesAsync(db);
        return new BodyObject
        {
            Id = u.Body,
            System = u.System,
            Name = authority.Name,
            ShortName = authority.ShortName,
            Website = authority.Website,
            License = authority.License,
            ContactEmail = authority.ContactEmail,
            ContactName = authority.ContactName,
            Organization = u.Api("organizations"),
            Person = u.Api("people"),
            Meeting = u.Api("meetings"),
            Paper = u.Api("papers"),
            AgendaItem = u.Api("agenda-items"),
            File = u.Api("files"),
            LocationList = u.Api("locations"),
            Membership = u.Api("memberships"),
            LegislativeTermList = u.Api("legislative-terms"),
            // Quorum's bodies have no electoral terms.
            LegislativeTerm = [],
            Created = created,
            Modified = modified,
            Web = u.Site("/bodies"),
        };
    }

    // The authority has no record of its own: it is as old as its oldest body and changes with them.
    private static async Task<(DateTime Created, DateTime Modified)> BodyTimesAsync(QuorumDb db)
    {
        var created = await db.Bodies.MinAsync(b => (DateTime?)b.Created) ?? DateTime.UnixEpoch;
        var modified = await db.Bodies.MaxAsync(b => (DateTime?)b.Modified) ?? created;
        return (created, modified);
    }

    private static JsonHttpResult<OParlList<LegislativeTermObject>> LegislativeTermsAsync(HttpContext context)
    {
        var list = new OParlUrls(context.Request).Api("legislative-terms");
        return Json(new OParlList<LegislativeTermObject>([], new OParlPagination(ListQuery.DefaultLimit), new OParlLinks(list, list, null)));
    }

    // ---- Paging ---------------------------------------------------------------------------

    /// <summary>Visible records after the cursor, in id order; <c>ScannedTo</c> is how far the list was read when <c>More</c>.</summary>
    private sealed record Slice<T>(List<(int Id, T Object)> Items, int ScannedTo, bool More);

    private static Slice<T> SliceOf<T>(List<(int Id, T Object)> fetched, int limit) =>
        fetched.Count > limit ? new Slice<T>(fetched[..limit], fetched[limit - 1].Id, true) : new Slice<T>(fetched, int.MaxValue, false);

    /// <summary>One page of a list: public records merged with tombstones (when asked for changes), keyset-paged by id.</summary>
    private static async Task<OParlList<T>> PageAsync<T>(QuorumDb db, OParlUrls u, ListQuery q, string list, string? kind, Slice<T> visible, Func<WithdrawnRecord, T> tombstone,
        Expression<Func<WithdrawnRecord, bool>>? withdrawnWithin = null)
    {
        var deleted = new Slice<T>([], int.MaxValue, false);
        if (kind is not null && q.ShowsDeleted)
        {
            var withdrawn = db.WithdrawnRecords.Where(w => w.Kind == kind);
            if (withdrawnWithin is not null)
                withdrawn = withdrawn.Where(withdrawnWithin);
            var records = await q.Filter(withdrawn).OrderBy(w => w.EntityId).Take(q.Limit + 1).ToListAsync();
            deleted = SliceOf([.. records.Select(r => (r.EntityId, tombstone(r)))], q.Limit);
        }

        // Everything up to the nearer of the two scan ends is known; the page stops there at the latest.
        var bound = Math.Min(visible.ScannedTo, deleted.ScannedTo);
        var merged = visible.Items.Concat(deleted.Items).Where(i => i.Id <= bound).OrderBy(i => i.Id).ToList();
        int? next = merged.Count > q.Limit ? merged[q.Limit - 1].Id : bound == int.MaxValue ? null : bound;
        var page = merged.Take(q.Limit).Select(i => i.Object).ToList();
        return new OParlList<T>(page, new OParlPagination(q.Limit), new OParlLinks(q.Link(list, null), q.Link(list, q.After == 0 ? null : q.After), next is null ? null : q.Link(list, next)));
    }

    private static async Task<Results<JsonHttpResult<T>, ProblemHttpResult>> ObjectOrTombstoneAsync<T>(QuorumDb db, string kind, int id, T? found, Func<WithdrawnRecord, T> tombstone)
        where T : class
    {
        if (found is not null)
            return Json(found);
        var withdrawn = await db.WithdrawnRecords.SingleOrDefaultAsync(w => w.Kind == kind && w.EntityId == id);
        return withdrawn is null ? NotFound(kind) : Json(tombstone(withdrawn));
    }

    // ---- Organizations (Quorum's bodies) ---------------------------------------------------

    private static async Task<Results<JsonHttpResult<OParlList<OrganizationObject>>, ProblemHttpResult>> OrganizationsAsync(HttpContext context, QuorumDb db)
    {
        var (q, problem) = ListQuery.Parse(context.Request.Query);
        if (q is null)
            return BadQuery(problem!);
        var u = new OParlUrls(context.Request);
        var bodies = await q.Filter(db.Bodies).Include(b => b.ParentBody).OrderBy(b => b.Id).Take(q.Limit + 1).ToListAsync();
        var objects = await OrganizationObjectsAsync(u, db, bodies);
        return Json(await PageAsync(db, u, q, u.Api("organizations"), OpenDataKind.Organization, SliceOf(objects, q.Limit), w => OrganizationTombstone(u, w)));
    }

    private static async Task<Results<JsonHttpResult<OrganizationObject>, ProblemHttpResult>> OrganizationAsync(int id, HttpContext context, QuorumDb db)
    {
        var u = new OParlUrls(context.Request);
        var bodies = await db.Bodies.Include(b => b.ParentBody).Where(b => b.Id == id).ToListAsync();
        var found = (await OrganizationObjectsAsync(u, db, bodies)).Select(o => o.Object).SingleOrDefault();
        return await ObjectOrTombstoneAsync(db, OpenDataKind.Organization, id, found, w => OrganizationTombstone(u, w));
    }

    private static OrganizationObject OrganizationTombstone(OParlUrls u, WithdrawnRecord w) =>
        new() { Id = u.Organization(w.EntityId), Created = w.Created, Modified = w.Withdrawn, Deleted = true };

    private static async Task<List<(int Id, OrganizationObject Object)>> OrganizationObjectsAsync(OParlUrls u, QuorumDb db, List<Body> bodies)
    {
        var ids = bodies.Select(b => b.Id).ToList();
        var seats = (await db.Memberships.PublishedAsOpenData().Where(m => ids.Contains(m.BodyId)).OrderBy(m => m.Id).Select(m => new { m.Id, m.BodyId }).ToListAsync())
            .ToLookup(m => m.BodyId, m => u.Membership(m.Id));
        return [.. bodies.Select(b => (b.Id, new OrganizationObject
        {
            Id = u.Organization(b.Id),
            Body = u.Body,
            Name = b.Name,
            ShortName = b.ShortName,
            // The specification's own vocabulary: a committee or council is a "Gremium".
            OrganizationType = "Gremium",
            Classification = Display.Kind(b.Kind),
            SubOrganizationOf = b.ParentBody is { } parent ? u.Organization(parent.Id) : null,
            Membership = [.. seats[b.Id]],
            Meeting = u.Api($"organization/{b.Id}/meetings"),
            Created = b.Created,
            Modified = b.Modified,
            Web = u.Site($"/bodies/{Uri.EscapeDataString(b.ShortName)}"),
        }))];
    }

    private static async Task<Results<JsonHttpResult<OParlList<MeetingObject>>, ProblemHttpResult>> OrganizationMeetingsAsync(int id, HttpContext context, QuorumDb db)
    {
        if (!await db.Bodies.AnyAsync(b => b.Id == id))
            return NotFound(OpenDataKind.Organization);
        return await MeetingListAsync(context, db, db.Meetings.Where(m => m.BodyId == id), $"organization/{id}/meetings", OpenDataKind.Meeting, w => w.BodyId == id);
    }

    // ---- People and memberships -----------------------------------------------------------

    private static async Task<Results<JsonHttpResult<OParlList<PersonObject>>, ProblemHttpResult>> PeopleAsync(HttpContext context, QuorumDb db)
    {
        var (q, problem) = ListQuery.Parse(context.Request.Query);
        if (q is null)
            return BadQuery(problem!);
        var u = new OParlUrls(context.Request);
        var people = await q.Filter(db.People.PublishedAsOpenData()).OrderBy(p => p.Id).Take(q.Limit + 1)
            .Select(p => new { p.Id, p.FullName, p.JobTitle, p.Created, p.Modified }).ToListAsync();
        var ids = people.Select(p => p.Id).ToList();
        var seats = q.OmitInternal ? null : (await MembershipsOfAsync(u, db, db.Memberships.PublishedAsOpenData().Where(m => ids.Contains(m.PersonId)))).ToLookup(m => m.PersonId, m => m.Object);
        var objects = people.Select(p => (p.Id, Person(u, p.Id, p.FullName, p.JobTitle, p.Created, p.Modified, seats?[p.Id]))).ToList();
        return Json(await PageAsync(db, u, q, u.Api("people"), OpenDataKind.Person, SliceOf(objects, q.Limit), w => PersonTombstone(u, w)));
    }

    private static async Task<Results<JsonHttpResult<PersonObject>, ProblemHttpResult>> PersonAsync(int id, HttpContext context, QuorumDb db)
    {
        var u = new OParlUrls(context.Request);
        var person = await db.People.PublishedAsOpenData().Where(p => p.Id == id).Select(p => new { p.Id, p.FullName, p.JobTitle, p.Created, p.Modified }).SingleOrDefaultAsync();
        PersonObject? found = null;
        if (person is not null)
        {
            var seats = await MembershipsOfAsync(u, db, db.Memberships.PublishedAsOpenData().Where(m => m.PersonId == id));
            found = Person(u, person.Id, person.FullName, person.JobTitle, person.Created, person.Modified, seats.Select(s => s.Object));
        }

        return await ObjectOrTombstoneAsync(db, OpenDataKind.Person, id, found, w => PersonTombstone(u, w));
    }

    private static PersonObject Person(OParlUrls u, int id, string name, string? jobTitle, DateTime created, DateTime modified, IEnumerable<MembershipObject>? seats) => new()
    {
        Id = u.Person(id),
        Body = u.Body,
        Name = name,
        Status = jobTitle is null ? null : [jobTitle],
        Membership = seats?.ToList(),
        Created = created,
        Modified = modified,
        Web = u.Site($"/people/{id}"),
    };

    private static PersonObject PersonTombstone(OParlUrls u, WithdrawnRecord w) => new() { Id = u.Person(w.EntityId), Created = w.Created, Modified = w.Withdrawn, Deleted = true };

    private static async Task<Results<JsonHttpResult<OParlList<MembershipObject>>, ProblemHttpResult>> MembershipsAsync(HttpContext context, QuorumDb db)
    {
        var (q, problem) = ListQuery.Parse(context.Request.Query);
        if (q is null)
            return BadQuery(problem!);
        var u = new OParlUrls(context.Request);
        var seats = await MembershipsOfAsync(u, db, q.Filter(db.Memberships.PublishedAsOpenData()).OrderBy(m => m.Id).Take(q.Limit + 1));
        return Json(await PageAsync(db, u, q, u.Api("memberships"), OpenDataKind.Membership, SliceOf([.. seats.Select(s => (s.Id, s.Object))], q.Limit), w => MembershipTombstone(u, w)));
    }

    private static async Task<Results<JsonHttpResult<MembershipObject>, ProblemHttpResult>> MembershipAsync(int id, HttpContext context, QuorumDb db)
    {
        var u = new OParlUrls(context.Request);
        var found = (await MembershipsOfAsync(u, db, db.Memberships.PublishedAsOpenData().Where(m => m.Id == id))).Select(s => s.Object).SingleOrDefault();
        return await ObjectOrTombstoneAsync(db, OpenDataKind.Membership, id, found, w => MembershipTombstone(u, w));
    }

    private static MembershipObject MembershipTombstone(OParlUrls u, WithdrawnRecord w) => new() { Id = u.Membership(w.EntityId), Created = w.Created, Modified = w.Withdrawn, Deleted = true };

    private static async Task<List<(int Id, int PersonId, MembershipObject Object)>> MembershipsOfAsync(OParlUrls u, QuorumDb db, IQueryable<Membership> seats) =>
        [.. (await seats.OrderBy(m => m.Id).Select(m => new { m.Id, m.PersonId, m.BodyId, m.Role, m.From, m.Until, m.Created, m.Modified }).ToListAsync())
            .Select(m => (m.Id, m.PersonId, new MembershipObject
            {
                Id = u.Membership(m.Id),
                Person = u.Person(m.PersonId),
                Organization = u.Organization(m.BodyId),
                Role = Display.Role(m.Role),
                VotingRight = m.Role is not (MembershipRole.Secretary or MembershipRole.Observer),
                StartDate = m.From,
                EndDate = m.Until,
                Created = m.Created,
                Modified = m.Modified,
            }))];

    // ---- Meetings and agenda items ---------------------------------------------------------

    private static Task<Results<JsonHttpResult<OParlList<MeetingObject>>, ProblemHttpResult>> MeetingsAsync(HttpContext context, QuorumDb db) =>
        MeetingListAsync(context, db, db.Meetings, "meetings", OpenDataKind.Meeting);

    private static async Task<Results<JsonHttpResult<OParlList<MeetingObject>>, ProblemHttpResult>> MeetingListAsync(HttpContext context, QuorumDb db, IQueryable<Meeting> source, string path, string? kind,
        Expression<Func<WithdrawnRecord, bool>>? withdrawnWithin = null)
    {
        var (q, problem) = ListQuery.Parse(context.Request.Query);
        if (q is null)
            return BadQuery(problem!);
        var u = new OParlUrls(context.Request);
        var meetings = await q.Filter(source).Include(m => m.Body).Include(m => m.Location).OrderBy(m => m.Id).Take(q.Limit + 1).ToListAsync();
        var objects = await MeetingObjectsAsync(u, db, meetings, q.OmitInternal);
        return Json(await PageAsync(db, u, q, u.Api(path), kind, SliceOf(objects, q.Limit), w => MeetingTombstone(u, w), withdrawnWithin));
    }

    private static async Task<Results<JsonHttpResult<MeetingObject>, ProblemHttpResult>> MeetingAsync(int id, HttpContext context, QuorumDb db)
    {
        var u = new OParlUrls(context.Request);
        var meetings = await db.Meetings.Include(m => m.Body).Include(m => m.Location).Where(m => m.Id == id).ToListAsync();
        var found = (await MeetingObjectsAsync(u, db, meetings, omitInternal: false)).Select(m => m.Object).SingleOrDefault();
        return await ObjectOrTombstoneAsync(db, OpenDataKind.Meeting, id, found, w => MeetingTombstone(u, w));
    }

    private static MeetingObject MeetingTombstone(OParlUrls u, WithdrawnRecord w) => new() { Id = u.Meeting(w.EntityId), Created = w.Created, Modified = w.Withdrawn, Deleted = true };

    private static async Task<Results<JsonHttpResult<FileObject>, ProblemHttpResult>> MinutesAsync(int id, HttpContext context, QuorumDb db)
    {
        var meeting = await db.Meetings.Include(m => m.Body).SingleOrDefaultAsync(m => m.Id == id && m.MinutesState == MinutesState.Published);
        return meeting is null ? NotFound("minutes") : Json(MinutesFile(new OParlUrls(context.Request), meeting));
    }

    // The published minutes are Quorum's meeting page; its results protocol points there.
    private static FileObject MinutesFile(OParlUrls u, Meeting m) => new()
    {
        Id = u.Minutes(m.Id),
        Name = $"Minutes: {m.DisplayTitle}",
        FileName = $"minutes-{m.Id}.html",
        MimeType = "text/html",
        Date = m.Date,
        AccessUrl = u.Site($"/meetings/{m.Id}"),
        Meeting = [u.Meeting(m.Id)],
        Created = m.Modified,
        Modified = m.Modified,
        Web = u.Site($"/meetings/{m.Id}"),
    };

    private static readonly AttendanceStatus[] Participated = [AttendanceStatus.Present, AttendanceStatus.InAttendance, AttendanceStatus.Presenting];

    private static async Task<List<(int Id, MeetingObject Object)>> MeetingObjectsAsync(OParlUrls u, QuorumDb db, List<Meeting> meetings, bool omitInternal)
    {
        var ids = meetings.Select(m => m.Id).ToList();
        var published = db.People.PublishedAsOpenData().Select(p => p.Id);
        var participants = (await db.Attendance.Where(a => ids.Contains(a.MeetingId) && Participated.Contains(a.Status) && published.Contains(a.PersonId))
            .OrderBy(a => a.PersonId).Select(a => new { a.MeetingId, a.PersonId }).ToListAsync())
            .ToLookup(a => a.MeetingId, a => u.Person(a.PersonId));
        var agenda = omitInternal ? null : (await OpenData.AgendaOfAsync(db, ids)).ToLookup(i => i.MeetingId);
        var files = omitInternal ? null : await FilesOfAsync(u, db, db.Papers.Where(p => p.MeetingId != null && ids.Contains(p.MeetingId.Value)));
        var results = agenda is null ? [] : await ResultsOfAsync(db, [.. agenda.SelectMany(g => g)]);
        var consultations = agenda is null ? [] : await ConsultationOfItemsAsync(db, [.. agenda.SelectMany(g => g)]);
        return [.. meetings.Select(m => (m.Id, new MeetingObject
        {
            Id = u.Meeting(m.Id),
            Name = m.DisplayTitle,
            MeetingState = m.State.ToString().ToLowerInvariant(),
            Cancelled = m.State is MeetingState.Cancelled or MeetingState.Rescheduled,
            Start = AtZone(m.Date, m.StartTime, m.TimeZone),
            End = AtZone(m.Date, m.EndTime, m.TimeZone),
            Location = omitInternal || m.Location is null ? null : Location(u, m.Location),
            Organization = [u.Organization(m.BodyId)],
            Participant = [.. participants[m.Id]],
            ResultsProtocol = !omitInternal && m.MinutesState == MinutesState.Published ? MinutesFile(u, m) : null,
            AuxiliaryFile = files is null ? null : [.. files.Where(f => f.MeetingId == m.Id && f.AgendaItemId is null).Select(f => f.Object)],
            AgendaItem = agenda is null ? null : [.. agenda[m.Id].Select(i => AgendaItem(u, i, files!, results, consultations))],
            Created = m.Created,
            Modified = m.Modified,
            Web = u.Site($"/meetings/{m.Id}"),
        }))];
    }

    /// <summary>A wall-clock time in the meeting's zone, with that zone's offset on that day.</summary>
    private static DateTimeOffset? AtZone(DateOnly date, TimeOnly? time, string zone)
    {
        if (time is null)
            return null;
        var local = date.ToDateTime(time.Value);
        var offset = TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var tz) ? tz.GetUtcOffset(local) : TimeSpan.Zero;
        return new DateTimeOffset(local, offset);
    }

    /// <summary>What each public item's motions came to, read through the viewer's filter.</summary>
    private static Task<Dictionary<int, string>> ResultsOfAsync(QuorumDb db, IReadOnlyCollection<OpenAgendaItem> items) =>
        ResultsOfAsync(db, [.. items.Where(i => i.IsPublic).Select(i => i.Id)]);

    private static async Task<Dictionary<int, string>> ResultsOfAsync(QuorumDb db, List<int> ids)
    {
        if (ids.Count == 0)
            return [];
        var motions = await db.Motions.AsNoTracking().Where(m => m.AmendsId == null && ids.Contains(m.AgendaItemId))
            .Select(m => new { Motion = m, m.Meeting!.IsInformal }).ToListAsync();
        return motions.GroupBy(m => m.Motion.AgendaItemId)
            .Select(g => (Item: g.Key, Result: Motion.ResultOf(g.Select(m => m.Motion), g.First().IsInformal)))
            .Where(r => r.Result is not null)
            .ToDictionary(r => r.Item, r => r.Result!);
    }

    private static AgendaItemObject AgendaItem(OParlUrls u, OpenAgendaItem i, List<(int Id, int? MeetingId, int? AgendaItemId, FileObject Object)> files, Dictionary<int, string> results,
        Dictionary<int, int> consultations) => new()
        {
            Id = u.AgendaItem(i.Id),
            Meeting = u.Meeting(i.MeetingId),
            Number = i.Number,
            Order = i.Order,
            // An exempt item keeps its number and place; its name and text are withheld.
            Name = i.IsPublic ? i.Title : null,
            Public = i.IsPublic,
            Consultation = i.IsPublic && consultations.TryGetValue(i.Id, out var paper) ? u.Consultation(paper) : null,
            Result = i.IsPublic ? results.GetValueOrDefault(i.Id) : null,
            AuxiliaryFile = i.IsPublic ? [.. files.Where(f => f.AgendaItemId == i.Id).Select(f => f.Object)] : null,
            Created = i.Created,
            Modified = i.Modified,
            Web = u.Site($"/meetings/{i.MeetingId}"),
        };

    private static async Task<Results<JsonHttpResult<OParlList<AgendaItemObject>>, ProblemHttpResult>> AgendaItemsAsync(HttpContext context, QuorumDb db)
    {
        var (q, problem) = ListQuery.Parse(context.Request.Query);
        if (q is null)
            return BadQuery(problem!);
        var u = new OParlUrls(context.Request);
        var (items, scannedTo, more) = await OpenData.AgendaItemsAfterAsync(db, q.After, q.Limit, q.Filter);
        var ids = items.Select(i => i.Id).ToList();
        var files = q.OmitInternal ? [] : await FilesOfAsync(u, db, db.Papers.Where(p => p.AgendaItemId != null && ids.Contains(p.AgendaItemId.Value)));
        var results = await ResultsOfAsync(db, items);
        var consultations = await ConsultationOfItemsAsync(db, items);
        var slice = new Slice<AgendaItemObject>([.. items.Select(i => (i.Id, AgendaItem(u, i, files, results, consultations)))], more ? scannedTo : int.MaxValue, more);
        return Json(await PageAsync(db, u, q, u.Api("agenda-items"), OpenDataKind.AgendaItem, slice, w => AgendaItemTombstone(u, w)));
    }

    private static async Task<Results<JsonHttpResult<AgendaItemObject>, ProblemHttpResult>> AgendaItemAsync(int id, HttpContext context, QuorumDb db)
    {
        var u = new OParlUrls(context.Request);
        var item = await OpenData.AgendaItemAsync(db, id);
        var files = item is { IsPublic: true } ? await FilesOfAsync(u, db, db.Papers.Where(p => p.AgendaItemId == id)) : [];
        var results = item is null ? [] : await ResultsOfAsync(db, [item]);
        var consultations = item is null ? [] : await ConsultationOfItemsAsync(db, [item]);
        return await ObjectOrTombstoneAsync(db, OpenDataKind.AgendaItem, id, item is null ? null : AgendaItem(u, item, files, results, consultations), w => AgendaItemTombstone(u, w));
    }

    private static AgendaItemObject AgendaItemTombstone(OParlUrls u, WithdrawnRecord w) => new() { Id = u.AgendaItem(w.EntityId), Order = 0, Created = w.Created, Modified = w.Withdrawn, Deleted = true };

    // ---- Papers and files -----------------------------------------------------------------

    private static async Task<Results<JsonHttpResult<OParlList<PaperObject>>, ProblemHttpResult>> PapersAsync(HttpContext context, QuorumDb db)
    {
        var (q, problem) = ListQuery.Parse(context.Request.Query);
        if (q is null)
            return BadQuery(problem!);
        var u = new OParlUrls(context.Request);
        var objects = await PaperObjectsAsync(u, db, q.Filter(db.Papers).OrderBy(p => p.Id).Take(q.Limit + 1), q.OmitInternal);
        return Json(await PageAsync(db, u, q, u.Api("papers"), OpenDataKind.Paper, SliceOf(objects, q.Limit), w => PaperTombstone(u, w)));
    }

    private static async Task<Results<JsonHttpResult<PaperObject>, ProblemHttpResult>> PaperAsync(int id, HttpContext context, QuorumDb db)
    {
        var u = new OParlUrls(context.Request);
        var found = (await PaperObjectsAsync(u, db, db.Papers.Where(p => p.Id == id), omitInternal: false)).Select(p => p.Object).SingleOrDefault();
        return await ObjectOrTombstoneAsync(db, OpenDataKind.Paper, id, found, w => PaperTombstone(u, w));
    }

    private static PaperObject PaperTombstone(OParlUrls u, WithdrawnRecord w) => new() { Id = u.Paper(w.EntityId), Created = w.Created, Modified = w.Withdrawn, Deleted = true };

    private static async Task<List<(int Id, PaperObject Object)>> PaperObjectsAsync(OParlUrls u, QuorumDb db, IQueryable<Paper> source, bool omitInternal)
    {
        var papers = await source.Select(p => new { p.Id, p.BodyId, p.Title, p.Created, p.Modified }).ToListAsync();
        var ids = papers.Select(p => p.Id).ToList();
        var files = (await FilesOfAsync(u, db, db.Papers.Where(p => ids.Contains(p.Id)), latestOnly: false)).ToLookup(f => f.PaperId);
        var consultations = omitInternal ? [] : (await ConsultationObjectsAsync(u, db, db.Papers.Where(p => ids.Contains(p.Id)))).ToDictionary(c => c.PaperId, c => c.Object);
        return [.. papers.Select(p => (p.Id, new PaperObject
        {
            Id = u.Paper(p.Id),
            Body = u.Body,
            Name = p.Title,
            Date = files[p.Id].Select(f => f.Object.Date).Min(),
            MainFile = omitInternal ? null : files[p.Id].MaxBy(f => f.Number)?.Object,
            Consultation = omitInternal ? null : consultations.TryGetValue(p.Id, out var consultation) ? [consultation] : [],
            Created = p.Created,
            Modified = p.Modified,
            Web = u.Site($"/papers/{p.Id}"),
        }))];
    }

    // ---- Consultations: a paper taken at an agenda item ---------------------------------------

    private static async Task<Results<JsonHttpResult<ConsultationObject>, ProblemHttpResult>> ConsultationAsync(int id, HttpContext context, QuorumDb db)
    {
        var u = new OParlUrls(context.Request);
        var found = (await ConsultationObjectsAsync(u, db, db.Papers.Where(p => p.Id == id))).Select(c => c.Object).SingleOrDefault();
        if (found is not null)
            return Json(found);
        // A consultation goes with its paper: a withdrawn paper's consultation is deleted too.
        var withdrawn = await db.WithdrawnRecords.SingleOrDefaultAsync(w => w.Kind == OpenDataKind.Paper && w.EntityId == id);
        return withdrawn is null
            ? NotFound("consultation")
            : Json(new ConsultationObject { Id = u.Consultation(id), Created = withdrawn.Created, Modified = withdrawn.Withdrawn, Deleted = true });
    }

    /// <summary>The item each public item's consultation stands for: the first paper (by id) the viewer sees under it.</summary>
    private static async Task<Dictionary<int, int>> ConsultationOfItemsAsync(QuorumDb db, IReadOnlyCollection<OpenAgendaItem> items)
    {
        var ids = items.Where(i => i.IsPublic).Select(i => i.Id).ToList();
        if (ids.Count == 0)
            return [];
        var papers = await db.Papers.Where(p => p.AgendaItemId != null && ids.Contains(p.AgendaItemId.Value))
            .Select(p => new { p.Id, ItemId = p.AgendaItemId!.Value }).ToListAsync();
        return papers.GroupBy(p => p.ItemId).ToDictionary(g => g.Key, g => g.Min(p => p.Id));
    }

    /// <summary>The consultations of the given papers: each that the viewer sees under an agenda item the viewer sees.</summary>
    private static async Task<List<(int PaperId, ConsultationObject Object)>> ConsultationObjectsAsync(OParlUrls u, QuorumDb db, IQueryable<Paper> papers)
    {
        var taken = await papers.Where(p => p.AgendaItemId != null).OrderBy(p => p.Id)
            .Select(p => new { p.Id, ItemId = p.AgendaItemId!.Value, p.Created, p.Modified }).ToListAsync();
        if (taken.Count == 0)
            return [];
        var itemIds = taken.Select(p => p.ItemId).Distinct().ToList();
        var items = await db.AgendaItems.Where(i => itemIds.Contains(i.Id))
            .Select(i => new { i.Id, i.MeetingId, i.Meeting!.BodyId, i.Modified }).ToDictionaryAsync(i => i.Id);
        var decided = (await ResultsOfAsync(db, [.. items.Keys])).Keys
            .Concat(await db.Decisions.Where(d => d.AgendaItemId != null && itemIds.Contains(d.AgendaItemId.Value)).Select(d => d.AgendaItemId!.Value).ToListAsync())
            .ToHashSet();
        return [.. taken.Where(p => items.ContainsKey(p.ItemId)).Select(p =>
        {
            var item = items[p.ItemId];
            var authoritative = decided.Contains(item.Id);
            return (p.Id, new ConsultationObject
            {
                Id = u.Consultation(p.Id),
                Paper = u.Paper(p.Id),
                AgendaItem = u.AgendaItem(item.Id),
                Meeting = u.Meeting(item.MeetingId),
                Organization = [u.Organization(item.BodyId)],
                Authoritative = authoritative,
                // The role is known once the meeting has decided; before that Quorum does not guess it.
                Role = authoritative ? "Decision" : null,
                Created = p.Created,
                Modified = p.Modified > item.Modified ? p.Modified : item.Modified,
                Web = u.Site($"/papers/{p.Id}"),
            });
        })];
    }

    private static async Task<Results<JsonHttpResult<OParlList<FileObject>>, ProblemHttpResult>> FilesAsync(HttpContext context, QuorumDb db)
    {
        var (q, problem) = ListQuery.Parse(context.Request.Query);
        if (q is null)
            return BadQuery(problem!);
        var u = new OParlUrls(context.Request);
        var versions = db.PaperVersions.Where(v => v.Id > q.After);
        if (q.CreatedSince is { } cs)
            versions = versions.Where(v => v.UploadedAt >= cs);
        if (q.CreatedUntil is { } cu)
            versions = versions.Where(v => v.UploadedAt <= cu);
        if (q.ModifiedSince is { } ms)
            versions = versions.Where(v => v.UploadedAt >= ms);
        if (q.ModifiedUntil is { } mu)
            versions = versions.Where(v => v.UploadedAt <= mu);
        var objects = await FileObjectsAsync(u, versions.OrderBy(v => v.Id).Take(q.Limit + 1));
        return Json(await PageAsync(db, u, q, u.Api("files"), OpenDataKind.File, SliceOf([.. objects.Select(f => (f.Id, f.Object))], q.Limit), w => FileTombstone(u, w)));
    }

    private static async Task<Results<JsonHttpResult<FileObject>, ProblemHttpResult>> FileAsync(int id, HttpContext context, QuorumDb db)
    {
        var u = new OParlUrls(context.Request);
        var found = (await FileObjectsAsync(u, db.PaperVersions.Where(v => v.Id == id))).Select(f => f.Object).SingleOrDefault();
        return await ObjectOrTombstoneAsync(db, OpenDataKind.File, id, found, w => FileTombstone(u, w));
    }

    private static FileObject FileTombstone(OParlUrls u, WithdrawnRecord w) => new() { Id = u.File(w.EntityId), AccessUrl = u.File(w.EntityId), Created = w.Created, Modified = w.Withdrawn, Deleted = true };

    /// <summary>The files of the given papers (the latest version of each unless all are asked for), with where they belong.</summary>
    private static async Task<List<(int Id, int? MeetingId, int? AgendaItemId, FileObject Object)>> FilesOfAsync(OParlUrls u, QuorumDb db, IQueryable<Paper> papers) =>
        [.. (await FilesOfAsync(u, db, papers, latestOnly: true)).Select(f => (f.Id, f.MeetingId, f.AgendaItemId, f.Object))];

    private static async Task<List<FileRow>> FilesOfAsync(OParlUrls u, QuorumDb db, IQueryable<Paper> papers, bool latestOnly)
    {
        var ids = papers.Select(p => p.Id);
        var versions = db.PaperVersions.Where(v => ids.Contains(v.PaperId));
        if (latestOnly)
            versions = versions.Where(v => v.Number == db.PaperVersions.Where(o => o.PaperId == v.PaperId).Max(o => o.Number));
        return await FileObjectsAsync(u, versions.OrderBy(v => v.Id));
    }

    private sealed record FileRow(int Id, int PaperId, int Number, int? MeetingId, int? AgendaItemId, FileObject Object);

    private static async Task<List<FileRow>> FileObjectsAsync(OParlUrls u, IQueryable<PaperVersion> versions) =>
        [.. (await versions.Select(v => new
        {
            v.Id, v.PaperId, v.Number, v.FileName, v.ContentType, v.Size, v.Sha512, v.UploadedAt,
            v.Paper!.Title, v.Paper.MeetingId, v.Paper.AgendaItemId,
        }).ToListAsync()).Select(v => new FileRow(v.Id, v.PaperId, v.Number, v.MeetingId, v.AgendaItemId, new FileObject
        {
            Id = u.File(v.Id),
            Name = $"{v.Title} (version {v.Number})",
            FileName = v.FileName,
            MimeType = v.ContentType,
            Date = DateOnly.FromDateTime(v.UploadedAt),
            Size = v.Size,
            Sha512Checksum = v.Sha512,
            AccessUrl = u.Site($"/papers/{v.PaperId}/versions/{v.Number}"),
            DownloadUrl = u.Site($"/papers/{v.PaperId}/versions/{v.Number}"),
            Paper = [u.Paper(v.PaperId)],
            Meeting = v.MeetingId is { } m ? [u.Meeting(m)] : null,
            AgendaItem = v.AgendaItemId is { } i ? [u.AgendaItem(i)] : null,
            Created = v.UploadedAt,
            Modified = v.UploadedAt,
            Web = u.Site($"/papers/{v.PaperId}"),
        }))];

    // ---- Locations ------------------------------------------------------------------------

    private static async Task<Results<JsonHttpResult<OParlList<LocationObject>>, ProblemHttpResult>> LocationsAsync(HttpContext context, QuorumDb db)
    {
        var (q, problem) = ListQuery.Parse(context.Request.Query);
        if (q is null)
            return BadQuery(problem!);
        var u = new OParlUrls(context.Request);
        var locations = await q.Filter(db.Locations.PublishedAsOpenData(db)).OrderBy(l => l.Id).Take(q.Limit + 1).ToListAsync();
        return Json(await PageAsync(db, u, q, u.Api("locations"), OpenDataKind.Location, SliceOf([.. locations.Select(l => (l.Id, Location(u, l)))], q.Limit), w => LocationTombstone(u, w)));
    }

    private static async Task<Results<JsonHttpResult<LocationObject>, ProblemHttpResult>> LocationAsync(int id, HttpContext context, QuorumDb db)
    {
        var u = new OParlUrls(context.Request);
        var location = await db.Locations.PublishedAsOpenData(db).SingleOrDefaultAsync(l => l.Id == id);
        return await ObjectOrTombstoneAsync(db, OpenDataKind.Location, id, location is null ? null : Location(u, location), w => LocationTombstone(u, w));
    }

    private static LocationObject Location(OParlUrls u, Location l) => new()
    {
        Id = u.Location(l.Id),
        Description = l.Name,
        StreetAddress = l.Address,
        Created = l.Created,
        Modified = l.Modified,
    };

    private static LocationObject LocationTombstone(OParlUrls u, WithdrawnRecord w) => new() { Id = u.Location(w.EntityId), Created = w.Created, Modified = w.Withdrawn, Deleted = true };
}
