using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Accounts;
using Quorum.Bodies;
using Quorum.Cli;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Notifications;
using Quorum.People;
using Quorum.Web.Tests.Mail;
using Xunit.Abstractions;

namespace Quorum.Web.Tests.Reliability;

/// <summary>
/// The real web app, killed with SIGKILL at random moments while clerks upload papers, raise
/// actions, circulate agendas and take minutes through approval, and while the outbox worker
/// sends mail to a real SMTP server. After every kill it starts again on the same SQLite folder.
/// Nothing a client was told is saved may be missing, nothing may be half saved, files and rows
/// must agree, and every message must arrive.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Runs = 20;

    /// <summary>On a machine so loaded that a start takes many seconds, fewer runs (never under five) keep the suite's time in bounds.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(3);

    private const int FewestRuns = 5;
    private const string Password = "correct horse battery";

    [SkippableFact]
    public async Task KilledAtRandomMoments_TheWebAppLosesNothingCommitted_AndEveryMessageArrives()
    {
        Skip.If(TestDatabase.WantsPostgres, "The crash test runs once, on SQLite, in the SQLite pass of the web suite.");
        Skip.If(MailServer.SkipReason is not null, MailServer.SkipReason);
        Skip.If(QuorumProcess.MissingReason is not null, QuorumProcess.MissingReason);
        var mail = MailServer.Shared!;
        var folder = Directory.CreateTempSubdirectory("quorum-crash-").FullName;
        var settings = DatabaseSettings.From("sqlite", null, folder);
        var world = await SeedAsync(settings);
        var environment = new Dictionary<string, string>
        {
            ["Quorum__DataDirectory"] = folder,
            ["Quorum__Mail__Host"] = "127.0.0.1",
            ["Quorum__Mail__Port"] = mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Quorum__Mail__Security"] = "None",
            ["Quorum__Mail__From"] = "clerks@quorum.example",
            ["Quorum__Mail__PollSeconds"] = "0.1",
            // A message claimed by a killed process is taken over two seconds later, not five minutes.
            ["Quorum__Mail__LeaseSeconds"] = "2",
        };

        var seed = Environment.TickCount;
        var random = new Random(seed);
        var ledger = new Ledger();
        // How many kills caught each message being sent: each such kill may cost one repeat.
        var caughtSending = new Dictionary<string, int>();
        output.WriteLine($"up to {Runs} runs, random seed {seed}, data in {folder}");
        var browserCookies = new CookieContainer();
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        var runs = 0;
        for (var run = 1; run <= Runs && (run <= FewestRuns || elapsed.Elapsed < Budget); run++)
        {
            runs = run;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using var quorum = await QuorumProcess.StartAsync(environment);
            var ready = clock.Elapsed;
            using var stop = new CancellationTokenSource();
            var clerk = Clerk(quorum, world.Token);
            var browser = await BrowserAsync(quorum, browserCookies, world.Email);
            // A random moment: after a random number of answers of a randomly chosen kind of work, and a random fraction of a second more.
            var kind = (Work)random.Next(5);
            var before = ledger.AnswersTo(kind);
            var work = new[]
            {
                UploadPapersAsync(clerk, world, ledger, run, stop.Token),
                RaiseActionsAsync(clerk, world, ledger, run, stop.Token),
                CirculateAgendasAsync(clerk, world, ledger, stop.Token),
                ApproveMinutesAsync(clerk, browser, world, ledger, stop.Token),
                ImportMinutesAsync(browser, world, ledger, run, stop.Token),
            };

            var answers = random.Next(1, 5);
            var extra = random.Next(0, 500);
            var until = DateTime.UtcNow.AddSeconds(90);
            while (ledger.AnswersTo(kind) - before < answers && DateTime.UtcNow < until && work.All(w => !w.IsCompleted))
                await Task.Delay(10);
            await Task.Delay(extra);
            quorum.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(work);

            var sending = await ReadAsync(settings, db => db.OutboxMessages.Where(m => m.Status == OutboxStatus.Sending).Select(m => m.MessageId).ToListAsync());
            foreach (var id in sending)
                caughtSending[id] = caughtSending.GetValueOrDefault(id) + 1;
            output.WriteLine($"run {run}: ready in {ready.TotalSeconds:F1} s, killed {extra} ms after {kind} answer {ledger.AnswersTo(kind) - before}; {ledger.Summary}; {sending.Count} messages caught being sent");
        }

        output.WriteLine($"{runs} runs in {elapsed.Elapsed.TotalSeconds:F0} s");

        // A last start sends what is left; then it is stopped as systemd would stop it.
        using (var last = await QuorumProcess.StartAsync(environment))
        {
            var until = DateTime.UtcNow.AddMinutes(2);
            while (DateTime.UtcNow < until && await ReadAsync(settings, db => db.OutboxMessages.AnyAsync(m => m.Status != OutboxStatus.Sent)))
                await Task.Delay(250);
            await last.StopAsync();
        }

        await CheckDatabaseAsync(settings, folder, ledger, world);
        await CheckMailAsync(settings, mail, world, caughtSending);
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private async Task CheckDatabaseAsync(DatabaseSettings settings, string folder, Ledger ledger, Seed world)
    {
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "quorum.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            (await Scalar(connection, "PRAGMA integrity_check")).ShouldBe("ok");
            (await Scalar(connection, "PRAGMA foreign_key_check")).ShouldBeNull("no row points at a missing row");
        }

        await ReadAsync(settings, async db =>
        {
            // Every upload a client was told of is there with its file; every stored version's file is whole.
            var papers = await db.Papers.AsNoTracking().Include(p => p.Versions).ToListAsync();
            papers.ShouldAllBe(p => p.Versions.Count == 1, "a paper without its version is half saved");
            var byId = papers.ToDictionary(p => p.Id);
            foreach (var (id, text) in ledger.Papers)
            {
                byId.ShouldContainKey(id, $"paper {id} was acknowledged");
                var stored = Path.Combine(folder, "papers", byId[id].Versions[0].Sha256[..2], byId[id].Versions[0].Sha256);
                (await File.ReadAllTextAsync(stored)).ShouldBe(text);
            }

            foreach (var version in papers.SelectMany(p => p.Versions))
            {
                var file = Path.Combine(folder, "papers", version.Sha256[..2], version.Sha256);
                File.Exists(file).ShouldBeTrue($"the file of {version.Sha256}");
                Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file))).ShouldBe(version.Sha256);
            }

            var files = Directory.EnumerateFiles(Path.Combine(folder, "papers"), "*", SearchOption.AllDirectories).Count();
            output.WriteLine($"{papers.Count} papers saved ({ledger.Papers.Count} acknowledged); {files} files stored, {files - papers.Count} of uploads a kill cut short before their row was committed");

            var actions = await db.Actions.AsNoTracking().Include(a => a.Owners).ToListAsync();
            actions.ShouldAllBe(a => a.Owners.Count > 0 && a.Reference != "", "an action without owner or reference is half saved");
            actions.GroupBy(a => (a.MeetingId, a.Sequence)).ShouldAllBe(g => g.Count() == 1);
            ledger.Actions.Except(actions.Select(a => a.Id)).ShouldBeEmpty("every acknowledged action is saved");
            output.WriteLine($"{actions.Count} actions saved ({ledger.Actions.Count} acknowledged)");

            var meetings = await db.Meetings.AsNoTracking().ToDictionaryAsync(m => m.Id);
            foreach (var (id, reached) in ledger.Minutes)
            {
                meetings.ShouldContainKey(id);
                ((int)meetings[id].MinutesState).ShouldBeGreaterThanOrEqualTo((int)reached, $"meeting {id}'s minutes were acknowledged {reached}");
                meetings[id].State.ShouldBe(MeetingState.Held);
            }

            // An import is a meeting with its attendance, items, minutes and action, and the record of its file, or nothing.
            var imported = await db.ImportedDocuments.AsNoTracking().Where(d => d.MeetingId != null).Select(d => d.MeetingId!.Value).ToListAsync();
            ledger.Imports.Except(imported).ShouldBeEmpty("every acknowledged import is saved");
            foreach (var id in imported)
            {
                (await db.Attendance.CountAsync(a => a.MeetingId == id)).ShouldBe(3, $"the attendance of imported meeting {id}");
                (await db.AgendaItems.CountAsync(i => i.MeetingId == id)).ShouldBeGreaterThanOrEqualTo(2);
                (await db.Actions.CountAsync(a => a.MeetingId == id)).ShouldBe(1);
                (await db.Minutes.CountAsync(n => n.AgendaItem!.MeetingId == id)).ShouldBeGreaterThan(0);
            }

            output.WriteLine($"{imported.Count} imports saved ({ledger.Imports.Count} acknowledged)");
            var circulations = await db.OutboxMessages.CountAsync(m => m.Kind == MessageKind.MeetingInvitation && m.MeetingId == world.AgendaMeeting);
            circulations.ShouldBeGreaterThanOrEqualTo(ledger.Circulations * Seed.Members);
            var audited = await db.AuditEvents.Where(e => e.EntityType == "Paper").Select(e => e.EntityId).Distinct().CountAsync();
            audited.ShouldBe(papers.Count, "every saved paper has its audit event, written in the same transaction");
            return true;
        });
    }

    private async Task CheckMailAsync(DatabaseSettings settings, MailServer mail, Seed world, Dictionary<string, int> caughtSending)
    {
        var outbox = await ReadAsync(settings, db => db.OutboxMessages.AsNoTracking().Select(m => new { m.MessageId, m.Recipient, m.Status, m.Attempts }).ToListAsync());
        outbox.ShouldNotBeEmpty();
        outbox.ShouldAllBe(m => m.Status == OutboxStatus.Sent);
        var received = new List<string>();
        foreach (var address in world.Addresses)
            received.AddRange((await mail.ReceivedByAsync(address)).Select(m => m.MessageId ?? ""));
        var counts = received.GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var written = outbox.Select(m => m.MessageId).ToHashSet();

        counts.Keys.Where(id => !written.Contains(id)).ShouldBeEmpty("a message arrived that no committed change wrote");
        written.Where(id => !counts.ContainsKey(id)).ShouldBeEmpty("a committed message never arrived");
        var twice = counts.Where(c => c.Value > 1).Select(c => c.Key).ToList();
        output.WriteLine($"{outbox.Count} messages written and sent; {outbox.Count(m => m.Attempts > 1)} needed a second attempt; {caughtSending.Count} were being sent at a kill; {twice.Count} arrived more than once");
        var attempts = outbox.ToDictionary(m => m.MessageId, m => m.Attempts);
        foreach (var id in twice)
            output.WriteLine($"  {id}: arrived {counts[id]} times, caught being sent by {caughtSending.GetValueOrDefault(id)} kills, {attempts[id]} attempts");

        // SMTP cannot make a send and its record one transaction. The one message a kill can catch
        // after the server took it and before the outbox was told is sent again with the same
        // Message-Id, which mail programs treat as one message; anything else arrives once. A
        // message caught by two kills (taken over, then killed again mid-send) may come three times.
        twice.ShouldAllBe(id => caughtSending.ContainsKey(id), "only a message caught mid-send may be repeated");
        counts.ShouldAllBe(c => c.Value <= 1 + caughtSending.GetValueOrDefault(c.Key), "a message arrives once, and once more for each kill that caught it being sent");
        counts.ShouldAllBe(c => c.Value <= attempts[c.Key], "each attempt sends a message at most once");
    }

    private static async Task UploadPapersAsync(HttpClient clerk, Seed world, Ledger ledger, int run, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var text = $"Paper {run}-{i} {Guid.NewGuid():N}";
            using var form = new MultipartFormDataContent
            {
                { new StringContent(world.PapersMeeting.ToString(System.Globalization.CultureInfo.InvariantCulture)), "meetingId" },
                { new StringContent($"Report {run}-{i}"), "title" },
                { new StringContent("OFFICIAL"), "marking" },
                { new StringContent("Public"), "circulation" },
            };
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(file, "file", $"report-{run}-{i}.txt");
            if (await SendAsync(() => clerk.PostAsync("api/v1/papers", form, stop)) is not { } response)
                return;
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(CancellationToken.None));
            ledger.Papers[await IdAsync(response)] = text;
            ledger.Answered(Work.Upload);
        }
    }

    private static async Task RaiseActionsAsync(HttpClient clerk, Seed world, Ledger ledger, int run, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var body = new { meetingId = world.ActionsMeeting, ownerIds = new[] { world.Owner }, text = $"Action {run}-{i}", dueDate = "2027-03-31" };
            if (await SendAsync(() => clerk.PostAsJsonAsync("api/v1/actions", body, stop)) is not { } response)
                return;
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(CancellationToken.None));
            ledger.Actions.Add(await IdAsync(response));
            ledger.Answered(Work.Action);
        }
    }

    private static async Task CirculateAgendasAsync(HttpClient clerk, Seed world, Ledger ledger, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            if (await SendAsync(() => clerk.PostAsync($"api/v1/meetings/{world.AgendaMeeting}/circulate", null, stop)) is not { } circulated)
                return;
            circulated.StatusCode.ShouldBe(HttpStatusCode.OK, await circulated.Content.ReadAsStringAsync(CancellationToken.None));
            Interlocked.Increment(ref ledger.Circulations);
            ledger.Answered(Work.Circulation);
        }
    }

    /// <summary>
    /// Takes a held meeting's minutes from draft to published, a step at a time through the clerk's
    /// forms, carrying on after a restart from the state the meeting's record shows.
    /// </summary>
    private static async Task ApproveMinutesAsync(HttpClient clerk, HttpClient browser, Seed world, Ledger ledger, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            if (ledger.Approving is null && world.HeldPairs.TryDequeue(out var seeded))
                ledger.Approving = seeded;
            if (ledger.Approving is not { } pair)
            {
                var day = Interlocked.Add(ref ledger.Days, 2);
                var first = await CreateMeetingAsync(clerk, day, stop);
                var second = first is null ? null : await CreateMeetingAsync(clerk, day + 1, stop);
                if (second is null)
                    return;
                ledger.Approving = pair = (first!.Value, second.Value);
            }

            if (await SendAsync(() => clerk.GetAsync($"api/v1/meetings/{pair.First}", stop)) is not { } read)
                return;
            var meeting = await read.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None);
            var minutes = Enum.Parse<MinutesState>(meeting.GetProperty("minutesState").GetString()!);
            if (meeting.GetProperty("state").GetString() != nameof(MeetingState.Held))
            {
                foreach (var id in new[] { pair.First, pair.Second })
                {
                    if (await SendAsync(() => clerk.PostAsJsonAsync($"api/v1/meetings/{id}/hold", new { }, stop)) is not { } held)
                        return;
                    held.IsSuccessStatusCode.ShouldBeTrue(await held.Content.ReadAsStringAsync(CancellationToken.None));
                }

                continue;
            }

            (string? Handler, MinutesState Reached) next = minutes switch
            {
                MinutesState.None => (null, MinutesState.Draft),
                MinutesState.Draft => ("Circulate", MinutesState.Circulated),
                MinutesState.Circulated => ("Approve", MinutesState.Approved),
                MinutesState.Approved => ("Publish", MinutesState.Published),
                _ => (null, MinutesState.Published),
            };
            if (minutes == MinutesState.Published)
            {
                ledger.Approving = null;
                continue;
            }

            HttpResponseMessage? changed;
            if (next.Handler is null)
            {
                changed = await SendAsync(() => clerk.PostAsJsonAsync($"api/v1/meetings/{pair.First}/agenda-items", new { title = "Matters agreed", minute = "Agreed." }, stop));
                if (changed is null)
                    return;
                changed.StatusCode.ShouldBe(HttpStatusCode.Created, await changed.Content.ReadAsStringAsync(CancellationToken.None));
            }
            else
            {
                var fields = next.Handler == "Approve" ? new Dictionary<string, string> { ["ApprovedAt"] = pair.Second.ToString(System.Globalization.CultureInfo.InvariantCulture) } : [];
                changed = await SendAsync(() => browser.PostFormAsync($"meetings/{pair.First}?handler={next.Handler}", fields, $"meetings/{pair.First}"));
                if (changed is null)
                    return;
                changed.StatusCode.ShouldBe(HttpStatusCode.Redirect, next.Handler);
                changed.Headers.Location!.ToString().ShouldBe($"/meetings/{pair.First}", next.Handler);
            }

            ledger.Minutes[pair.First] = next.Reached;
            ledger.Answered(Work.Minutes);
        }
    }

    /// <summary>Uploads minutes on the body's page, then saves them from the review page as the clerk checked them.</summary>
    private static async Task ImportMinutesAsync(HttpClient browser, Seed world, Ledger ledger, int run, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var day = new DateOnly(2010, 1, 7).AddDays(Interlocked.Increment(ref ledger.Imported) * 7);
            var minutes = $"""
                Local CIO Council Conference Call Notes

                NOTES FROM LOCAL CIO COUNCIL CONFERENCE CALL {day.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture).ToUpperInvariant()}
                Participants:
                Martin Bellamy
                Cabinet Office
                Jos Creese
                Hampshire County Council (Chair of LCIOC)
                Apologies:
                Glyn Evans
                Birmingham City Council

                1.   Welcome & Introductions
                The call opened with welcome and introductions ({run}-{i}).

                2.   Briefing from Martin Bellamy
                Martin Bellamy gave a summary briefing.

                Action 01: Martin Bellamy will circulate the slide pack on these issues to the LCIOC.
                """;
            if (await SendAsync(() => browser.PostFileAsync($"bodies/{world.ShortName}/import", Encoding.UTF8.GetBytes(minutes), $"call-{run}-{i}.txt")) is not { } uploaded)
                return;
            uploaded.StatusCode.ShouldBe(HttpStatusCode.Redirect, await uploaded.Content.ReadAsStringAsync(CancellationToken.None));
            var review = uploaded.Headers.Location!.ToString().TrimStart('/');
            string page;
            try
            {
                page = await browser.GetStringAsync(review, stop);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or System.Net.Sockets.SocketException)
            {
                return;
            }

            if (await SendAsync(() => browser.PostFormAsync($"{review}?handler=Save", Imports.ImportTests.FormFields(page), review)) is not { } saved)
                return;
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(CancellationToken.None));
            var meeting = int.Parse(saved.Headers.Location!.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries)[^1].Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
            ledger.Imports.Add(meeting);
            ledger.Answered(Work.Import);
        }
    }

    private static async Task<int?> CreateMeetingAsync(HttpClient clerk, int day, CancellationToken stop)
    {
        var date = new DateOnly(2020, 1, 1).AddDays(day).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        if (await SendAsync(() => clerk.PostAsJsonAsync("api/v1/meetings", new { bodyId = SeedBody, date, startTime = "10:00:00" }, stop)) is not { } created)
            return null;
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(CancellationToken.None));
        return await IdAsync(created);
    }

    /// <summary>The answer, or null when the process died (or the run ended) before it answered: its outcome is unknown.</summary>
    private static async Task<HttpResponseMessage?> SendAsync(Func<Task<HttpResponseMessage>> request)
    {
        try
        {
            return await request();
        }
        // A connection the kill cuts while it is being opened can surface as a bare SocketException
        // ("Transport endpoint is not connected", from reading the remote end point) rather than
        // wrapped in an HttpRequestException.
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return null;
        }
    }

    private static async Task<int> IdAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None)).GetProperty("id").GetInt32();

    private static HttpClient Clerk(QuorumProcess quorum, string token)
    {
        var client = new HttpClient { BaseAddress = quorum.Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// The clerk's browser. It signs in once: its cookie, signed with keys kept in the database,
    /// stays valid across the restarts.
    /// </summary>
    private static async Task<HttpClient> BrowserAsync(QuorumProcess quorum, CookieContainer cookies, string email)
    {
        var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies })
        {
            BaseAddress = quorum.Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (cookies.GetAllCookies().Any(c => c.Name == "quorum"))
            return browser;
        var signedIn = await browser.PostFormAsync("account/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, quorum.RecentOutput);
        return browser;
    }

    private static async Task<T> ReadAsync<T>(DatabaseSettings settings, Func<QuorumDb, Task<T>> read)
    {
        await using var services = await QuorumServices.OpenAsync(settings, CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        var result = await read(scope.ServiceProvider.Db());
        SqliteConnection.ClearAllPools();
        return result;
    }

    private static async Task<string?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }

    private const int SeedBody = 1;

    /// <summary>A public board with a clerk and three members (all with addresses), an account for the clerk, and three meetings.</summary>
    private static async Task<Seed> SeedAsync(DatabaseSettings settings)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var services = await QuorumServices.OpenAsync(settings, CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.Db();
        var body = new Body { Name = $"Crash Test Board {suffix}", ShortName = $"CTB{suffix}", ActionPrefix = "CTB" };
        var clerk = new Person { FullName = $"Clara Clerk {suffix}", Email = $"clerk-{suffix}@example.org" };
        body.Memberships.Add(new Membership { Person = clerk, Role = MembershipRole.Secretary });
        var members = Enumerable.Range(1, Seed.Members).Select(i => new Person { FullName = $"Member {i} {suffix}", Email = $"member{i}-{suffix}@example.org" }).ToList();
        foreach (var member in members)
            body.Memberships.Add(new Membership { Person = member, Role = MembershipRole.Member });
        var meetings = Enumerable.Range(1, 3).Select(n => new Meeting { Body = body, Number = n, Date = new DateOnly(2027, 6, n), StartTime = new TimeOnly(10, 0) }).ToList();
        foreach (var meeting in meetings)
            meeting.AddAgendaItem("Apologies");

        // Held meetings with draft minutes, each with the later meeting that approves them.
        var held = new List<(Meeting First, Meeting Second)>();
        for (var n = 0; n < 40; n++)
        {
            var first = new Meeting { Body = body, Number = 10 + (2 * n), Date = new DateOnly(2019, 1, 1).AddDays(2 * n), StartTime = new TimeOnly(10, 0) };
            var second = new Meeting { Body = body, Number = 11 + (2 * n), Date = first.Date.AddDays(1), StartTime = new TimeOnly(10, 0) };
            first.AddAgendaItem("Matters agreed").Minute = new Minute { Text = "Agreed." };
            first.StartMinutes();
            first.MarkHeld();
            second.MarkHeld();
            held.Add((first, second));
        }

        db.Add(body);
        db.AddRange(meetings);
        db.AddRange(held.SelectMany(h => new[] { h.First, h.Second }));
        await db.SaveChangesAsync();
        body.Id.ShouldBe(SeedBody);

        var user = new QuorumUser { UserName = clerk.Email, Email = clerk.Email, EmailConfirmed = true, PersonId = clerk.Id };
        (await scope.ServiceProvider.GetRequiredService<UserManager<QuorumUser>>().CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        var (token, record) = ApiToken.Issue(user.Id, "crash test", DateTime.UtcNow);
        db.ApiTokens.Add(record);
        await db.SaveChangesAsync();
        SqliteConnection.ClearAllPools();
        return new Seed(body.ShortName, clerk.Email, token, meetings[0].Id, meetings[1].Id, meetings[2].Id, members[0].Id, [clerk.Email, .. members.Select(m => m.Email!)],
            new ConcurrentQueue<(int, int)>(held.Select(h => (h.First.Id, h.Second.Id))));
    }

    private sealed record Seed(string ShortName, string Email, string Token, int PapersMeeting, int ActionsMeeting, int AgendaMeeting, int Owner, IReadOnlyList<string> Addresses,
        ConcurrentQueue<(int First, int Second)> HeldPairs)
    {
        public const int Members = 3;
    }

    private enum Work
    {
        Upload,
        Action,
        Circulation,
        Minutes,
        Import,
    }

    /// <summary>What Quorum answered was saved.</summary>
    private sealed class Ledger
    {
        public int Circulations;

        public int Days;

        public int Imported;

        private readonly int[] answers = new int[5];

        public ConcurrentDictionary<int, string> Papers { get; } = new();

        public ConcurrentBag<int> Actions { get; } = [];

        /// <summary>The meetings saved from imported minutes.</summary>
        public ConcurrentBag<int> Imports { get; } = [];

        public ConcurrentDictionary<int, MinutesState> Minutes { get; } = new();

        /// <summary>The meeting whose minutes are being taken through approval, and the later meeting that approves them.</summary>
        public (int First, int Second)? Approving { get; set; }

        public void Answered(Work kind) => Interlocked.Increment(ref answers[(int)kind]);

        public int AnswersTo(Work kind) => Volatile.Read(ref answers[(int)kind]);

        public string Summary => $"{Papers.Count} papers, {Actions.Count} actions, {Circulations} circulations, {Minutes.Count} minutes and {Imports.Count} imports acknowledged so far";
    }
}
