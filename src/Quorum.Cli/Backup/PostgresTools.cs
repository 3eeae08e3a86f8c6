using System.Diagnostics;
using Npgsql;

namespace Quorum.Cli.Backup;

/// <summary>
/// PostgreSQL's own tools, <c>pg_dump</c> and <c>pg_restore</c>, run with the server, user and
/// password of Quorum's connection string passed in the environment (never on the command line).
/// Found on the PATH, else under /usr/lib/postgresql (newest version first).
/// </summary>
public static class PostgresTools
{
    /// <summary>Why the tools cannot run here, or null when they can.</summary>
    public static string? MissingReason => Find("pg_dump") is null || Find("pg_restore") is null
        ? "pg_dump and pg_restore were not found on the PATH or under /usr/lib/postgresql (apt-get install postgresql-client)"
        : null;

    /// <summary>A custom-format archive (compressed, restorable table by table) of the whole database.</summary>
    public static Task DumpAsync(string connectionString, string file, CancellationToken cancellationToken) =>
        RunAsync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", $"--file={file}"], connectionString, cancellationToken);

    /// <summary>
    /// Replaces the database's objects with the archive's, in one transaction: a restore that fails
    /// leaves the database as it was.
    /// </summary>
    public static Task RestoreAsync(string connectionString, string file, CancellationToken cancellationToken)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new DomainException("ConnectionStrings__Quorum names no database.");
        return RunAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", $"--dbname={database}", file], connectionString, cancellationToken);
    }

    /// <summary>Reads the archive's table of contents: fails unless it is a pg_dump archive pg_restore can read.</summary>
    public static Task ListAsync(string file, CancellationToken cancellationToken) =>
        RunAsync("pg_restore", ["--list", file], null, cancellationToken);

    private static async Task RunAsync(string tool, IEnumerable<string> arguments, string? connectionString, CancellationToken cancellationToken)
    {
        var path = Find(tool) ?? throw new DomainException(MissingReason!);
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        if (connectionString is not null)
        {
            var c = new NpgsqlConnectionStringBuilder(connectionString);
            Set(start, "PGHOST", c.Host);
            Set(start, "PGPORT", c.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Set(start, "PGUSER", c.Username);
            Set(start, "PGPASSWORD", c.Password);
            Set(start, "PGDATABASE", c.Database);
            Set(start, "PGSSLMODE", c.SslMode switch
            {
                SslMode.Disable => "disable",
                SslMode.Allow => "allow",
                SslMode.Require => "require",
                SslMode.VerifyCA => "verify-ca",
                SslMode.VerifyFull => "verify-full",
                _ => "prefer",
            });
        }

        using var process = Process.Start(start) ?? throw new DomainException($"{tool} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new DomainException($"{tool} failed (exit code {process.ExitCode}): {(await error).Trim()}");
        await output;
    }

    private static void Set(ProcessStartInfo start, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            start.Environment[name] = value;
    }

    private static string? Find(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
        if (onPath is not null)
            return onPath;
        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var version) ? version : 0)
                .Select(d => Path.Combine(d, "bin", tool))
                .FirstOrDefault(File.Exists)
            : null;
    }
}
