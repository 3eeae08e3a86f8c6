using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Meetings;

/// <summary>
/// /api/v1/meetings (with attendance and agenda), its state changes, attendance and agenda items.
/// What comes back is what the caller may see: the visibility rule filters every read.
/// </summary>
public static class MeetingsApi
{
    public sealed record ExemptionDto(string Ground, string? Note, DateOnly? ReviewDate);

    public sealed record AgendaItemDto(int Id, string Number, int? ParentId, string Title, IReadOnlyList<string> Presenters, string? Minute, ExemptionDto? Exemption,
        AgendaItemKind Kind);

    public sealed record AttendanceDto(int PersonId, string Person, AttendanceStatus Status, string? Organisation, string? Role);

    public sealed record MeetingDto(int Id, int BodyId, string Body, int Number, string Title, MeetingKind Kind, DateOnly Date, TimeOnly? StartTime, TimeOnly? EndTime,
        string TimeZone, string? Venue, MeetingState State, string? StateReason, int? ReplacementMeetingId, MinutesState MinutesState, int? MinutesApprovedAtId,
        IReadOnlyList<AttendanceDto>? Attendance, IReadOnlyList<AgendaItemDto>? Agenda, bool? Quorate, bool Informal);

    public sealed record MeetingInput(int BodyId, string? Title, MeetingKind? Kind, DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime, string? RemoteDetails);

    public sealed record StateChange(string? Reason, DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime);

    public sealed record AttendanceInput(int PersonId, AttendanceStatus Status, string? Role);

    /// <param name="Kind">MattersArising makes this the item that lists earlier meetings' open actions (one per agenda); absent leaves it as it is.</param>
    public sealed record AgendaItemInput(string? Title, int? ParentId, string? Minute, AgendaItemKind? Kind = null);

    public static RouteGroupBuilder MapMeetingsApi(this RouteGroupBuilder api)
    {
        var collection = api.MapCollection("meetings");
        collection.MapGet("/", ListAsync).CacheOutput(PublicAnswers.Policy);
        collection.MapGet("/{id:int}", GetAsync).CacheOutput(PublicAnswers.Policy);
        collection.MapPost("/", CreateAsync);
        collection.MapPut("/{id:int}", UpdateAsync);
        collection.MapPost("/{id:int}/{change:regex(^(hold|cancel|postpone|reschedule)$)}", ChangeStateAsync);
        collection.MapPut("/{id:int}/attendance", ReplaceAttendanceAsync);
        collection.MapPost("/{id:int}/agenda-items", AddItemAsync);

        var items = api.MapCollection("agenda-items");
        items.MapGet("/{id:int}", GetItemAsync).CacheOutput(PublicAnswers.Policy);
        items.MapPut("/{id:int}", UpdateItemAsync);
        return api;
    }

    /// <summary>
    /// Whether the meeting is quorate as its attendance stands: null when the body states no quorum
    /// or no attendance is recorded (or seen by the caller, before the minutes are published).
    /// </summary>
    private static async Task<bool?> QuorateAsync(QuorumDb db, Meeting meeting) =>
        meeting.Attendance.Count == 0 ? null : (await Quorum.Conduct.ConductRegister.QuorumOfAsync(db, meeting)).IsQuorate;

    private static MeetingDto Dto(Meeting m, bool whole, bool? quorate = null) => new(
        m.Id, m.BodyId, m.Body?.Name ?? "", m.Number, m.DisplayTitle, m.Kind, m.Date, m.StartTime, m.EndTime, m.TimeZone, m.Location?.Name,
        m.State, m.StateReason, m.ReplacementMeetingId, m.MinutesState, m.MinutesApprovedAtId,
        whole ? [.. m.Attendance.OrderBy(a => a.Person?.FullName).Select(a => new AttendanceDto(a.PersonId, a.Person?.FullName ?? "", a.Status, a.OrganisationName, a.Role))] : null,
        whole ? [.. m.AgendaInOrder().Select(Dto)] : null,
        quorate, m.IsInformal);

    private static AgendaItemDto Dto(AgendaItem i) => new(i.Id, i.Number, i.ParentId, i.Title, [.. i.Presenters.Select(p => p.FullName)], i.Minute?.Text,
        i.Exemption is { } e ? new ExemptionDto(e.Ground, e.Note, e.ReviewDate) : null, i.Kind);

    private static async Task<Results<Ok<Paged<MeetingDto>>, ValidationProblem>> ListAsync(QuorumDb db, int? body, DateOnly? from, DateOnly? to, [AsParameters] PageQuery paging)
    {
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        var meetings = db.Meetings.AsNoTracking().Include(m => m.Body).Include(m => m.Location).AsQueryable();
        if (body is not null)
            meetings = meetings.Where(m => m.BodyId == body);
        if (from is not null)
            meetings = meetings.Where(m => m.Date >= from);
        if (to is not null)
            meetings = meetings.Where(m => m.Date <= to);
        return TypedResults.Ok(await paging.ApplyAsync(meetings.OrderByDescending(m => m.Date).ThenBy(m => m.Id), m => Dto(m, whole: false)));
    }

    private static async Task<Results<Ok<MeetingDto>, NotFound>> GetAsync(int id, QuorumDb db, HttpContext context)
    {
        var meeting = await db.LoadWholeAsync(id);
        if (meeting is null)
            return TypedResults.NotFound();
        context.Response.Headers.ETag = ETags.Of(meeting);
        return TypedResults.Ok(Dto(meeting, whole: true, await QuorateAsync(db, meeting)));
    }

    private static async Task<Results<Created<MeetingDto>, ValidationProblem, ForbidHttpResult>> CreateAsync(MeetingInput input, QuorumDb db)
    {
        var body = await db.Bodies.SingleOrDefaultAsync(b => b.Id == input.BodyId);
        if (body is null || !await db.MayEditAsync(body))
            return TypedResults.Forbid();
        if (Validate(db, input) is { } problems)
            return TypedResults.ValidationProblem(problems);
        var meeting = new Meeting { Body = body, BodyId = body.Id, TimeZone = body.TimeZone, Number = await db.NextMeetingNumberAsync(body.Id) };
        Apply(meeting, input);
        meeting.StartAgendaWithStandingItems(body);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/meetings/{meeting.Id}", Dto(meeting, whole: true, await QuorateAsync(db, meeting)));
    }

    private static async Task<Results<Ok<MeetingDto>, NotFound, ValidationProblem, ForbidHttpResult, ProblemHttpResult>> UpdateAsync(
        int id, MeetingInput input, QuorumDb db, HttpContext context)
    {
        var meeting = await db.LoadWholeAsync(id);
        if (meeting is null)
            return TypedResults.NotFound();
        if (!await db.MayEditAsync(meeting))
            return TypedResults.Forbid();
        if (ETags.Check(context, db, meeting) is { } stale)
            return stale;
        if (Validate(db, input) is { } problems)
            return TypedResults.ValidationProblem(problems);
        meeting.EnsureEditable();
        Apply(meeting, input);
        await db.SaveChangesAsync();
        return TypedResults.Ok(Dto(meeting, whole: true, await QuorateAsync(db, meeting)));
    }

    private static async Task<Results<Ok<MeetingDto>, NotFound, ValidationProblem, ForbidHttpResult>> ChangeStateAsync(
        int id, string change, StateChange input, QuorumDb db)
    {
        var meeting = await db.LoadWholeAsync(id);
        if (meeting is null)
            return TypedResults.NotFound();
        if (!await db.MayEditAsync(meeting))
            return TypedResults.Forbid();
        switch (change)
        {
            case "hold":
                meeting.MarkHeld();
                break;
            case "cancel":
                meeting.Cancel(input.Reason);
                break;
            case "postpone":
                meeting.Postpone(input.Reason);
                break;
            default:
                if (input.Date is not { } date)
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["date"] = ["Give the new date"] });
                db.Meetings.Add(meeting.RescheduleTo(date, input.StartTime, input.EndTime, await db.NextMeetingNumberAsync(meeting.BodyId), input.Reason));
                break;
        }

        await db.SaveChangesAsync();
        return TypedResults.Ok(Dto(meeting, whole: false));
    }

    private static async Task<Results<Ok<MeetingDto>, NotFound, ValidationProblem, ForbidHttpResult, ProblemHttpResult>> ReplaceAttendanceAsync(
        int id, List<AttendanceInput> input, QuorumDb db, HttpContext context)
    {
        var meeting = await db.LoadWholeAsync(id);
        if (meeting is null)
            return TypedResults.NotFound();
        if (!await db.MayEditAsync(meeting))
            return TypedResults.Forbid();
        if (ETags.Check(context, db, meeting) is { } stale)
            return stale;
        meeting.EnsureEditable();
        var ids = input.Select(a => a.PersonId).ToList();
        if (ids.Count != ids.Distinct().Count())
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["personId"] = ["Each person may be listed once"] });
        var people = await db.People.Include(p => p.Organisation).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        if (ids.FirstOrDefault(i => !people.ContainsKey(i)) is var missing and > 0)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["personId"] = [$"There is no person {missing}"] });
        foreach (var old in meeting.Attendance.Where(a => !ids.Contains(a.PersonId)).ToList())
            db.Attendance.Remove(old);
        foreach (var a in input)
        {
            var row = meeting.Attendance.FirstOrDefault(x => x.PersonId == a.PersonId);
            if (row is null)
            {
                row = new Attendance { PersonId = a.PersonId, Person = people[a.PersonId], OrganisationName = people[a.PersonId].Organisation?.Name };
                meeting.Attendance.Add(row);
            }

            row.Status = a.Status;
            row.Role = a.Role;
        }

        db.Entry(meeting).Property(m => m.Title).IsModified = true;
        await db.SaveChangesAsync();
        return TypedResults.Ok(Dto(meeting, whole: true, await QuorateAsync(db, meeting)));
    }

    private static async Task<Results<Created<AgendaItemDto>, NotFound, ValidationProblem, ForbidHttpResult>> AddItemAsync(int id, AgendaItemInput input, QuorumDb db)
    {
        var meeting = await db.LoadWholeAsync(id);
        if (meeting is null)
            return TypedResults.NotFound();
        if (!await db.MayEditAsync(meeting))
            return TypedResults.Forbid();
        if (ItemTitleProblem(db, input.Title) is { } titleProblem)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["title"] = [titleProblem] });
        var parent = input.ParentId is null ? null : meeting.AgendaItems.FirstOrDefault(i => i.Id == input.ParentId);
        if (input.ParentId is not null && parent is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["parentId"] = ["The parent item is not on this meeting's agenda"] });
        var item = meeting.AddAgendaItem(input.Title!, parent);
        meeting.SetKind(item, input.Kind ?? AgendaItemKind.Ordinary);
        if (!string.IsNullOrWhiteSpace(input.Minute))
        {
            item.Minute = new Minute { Text = input.Minute.Trim() };
            meeting.StartMinutes();
        }

        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/agenda-items/{item.Id}", Dto(item));
    }

    /// <summary>One agenda item with its ETag, which an update must send back as If-Match.</summary>
    private static async Task<Results<Ok<AgendaItemDto>, NotFound>> GetItemAsync(int id, QuorumDb db, HttpContext context)
    {
        var item = await db.AgendaItems.AsNoTracking().Include(i => i.Minute).Include(i => i.Presenters).SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
            return TypedResults.NotFound();
        context.Response.Headers.ETag = ETags.Of(item);
        return TypedResults.Ok(Dto(item));
    }

    private static async Task<Results<Ok<AgendaItemDto>, NotFound, ValidationProblem, ForbidHttpResult, ProblemHttpResult>> UpdateItemAsync(
        int id, AgendaItemInput input, QuorumDb db, HttpContext context)
    {
        var item = await db.AgendaItems.Include(i => i.Minute).Include(i => i.Presenters).Include(i => i.Meeting!).ThenInclude(m => m.MinutesApprovedAt)
            .SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
            return TypedResults.NotFound();
        if (!await db.MayEditAsync(item))
            return TypedResults.Forbid();
        if (ETags.Check(context, db, item) is { } stale)
            return stale;
        if (ItemTitleProblem(db, input.Title) is { } titleProblem)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["title"] = [titleProblem] });
        item.Meeting!.EnsureEditable();
        item.Title = input.Title!.Trim();
        if (input.Kind is { } kind)
        {
            await db.Entry(item.Meeting).Collection(m => m.AgendaItems).LoadAsync();
            item.Meeting.SetKind(item, kind);
        }

        if (input.Minute is not null)
        {
            if (item.Minute is null)
                item.Minute = new Minute { Text = input.Minute.Trim() };
            else
                item.Minute.Text = input.Minute.Trim();
            if (input.Minute.Trim().Length > 0)
                item.Meeting.StartMinutes();
        }

        // Every update takes the item to its next version, the ETag answered, even one that changes only the minute.
        db.Entry(item).Property(i => i.Title).IsModified = true;
        await db.SaveChangesAsync();
        return TypedResults.Ok(Dto(item));
    }

    private static void Apply(Meeting meeting, MeetingInput input)
    {
        meeting.Title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title.Trim();
        meeting.Kind = input.Kind ?? meeting.Kind;
        meeting.Date = input.Date!.Value;
        meeting.StartTime = input.StartTime;
        meeting.EndTime = input.EndTime;
        meeting.RemoteDetails = string.IsNullOrWhiteSpace(input.RemoteDetails) ? null : input.RemoteDetails.Trim();
    }

    private static string? ItemTitleProblem(QuorumDb db, string? title) =>
        string.IsNullOrWhiteSpace(title) ? "Enter the item's title" : FieldLengths.ProblemWith<AgendaItem>(db, nameof(AgendaItem.Title), title, "The title");

    private static Dictionary<string, string[]>? Validate(QuorumDb db, MeetingInput input)
    {
        var problems = new Dictionary<string, string[]>();
        if (input.Date is null)
            problems["date"] = ["Give the date of the meeting as yyyy-mm-dd"];
        if (input.StartTime is { } start && input.EndTime is { } end && end <= start)
            problems["endTime"] = ["The end time must be after the start time"];
        if (FieldLengths.ProblemWith<Meeting>(db, nameof(Meeting.Title), input.Title, "The title") is { } longTitle)
            problems["title"] = [longTitle];
        return problems.Count == 0 ? null : problems;
    }
}
