using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Cli.Backup;
using Quorum.Data;
using Xunit.Abstractions;

namespace Quorum.Web.Tests.Reliability;

/// <summary>
/// <c>quorum backup</c> and <c>quorum restore</c> against the database this run uses (SQLite, or
/// PostgreSQL with QUORUM_TEST_DATABASE=postgres, where pg_dump and pg_restore do the copying):
/// a restored copy serves the same pages and files as the original.
/// </summary>
public sealed partial class BackupAndRestoreTests(QuorumApp app, ITestOutputHelper output) : IClassFixture<QuorumApp>
{
    [SkippableFact]
    public async Task ARestoredCopy_ServesTheSamePagesAndFiles_AndAcceptsTheSameSignIns()
    {
        SkipWithoutTools();
        var s = await app.NewScenarioAsync();
        var (meeting, publicPaper, restrictedPaper) = await PopulateAsync(s);
        var cookie = await SignInCookieAsync(s);
        using var folder = new TemporaryFolder();
        var file = Path.Combine(folder.Path, "quorum.zip");

        var manifest = await QuorumBackup.CreateAsync(Settings(app), file, output.WriteLine);
        manifest.Papers.ShouldBeGreaterThanOrEqualTo(2);

        using var target = TestDatabase.Create();
        var restoredManifest = await QuorumBackup.RestoreAsync(SettingsOf(target), file, force: false, output.WriteLine);
        restoredManifest.Migration.ShouldBe(manifest.Migration);
        await using var restored = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Quorum:DataDirectory", target.DataDirectory);
            b.UseSetting("ConnectionStrings:Quorum", target.ConnectionString);
        });

        string[] anonymousPaths =
        [
            $"/bodies/{s.BodyA.ShortName}", $"/meetings/{meeting}", $"/api/v1/meetings/{meeting}", $"/api/v1/papers?meeting={meeting}",
            $"/api/v1/papers/{publicPaper}/versions/1", $"/api/v1/actions?body={s.BodyA.Id}", $"/oparl/v1/meeting/{meeting}", $"/calendars/bodies/{s.BodyA.ShortName}.ics",
        ];
        foreach (var path in anonymousPaths)
            await SameAnswerAsync(path, app.CreateClient(), restored.CreateClient());

        // What only a member may see, with the token issued before the backup.
        string[] memberPaths = [$"/api/v1/papers/{restrictedPaper}", $"/api/v1/actions?body={s.BodyA.Id}", $"/api/v1/papers/{restrictedPaper}/versions/1", $"/api/v1/meetings?body={s.BodyA.Id}"];
        foreach (var path in memberPaths)
            await SameAnswerAsync(path, Bearer(app.CreateClient(), s), Bearer(restored.CreateClient(), s));
        (await Bearer(restored.CreateClient(), s).GetStringAsync($"/api/v1/papers/{restrictedPaper}/versions/1")).ShouldBe($"members only {s.Suffix}");

        // The keys that signed the cookie came with the database: a session survives the move.
        var account = new HttpRequestMessage(HttpMethod.Get, "/account");
        account.Headers.Add("Cookie", cookie);
        var signedIn = await restored.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(account);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await signedIn.Content.ReadAsStringAsync()).ShouldContain(s.Emails[Persona.ClerkOfA]);
    }

    [SkippableFact]
    public async Task ABackupTakenWhileWritesGoOn_IsOneConsistentSnapshot()
    {
        SkipWithoutTools();
        var s = await app.NewScenarioAsync();
        var (meeting, _, _) = await PopulateAsync(s);
        var clerk = Bearer(app.CreateClient(), s);
        using var folder = new TemporaryFolder();
        var file = Path.Combine(folder.Path, "busy.zip");

        using var stop = new CancellationTokenSource();
        var acknowledged = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var raised = await clerk.PostAsJsonAsync("/api/v1/actions", new { meetingId = meeting, ownerIds = new[] { s.MemberA.Id }, text = "Raised while the backup runs", dueDate = "2027-01-31" });
                raised.StatusCode.ShouldBe(HttpStatusCode.Created, await raised.Content.ReadAsStringAsync());
                Interlocked.Increment(ref acknowledged);
            }
        });
        while (Volatile.Read(ref acknowledged) < 3)
            await Task.Delay(20);
        var before = Volatile.Read(ref acknowledged);
        await QuorumBackup.CreateAsync(Settings(app), file, output.WriteLine);
        var after = Volatile.Read(ref acknowledged);
        await stop.CancelAsync();
        await writer;

        using var target = TestDatabase.Create();
        await QuorumBackup.RestoreAsync(SettingsOf(target), file, force: false);
        await using var restored = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Quorum:DataDirectory", target.DataDirectory);
            b.UseSetting("ConnectionStrings:Quorum", target.ConnectionString);
        });
        await using var scope = restored.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuorumDb>();
        db.Viewer = Quorum.Access.Viewer.System;
        var actions = await db.Actions.Include(a => a.Owners).Where(a => a.MeetingId == meeting && a.Text == "Raised while the backup runs").ToListAsync();
        output.WriteLine($"{before} actions acknowledged when the backup started, {after} when it ended; the copy holds {actions.Count}");
        actions.Count.ShouldBeInRange(before, after + 1);
        actions.ShouldAllBe(a => a.Owners.Count == 1 && a.Reference.Length > 0);
        actions.Select(a => a.Sequence).ShouldBeUnique();
        (await db.AuditEvents.CountAsync(e => e.EntityType == "ActionItem" && actions.Select(a => a.Id.ToString()).Contains(e.EntityId))).ShouldBeGreaterThanOrEqualTo(actions.Count);
    }

    [SkippableFact]
    public async Task Restore_RefusesADatabaseHoldingRecords_UnlessForced_AndADamagedFile()
    {
        SkipWithoutTools();
        var s = await app.NewScenarioAsync();
        await PopulateAsync(s);
        using var folder = new TemporaryFolder();
        var file = Path.Combine(folder.Path, "quorum.zip");
        await QuorumBackup.CreateAsync(Settings(app), file);

        using var target = TestDatabase.Create();
        await QuorumBackup.RestoreAsync(SettingsOf(target), file, force: false);
        var again = await Should.ThrowAsync<DomainException>(() => QuorumBackup.RestoreAsync(SettingsOf(target), file, force: false));
        again.Message.ShouldContain("--force");
        await QuorumBackup.RestoreAsync(SettingsOf(target), file, force: true);

        // One byte changed in the database copy: refused before anything is touched.
        var damaged = Path.Combine(folder.Path, "damaged.zip");
        File.Copy(file, damaged);
        await using (var zip = await ZipFile.OpenAsync(damaged, ZipArchiveMode.Update))
        {
            var entry = zip.Entries.First(e => e.FullName.StartsWith("database/", StringComparison.Ordinal));
            var bytes = new MemoryStream();
            await using (var read = await entry.OpenAsync())
                await read.CopyToAsync(bytes);
            entry.Delete();
            var changed = bytes.ToArray();
            changed[changed.Length / 2] ^= 0x5A;
            await using var write = await zip.CreateEntry(entry.FullName).OpenAsync();
            await write.WriteAsync(changed);
        }

        (await Should.ThrowAsync<DomainException>(() => QuorumBackup.RestoreAsync(SettingsOf(target), damaged, force: true))).Message.ShouldContain("damaged");

        var notABackup = Path.Combine(folder.Path, "minutes.zip");
        await File.WriteAllTextAsync(notABackup, "not a zip at all");
        (await Should.ThrowAsync<DomainException>(() => QuorumBackup.RestoreAsync(SettingsOf(target), notABackup, force: true))).Message.ShouldContain("not a Quorum backup");

        using var empty = TestDatabase.Create();
        var wrongKind = SettingsOf(empty) with { Provider = app.IsPostgres ? "sqlite" : "postgres" };
        if (!app.IsPostgres)
            wrongKind = wrongKind with { ConnectionString = "Host=127.0.0.1;Database=none" };
        (await Should.ThrowAsync<DomainException>(() => QuorumBackup.RestoreAsync(wrongKind, file, force: true))).Message.ShouldContain("restore it into the kind of database it came from");
    }

    private void SkipWithoutTools() =>
        Skip.If(app.IsPostgres && PostgresTools.MissingReason is not null, PostgresTools.MissingReason);

    private static DatabaseSettings Settings(QuorumApp app) => app.Services.GetRequiredService<DatabaseSettings>();

    private static DatabaseSettings SettingsOf(TestDatabase database) =>
        DatabaseSettings.From(database.Provider, database.ConnectionString, database.DataDirectory);

    private static HttpClient Bearer(HttpClient client, Scenario s)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", s.Tokens[Persona.ClerkOfA]);
        return client;
    }

    private async Task SameAnswerAsync(string path, HttpClient original, HttpClient copy)
    {
        var a = await original.GetAsync(path);
        var b = await copy.GetAsync(path);
        a.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        b.StatusCode.ShouldBe(a.StatusCode, path);
        b.Content.Headers.ContentType?.ToString().ShouldBe(a.Content.Headers.ContentType?.ToString(), path);
        var left = Comparable(await a.Content.ReadAsByteArrayAsync(), a.Content.Headers.ContentType?.MediaType);
        var right = Comparable(await b.Content.ReadAsByteArrayAsync(), b.Content.Headers.ContentType?.MediaType);
        right.ShouldBe(left, path);
        output.WriteLine($"same answer: {path} ({left.Length} characters)");
    }

    /// <summary>The answer less what differs on every request (anti-forgery tokens, nonces, the calendar's stamp).</summary>
    private static string Comparable(byte[] content, string? mediaType)
    {
        var text = mediaType is "text/html" or "text/calendar" or "application/json" or "application/problem+json" || mediaType?.StartsWith("text/", StringComparison.Ordinal) == true
            ? Encoding.UTF8.GetString(content)
            : Convert.ToHexString(content);
        text = PerRequest().Replace(text, "$1…");
        return text;
    }

    /// <summary>A body A meeting with an agenda, a minute, an action, a public paper and one for A's members.</summary>
    private async Task<(int Meeting, int PublicPaper, int RestrictedPaper)> PopulateAsync(Scenario s)
    {
        var clerk = Bearer(app.CreateClient(), s);
        var created = await clerk.PostAsJsonAsync("/api/v1/meetings", new { bodyId = s.BodyA.Id, date = "2026-11-05", startTime = "10:00:00", endTime = "12:00:00" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var meeting = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await clerk.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items", new { title = $"Digital strategy {s.Suffix}", minute = "The board agreed the strategy." })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await clerk.PostAsJsonAsync("/api/v1/actions", new { meetingId = meeting, ownerIds = new[] { s.MemberA.Id }, text = $"Publish the strategy {s.Suffix}", dueDate = "2026-12-01" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var publicPaper = await UploadAsync(clerk, meeting, $"Annual report {s.Suffix}", "OFFICIAL", "Public", null, $"public text {s.Suffix}");
        var restrictedPaper = await UploadAsync(clerk, meeting, $"Budget {s.Suffix}", "OFFICIAL-SENSITIVE", "MembersOfBodies", s.BodyA.Id, $"members only {s.Suffix}");
        return (meeting, publicPaper, restrictedPaper);
    }

    private static async Task<int> UploadAsync(HttpClient clerk, int meeting, string title, string marking, string circulation, int? bodyId, string text)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(meeting.ToString(System.Globalization.CultureInfo.InvariantCulture)), "meetingId" },
            { new StringContent(title), "title" },
            { new StringContent(marking), "marking" },
            { new StringContent(circulation), "circulation" },
        };
        if (bodyId is { } b)
            form.Add(new StringContent(b.ToString(System.Globalization.CultureInfo.InvariantCulture)), "bodyIds");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "paper.txt");
        var uploaded = await clerk.PostAsync("/api/v1/papers", form);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        return (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private async Task<string> SignInCookieAsync(Scenario s)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = s.Emails[Persona.ClerkOfA],
            ["Input.Password"] = QuorumApp.Password,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("quorum=", StringComparison.Ordinal)).Select(c => c.Split(';')[0]));
    }

    [GeneratedRegex("(name=\"__RequestVerificationToken\" type=\"hidden\" value=\"|nonce=\"|DTSTAMP:)[^\"\\r\\n]*")]
    private static partial Regex PerRequest();

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("quorum-backup-test-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
