using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Programmes;
using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Programmes;

/// <summary>
/// /api/v1/programmes, /workstreams, /raid, /milestones and /highlight-reports: paged lists, get,
/// create and update (If-Match). Writes need the programme board's clerk; reads go through the filter.
/// </summary>
public static class ProgrammesApi
{
    public sealed record MoneyDto(decimal? Amount, string Currency, bool ToBeAgreed);

    public sealed record ProgrammeDto(int Id, int BodyId, string Name, string? Description, IReadOnlyList<int> Workstreams);

    public sealed record ProgrammeInput(int BodyId, string? Name, string? Description);

    public sealed record WorkstreamDto(int Id, int ProgrammeId, string Name, string? Description, IReadOnlyList<int> SponsorIds, int? LeadBodyId,
        IReadOnlyList<string> StrategicObjectives, IReadOnlyList<string> WorkstreamObjectives, MoneyDto PlannedSpend, MoneyDto ActualSpend, Rag? Overall);

    public sealed record WorkstreamInput(int ProgrammeId, string? Name, string? Description, List<int>? SponsorIds, int? LeadBodyId,
        List<string>? StrategicObjectives, List<string>? WorkstreamObjectives, string? PlannedSpend, string? ActualSpend);

    public sealed record RaidDto(int Id, int WorkstreamId, RaidKind Kind, string Description, int? OwnerId, RaidLevel? Impact, RaidLevel? Likelihood, string? Mitigation, DateOnly? DueDate, bool Closed, DateOnly? ClosedOn);

    public sealed record RaidInput(int WorkstreamId, RaidKind Kind, string? Description, int? OwnerId, RaidLevel? Impact, RaidLevel? Likelihood, string? Mitigation, DateOnly? DueDate, bool? Closed);

    public sealed record MilestoneDto(int Id, int WorkstreamId, string Text, DateOnly TargetDate, bool TargetIsMonth, MilestoneStatus Status, DateOnly? ActualDate, int SlippageDays);

    public sealed record MilestoneInput(int WorkstreamId, string? Text, DateOnly? TargetDate, bool? TargetIsMonth, MilestoneStatus? Status, DateOnly? ActualDate);

    public sealed record ReportDto(int Id, int WorkstreamId, DateOnly ReportDate, Rag? Time, Rag? Cost, Rag? Scope, Rag? Overall, IReadOnlyList<string> StatusUpdates,
        IReadOnlyList<string> NextMilestones, IReadOnlyList<string> KeyRisksAndIssues, MoneyDto SpendToDate, int? AgendaItemId, bool Frozen);

    public sealed record ReportInput(int WorkstreamId, DateOnly? ReportDate, Rag Time, Rag Cost, Rag Scope, Rag? Overall, List<string>? StatusUpdates,
        List<string>? NextMilestones, List<string>? KeyRisksAndIssues, string? SpendToDate);

    public static RouteGroupBuilder MapProgrammesApi(this RouteGroupBuilder api)
    {
        var programmes = api.MapCollection("programmes");
        programmes.MapGet("/", async (QuorumDb db, [AsParameters] PageQuery paging) => await ListAsync(paging, db.Programmes.AsNoTracking().Include(p => p.Workstreams).OrderBy(p => p.Name), Dto));
        programmes.MapGet("/{id:int}", async (int id, QuorumDb db, HttpContext context) => await GetAsync(context, await db.Programmes.AsNoTracking().Include(p => p.Workstreams).SingleOrDefaultAsync(p => p.Id == id), Dto));
        programmes.MapPost("/", CreateProgrammeAsync);
        programmes.MapPut("/{id:int}", UpdateProgrammeAsync);

        var workstreams = api.MapCollection("workstreams");
        workstreams.MapGet("/", async (QuorumDb db, int? programme, [AsParameters] PageQuery paging) =>
            await ListAsync(paging, Workstreams(db).Where(w => programme == null || w.ProgrammeId == programme).OrderBy(w => w.Name), Dto));
        workstreams.MapGet("/{id:int}", async (int id, QuorumDb db, HttpContext context) => await GetAsync(context, await Workstreams(db).SingleOrDefaultAsync(w => w.Id == id), Dto));
        workstreams.MapPost("/", (WorkstreamInput input, QuorumDb db) => SaveWorkstreamAsync(null, input, db, null));
        workstreams.MapPut("/{id:int}", (int id, WorkstreamInput input, QuorumDb db, HttpContext context) => SaveWorkstreamAsync(id, input, db, context));

        var raid = api.MapCollection("raid");
        raid.MapGet("/", async (QuorumDb db, int? workstream, [AsParameters] PageQuery paging) =>
            await ListAsync(paging, db.RaidEntries.AsNoTracking().Where(r => workstream == null || r.WorkstreamId == workstream).OrderBy(r => r.Id), Dto));
        raid.MapGet("/{id:int}", async (int id, QuorumDb db, HttpContext context) => await GetAsync(context, await db.RaidEntries.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id), Dto));
        raid.MapPost("/", (RaidInput input, QuorumDb db) => SaveRaidAsync(null, input, db, null));
        raid.MapPut("/{id:int}", (int id, RaidInput input, QuorumDb db, HttpContext context) => SaveRaidAsync(id, input, db, context));

        var milestones = api.MapCollection("milestones");
        milestones.MapGet("/", async (QuorumDb db, int? workstream, [AsParameters] PageQuery paging) =>
            await ListAsync(paging, db.Milestones.AsNoTracking().Where(m => workstream == null || m.WorkstreamId == workstream).OrderBy(m => m.TargetDate), Dto(db.Today)));
        milestones.MapGet("/{id:int}", async (int id, QuorumDb db, HttpContext context) => await GetAsync(context, await db.Milestones.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id), Dto(db.Today)));
        milestones.MapPost("/", (MilestoneInput input, QuorumDb db) => SaveMilestoneAsync(null, input, db, null));
        milestones.MapPut("/{id:int}", (int id, MilestoneInput input, QuorumDb db, HttpContext context) => SaveMilestoneAsync(id, input, db, context));

        var reports = api.MapCollection("highlight-reports");
        reports.MapGet("/", async (QuorumDb db, int? workstream, [AsParameters] PageQuery paging) =>
            await ListAsync(paging, db.HighlightReports.AsNoTracking().Where(r => workstream == null || r.WorkstreamId == workstream).OrderByDescending(r => r.ReportDate).ThenByDescending(r => r.Id), Dto));
        reports.MapGet("/{id:int}", async (int id, QuorumDb db, HttpContext context) => await GetAsync(context, await db.HighlightReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id), Dto));
        reports.MapPost("/", (ReportInput input, QuorumDb db) => SaveReportAsync(null, input, db, null));
        reports.MapPut("/{id:int}", (int id, ReportInput input, QuorumDb db, HttpContext context) => SaveReportAsync(id, input, db, context));
        return api;
    }

    private static IQueryable<Workstream> Workstreams(QuorumDb db) => db.Workstreams.AsNoTracking().Include(w => w.Sponsors).Include(w => w.Reports).AsSplitQuery();

    private static MoneyDto Dto(Money m) => new(m.Amount, m.Currency, m.IsToBeAgreed);

    private static ProgrammeDto Dto(Programme p) => new(p.Id, p.BodyId, p.Name, p.Description, [.. p.Workstreams.Select(w => w.Id)]);

    private static WorkstreamDto Dto(Workstream w) => new(w.Id, w.ProgrammeId, w.Name, w.Description, [.. w.Sponsors.Select(s => s.Id)], w.LeadBodyId,
        [.. Workstream.Lines(w.StrategicObjectives)], [.. Workstream.Lines(w.WorkstreamObjectives)], Dto(w.PlannedSpend), Dto(w.ActualSpend), w.LatestReport?.Overall);

    private static RaidDto Dto(RaidEntry r) => new(r.Id, r.WorkstreamId, r.Kind, r.Description, r.OwnerId, r.Impact, r.Likelihood, r.Mitigation, r.DueDate, r.IsClosed, r.ClosedOn);

    private static Func<Milestone, MilestoneDto> Dto(DateOnly today) => m => new(m.Id, m.WorkstreamId, m.Text, m.TargetDate, m.TargetIsMonth, m.Status, m.ActualDate, m.SlippageDaysOn(today));

    private static ReportDto Dto(HighlightReport r) => new(r.Id, r.WorkstreamId, r.ReportDate, r.Time, r.Cost, r.Scope, r.Overall, [.. Workstream.Lines(r.StatusUpdates)],
        [.. Workstream.Lines(r.NextMilestones)], [.. Workstream.Lines(r.KeyRisksAndIssues)], Dto(r.SpendToDate), r.AgendaItemId, r.IsFrozen);

    private static async Task<Results<Ok<Paged<TOut>>, ValidationProblem>> ListAsync<TIn, TOut>(PageQuery paging, IQueryable<TIn> query, Func<TIn, TOut> map)
    {
        if (paging.Problems() is { } problems)
            return TypedResults.ValidationProblem(problems);
        return TypedResults.Ok(await paging.ApplyAsync(query, map));
    }

    private static Task<Results<Ok<TOut>, NotFound>> GetAsync<TIn, TOut>(HttpContext context, TIn? entity, Func<TIn, TOut> map) where TIn : Entity
    {
        if (entity is null)
            return Task.FromResult<Results<Ok<TOut>, NotFound>>(TypedResults.NotFound());
        context.Response.Headers.ETag = ETags.Of(entity);
        return Task.FromResult<Results<Ok<TOut>, NotFound>>(TypedResults.Ok(map(entity)));
    }

    private static async Task<IResult> CreateProgrammeAsync(ProgrammeInput input, QuorumDb db)
    {
        if (!await db.MayEditAsync(Owner.Of<Quorum.Bodies.Body>(input.BodyId)))
            return TypedResults.Forbid();
        if (string.IsNullOrWhiteSpace(input.Name))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["Give the programme's name"] });
        var programme = new Programme { BodyId = input.BodyId, Name = input.Name.Trim(), Description = input.Description };
        db.Programmes.Add(programme);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/programmes/{programme.Id}", Dto(programme));
    }

    private static async Task<IResult> UpdateProgrammeAsync(int id, ProgrammeInput input, QuorumDb db, HttpContext context)
    {
        var programme = await db.Programmes.Include(p => p.Workstreams).SingleOrDefaultAsync(p => p.Id == id);
        if (programme is null)
            return TypedResults.NotFound();
        if (!await db.MayEditAsync(programme))
            return TypedResults.Forbid();
        if (ETags.Check(context, db, programme) is { } stale)
            return stale;
        if (string.IsNullOrWhiteSpace(input.Name))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["Give the programme's name"] });
        programme.Name = input.Name.Trim();
        programme.Description = input.Description;
        await db.SaveChangesAsync();
        return TypedResults.Ok(Dto(programme));
    }

    private static async Task<IResult> SaveWorkstreamAsync(int? id, WorkstreamInput input, QuorumDb db, HttpContext? context)
    {
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == input.ProgrammeId);
        if (programme is null || !await db.MayEditAsync(programme))
            return TypedResults.Forbid();
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name))
            problems["name"] = ["Give the workstream's name"];
        if (!Money.TryParse(input.PlannedSpend, out var planned))
            problems["plannedSpend"] = ["An amount like 12500, or “to be agreed”"];
        if (!Money.TryParse(input.ActualSpend, out var actual))
            problems["actualSpend"] = ["An amount like 12500, or “to be agreed”"];
        if (problems.Count > 0)
            return TypedResults.ValidationProblem(problems);
        var workstream = id is null ? new Workstream { Name = input.Name!, ProgrammeId = programme.Id }
            : await db.Workstreams.Include(w => w.Sponsors).Include(w => w.Reports).SingleOrDefaultAsync(w => w.Id == id && w.ProgrammeId == programme.Id);
        if (workstream is null)
            return TypedResults.NotFound();
        if (context is not null && ETags.Check(context, db, workstream) is { } stale)
            return stale;
        var sponsors = await db.People.AllWithIdsAsync(input.SponsorIds, "sponsorIds");
        new WorkstreamForm
        {
            Name = input.Name,
            Description = input.Description,
            LeadBodyId = input.LeadBodyId,
            StrategicObjectives = string.Join('\n', input.StrategicObjectives ?? []),
            WorkstreamObjectives = string.Join('\n', input.WorkstreamObjectives ?? []),
        }.ApplyTo(workstream, (planned, actual), sponsors);
        if (id is null)
            db.Workstreams.Add(workstream);
        await db.SaveChangesAsync();
        return id is null ? TypedResults.Created($"/api/v1/workstreams/{workstream.Id}", Dto(workstream)) : TypedResults.Ok(Dto(workstream));
    }

    private static async Task<IResult> SaveRaidAsync(int? id, RaidInput input, QuorumDb db, HttpContext? context)
    {
        if (!await db.MayEditAsync(Owner.Of<Workstream>(input.WorkstreamId)))
            return TypedResults.Forbid();
        if (string.IsNullOrWhiteSpace(input.Description))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["description"] = ["Describe the entry"] });
        var entry = id is null ? new RaidEntry { Description = input.Description, WorkstreamId = input.WorkstreamId }
            : await db.RaidEntries.SingleOrDefaultAsync(r => r.Id == id && r.WorkstreamId == input.WorkstreamId);
        if (entry is null)
            return TypedResults.NotFound();
        if (context is not null && ETags.Check(context, db, entry) is { } stale)
            return stale;
        entry.Kind = input.Kind;
        entry.Description = input.Description.Trim();
        entry.OwnerId = input.OwnerId;
        entry.Impact = input.Impact;
        entry.Likelihood = input.Likelihood;
        entry.Mitigation = input.Mitigation;
        entry.DueDate = input.DueDate;
        if (input.Closed == true && !entry.IsClosed)
            entry.Close(db.Today);
        else if (input.Closed == false && entry.IsClosed)
            entry.Reopen();
        if (id is null)
            db.RaidEntries.Add(entry);
        await db.SaveChangesAsync();
        return id is null ? TypedResults.Created($"/api/v1/raid/{entry.Id}", Dto(entry)) : TypedResults.Ok(Dto(entry));
    }

    private static async Task<IResult> SaveMilestoneAsync(int? id, MilestoneInput input, QuorumDb db, HttpContext? context)
    {
        if (!await db.MayEditAsync(Owner.Of<Workstream>(input.WorkstreamId)))
            return TypedResults.Forbid();
        if (string.IsNullOrWhiteSpace(input.Text) || input.TargetDate is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Give the milestone and its targetDate"] });
        var milestone = id is null ? new Milestone { Text = input.Text, WorkstreamId = input.WorkstreamId }
            : await db.Milestones.SingleOrDefaultAsync(m => m.Id == id && m.WorkstreamId == input.WorkstreamId);
        if (milestone is null)
            return TypedResults.NotFound();
        if (context is not null && ETags.Check(context, db, milestone) is { } stale)
            return stale;
        milestone.Text = input.Text.Trim();
        milestone.TargetIsMonth = input.TargetIsMonth ?? false;
        milestone.TargetDate = milestone.TargetIsMonth ? new DateOnly(input.TargetDate.Value.Year, input.TargetDate.Value.Month, 1) : input.TargetDate.Value;
        milestone.Status = input.Status ?? milestone.Status;
        milestone.ActualDate = input.ActualDate;
        if (id is null)
            db.Milestones.Add(milestone);
        await db.SaveChangesAsync();
        return id is null ? TypedResults.Created($"/api/v1/milestones/{milestone.Id}", Dto(db.Today)(milestone)) : TypedResults.Ok(Dto(db.Today)(milestone));
    }

    private static async Task<IResult> SaveReportAsync(int? id, ReportInput input, QuorumDb db, HttpContext? context)
    {
        if (!await db.MayEditAsync(Owner.Of<Workstream>(input.WorkstreamId)))
            return TypedResults.Forbid();
        if (input.ReportDate is null || !Money.TryParse(input.SpendToDate, out var spend))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reportDate"] = ["Give the reportDate, and spendToDate as an amount or “to be agreed”"] });
        var report = id is null ? new HighlightReport { WorkstreamId = input.WorkstreamId }
            : await db.HighlightReports.SingleOrDefaultAsync(r => r.Id == id && r.WorkstreamId == input.WorkstreamId);
        if (report is null)
            return TypedResults.NotFound();
        if (context is not null && ETags.Check(context, db, report) is { } stale)
            return stale;
        report.EnsureEditable();
        report.ReportDate = input.ReportDate.Value;
        (report.Time, report.Cost, report.Scope) = (input.Time, input.Cost, input.Scope);
        report.Overall = input.Overall ?? RagRule.Overall(input.Time, input.Cost, input.Scope);
        report.StatusUpdates = string.Join('\n', input.StatusUpdates ?? []);
        report.NextMilestones = string.Join('\n', input.NextMilestones ?? []);
        report.KeyRisksAndIssues = string.Join('\n', input.KeyRisksAndIssues ?? []);
        report.SpendToDate = spend;
        report.AuthoredBy ??= db.Viewer.Name;
        if (id is null)
            db.HighlightReports.Add(report);
        await db.SaveChangesAsync();
        return id is null ? TypedResults.Created($"/api/v1/highlight-reports/{report.Id}", Dto(report)) : TypedResults.Ok(Dto(report));
    }
}
