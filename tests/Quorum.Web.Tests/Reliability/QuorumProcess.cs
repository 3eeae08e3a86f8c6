using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Quorum.Web.Tests.Reliability;

/// <summary>
/// The web app as it runs in production: <c>dotnet Quorum.Web.dll</c> in a process of its own, on a
/// free port, with settings passed in its environment. It can be stopped as a service manager
/// would, or killed with SIGKILL, which gives it no chance to finish anything.
/// </summary>
public sealed class QuorumProcess : IDisposable
{
    private readonly Process process;
    private readonly Queue<string> log = new();

    private QuorumProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public int Port { get; }

    public int Id => process.Id;

    /// <summary>A client for this process, without cookies.</summary>
    public HttpClient Client { get; }

    public Uri Address => Client.BaseAddress!;

    /// <summary>The last lines the process wrote, for the message of a failing test.</summary>
    public string RecentOutput
    {
        get
        {
            lock (log)
                return string.Join('\n', log);
        }
    }

    /// <summary>Starts Quorum with <paramref name="settings"/> (environment variables such as <c>Quorum__DataDirectory</c>) and waits until it is ready.</summary>
    public static async Task<QuorumProcess> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan? timeout = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in new[] { WebApp, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", Path.Combine(RepositoryRoot(), "src", "Quorum.Web") })
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Quorum"] = "Information";
        start.Environment["Quorum__RateLimits__SignInPerMinute"] = "0";
        start.Environment["Quorum__RateLimits__ApiPerMinute"] = "0";
        foreach (var (key, value) in settings)
            start.Environment[key] = value;

        var running = new QuorumProcess(Process.Start(start)!, port);
        running.process.OutputDataReceived += (_, e) => running.Keep(e.Data);
        running.process.ErrorDataReceived += (_, e) => running.Keep(e.Data);
        running.process.BeginOutputReadLine();
        running.process.BeginErrorReadLine();
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(2));
        while (DateTime.UtcNow < until)
        {
            if (running.process.HasExited)
                throw new InvalidOperationException($"Quorum exited with code {running.process.ExitCode} before it was ready:\n{running.RecentOutput}");
            try
            {
                if ((await running.Client.GetAsync("health/ready")).StatusCode == HttpStatusCode.OK)
                    return running;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(100);
        }

        running.Kill();
        throw new TimeoutException($"Quorum was not ready within {timeout ?? TimeSpan.FromMinutes(2)}:\n{running.RecentOutput}");
    }

    /// <summary>Why a process cannot be started here (the web app is not built next to the tests), or null.</summary>
    public static string? MissingReason => File.Exists(WebApp) ? null : $"{WebApp} is not built";

    private static string WebApp => Path.Combine(AppContext.BaseDirectory, "Quorum.Web.dll");

    /// <summary>SIGKILL: the process ends at once, mid-request and mid-transaction.</summary>
    public void Kill()
    {
        try
        {
            process.Kill();
            process.WaitForExit(30_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>SIGTERM, as systemd stops a service: Quorum finishes what it is doing and exits.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
            return;
        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await term.WaitForExitAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
        Client.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (log)
        {
            log.Enqueue(line);
            while (log.Count > 200)
                log.Dequeue();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Quorum.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Quorum.slnx not found above the test assembly");
    }
}
