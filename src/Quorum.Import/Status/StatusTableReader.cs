using System.Globalization;
using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Status;

/// <summary>
/// Reads a programme status table (one row per workstream) into a <see cref="StatusDraft"/>.
/// A row with no workstream name continues the row above: cells that overflowed when the table
/// was exported carry on there.
/// </summary>
public static partial class StatusTableReader
{
    private static readonly HashSet<string> DanglingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "to", "of", "and", "a", "an", "from", "with", "for", "on", "in", "by", "at", "or",
    };

    [GeneratedRegex(@"^(?<currency>[£$€])?\s*(?<amount>\d[\d,]*(?:\.\d+)?)\s*(?<suffix>k|m)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyPattern();

    public static StatusDraft Read(IReadOnlyList<IReadOnlyList<string>> rows, string source)
    {
        var warnings = new List<string>();
        var headerIndex = -1;
        Dictionary<StatusColumn, int> columns = [];
        for (var i = 0; i < rows.Count && i < 20; i++)
        {
            var candidate = MapColumns(rows[i]);
            if (candidate.ContainsKey(StatusColumn.Name) && candidate.Count >= 3)
            {
                headerIndex = i;
                columns = candidate;
                break;
            }
        }

        if (headerIndex < 0)
        {
            warnings.Add("No header row naming the workstream columns was found.");
            return new StatusDraft { Source = source, Warnings = warnings };
        }

        var built = new List<Builder>();
        for (var i = headerIndex + 1; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.All(c => c.Trim().Trim('-', '–', ' ').Length == 0))
                continue;
            string Cell(StatusColumn column) => columns.TryGetValue(column, out var index) && index < row.Count ? row[index].Trim() : string.Empty;
            var name = Cell(StatusColumn.Name);
            if (name.Length > 0)
            {
                built.Add(new Builder(name));
            }
            else if (built.Count == 0)
            {
                warnings.Add($"Row {i + 1} has no workstream name and nothing above to continue; skipped.");
                continue;
            }

            var current = built[^1];
            foreach (var (column, _) in columns)
            {
                if (column != StatusColumn.Name)
                    current.Append(column, Cell(column), continuation: name.Length == 0);
            }
        }

        return new StatusDraft { Source = source, Workstreams = built.Select(b => b.Build()).ToList(), Warnings = warnings };
    }

    /// <summary>Recognises header cells such as "Workstream Name", "Chief Exec Sponsor", "Surrey First Strategic Objectives".</summary>
    public static Dictionary<StatusColumn, int> MapColumns(IReadOnlyList<string> header)
    {
        var map = new Dictionary<StatusColumn, int>();
        for (var i = 0; i < header.Count; i++)
        {
            var cell = header[i].Trim().ToLowerInvariant();
            StatusColumn? column = cell switch
            {
                _ when cell.Contains("description") => StatusColumn.Description,
                _ when cell.Contains("sponsor") || cell is "sro" => StatusColumn.Sponsors,
                _ when cell.Contains("strategic") => StatusColumn.StrategicObjectives,
                _ when cell.Contains("objective") => StatusColumn.Objectives,
                _ when cell.Contains("risk") => StatusColumn.Risks,
                _ when cell.Contains("issue") => StatusColumn.Issues,
                _ when cell.Contains("milestone") || cell.Contains("next step") => StatusColumn.NextMilestones,
                _ when cell.Contains("status") || cell.Contains("progress") || cell.Contains("update") => StatusColumn.StatusUpdates,
                _ when cell.Contains("planned") || cell.Contains("budget") => StatusColumn.PlannedSpend,
                _ when cell.Contains("actual") || cell.Contains("spend to date") => StatusColumn.ActualSpend,
                _ when cell.Contains("name") || cell is "workstream" or "project" or "stream" => StatusColumn.Name,
                _ => null,
            };
            if (column is { } found && !map.ContainsKey(found))
                map[found] = i;
        }

        return map;
    }

    public static MoneyDraft? Money(string text)
    {
        var trimmed = TextCleaning.Squash(text).Trim();
        if (trimmed.Length == 0)
            return null;
        var match = MoneyPattern().Match(trimmed);
        if (!match.Success)
            return new MoneyDraft(null, null, trimmed);
        var amount = decimal.Parse(match.Groups["amount"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        amount *= match.Groups["suffix"].Value.ToLowerInvariant() switch
        {
            "k" => 1_000m,
            "m" => 1_000_000m,
            _ => 1m,
        };
        var currency = match.Groups["currency"].Value switch
        {
            "£" => "GBP",
            "$" => "USD",
            "€" => "EUR",
            _ => null,
        };
        return new MoneyDraft(amount, currency, trimmed);
    }

    private sealed class Builder(string name)
    {
        private readonly Dictionary<StatusColumn, List<string>> _items = [];
        private readonly Dictionary<StatusColumn, string> _text = [];

        public void Append(StatusColumn column, string cell, bool continuation)
        {
            if (cell.Length == 0)
                return;
            if (column is StatusColumn.Description or StatusColumn.PlannedSpend or StatusColumn.ActualSpend or StatusColumn.Sponsors)
            {
                _text[column] = _text.TryGetValue(column, out var existing) ? $"{existing} {cell}" : cell;
                return;
            }

            var items = CellList.Items(cell);
            if (!_items.TryGetValue(column, out var list))
                _items[column] = list = [];
            var raw = cell.TrimStart();
            // An overflowing cell breaks mid-sentence: its first fragment finishes the last item above.
            if (continuation && list.Count > 0 && items.Count > 0 && EndsMidSentence(list[^1]))
            {
                list[^1] = $"{list[^1]} {items[0]}";
                items.RemoveAt(0);
            }

            _ = raw;
            list.AddRange(items);
        }

        private static bool EndsMidSentence(string item)
        {
            var last = item.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
            return DanglingWords.Contains(last);
        }

        public WorkstreamDraft Build()
        {
            List<string> Items(StatusColumn column) => _items.TryGetValue(column, out var list) ? list : [];
            string? Text(StatusColumn column) => _text.TryGetValue(column, out var text) ? CleanText(text) : null;
            var sponsors = Text(StatusColumn.Sponsors);
            return new WorkstreamDraft
            {
                Name = CleanText(name),
                Description = Text(StatusColumn.Description),
                Sponsors = sponsors is null ? [] : [sponsors],
                StrategicObjectives = Items(StatusColumn.StrategicObjectives),
                Objectives = Items(StatusColumn.Objectives),
                Risks = Items(StatusColumn.Risks),
                Issues = Items(StatusColumn.Issues),
                StatusUpdates = Items(StatusColumn.StatusUpdates),
                NextMilestones = Items(StatusColumn.NextMilestones),
                PlannedSpend = Money(Text(StatusColumn.PlannedSpend) ?? string.Empty),
                ActualSpend = Money(Text(StatusColumn.ActualSpend) ?? string.Empty),
            };
        }

        private static string CleanText(string text) => TextCleaning.Squash(TextCleaning.Clean(text)).Trim();
    }
}
