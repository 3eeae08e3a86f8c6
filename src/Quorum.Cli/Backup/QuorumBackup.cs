using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;

namespace Quorum.Cli.Backup;

/// <summary>What a backup holds, written into it as <c>quorum-backup.json</c>.</summary>
/// <param name="Format">The layout of the archive; a restore refuses one it does not know.</param>
/// <param name="Provider"><c>sqlite</c> or <c>postgres</c>: a backup is restored into the same kind of database.</param>
/// <param name="Migration">The last migration applied to the database when it was copied.</param>
public sealed record BackupManifest(int Format, string Provider, DateTime CreatedAt, string? Migration, IReadOnlyList<BackupEntry> Entries)
{
    [JsonIgnore]
    public int Papers => Entries.Count(e => e.Path.StartsWith(QuorumBackup.PapersFolder, StringComparison.Ordinal));
}

public sealed record BackupEntry(string Path, long Size, string Sha256);

/// <summary>
/// <c>quorum backup</c> and <c>quorum restore</c>: one zip holding the database (an SQLite copy made
/// with SQLite's online backup API, or a <c>pg_dump</c> archive), every stored paper, and a manifest
/// with each entry's size and SHA-256. Both run while the web app serves: the database copy is one
/// consistent snapshot, and papers are copied after it, so every paper the copy names is on disk
/// (a paper's file is stored before the row naming it is committed).
/// </summary>
public static class QuorumBackup
{
    public const int Format = 1;
    public const string PapersFolder = "papers/";
    private const string ManifestName = "quorum-backup.json";
    private const string SqliteEntry = "database/quorum.db";
    private const string PostgresEntry = "database/quorum.pgdump";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Writes a backup of the database and papers <paramref name="settings"/> name into <paramref name="file"/>.</summary>
    public static async Task<BackupManifest> CreateAsync(DatabaseSettings settings, string file, Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        var target = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var work = Directory.CreateTempSubdirectory("quorum-backup-");
        var partial = target + ".partial";
        try
        {
            string copy, entryName;
            if (settings.IsPostgres)
            {
                copy = Path.Combine(work.FullName, "quorum.pgdump");
                entryName = PostgresEntry;
                await PostgresTools.DumpAsync(settings.ConnectionString, copy, cancellationToken);
            }
            else
            {
                copy = Path.Combine(work.FullName, "quorum.db");
                entryName = SqliteEntry;
                await CopySqliteAsync(settings.ConnectionString, copy, cancellationToken);
            }

            log?.Invoke($"Copied the {(settings.IsPostgres ? "PostgreSQL" : "SQLite")} database.");
            var migration = (await AppliedMigrationsAsync(settings, cancellationToken)).LastOrDefault();
            var entries = new List<BackupEntry>();
            var manifest = new BackupManifest(Format, settings.IsPostgres ? "postgres" : "sqlite", DateTime.UtcNow, migration, entries);
            await using (var stream = File.Create(partial))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                entries.Add(await AddAsync(zip, entryName, copy, CompressionLevel.Fastest, cancellationToken));
                var papers = Path.Combine(settings.DataDirectory, "papers");
                foreach (var paper in StoredPapers(papers))
                {
                    var entry = await AddAsync(zip, PapersFolder + Path.GetRelativePath(papers, paper).Replace('\\', '/'), paper, CompressionLevel.Fastest, cancellationToken);
                    if (entry.Sha256 != Path.GetFileName(paper))
                        log?.Invoke($"Warning: the stored paper {Path.GetFileName(paper)} does not match its SHA-256 (the file on disk is damaged); it is copied as it is.");
                    entries.Add(entry);
                }

                var written = zip.CreateEntry(ManifestName, CompressionLevel.Fastest);
                await using var manifestStream = await written.OpenAsync(cancellationToken);
                await JsonSerializer.SerializeAsync(manifestStream, manifest, Json, cancellationToken);
            }

            // Only a complete archive takes the name asked for.
            File.Move(partial, target, overwrite: true);
            log?.Invoke($"Wrote {target}: the database and {manifest.Papers} stored papers ({new FileInfo(target).Length:N0} bytes).");
            return manifest;
        }
        finally
        {
            File.Delete(partial);
            work.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Checks <paramref name="file"/> whole (manifest, sizes, SHA-256 of every entry, the database
    /// copy itself), then restores it into the database and data folder <paramref name="settings"/>
    /// name, and applies any migration newer than the backup. Refuses a database that holds records
    /// unless <paramref name="force"/>.
    /// </summary>
    public static async Task<BackupManifest> RestoreAsync(DatabaseSettings settings, string file, bool force, Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(file))
            throw new DomainException($"There is no file {file}.");
        var manifest = await VerifyAsync(file, cancellationToken);
        var provider = settings.IsPostgres ? "postgres" : "sqlite";
        if (manifest.Provider != provider)
            throw new DomainException($"This is a backup of {Describe(manifest.Provider)} database and Quorum is set to {Describe(provider)} one (Quorum__Database); restore it into the kind of database it came from.");
        await using (var db = Open(settings))
        {
            var known = db.Database.GetMigrations().ToList();
            if (manifest.Migration is { } migration && !known.Contains(migration))
                throw new DomainException($"This backup was made by a newer Quorum (its database is at migration {migration}, which this Quorum does not know). Restore it with that version or later.");
            if (!force && await HoldsRecordsAsync(db, cancellationToken))
                throw new DomainException("The database already holds records. Restoring replaces all of them: add --force to do it.");
        }

        log?.Invoke($"Checked {file}: the database and {manifest.Papers} stored papers, every entry intact.");
        var work = Directory.CreateTempSubdirectory("quorum-restore-");
        try
        {
            using var zip = ZipFile.OpenRead(file);
            if (settings.IsPostgres)
            {
                var dump = Path.Combine(work.FullName, "quorum.pgdump");
                await ExtractAsync(zip.GetEntry(PostgresEntry)!, dump, cancellationToken);
                await PostgresTools.RestoreAsync(settings.ConnectionString, dump, cancellationToken);
            }
            else
            {
                var copy = Path.Combine(work.FullName, "quorum.db");
                await ExtractAsync(zip.GetEntry(SqliteEntry)!, copy, cancellationToken);
                await RestoreSqliteAsync(copy, settings, cancellationToken);
            }

            log?.Invoke("Restored the database.");
            var papers = Path.Combine(settings.DataDirectory, "papers");
            var restored = 0;
            foreach (var entry in manifest.Entries.Where(e => e.Path.StartsWith(PapersFolder, StringComparison.Ordinal)))
            {
                var destination = Path.Combine(papers, entry.Path[PapersFolder.Length..]);
                if (File.Exists(destination) && new FileInfo(destination).Length == entry.Size && await Sha256Async(destination, cancellationToken) == entry.Sha256)
                    continue;
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                var temporary = destination + ".restoring";
                await ExtractAsync(zip.GetEntry(entry.Path)!, temporary, cancellationToken);
                File.Move(temporary, destination, overwrite: true);
                restored++;
            }

            log?.Invoke($"Restored {restored} stored papers ({manifest.Papers - restored} were already in place).");
        }
        finally
        {
            work.Delete(recursive: true);
        }

        await using (var db = Open(settings))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                await SchemaUpgrade.ApplyAsync(db, cancellationToken);
                log?.Invoke($"Applied {pending.Count} migrations newer than the backup.");
            }
        }

        return manifest;
    }

    /// <summary>Reads the manifest and checks that every entry is there, whole and nothing else, and that the database copy opens.</summary>
    public static async Task<BackupManifest> VerifyAsync(string file, CancellationToken cancellationToken = default)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(file);
        }
        catch (InvalidDataException)
        {
            throw new DomainException($"{file} is not a Quorum backup (not a zip archive).");
        }

        using (zip)
        {
            var manifestEntry = zip.GetEntry(ManifestName) ?? throw new DomainException($"{file} is not a Quorum backup (no {ManifestName}).");
            BackupManifest manifest;
            try
            {
                await using var stream = await manifestEntry.OpenAsync(cancellationToken);
                manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken)
                    ?? throw new DomainException($"{file} has an empty manifest.");
            }
            catch (JsonException e)
            {
                throw new DomainException($"{file} has an unreadable manifest: {e.Message}");
            }

            if (manifest.Format != Format)
                throw new DomainException($"{file} is a backup of format {manifest.Format}; this Quorum reads format {Format}.");
            if (manifest.Provider is not ("sqlite" or "postgres") || manifest.Entries is null)
                throw new DomainException($"{file} has an unreadable manifest.");
            var database = manifest.Provider == "postgres" ? PostgresEntry : SqliteEntry;
            if (manifest.Entries.All(e => e.Path != database))
                throw new DomainException($"{file} holds no database copy.");
            foreach (var entry in manifest.Entries)
            {
                var safe = entry.Path == database
                    || (entry.Path.StartsWith(PapersFolder, StringComparison.Ordinal) && !entry.Path.Contains("..", StringComparison.Ordinal) && !entry.Path.Contains('\\', StringComparison.Ordinal));
                if (!safe)
                    throw new DomainException($"{file} names an entry outside the database and papers: {entry.Path}.");
                var zipped = zip.GetEntry(entry.Path) ?? throw new DomainException($"{file} is incomplete: {entry.Path} is missing.");
                await using var content = await zipped.OpenAsync(cancellationToken);
                var (sha, size) = await HashAsync(content, cancellationToken);
                if (size != entry.Size || sha != entry.Sha256)
                    throw new DomainException($"{file} is damaged: {entry.Path} does not match its SHA-256.");
            }

            var listed = manifest.Entries.Select(e => e.Path).Append(ManifestName).ToHashSet(StringComparer.Ordinal);
            if (zip.Entries.FirstOrDefault(e => !listed.Contains(e.FullName)) is { } stranger)
                throw new DomainException($"{file} holds {stranger.FullName}, which its manifest does not list.");

            var work = Directory.CreateTempSubdirectory("quorum-verify-");
            try
            {
                var copy = Path.Combine(work.FullName, "database");
                await ExtractAsync(zip.GetEntry(database)!, copy, cancellationToken);
                if (manifest.Provider == "sqlite")
                    CheckSqliteIntegrity(copy);
                else
                    await PostgresTools.ListAsync(copy, cancellationToken);
            }
            finally
            {
                work.Delete(recursive: true);
            }

            return manifest;
        }
    }

    /// <summary>True when the database holds anything a restore would lose: people, bodies, meetings, papers, accounts.</summary>
    public static async Task<bool> HoldsRecordsAsync(QuorumDb db, CancellationToken cancellationToken = default)
    {
        if (!(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
            return false;
        return await db.Organisations.AnyAsync(cancellationToken)
            || await db.People.AnyAsync(cancellationToken)
            || await db.Bodies.AnyAsync(cancellationToken)
            || await db.Meetings.AnyAsync(cancellationToken)
            || await db.Papers.AnyAsync(cancellationToken)
            || await db.Users.AnyAsync(cancellationToken);
    }

    private static QuorumDb Open(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<QuorumDb>();
        settings.Configure(options);
        return new QuorumDb(options.Options) { Viewer = Viewer.System with { Name = "cli" } };
    }

    private static async Task<List<string>> AppliedMigrationsAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        await using var db = Open(settings);
        return [.. await db.Database.GetAppliedMigrationsAsync(cancellationToken)];
    }

    /// <summary>
    /// SQLite's online backup API copies the database page by page under one read transaction: a
    /// consistent snapshot while the web app keeps writing. It does not wait for a lock a writer
    /// holds, so a busy database is tried again for up to a minute.
    /// </summary>
    private static async Task CopySqliteAsync(string connectionString, string destination, CancellationToken cancellationToken)
    {
        var source = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        if (!File.Exists(source.DataSource))
            throw new DomainException($"There is no database at {source.DataSource}.");
        var until = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            try
            {
                await using var from = new SqliteConnection(source.ConnectionString);
                await using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ConnectionString);
                await from.OpenAsync(cancellationToken);
                from.BackupDatabase(to);
                return;
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6 && DateTime.UtcNow < until)
            {
                // SQLITE_BUSY or SQLITE_LOCKED: a write is being committed.
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private static void CheckSqliteIntegrity(string file)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            var result = command.ExecuteScalar() as string;
            if (result != "ok")
                throw new DomainException($"The database in this backup is damaged: {result}");
        }
        catch (SqliteException e)
        {
            throw new DomainException($"The database in this backup cannot be read: {e.Message}");
        }
    }

    /// <summary>Copies the checked database into place with the same backup API, so the target file is replaced whole or not at all.</summary>
    private static async Task RestoreSqliteAsync(string copy, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.DataDirectory);
        var target = new SqliteConnectionStringBuilder(settings.ConnectionString) { Pooling = false };
        SqliteConnection.ClearAllPools();
        await using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        await using var to = new SqliteConnection(target.ConnectionString);
        await from.OpenAsync(cancellationToken);
        await to.OpenAsync(cancellationToken);
        from.BackupDatabase(to);
    }

    /// <summary>The files of the paper store, leaving out uploads still being written.</summary>
    private static IEnumerable<string> StoredPapers(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal) && !f.EndsWith(".restoring", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
            : [];

    private static async Task<BackupEntry> AddAsync(ZipArchive zip, string name, string file, CompressionLevel level, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, level);
        await using var input = File.OpenRead(file);
        await using var output = await entry.OpenAsync(cancellationToken);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            size += read;
        }

        return new BackupEntry(name, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static async Task ExtractAsync(ZipArchiveEntry entry, string destination, CancellationToken cancellationToken)
    {
        await using var input = await entry.OpenAsync(cancellationToken);
        await using var output = File.Create(destination);
        await input.CopyToAsync(output, cancellationToken);
    }

    private static async Task<string> Sha256Async(string file, CancellationToken cancellationToken)
    {
        await using var content = File.OpenRead(file);
        return (await HashAsync(content, cancellationToken)).Sha256;
    }

    private static async Task<(string Sha256, long Size)> HashAsync(Stream content, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            size += read;
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    private static string Describe(string provider) => provider == "postgres" ? "a PostgreSQL" : "an SQLite";
}
