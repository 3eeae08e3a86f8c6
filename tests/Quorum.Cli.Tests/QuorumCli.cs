using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Bodies;
using Quorum.Data;

namespace Quorum.Cli.Tests;

/// <summary>What one run of the command line printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error);

/// <summary>
/// The <c>quorum</c> command line as an operator runs it: a separate process on its own SQLite
/// database, in a folder of its own that is deleted afterwards.
/// </summary>
public sealed class QuorumCli : IAsyncDisposable
{
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "Quorum.Cli.dll");

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"quorum-cli-{Guid.NewGuid():N}");

    public async Task<CliRun> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Program);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["Quorum__Database"] = "sqlite";
        start.Environment["Quorum__DataDirectory"] = DataDirectory;
        start.Environment.Remove("ConnectionStrings__Quorum");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }

    /// <summary>The database the command line uses, read or written as the operator.</summary>
    public async Task<T> WithDbAsync<T>(Func<QuorumDb, Task<T>> work)
    {
        await using var services = await QuorumServices.OpenAsync(DatabaseSettings.From("sqlite", null, DataDirectory), CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.Db());
    }

    /// <summary>A body to import into.</summary>
    public Task<Body> AddBodyAsync(string shortName) => WithDbAsync(async db =>
    {
        var body = new Body { Name = $"Board {shortName}", ShortName = shortName };
        db.Bodies.Add(body);
        await db.SaveChangesAsync();
        return body;
    });

    public string WriteFile(string name, string text)
    {
        Directory.CreateDirectory(DataDirectory);
        var path = Path.Combine(DataDirectory, name);
        File.WriteAllText(path, text);
        return path;
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
            Directory.Delete(DataDirectory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
