using System.Globalization;
using System.Text;
using System.Text.Json;
using NJsonSchema;
using Quorum.Import.Minutes;
using Quorum.Import.Status;
using Xunit.Abstractions;

namespace Quorum.Import.Tests.Corpus;

/// <summary>Reads every corpus document and compares the drafts with the hand-made answer keys.</summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    private static readonly string[] StatusExtensions = [".tsv", ".csv", ".xlsx"];

    /// <summary>
    /// Scores one set against its answer keys and prints a table. Only the seeds are held to
    /// thresholds (a regression guard); the other sets report their figures and never fail on them.
    /// The check half prints its figures alone: never a document's misses, which would show its content.
    /// </summary>
    [SkippableTheory]
    [InlineData("seeds")]
    [InlineData("dev")]
    [InlineData("tune")]
    [InlineData("check")]
    public void AnswerKeys_AreScoredPerSet(string set)
    {
        var folder = CorpusLocation.FolderOf(set);
        Skip.If(folder is null, $"no corpus folder for the {set} set");
        var keys = Directory.EnumerateFiles(folder, "*.expected.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Skip.If(keys.Count == 0, $"no answer keys in the {set} set");

        var showMisses = set != "check";
        var fields = NewFields(set == "seeds");
        var misses = new StringBuilder();
        var documents = 0;
        var unreadable = 0;
        foreach (var keyPath in keys)
        {
            var document = CorpusLocation.DocumentFor(keyPath);
            if (document is null)
            {
                unreadable++;
                continue;
            }

            JsonDocument key;
            try
            {
                key = JsonDocument.Parse(File.ReadAllText(keyPath));
            }
            catch (JsonException)
            {
                unreadable++;
                continue;
            }

            using (key)
            {
                var name = Path.GetFileName(document);
                var bytes = File.ReadAllBytes(document);
                var sink = showMisses ? misses : new StringBuilder();
                if (key.RootElement.TryGetProperty("workstreams", out var workstreams))
                    ScoreStatus(DocumentImporter.ReadStatus(bytes, name), workstreams, fields["workstream items"], sink, name);
                else
                    ScoreMinutes(ReadOrNothing(bytes, name), key.RootElement, fields, sink, name);
                documents++;
            }
        }

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"== {set}: {documents} documents with answer keys{(unreadable > 0 ? $", {unreadable} keys without a readable document or key" : string.Empty)}");
        table.AppendLine(CultureInfo.InvariantCulture, $"{"field",-18} {"P",6} {"R",6} {"F1",6}  tp/fp/fn");
        foreach (var field in fields.Values.Where(f => f.TruePositives + f.FalsePositives + f.FalseNegatives > 0 || Primary.Contains(f.Name)))
        {
            var guard = field.Threshold > 0 ? string.Create(CultureInfo.InvariantCulture, $"  min {field.Threshold:F2}{(field.Passes ? string.Empty : " BELOW")}") : string.Empty;
            table.AppendLine(CultureInfo.InvariantCulture,
                $"{field.Name,-18} {field.Precision,6:F3} {field.Recall,6:F3} {field.F1,6:F3}  {field.TruePositives}/{field.FalsePositives}/{field.FalseNegatives}{guard}");
        }

        Write(table.ToString());
        if (showMisses)
            Write(misses.ToString());
        documents.ShouldBeGreaterThan(0);
        fields.Values.Where(f => f.Threshold > 0 && !f.Passes).Select(f => f.Name).ShouldBeEmpty();
    }

    private static readonly string[] Primary = ["attendees", "apologies", "actions", "meeting date", "agenda items", "decisions", "body", "next meetings"];

    /// <summary>The fields scored; the seeds carry the thresholds that guard against regressions.</summary>
    private static Dictionary<string, FieldScore> NewFields(bool guarded)
    {
        double Min(double threshold) => guarded ? threshold : 0;
        return new Dictionary<string, FieldScore>
        {
            ["attendees"] = new("attendees", Min(0.95)),
            ["apologies"] = new("apologies", Min(0.95)),
            ["actions"] = new("actions", Min(0.95)),
            ["meeting date"] = new("meeting date", Min(0.95)),
            ["agenda items"] = new("agenda items", Min(0.90)),
            ["decisions"] = new("decisions", Min(0.90)),
            ["body"] = new("body", Min(0.75)),
            ["next meetings"] = new("next meetings", Min(0.90)),
            ["action owners"] = new("action owners", Min(0.90)),
            ["workstream items"] = new("workstream items", Min(0.90)),
        };
    }

    /// <summary>A document the reader refuses scores as an empty draft: every expected item is missed.</summary>
    private static MinutesDraft ReadOrNothing(byte[] bytes, string name)
    {
        try
        {
            return DocumentImporter.ReadMinutes(bytes, name);
        }
        catch (ImportException)
        {
            return new MinutesDraft { Source = name };
        }
    }

    [SkippableFact]
    public async Task EveryCorpusDocument_ReadsWithoutErrorAndMatchesTheSchema()
    {
        var corpus = CorpusLocation.Find();
        var schemaPath = CorpusLocation.FindSchema();
        Skip.If(corpus is null || schemaPath is null, "no shared/corpus folder and import-schema.json beside the repository");

        // NJsonSchema 11 resolves draft-07 "definitions" but not 2020-12 "$defs"; the two mean the same here.
        var schemaText = (await File.ReadAllTextAsync(schemaPath)).Replace("$defs", "definitions", StringComparison.Ordinal);
        var schema = await JsonSchema.FromJsonAsync(schemaText);
        var read = 0;
        var project = CorpusLocation.FindProjectCorpus();
        var documents = CorpusLocation.Documents(corpus!).Concat(project is null ? [] : CorpusLocation.Documents(project)).ToList();
        var invalid = new List<string>();
        foreach (var document in documents)
        {
            if (Path.GetExtension(document) is ".md" && Path.GetFileName(Path.GetDirectoryName(document)) == "sources")
                continue;
            var name = Path.GetFileName(document);
            var bytes = File.ReadAllBytes(document);
            var isStatus = StatusExtensions.Contains(Path.GetExtension(document).ToLowerInvariant())
                || File.Exists(KeyPath(document)) && File.ReadAllText(KeyPath(document)).Contains("\"workstreams\"", StringComparison.Ordinal);
            var json = isStatus ? DraftJson.Serialize(DocumentImporter.ReadStatus(bytes, name)) : DraftJson.Serialize(DocumentImporter.ReadMinutes(bytes, name));
            var errors = schema.Validate(json);
            // A check document is named, never quoted: schema errors carry paths, not values.
            invalid.AddRange(errors.Select(e => $"{name}: {e.Path} {e.Kind}"));
            read++;
        }

        read.ShouldBeGreaterThan(0);
        invalid.ShouldBeEmpty();
        Write($"{read} corpus documents read and valid against import-schema.json");
    }

    private static string KeyPath(string document) =>
        Path.Combine(Path.GetDirectoryName(document)!, Path.GetFileNameWithoutExtension(document) + ".expected.json");

    private static void ScoreMinutes(MinutesDraft draft, JsonElement key, Dictionary<string, FieldScore> fields, StringBuilder misses, string name)
    {
        Score(fields["attendees"], Names(key, "attendees"), draft.Attendees.Select(a => a.Name).ToList(), SameName, misses, name);
        Score(fields["apologies"], Names(key, "apologies"), draft.Apologies.Select(a => a.Name).ToList(), SameName, misses, name);
        Score(fields["agenda items"], Texts(key, "agenda_items", "title"), draft.AgendaItems.Select(a => a.Title).ToList(), Matching.SameText, misses, name);
        Score(fields["decisions"], Texts(key, "decisions", "text"), draft.Decisions.Select(d => d.Text).ToList(), Matching.SameText, misses, name);
        Score(fields["next meetings"], Texts(key, "next_meetings", "date"), draft.NextMeetings.ToList(), string.Equals, misses, name);
        var expectedDate = StringOf(key, "meeting_date");
        Score(fields["meeting date"], expectedDate is null ? [] : [expectedDate], draft.MeetingDate is null ? [] : [draft.MeetingDate], string.Equals, misses, name);
        var expectedBody = StringOf(key, "body");
        Score(fields["body"], expectedBody is null ? [] : [expectedBody], draft.Body is null ? [] : [draft.Body], Matching.SameText, misses, name);

        var expectedActions = key.TryGetProperty("actions", out var actions) && actions.ValueKind == JsonValueKind.Array
            ? actions.EnumerateArray().Select(a => new ActionDraft(
                StringOf(a, "reference"),
                a.TryGetProperty("owners", out var owners) && owners.ValueKind == JsonValueKind.Array ? owners.EnumerateArray().Select(o => o.GetString() ?? string.Empty).ToList() : [],
                StringOf(a, "text") ?? string.Empty)).ToList()
            : [];
        var actual = draft.Actions.ToList();
        var (tp, fp, fn, pairs) = Matching.Pair(expectedActions, actual, SameAction);
        fields["actions"].Add(tp, fp, fn);
        if (fp + fn > 0)
        {
            misses.AppendLine(CultureInfo.InvariantCulture, $"{name} actions: missed [{string.Join(" | ", expectedActions.Except(pairs.Select(p => p.Expected)).Select(Describe))}]");
            misses.AppendLine(CultureInfo.InvariantCulture, $"{name} actions: extra [{string.Join(" | ", actual.Except(pairs.Select(p => p.Actual)).Select(Describe))}]");
        }

        foreach (var (expected, found) in pairs)
            Score(fields["action owners"], expected.Owners, found.Owners, SameName, misses, $"{name} {expected.Reference ?? expected.Text[..Math.Min(20, expected.Text.Length)]}");
    }

    private static string? StringOf(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Names of a list whose entries are strings or objects with a name.</summary>
    private static List<string> Names(JsonElement key, string property) => Texts(key, property, "name");

    private static List<string> Texts(JsonElement key, string property, string inner) =>
        key.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray()
                .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : StringOf(e, inner))
                .Where(t => !string.IsNullOrWhiteSpace(t))
                .Select(t => t!)
                .ToList()
            : [];

    private static bool SameAction(ActionDraft expected, ActionDraft actual) => expected.Reference is { } reference
        ? actual.Reference is { } found && Matching.NameKey(found) == Matching.NameKey(reference)
        : expected.Owners.Select(Matching.NameKey).Order().SequenceEqual(actual.Owners.Select(Matching.NameKey).Order()) && Matching.SameActionText(expected.Text, actual.Text);

    private static string Describe(ActionDraft action) => $"{action.Reference} {string.Join("+", action.Owners)}: {action.Text}";

    private static bool SameName(string expected, string actual) => Matching.NameKey(expected) == Matching.NameKey(actual);

    private static void ScoreStatus(StatusDraft draft, JsonElement workstreams, FieldScore field, StringBuilder misses, string name)
    {
        string[] lists = ["strategic_objectives", "objectives", "risks", "issues", "status_updates", "next_milestones"];
        foreach (var expected in workstreams.EnumerateArray())
        {
            var expectedName = expected.GetProperty("name").GetString()!;
            var actual = draft.Workstreams.FirstOrDefault(w => Matching.SameText(expectedName, w.Name));
            foreach (var list in lists)
            {
                var expectedItems = expected.TryGetProperty(list, out var items) ? items.EnumerateArray().Select(i => i.GetString()!).ToList() : [];
                var actualItems = actual is null ? [] : ListOf(actual, list);
                Score(field, expectedItems, actualItems, Matching.SameText, misses, $"{name} {list}");
            }
        }
    }

    private static List<string> ListOf(WorkstreamDraft workstream, string list) => (list switch
    {
        "strategic_objectives" => workstream.StrategicObjectives,
        "objectives" => workstream.Objectives,
        "risks" => workstream.Risks,
        "issues" => workstream.Issues,
        "status_updates" => workstream.StatusUpdates,
        _ => workstream.NextMilestones,
    }).ToList();

    private static void Score(FieldScore field, IReadOnlyList<string> expected, IReadOnlyList<string> actual, Func<string, string, bool> same, StringBuilder misses, string name)
    {
        var (tp, fp, fn, pairs) = Matching.Pair(expected, actual, same);
        field.Add(tp, fp, fn);
        if (fp + fn == 0)
            return;
        var missed = expected.Where(e => !pairs.Any(p => ReferenceEquals(p.Expected, e))).ToList();
        var extra = actual.Where(a => !pairs.Any(p => ReferenceEquals(p.Actual, a))).ToList();
        misses.AppendLine(CultureInfo.InvariantCulture, $"{name} {field.Name}: missed [{string.Join(" | ", missed)}] extra [{string.Join(" | ", extra)}]");
    }

    private void Write(string text)
    {
        output.WriteLine(text);
        Console.WriteLine(text);
    }
}
