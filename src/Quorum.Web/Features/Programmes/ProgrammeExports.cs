using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Programmes;
using Quorum.Web.Features.Api;
using Quorum.Web.Features.Shared;
using Quorum.Web.Features.Shared.Exports;

namespace Quorum.Web.Features.Programmes;

/// <summary>A highlight report as a Word document, and a workstream's RAID log as a spreadsheet.</summary>
public static class ProgrammeExports
{
    public static readonly string[] RaidColumns = ["Kind", "Description", "Owner", "Impact", "Likelihood", "Mitigation or next step", "Due", "Status", "Closed on"];

    public static RouteGroupBuilder MapProgrammeExports(this RouteGroupBuilder api)
    {
        api.MapCollection("highlight-reports").MapGet("/{id:int}/report.docx", ReportAsync);
        api.MapCollection("workstreams").MapGet("/{id:int}/raid.xlsx", RaidAsync);
        return api;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ReportAsync(int id, QuorumDb db)
    {
        var report = await db.HighlightReports.AsNoTracking()
            .Include(r => r.Workstream!).ThenInclude(w => w.Programme)
            .SingleOrDefaultAsync(r => r.Id == id);
        if (report is null)
            return TypedResults.NotFound();
        return TypedResults.File(Word(report), WordExport.ContentType,
            $"Highlight report - {report.Workstream!.Name} - {report.ReportDate:yyyy-MM-dd}.docx");
    }

    private static async Task<IResult> RaidAsync(int id, QuorumDb db)
    {
        var workstream = await db.Workstreams.AsNoTracking().Include(w => w.Raid).ThenInclude(r => r.Owner).SingleOrDefaultAsync(w => w.Id == id);
        if (workstream is null)
            return TypedResults.NotFound();
        return new TableExport($"raid-{workstream.Id}", RaidColumns, workstream.Raid.OrderBy(r => r.IsClosed).ThenBy(r => r.Kind).Select(r => (IReadOnlyList<object?>)
        [
            r.Kind.ToString(), r.Description, r.Owner?.FullName, r.Impact?.ToString(), r.Likelihood?.ToString(), r.Mitigation, r.DueDate,
            r.IsClosed ? "Closed" : "Open", r.ClosedOn,
        ])).Xlsx();
    }

    /// <summary>Writes the report with Word's own heading, list and table styles, so it reads as a Word user expects.</summary>
    public static byte[] Word(HighlightReport report)
    {
        var w = report.Workstream!;
        var title = $"Highlight report: {w.Name}";
        var blocks = new List<DocumentBlock>
        {
            new HeadingBlock(1, title),
            new TextBlock($"{w.Programme?.Name} · {Display.Date(report.ReportDate)}"),
            new TableBlock(["Measure", "Status"],
                [.. new[] { ("Overall", Display.Rag(report.Overall)), ("Time", Display.Rag(report.Time)), ("Cost", Display.Rag(report.Cost)), ("Scope", Display.Rag(report.Scope)), ("Spend to date", report.SpendToDate.ToString()) }
                    .Select(r => (IReadOnlyList<string>)[r.Item1, r.Item2])]),
        };
        foreach (var (heading, text) in new[] { ("Status updates", report.StatusUpdates), ("Next milestones", report.NextMilestones), ("Key risks and issues", report.KeyRisksAndIssues) })
        {
            blocks.Add(new HeadingBlock(2, heading));
            blocks.AddRange(Quorum.Programmes.Workstream.Lines(text).Select(line => new BulletBlock(line)));
        }

        return WordExport.Write(new DocumentContent($"{title}, {Display.Date(report.ReportDate)}", null, blocks));
    }
}
