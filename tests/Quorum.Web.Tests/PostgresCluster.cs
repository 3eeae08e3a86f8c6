using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Quorum.Web.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster in a temp folder (initdb + pg_ctl, trust auth, fsync off, a free
/// loopback port), so the suite runs against a real server without any set-up. As root, the server
/// runs as the postgres user, since PostgreSQL refuses to run as root.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private readonly string binaries;
    private readonly string folder;
    private readonly bool asPostgresUser;

    private PostgresCluster(string binaries, string folder, int port, bool asPostgresUser)
    {
        this.binaries = binaries;
        this.folder = folder;
        this.asPostgresUser = asPostgresUser;
        Port = port;
    }

    public int Port { get; }

    public static PostgresCluster? TryStart(out string? skipReason)
    {
        var binaries = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderDescending().FirstOrDefault()
            : null;
        if (binaries is null)
        {
            skipReason = "PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)";
            return null;
        }

        var asPostgresUser = Environment.UserName == "root";
        var folder = Path.Combine(Path.GetTempPath(), "quorum-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        if (asPostgresUser)
            Run("chown", $"postgres:postgres {folder}", asUser: false);
        var port = FreePort();
        var cluster = new PostgresCluster(binaries, folder, port, asPostgresUser);
        var data = Path.Combine(folder, "data");
        cluster.Pg("initdb", $"-D {data} -U postgres -A trust -E UTF8 --no-sync");
        cluster.Pg("pg_ctl", $"-D {data} -l {Path.Combine(folder, "log")} -w -t 60 -o \"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start");
        skipReason = null;
        return cluster;
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=20";

    public void CreateDatabase(string name)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            Pg("pg_ctl", $"-D {Path.Combine(folder, "data")} -m immediate stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Pg(string tool, string arguments) =>
        Run(Path.Combine(binaries, tool), arguments, asPostgresUser);

    private static void Run(string file, string arguments, bool asUser)
    {
        var start = asUser
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {error}{output.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
