using System.Diagnostics;
using System.Text.Json;

namespace Quorum.Web.Tests.Calendars;

/// <summary>
/// Mozilla's ical.js (npm, installed by the test project's build into Parsers/), run with node: an
/// iCalendar parser independent of the one Quorum writes with. Unavailable without node.
/// </summary>
public static class IcalJs
{
    public static string? MissingReason
    {
        get
        {
            if (FindOnPath("node") is null)
                return "node not found (install Node.js)";
            return File.Exists(Path.Combine(ParsersFolder, "node_modules", "ical.js", "package.json"))
                ? null
                : $"ical.js not installed in {ParsersFolder} (npm ci there)";
        }
    }

    public sealed record Event(string Uid, int? Sequence, string? Summary, string? Status, string? Tzid, bool ZoneKnown, string Local, string? Utc);

    public sealed record Result(IReadOnlyList<string> Zones, IReadOnlyList<Event> Events);

    public static async Task<Result> ReadAsync(string ics)
    {
        var start = new ProcessStartInfo("node", "read-ics.mjs")
        {
            WorkingDirectory = ParsersFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        await node.StandardInput.WriteAsync(ics);
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        node.ExitCode.ShouldBe(0, $"ical.js could not read the calendar: {await error}");
        return JsonSerializer.Deserialize<Result>(await output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private static string ParsersFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Quorum.slnx")))
                dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? ".", "tests", "Quorum.Web.Tests", "Parsers");
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
