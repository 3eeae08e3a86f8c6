using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Web.Features.Calendars;

/// <summary>
/// Calendar feeds. Public feeds are read as an anonymous visitor whoever asks; the private feed as
/// the person whose secret address it is; a meeting's own .ics as the current viewer. In each case
/// the visibility rule decides which meetings are in it.
/// </summary>
public static class CalendarsApi
{
    public static IEndpointRouteBuilder MapCalendars(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendars/meetings.ics", AllPublicAsync).AllowAnonymous().WithTags("Calendars");
        app.MapGet("/calendars/bodies/{shortName}.ics", BodyAsync).AllowAnonymous().WithTags("Calendars");
        app.MapGet("/calendars/private/{token}.ics", PrivateAsync).AllowAnonymous().WithTags("Calendars");
        app.MapGet("/meetings/{id:int}/calendar.ics", MeetingAsync).AllowAnonymous().WithTags("Calendars");
        return app;
    }

    private static async Task<IResult> AllPublicAsync(QuorumDb db, HttpContext http)
    {
        db.Viewer = Viewer.Anonymous;
        var meetings = await Meetings(db).ToListAsync(http.RequestAborted);
        return Calendar("Quorum: public meetings", "meetings.ics", meetings, http);
    }

    private static async Task<IResult> BodyAsync(string shortName, QuorumDb db, HttpContext http)
    {
        db.Viewer = Viewer.Anonymous;
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.ShortName == shortName, http.RequestAborted);
        if (body is null)
            return Results.NotFound();
        var meetings = await Meetings(db).Where(m => m.BodyId == body.Id).ToListAsync(http.RequestAborted);
        return Calendar($"{body.Name}: meetings", $"{body.ShortName}.ics", meetings, http);
    }

    private static async Task<IResult> PrivateAsync(string token, QuorumDb db, HttpContext http)
    {
        var viewer = await ViewerLookup.ForCalendarFeedAsync(db, token, DateOnly.FromDateTime(DateTime.Today), http.RequestAborted);
        if (viewer is null)
            return Results.NotFound();
        db.Viewer = viewer;
        var meetings = await Meetings(db).ToListAsync(http.RequestAborted);
        return Calendar("Quorum: my meetings", "my-meetings.ics", meetings, http);
    }

    private static async Task<IResult> MeetingAsync(int id, QuorumDb db, HttpContext http)
    {
        var meeting = await Meetings(db).SingleOrDefaultAsync(m => m.Id == id, http.RequestAborted);
        if (meeting is null)
            return Results.NotFound();
        // The meetings it replaced, so that it carries the UID calendars already hold.
        var chain = new List<Meeting> { meeting };
        for (var last = meeting.Id; await Meetings(db).FirstOrDefaultAsync(m => m.ReplacementMeetingId == last, http.RequestAborted) is { } earlier && chain.All(c => c.Id != earlier.Id); last = earlier.Id)
            chain.Add(earlier);
        return Calendar(meeting.DisplayTitle, $"meeting-{meeting.Id}.ics", chain, http);
    }

    private static IQueryable<Meeting> Meetings(QuorumDb db) =>
        db.Meetings.AsNoTracking().Include(m => m.Body).Include(m => m.Location);

    private static IResult Calendar(string name, string fileName, IReadOnlyCollection<Meeting> meetings, HttpContext http)
    {
        var site = new Uri($"{http.Request.Scheme}://{http.Request.Host}/");
        var text = MeetingCalendar.Write(name, meetings, site, DateTime.UtcNow);
        http.Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
        return Results.Text(text, MeetingCalendar.ContentType);
    }
}
