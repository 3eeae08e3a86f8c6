using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Quorum.Cli.Backup;

/// <summary><c>quorum backup FILE</c>, <c>quorum restore FILE [--force]</c> and <c>quorum migrate</c>.</summary>
public static class BackupCommand
{
    public static IEnumerable<Command> Create()
    {
        var backupFile = new Argument<string>("file") { Description = "The archive to write (a zip): the database, every stored paper and a manifest of their SHA-256." };
        var backup = new Command("backup", "Back up the database and stored papers into one file, while Quorum runs.") { backupFile };
        backup.SetAction((result, ct) => RunAsync(() => QuorumBackup.CreateAsync(QuorumServices.Settings(), result.GetValue(backupFile)!, Console.WriteLine, ct)));
        yield return backup;

        var restoreFile = new Argument<string>("file") { Description = "A file written by 'quorum backup'." };
        var force = new Option<bool>("--force") { Description = "Replace a database that already holds records." };
        var restore = new Command("restore", "Check a backup whole, then restore it into the database and data folder Quorum is set to (stop the web app first).") { restoreFile, force };
        restore.SetAction((result, ct) => RunAsync(() => QuorumBackup.RestoreAsync(QuorumServices.Settings(), result.GetValue(restoreFile)!, result.GetValue(force), Console.WriteLine, ct)));
        yield return restore;

        var migrate = new Command("migrate", "Apply the migrations this version of Quorum brings (the web app also does it at start).");
        migrate.SetAction(async (_, ct) =>
        {
            await using var services = await QuorumServices.OpenAsync(ct);
            await using var scope = services.CreateAsyncScope();
            var applied = await scope.ServiceProvider.Db().Database.GetAppliedMigrationsAsync(ct);
            Console.WriteLine($"The database is at migration {applied.LastOrDefault() ?? "(none)"}.");
            return 0;
        });
        yield return migrate;
    }

    private static async Task<int> RunAsync(Func<Task<BackupManifest>> work)
    {
        try
        {
            await work();
            return 0;
        }
        catch (Exception e) when (e is DomainException or IOException or UnauthorizedAccessException or SqliteException or Npgsql.NpgsqlException or DbUpdateException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
