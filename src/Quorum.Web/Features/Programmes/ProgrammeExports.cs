using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
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
        return TypedResults.File(Word(report), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
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

    /// <summary>Writes the report with Word's own heading and list styles, so it reads as a Word user expects.</summary>
    public static byte[] Word(HighlightReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            var w = report.Workstream!;
            body.Append(Heading($"Highlight report: {w.Name}", 1));
            body.Append(Paragraph($"{w.Programme?.Name} · {Display.Date(report.ReportDate)}"));
            body.Append(StatusTable(report));
            foreach (var (title, text) in new[] { ("Status updates", report.StatusUpdates), ("Next milestones", report.NextMilestones), ("Key risks and issues", report.KeyRisksAndIssues) })
            {
                body.Append(Heading(title, 2));
                foreach (var line in Quorum.Programmes.Workstream.Lines(text))
                    body.Append(Paragraph("• " + line));
            }

            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Table StatusTable(HighlightReport r)
    {
        var table = new Table(new TableProperties(
            new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 })));
        foreach (var (label, value) in new[] { ("Overall", Display.Rag(r.Overall)), ("Time", Display.Rag(r.Time)), ("Cost", Display.Rag(r.Cost)), ("Scope", Display.Rag(r.Scope)), ("Spend to date", r.SpendToDate.ToString()) })
            table.Append(new TableRow(Cell(label, bold: true), Cell(value, bold: false)));
        return table;
    }

    private static TableCell Cell(string text, bool bold) =>
        new(new Paragraph(new Run(bold ? new RunProperties(new Bold()) : new RunProperties(), new Text(text))));

    private static Paragraph Heading(string text, int level) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }), new Run(new RunProperties(new Bold(), new FontSize { Val = level == 1 ? "32" : "26" }), new Text(text)));

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
