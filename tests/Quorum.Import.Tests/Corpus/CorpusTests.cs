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

    [Fact]
    public void AnswerKeys_AreMatchedAboveTheF1Thresholds()
    {
        var corpus = CorpusLocation.Find();
        if (corpus is null)
        {
            Skip("no shared/corpus folder beside the repository");
            return;
        }

        var fields = new Dictionary<string, FieldScore>
        {
            ["attendees"] = new("attendees", 0.95),
            ["apologies"] = new("apologies", 0.95),
            ["actions"] = new("actions", 0.95),
            ["meeting date"] = new("meeting date", 0.95),
            ["action owners"] = new("action owners", 0.90),
            ["agenda titles"] = new("agenda titles", 0.90),
            ["decisions"] = new("decisions", 0.90),
            ["next meetings"] = new("next meetings", 0.90),
            ["workstream items"] = new("workstream items", 0.90),
        };
        var misses = new StringBuilder();
        var keys = Directory.EnumerateFiles(corpus, "*.expected.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        keys.ShouldNotBeEmpty();
        foreach (var keyPath in keys)
        {
            var document = CorpusLocation.DocumentFor(keyPath);
            document.ShouldNotBeNull($"no document beside {keyPath}");
            using var key = JsonDocument.Parse(File.ReadAllText(keyPath));
            var name = Path.GetFileName(document);
            if (key.RootElement.TryGetProperty("workstreams", out var workstreams))
                ScoreStatus(DocumentImporter.ReadStatus(File.ReadAllBytes(document), name), workstreams, fields["workstream items"], misses, name);
            else
                ScoreMinutes(DocumentImporter.ReadMinutes(File.ReadAllBytes(document), name), key.RootElement, fields, misses, name);
        }

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"field",-18} {"P",6} {"R",6} {"F1",6} {"min",6}  tp/fp/fn");
        foreach (var field in fields.Values)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"{field.Name,-18} {field.Precision,6:F3} {field.Recall,6:F3} {field.F1,6:F3} {field.Threshold,6:F2}  {field.TruePositives}/{field.FalsePositives}/{field.FalseNegatives}{(field.Passes ? string.Empty : "  BELOW")}");
        }

        Write(table.ToString());
        Write(misses.ToString());
        fields.Values.Where(f => !f.Passes).Select(f => f.Name).ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryCorpusDocument_ReadsWithoutErrorAndMatchesTheSchema()
    {
        var corpus = CorpusLocation.Find();
        var schemaPath = CorpusLocation.FindSchema();
        if (corpus is null || schemaPath is null)
        {
            Skip("no shared/corpus folder and import-schema.json beside the repository");
            return;
        }

        // NJsonSchema 11 resolves draft-07 "definitions" but not 2020-12 "$defs"; the two mean the same here.
        var schemaText = (await File.ReadAllTextAsync(schemaPath)).Replace("$defs", "definitions", StringComparison.Ordinal);
        var schema = await JsonSchema.FromJsonAsync(schemaText);
        var read = 0;
        foreach (var document in CorpusLocation.Documents(corpus))
        {
            var name = Path.GetFileName(document);
            var bytes = File.ReadAllBytes(document);
            var isStatus = StatusExtensions.Contains(Path.GetExtension(document).ToLowerInvariant())
                || File.Exists(KeyPath(document)) && File.ReadAllText(KeyPath(document)).Contains("\"workstreams\"", StringComparison.Ordinal);
            var json = isStatus ? DraftJson.Serialize(DocumentImporter.ReadStatus(bytes, name)) : DraftJson.Serialize(DocumentImporter.ReadMinutes(bytes, name));
            var errors = schema.Validate(json);
            errors.Select(e => $"{name}: {e}").ShouldBeEmpty();
            read++;
        }

        read.ShouldBeGreaterThan(0);
        Write($"{read} corpus documents read and valid against import-schema.json");
    }

    private static string KeyPath(string document) =>
        Path.Combine(Path.GetDirectoryName(document)!, Path.GetFileNameWithoutExtension(document) + ".expected.json");

    private static void ScoreMinutes(MinutesDraft draft, JsonElement key, Dictionary<string, FieldScore> fields, StringBuilder misses, string name)
    {
        var expectedAttendees = key.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToList();
        Score(fields["attendees"], expectedAttendees, draft.Attendees.Select(a => a.Name).ToList(), SameName, misses, name);
        var expectedApologies = key.GetProperty("apologies").EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? a.GetString()! : a.GetProperty("name").GetString()!).ToList();
        Score(fields["apologies"], expectedApologies, draft.Apologies.Select(a => a.Name).ToList(), SameName, misses, name);
        var expectedTitles = key.GetProperty("agenda_items").EnumerateArray().Select(a => a.GetProperty("title").GetString()!).ToList();
        Score(fields["agenda titles"], expectedTitles, draft.AgendaItems.Select(a => a.Title).ToList(), Matching.SameText, misses, name);
        var expectedDecisions = key.GetProperty("decisions").EnumerateArray().Select(d => d.ValueKind == JsonValueKind.String ? d.GetString()! : d.GetProperty("text").GetString()!).ToList();
        Score(fields["decisions"], expectedDecisions, draft.Decisions.Select(d => d.Text).ToList(), Matching.SameText, misses, name);
        var expectedNext = key.GetProperty("next_meetings").EnumerateArray().Select(d => d.GetString()!).ToList();
        Score(fields["next meetings"], expectedNext, draft.NextMeetings.ToList(), string.Equals, misses, name);
        var expectedDate = key.GetProperty("meeting_date").GetString();
        Score(fields["meeting date"], expectedDate is null ? [] : [expectedDate], draft.MeetingDate is null ? [] : [draft.MeetingDate], string.Equals, misses, name);

        var expectedActions = key.GetProperty("actions").EnumerateArray().Select(a => new ActionDraft(
            a.GetProperty("reference").GetString(),
            a.GetProperty("owners").EnumerateArray().Select(o => o.GetString()!).ToList(),
            a.GetProperty("text").GetString()!)).ToList();
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

    private static bool SameAction(ActionDraft expected, ActionDraft actual) => expected.Reference is { } reference
        ? actual.Reference is { } found && Matching.NameKey(found) == Matching.NameKey(reference)
        : expected.Owners.Select(Matching.NameKey).Order().SequenceEqual(actual.Owners.Select(Matching.NameKey).Order()) && Matching.SameText(expected.Text, actual.Text);

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

    private void Skip(string reason)
    {
        // xunit 2.9 has no dynamic skip; the reason is printed so that a run without the corpus is visible.
        Write($"SKIPPED: {reason}");
    }

    private void Write(string text)
    {
        output.WriteLine(text);
        Console.WriteLine(text);
    }
}
