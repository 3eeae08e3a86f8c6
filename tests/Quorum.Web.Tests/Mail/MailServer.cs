using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MimeKit;

namespace Quorum.Web.Tests.Mail;

/// <summary>
/// A real SMTP server for the whole test process: npm's maildev, restored from this folder's
/// package.json and started on free ports. Its REST API lists what arrived.
/// </summary>
public sealed class MailServer : IDisposable
{
    private static readonly Lazy<(MailServer? Server, string? Reason)> Started = new(Start);

    private readonly Process process;
    private readonly HttpClient api;

    private MailServer(Process process, int smtpPort, int webPort)
    {
        this.process = process;
        SmtpPort = smtpPort;
        api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public static MailServer? Shared => Started.Value.Server;

    /// <summary>Why the mail tests cannot run here (node or npm missing, or maildev would not start); null when they can.</summary>
    public static string? SkipReason => Started.Value.Reason;

    public int SmtpPort { get; }

    /// <summary>The settings that point a Quorum node at this server, sending every tenth of a second.</summary>
    public IReadOnlyDictionary<string, string> NodeSettings(string node) => new Dictionary<string, string>
    {
        ["Quorum:Mail:Host"] = "127.0.0.1",
        ["Quorum:Mail:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Quorum:Mail:Security"] = "None",
        ["Quorum:Mail:From"] = "clerks@quorum.example",
        ["Quorum:Mail:PollSeconds"] = "0.1",
        ["Quorum:Mail:NodeName"] = node,
    };

    /// <summary>Every message that arrived for <paramref name="address"/>, parsed.</summary>
    public async Task<List<MimeMessage>> ReceivedByAsync(string address)
    {
        using var list = JsonDocument.Parse(await api.GetStringAsync("api/email"));
        var ids = list.RootElement.EnumerateArray()
            .Where(e => e.GetProperty("to").EnumerateArray().Any(t => string.Equals(t.GetProperty("address").GetString(), address, StringComparison.OrdinalIgnoreCase)))
            .Select(e => e.GetProperty("id").GetString()!)
            .ToList();
        var messages = new List<MimeMessage>();
        foreach (var id in ids)
        {
            await using var source = await api.GetStreamAsync($"api/email/{id}/source");
            var buffer = new MemoryStream();
            await source.CopyToAsync(buffer);
            buffer.Position = 0;
            messages.Add(await MimeMessage.LoadAsync(buffer));
        }

        return messages;
    }

    /// <summary>Waits until <paramref name="address"/> has <paramref name="count"/> messages, then a little longer to catch any duplicate.</summary>
    public async Task<List<MimeMessage>> WaitForAsync(string address, int count, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < until)
        {
            if ((await ReceivedByAsync(address)).Count >= count)
                break;
            await Task.Delay(200);
        }

        await Task.Delay(1000);
        return await ReceivedByAsync(address);
    }

    private static (MailServer?, string?) Start()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "Quorum.Web.Tests", "Mail");
        if (!OnPath("node") || !OnPath("npm"))
            return (null, "node and npm are needed to run the maildev SMTP server");
        var maildev = Path.Combine(folder, "node_modules", "maildev", "dist", "bin", "maildev.js");
        if (!File.Exists(maildev))
        {
            var install = Run("npm", "install --no-audit --no-fund", folder, TimeSpan.FromMinutes(5));
            if (install != 0 || !File.Exists(maildev))
                return (null, $"npm install of maildev failed in {folder}");
        }

        var smtp = FreePort();
        var web = FreePort();
        var start = new ProcessStartInfo("node", $"\"{maildev}\" --smtp {smtp} --web {web} --ip 127.0.0.1 --web-ip 127.0.0.1")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new MailServer(process, smtp, web);
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until && !process.HasExited)
        {
            try
            {
                if (server.api.GetAsync("api/healthz").GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK)
                {
                    AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
                    return (server, null);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Thread.Sleep(250);
        }

        server.Dispose();
        return (null, "maildev did not start within a minute");
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
        api.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    private static int Run(string program, string arguments, string folder, TimeSpan timeout)
    {
        using var p = Process.Start(new ProcessStartInfo(program, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            return -1;
        }

        return p.ExitCode;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Quorum.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Quorum.slnx not found above the test assembly");
    }
}

/// <summary>A test that needs the SMTP server: reported skipped, with the reason, where maildev cannot run.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MailFactAttribute : FactAttribute
{
    public MailFactAttribute()
    {
        if (MailServer.SkipReason is { } reason)
            Skip = $"SKIPPED: {reason}";
    }
}
