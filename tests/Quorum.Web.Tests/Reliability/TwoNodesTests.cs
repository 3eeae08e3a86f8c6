using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
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
/// Two web processes on one PostgreSQL database, as behind a load balancer: what one node does,
/// the other honours, and the outbox is sent once between them.
/// </summary>
public sealed class TwoNodesTests(ITestOutputHelper output)
{
    private const string Password = "correct horse battery";
    private const int Members = 20;

    [SkippableFact]
    public async Task TwoNodesOnOnePostgres_ShareSessions_RefuseStaleEdits_NumberActionsOnce_AndSendEachMessageOnce()
    {
        Skip.IfNot(TestDatabase.WantsPostgres, "Two nodes share a PostgreSQL database: this runs in the PostgreSQL pass of the web suite (QUORUM_TEST_DATABASE=postgres).");
        var cluster = SharedPostgres.Cluster;
        Skip.If(cluster is null, SharedPostgres.SkipReason);
        Skip.If(MailServer.SkipReason is not null, MailServer.SkipReason);
        Skip.If(QuorumProcess.MissingReason is not null, QuorumProcess.MissingReason);
        var mail = MailServer.Shared!;
        var name = "quorum_nodes_" + Guid.NewGuid().ToString("N")[..8];
        cluster!.CreateDatabase(name);
        var folder = Directory.CreateTempSubdirectory("quorum-nodes-").FullName;
        var settings = DatabaseSettings.From("postgres", cluster.ConnectionString(name), folder);
        var world = await SeedAsync(settings);
        Dictionary<string, string> Node(string node) => new()
        {
            ["Quorum__Database"] = "postgres",
            ["ConnectionStrings__Quorum"] = settings.ConnectionString,
            ["Quorum__DataDirectory"] = folder,
            ["Quorum__Mail__Host"] = "127.0.0.1",
            ["Quorum__Mail__Port"] = mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Quorum__Mail__Security"] = "None",
            ["Quorum__Mail__PollSeconds"] = "0.1",
            ["Quorum__Mail__NodeName"] = node,
        };

        // Both start at once: each applies migrations at start, under EF Core's migration lock.
        var starting = new[] { QuorumProcess.StartAsync(Node("node-1")), QuorumProcess.StartAsync(Node("node-2")) };
        using var one = await starting[0];
        using var two = await starting[1];

        // A sign-in on one node is a session on the other; signing out on one ends it on both.
        var cookies = new CookieContainer();
        var onOne = Browser(one, cookies);
        var onTwo = Browser(two, cookies);
        (await onOne.PostFormAsync("account/sign-in", new Dictionary<string, string> { ["Input.Email"] = world.Email, ["Input.Password"] = Password })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var account = await onTwo.GetAsync("account");
        account.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await account.Content.ReadAsStringAsync()).ShouldContain(world.Email);
        var session = cookies.GetAllCookies().Single(c => c.Name == "quorum").Value;
        (await onTwo.PostFormAsync("account/sign-out", new Dictionary<string, string>(), "account")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var replayed = new HttpRequestMessage(HttpMethod.Get, "account");
        replayed.Headers.Add("Cookie", $"quorum={session}");
        (await Plain(one).SendAsync(replayed)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the session signed out on node 2 is refused by node 1");

        // An edit read on one node and made stale on the other is refused.
        var clerkOne = Api(one, world.Token);
        var clerkTwo = Api(two, world.Token);
        var url = $"api/v1/bodies/{world.Body}";
        var read = await clerkOne.GetAsync(url);
        var etag = read.Headers.ETag!.Tag;
        var body = await read.Content.ReadFromJsonAsync<JsonElement>();
        (await PutAsync(clerkTwo, url, etag, new { name = body.GetProperty("name").GetString(), shortName = body.GetProperty("shortName").GetString(), quorum = 4 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PutAsync(clerkOne, url, etag, new { name = body.GetProperty("name").GetString(), shortName = body.GetProperty("shortName").GetString(), quorum = 9 })).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await clerkOne.GetFromJsonAsync<JsonElement>(url)).GetProperty("quorum").GetInt32().ShouldBe(4);

        // Actions raised at once on both nodes each take their own number.
        var raised = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? clerkOne : clerkTwo)
            .PostAsJsonAsync("api/v1/actions", new { meetingId = world.Meeting, ownerIds = new[] { world.Owner }, text = $"Raised on two nodes {i}", dueDate = "2027-05-31" })));
        foreach (var answer in raised)
            answer.StatusCode.ShouldBe(HttpStatusCode.Created, $"{await answer.Content.ReadAsStringAsync()}\nnode-1:\n{one.RecentOutput}\nnode-2:\n{two.RecentOutput}");
        var references = await Task.WhenAll(raised.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()));
        references.ShouldBeUnique();

        // Each node circulates an agenda; both workers send, and each message arrives once.
        (await clerkOne.PostAsync($"api/v1/meetings/{world.Meeting}/circulate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await clerkTwo.PostAsync($"api/v1/meetings/{world.Other}/circulate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var until = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < until && await ReadAsync(settings, db => db.OutboxMessages.AnyAsync(m => m.Status != OutboxStatus.Sent)))
            await Task.Delay(200);
        var outbox = await ReadAsync(settings, db => db.OutboxMessages.AsNoTracking().ToListAsync());
        outbox.ShouldAllBe(m => m.Status == OutboxStatus.Sent);
        await Task.Delay(1000);
        var received = new List<string>();
        foreach (var address in world.Addresses)
            received.AddRange((await mail.ReceivedByAsync(address)).Select(m => m.MessageId ?? ""));
        received.Order().ShouldBe(outbox.Select(m => m.MessageId).Order(), "each message written arrives exactly once");
        output.WriteLine($"{outbox.Count} messages: node-1 sent {outbox.Count(m => m.LeaseOwner == "node-1")}, node-2 sent {outbox.Count(m => m.LeaseOwner == "node-2")}; action references {string.Join(", ", references.Order())}");

        await one.StopAsync();
        await two.StopAsync();
        NpgsqlConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [SkippableFact]
    public async Task TwoNodesOnOnePostgres_WriteAndSendTheWeeklyDigestOnce()
    {
        Skip.IfNot(TestDatabase.WantsPostgres, "Two nodes share a PostgreSQL database: this runs in the PostgreSQL pass of the web suite (QUORUM_TEST_DATABASE=postgres).");
        var cluster = SharedPostgres.Cluster;
        Skip.If(cluster is null, SharedPostgres.SkipReason);
        Skip.If(MailServer.SkipReason is not null, MailServer.SkipReason);
        Skip.If(QuorumProcess.MissingReason is not null, QuorumProcess.MissingReason);
        var mail = MailServer.Shared!;
        var name = "quorum_digest_" + Guid.NewGuid().ToString("N")[..8];
        cluster!.CreateDatabase(name);
        var folder = Directory.CreateTempSubdirectory("quorum-digest-").FullName;
        var settings = DatabaseSettings.From("postgres", cluster.ConnectionString(name), folder);
        var world = await SeedAsync(settings);

        // Every member owns an action due in three days, by the nodes' own clock: each is owed one digest.
        var owners = world.Addresses.Skip(1).ToList();
        await using (var services = await QuorumServices.OpenAsync(settings, CancellationToken.None))
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.Db();
            var meeting = await db.Meetings.Include(m => m.Body).SingleAsync(m => m.Id == world.Meeting);
            var members = await db.People.Where(p => owners.Contains(p.Email!)).ToListAsync();
            foreach (var member in members)
                await Quorum.Actions.ActionRegister.RaiseAsync(db, meeting, null, [member], $"Report for {member.FullName}", db.Today.AddDays(3));
            await db.SaveChangesAsync();
        }

        Dictionary<string, string> Node(string node) => new()
        {
            ["Quorum__Database"] = "postgres",
            ["ConnectionStrings__Quorum"] = settings.ConnectionString,
            ["Quorum__DataDirectory"] = folder,
            ["Quorum__Mail__Host"] = "127.0.0.1",
            ["Quorum__Mail__Port"] = mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Quorum__Mail__Security"] = "None",
            ["Quorum__Mail__PollSeconds"] = "0.05",
            ["Quorum__Mail__NodeName"] = node,
        };
        var starting = new[] { QuorumProcess.StartAsync(Node("node-1")), QuorumProcess.StartAsync(Node("node-2")) };
        using var one = await starting[0];
        using var two = await starting[1];

        var until = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < until
            && await ReadAsync(settings, db => db.OutboxMessages.CountAsync(m => m.Kind == MessageKind.ActionDigest && m.Status == OutboxStatus.Sent)) < owners.Count)
            await Task.Delay(200);
        await Task.Delay(3000);

        var digests = await ReadAsync(settings, db => db.OutboxMessages.AsNoTracking().Where(m => m.Kind == MessageKind.ActionDigest).ToListAsync());
        digests.Select(m => m.Recipient).Order().ShouldBe(owners.Order(), $"one digest per owner\nnode-1:\n{one.RecentOutput}\nnode-2:\n{two.RecentOutput}");
        digests.ShouldAllBe(m => m.Status == OutboxStatus.Sent);
        foreach (var owner in owners)
            (await mail.ReceivedByAsync(owner)).Count(m => m.Subject!.StartsWith("Your actions", StringComparison.Ordinal)).ShouldBe(1, owner);
        (await ReadAsync(settings, db => db.ScheduledRuns.CountAsync())).ShouldBe(1);
        output.WriteLine($"{digests.Count} digests: node-1 sent {digests.Count(m => m.LeaseOwner == "node-1")}, node-2 sent {digests.Count(m => m.LeaseOwner == "node-2")}");

        await one.StopAsync();
        await two.StopAsync();
        NpgsqlConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static HttpClient Browser(QuorumProcess node, CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(60) };

    private static HttpClient Plain(QuorumProcess node) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(60) };

    private static HttpClient Api(QuorumProcess node, string token)
    {
        var client = Plain(node);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string url, string etag, object body)
    {
        var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        put.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(put);
    }

    private static async Task<T> ReadAsync<T>(DatabaseSettings settings, Func<QuorumDb, Task<T>> read)
    {
        await using var services = await QuorumServices.OpenAsync(settings, CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        return await read(scope.ServiceProvider.Db());
    }

    /// <summary>A public body with a clerk (an account and token) and twenty members with addresses, and two meetings.</summary>
    private static async Task<Seed> SeedAsync(DatabaseSettings settings)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var services = await QuorumServices.OpenAsync(settings, CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.Db();
        var body = new Body { Name = $"Two Node Board {suffix}", ShortName = $"TNB{suffix}", ActionPrefix = "TNB" };
        var clerk = new Person { FullName = $"Clara Clerk {suffix}", Email = $"clerk-{suffix}@example.org" };
        body.Memberships.Add(new Membership { Person = clerk, Role = MembershipRole.Secretary });
        var members = Enumerable.Range(1, Members).Select(i => new Person { FullName = $"Member {i} {suffix}", Email = $"node-member{i}-{suffix}@example.org" }).ToList();
        foreach (var member in members)
            body.Memberships.Add(new Membership { Person = member, Role = MembershipRole.Member });
        var meetings = Enumerable.Range(1, 2).Select(n => new Meeting { Body = body, Number = n, Date = new DateOnly(2027, 7, n), StartTime = new TimeOnly(10, 0) }).ToList();
        db.Add(body);
        db.AddRange(meetings);
        await db.SaveChangesAsync();
        var user = new QuorumUser { UserName = clerk.Email, Email = clerk.Email, EmailConfirmed = true, PersonId = clerk.Id };
        (await scope.ServiceProvider.GetRequiredService<UserManager<QuorumUser>>().CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        var (token, record) = ApiToken.Issue(user.Id, "two nodes", DateTime.UtcNow);
        db.ApiTokens.Add(record);
        await db.SaveChangesAsync();
        return new Seed(clerk.Email, token, body.Id, meetings[0].Id, meetings[1].Id, members[0].Id, [clerk.Email, .. members.Select(m => m.Email!)]);
    }

    private sealed record Seed(string Email, string Token, int Body, int Meeting, int Other, int Owner, IReadOnlyList<string> Addresses);
}
