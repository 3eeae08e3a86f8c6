using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Status;

/// <summary>
/// Reads a written highlight report ("What we've been up to", "Blockers", "Biggest risks" …) as
/// one workstream: each section's list items go to the matching field.
/// </summary>
public static partial class HighlightReportReader
{
    [GeneratedRegex(@"\s+(?:week\s+\d+\s+)?(?:weekly\s+|monthly\s+)?(?:update|highlight\s+report|status\s+report|progress\s+report|report)\b.*$|\s+-\s+.*$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleSuffix();

    public static StatusDraft Read(IReadOnlyList<TextLine> lines, string source)
    {
        var warnings = new List<string>();
        var title = lines.FirstOrDefault(l => l.Kind == LineKind.Heading)?.Text ?? lines.FirstOrDefault(l => !l.IsBlank && l.Kind != LineKind.FrontMatter)?.Text;
        if (title is null)
        {
            warnings.Add("No title was found to name the workstream.");
            return new StatusDraft { Source = source, Warnings = warnings };
        }

        var fields = new Dictionary<StatusColumn, List<string>>();
        StatusColumn? current = null;
        foreach (var line in lines)
        {
            if (line.Kind == LineKind.Heading)
            {
                current = Section(line.Text);
                continue;
            }

            if (current is { } column && line.Kind == LineKind.ListItem && line.Text.Trim().Length > 0)
            {
                if (!fields.TryGetValue(column, out var list))
                    fields[column] = list = [];
                list.Add(TextCleaning.Squash(line.Text).Trim());
            }
        }

        if (fields.Count == 0)
            warnings.Add("No status sections (progress, next steps, issues, risks) were found.");
        List<string> Items(StatusColumn column) => fields.TryGetValue(column, out var list) ? list : [];
        var workstream = new WorkstreamDraft
        {
            Name = TitleSuffix().Replace(title.Trim(), string.Empty).Trim(),
            StrategicObjectives = Items(StatusColumn.StrategicObjectives),
            Objectives = Items(StatusColumn.Objectives),
            Risks = Items(StatusColumn.Risks),
            Issues = Items(StatusColumn.Issues),
            StatusUpdates = Items(StatusColumn.StatusUpdates),
            NextMilestones = Items(StatusColumn.NextMilestones),
        };
        return new StatusDraft { Source = source, Workstreams = [workstream], Warnings = warnings };
    }

    private static StatusColumn? Section(string heading)
    {
        var text = heading.ToLowerInvariant();
        if (text.Contains("risk"))
            return StatusColumn.Risks;
        if (text.Contains("blocker") || text.Contains("issue") || text.Contains("problem"))
            return StatusColumn.Issues;
        if (text.Contains("planning") || text.Contains("next") || text.Contains("milestone") || text.Contains("coming up"))
            return StatusColumn.NextMilestones;
        if (text.Contains("goal") || text.Contains("strategic"))
            return StatusColumn.StrategicObjectives;
        if (text.Contains("objective"))
            return StatusColumn.Objectives;
        if (text.Contains("up to") || text.Contains("progress") || text.Contains("done") || text.Contains("achieved") || text.Contains("this week") || text.Contains("completed") || text.Contains("update"))
            return StatusColumn.StatusUpdates;
        return null;
    }
}
