using System.CommandLine;
using Quorum.Import;
using Quorum.Import.Minutes;
using Quorum.Import.Status;

namespace Quorum.Cli.Import;

/// <summary><c>quorum import minutes FILE [--json]</c> and <c>quorum import status FILE [--json]</c>.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Read existing minutes or status tables into drafts for review.");
        import.Subcommands.Add(Minutes());
        import.Subcommands.Add(Status());
        return import;
    }

    private static Command Minutes()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Minutes as .txt, .md, .docx, .pdf or .html." };
        var json = new Option<bool>("--json") { Description = "Print the draft as JSON (import-schema.json, kind 'minutes')." };
        var body = new Option<string?>("--body") { Description = "Save the minutes into this body (its short name) as a held meeting with draft minutes." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --body: show what would be saved, and save nothing." };
        var command = new Command("minutes", "Read a set of minutes, and optionally save them into a body.");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.Options.Add(body);
        command.Options.Add(dryRun);
        command.SetAction(async (parse, ct) =>
        {
            var read = Run(parse.GetValue(file)!, parse.GetValue(json), DocumentImporter.ReadMinutes, DraftJson.Serialize, Summarise);
            return read != 0 || parse.GetValue(body) is not { } shortName
                ? read
                : await MinutesIntoBody.SaveAsync(parse.GetValue(file)!, shortName, parse.GetValue(dryRun), ct);
        });
        return command;
    }

    private static Command Status()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A status table as .tsv, .csv or .xlsx, or a highlight report." };
        var json = new Option<bool>("--json") { Description = "Print the draft as JSON (import-schema.json, kind 'status')." };
        var command = new Command("status", "Read a programme status table.");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(json), DocumentImporter.ReadStatus, DraftJson.Serialize, Summarise));
        return command;
    }

    private static int Run<T>(FileInfo file, bool json, Func<Stream, string, T> read, Func<T, string> serialise, Func<T, string> summarise)
    {
        try
        {
            if (!file.Exists)
                throw new ImportException($"'{file.FullName}' does not exist.");
            using var stream = file.OpenRead();
            var draft = read(stream, file.Name);
            Console.Out.WriteLine(json ? serialise(draft) : summarise(draft));
            return 0;
        }
        catch (Exception ex) when (ex is ImportException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"quorum import: {ex.Message}");
            return 1;
        }
    }

    private static string Summarise(MinutesDraft draft)
    {
        var lines = new List<string>
        {
            $"{draft.Source}: minutes of {draft.Body ?? "an unnamed body"}, meeting of {draft.MeetingDate ?? "unknown date"}",
            $"  {draft.Attendees.Count} present, {draft.Apologies.Count} apologies, {draft.AgendaItems.Count} agenda items"
                + $" ({draft.AgendaItems.Count(i => i.Exempt)} exempt), {draft.Actions.Count} actions, {draft.Decisions.Count} decisions",
        };
        if (draft.NextMeetings.Count > 0)
            lines.Add($"  next meetings: {string.Join(", ", draft.NextMeetings)}");
        lines.AddRange(draft.Warnings.Select(w => $"  warning: {w}"));
        lines.Add("Run with --json to print the draft, or --body SHORTNAME to save it into a body.");
        return string.Join(Environment.NewLine, lines);
    }

    private static string Summarise(StatusDraft draft)
    {
        var lines = new List<string> { $"{draft.Source}: {draft.Workstreams.Count} workstreams" };
        lines.AddRange(draft.Workstreams.Select(w =>
            $"  {w.Name}: {w.StatusUpdates.Count} updates, {w.Risks.Count} risks, {w.Issues.Count} issues, {w.NextMilestones.Count} milestones"));
        lines.AddRange(draft.Warnings.Select(w => $"  warning: {w}"));
        lines.Add("Run with --json to print the draft.");
        return string.Join(Environment.NewLine, lines);
    }
}
