using Quorum.Bodies;
using Quorum.Kpis;
using Quorum.Papers;
using Quorum.Programmes;
using Quorum.Web.Features.Shared;
using Quorum.Web.Features.Shared.Exports;

namespace Quorum.Web.Features.Kpis;

/// <summary>
/// A register's KPI report: each measure's organisations ranked on its latest quarter, against the
/// target. Written as a Word document when it is taken to a meeting as a paper.
/// </summary>
public sealed record KpiReport(Body Body, IReadOnlyList<KpiBenchmark> Measures, DateOnly Date)
{
    /// <summary>A report with a restricted measure goes to the register's members only, marked accordingly.</summary>
    public bool IsRestricted => Measures.Any(m => m.Kpi.Restricted);

    public ProtectiveMarking Marking => IsRestricted ? ProtectiveMarking.OfficialSensitive : ProtectiveMarking.Official;

    public string Title => $"Strategic KPIs report, {Display.Date(Date)}";

    public string FileName => $"Strategic KPIs report - {Body.ShortName} - {Date:yyyy-MM-dd}.docx";

    public static IReadOnlyList<string> Columns { get; } = ["Rank", "Organisation", "Figure", "Against the target"];

    public static IReadOnlyList<IReadOnlyList<string>> Rows(KpiBenchmark b) =>
        [.. b.Standings.Select(s => (IReadOnlyList<string>)[
            s.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–",
            s.Organisation.Name,
            s.Value is { } v ? KpiDisplay.Figure(v.Value, b.Kpi.Unit) : "Not reported",
            s.Rag?.ToString() ?? ""])];

    /// <summary>The report with Word's own heading and table styles.</summary>
    public byte[] Word()
    {
        var blocks = new List<DocumentBlock>
        {
            new HeadingBlock(1, $"Strategic KPIs: {Body.Name}"),
            new TextBlock($"The latest quarter reported for each measure, organisations ranked best first, as at {Display.Date(Date)}."),
        };
        if (Measures.Count == 0)
            blocks.Add(new TextBlock("The register has no measures."));
        foreach (var m in Measures)
        {
            blocks.Add(new HeadingBlock(2, m.Kpi.Name));
            var counts = string.Join(", ", new[] { Rag.Green, Rag.Amber, Rag.Red }.Select(r => (Rag: r, N: m.Standings.Count(s => s.Rag == r))).Where(c => c.N > 0).Select(c => $"{c.N} {c.Rag.ToString().ToLowerInvariant()}"));
            blocks.Add(new TextBlock($"{KpiDisplay.Direction(m.Kpi.Direction)}. Target {KpiDisplay.Target(m.Kpi)}; tolerance {KpiDisplay.Tolerance(m.Kpi)}."));
            if (m.Period is { } period)
            {
                blocks.Add(new TextBlock($"{period} ({period.Months}): {counts}."));
                blocks.Add(new TableBlock(Columns, Rows(m)));
            }
            else
            {
                blocks.Add(new TextBlock("No figures have been recorded yet."));
            }
        }

        return WordExport.Write(new DocumentContent(Title, ProtectiveMarkings.Label(Marking), blocks));
    }
}
