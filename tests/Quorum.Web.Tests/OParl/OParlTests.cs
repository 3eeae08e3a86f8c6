using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Conduct;
using Quorum.Meetings;
using Quorum.Papers;
using Xunit.Abstractions;

namespace Quorum.Web.Tests.OParl;

/// <summary>
/// OParl 1.1 through the real host: a crawler from /oparl/v1/system validates every object against
/// the specification's JSON schemas and follows every URL they name; paging, filters and withdrawn
/// records behave as the specification says; nothing withheld reaches it.
/// </summary>
public sealed class OParlTests(QuorumApp app, ITestOutputHelper output) : IClassFixture<QuorumApp>
{
    private const string Root = "http://localhost/oparl/v1/";

    [Fact]
    public async Task Crawl_FromSystem_EveryObjectMatchesItsSchema_AndEveryUrlItNamesAnswersWithThatType()
    {
        var s = await app.NewScenarioAsync();
        var seeded = await SeedAsync(s);
        var crawl = new Crawler(app.CreateClient(), await Schemas.LoadAsync());

        await crawl.RunAsync();

        output.WriteLine($"{crawl.Responses.Count} responses, {crawl.ObjectsValidated} objects validated against their schemas, {crawl.ListPages} list pages.");
        crawl.Failures.ShouldBeEmpty(string.Join(Environment.NewLine, crawl.Failures.Take(40)));
        foreach (var type in new[] { "System", "Body", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "Paper", "File", "Location", "Consultation" })
            crawl.TypesSeen.ShouldContain(type);

        // What the crawl found is what Quorum holds, as an anonymous visitor may see it.
        var meeting = crawl.Objects[$"{Root}meeting/{seeded.Published}"];
        meeting["start"]!.GetValue<string>().ShouldBe("2026-03-29T10:00:00+01:00", "the body's zone, in summer time that day");
        meeting["end"]!.GetValue<string>().ShouldBe("2026-03-29T12:00:00+01:00");
        meeting["meetingState"]!.GetValue<string>().ShouldBe("held");
        meeting["location"]!["description"]!.GetValue<string>().ShouldBe($"Council Chamber {s.Suffix}");
        meeting["organization"]!.AsArray().Select(o => o!.GetValue<string>()).ShouldBe([$"{Root}organization/{s.BodyA.Id}"]);
        meeting["participant"]!.AsArray().Select(p => p!.GetValue<string>()).ShouldBe([$"{Root}person/{s.MemberA.Id}"], "only the attendee who consents is named");
        meeting["resultsProtocol"]!["accessUrl"]!.GetValue<string>().ShouldBe($"http://localhost/meetings/{seeded.Published}");
        var items = meeting["agendaItem"]!.AsArray();
        items.Count.ShouldBe(2);
        items[0]!["name"]!.GetValue<string>().ShouldBe("Open item");
        items[0]!["public"]!.GetValue<bool>().ShouldBeTrue();
        items[1]!["public"]!.GetValue<bool>().ShouldBeFalse();
        items[1]!["number"]!.GetValue<string>().ShouldBe("2");
        items[1]!.AsObject().ContainsKey("name").ShouldBeFalse("an exempt item's name is withheld");
        items[0]!["result"]!.GetValue<string>().ShouldBe("Carried as amended");
        items[1]!.AsObject().ContainsKey("result").ShouldBeFalse("an exempt item's result is withheld");
        crawl.Objects[items[0]!["id"]!.GetValue<string>()]["result"]!.GetValue<string>().ShouldBe("Carried as amended", "the item read on its own");

        // The public paper was taken at the open item, which decided it; the restricted one under the same item is not named.
        var consultation = crawl.Objects[$"{Root}consultation/{seeded.Paper}"];
        consultation["paper"]!.GetValue<string>().ShouldBe($"{Root}paper/{seeded.Paper}");
        consultation["agendaItem"]!.GetValue<string>().ShouldBe(items[0]!["id"]!.GetValue<string>());
        consultation["meeting"]!.GetValue<string>().ShouldBe($"{Root}meeting/{seeded.Published}");
        consultation["organization"]!.AsArray().Select(o => o!.GetValue<string>()).ShouldBe([$"{Root}organization/{s.BodyA.Id}"]);
        consultation["authoritative"]!.GetValue<bool>().ShouldBeTrue();
        items[0]!["consultation"]!.GetValue<string>().ShouldBe($"{Root}consultation/{seeded.Paper}");
        items[1]!.AsObject().ContainsKey("consultation").ShouldBeFalse("an exempt item's paper is withheld");
        crawl.Objects[$"{Root}paper/{seeded.Paper}"]["consultation"]!.AsArray().Single()!["id"]!.GetValue<string>().ShouldBe($"{Root}consultation/{seeded.Paper}");
        crawl.Objects.Keys.Where(k => k.Contains("/consultation/", StringComparison.Ordinal)).ShouldBe([$"{Root}consultation/{seeded.Paper}"]);
        foreach (var withheld in new[] { seeded.RestrictedOnItem, seeded.UnderExempt })
        {
            var hidden = await app.CreateClient().GetAsync($"{Root}consultation/{withheld}");
            hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound, "a restricted or exempt paper's consultation is not open data");
            (await hidden.Content.ReadAsStringAsync()).ShouldNotContain("SENTINEL");
        }

        var file = crawl.Objects[$"{Root}file/{seeded.File}"];
        file["sha512Checksum"]!.GetValue<string>().ShouldBe(Convert.ToHexStringLower(SHA512.HashData(Encoding.UTF8.GetBytes(seeded.PaperContent))));
        file["size"]!.GetValue<long>().ShouldBe(Encoding.UTF8.GetByteCount(seeded.PaperContent));
        file["mimeType"]!.GetValue<string>().ShouldBe("text/plain");
        crawl.Responses.Values.ShouldContain(body => body.Contains(seeded.PaperContent), "the file's accessUrl was fetched");

        crawl.Objects.ShouldNotContainKey($"{Root}person/{s.Clerk.Id}", "no consent recorded");
        crawl.Objects.ShouldNotContainKey($"{Root}meeting/{seeded.Private}", "a members-only body's meeting");
        var leaks = crawl.Responses.Where(r => r.Value.Contains("SENTINEL", StringComparison.Ordinal)).Select(r => r.Key).ToList();
        leaks.ShouldBeEmpty("withheld text reached OParl");
    }

    [Fact]
    public async Task Lists_ArePagedByTheSpecification_WithNextOnEveryPageButTheLast()
    {
        var s = await app.NewScenarioAsync();
        var ids = await app.WithDbAsync(async db =>
        {
            var meetings = Enumerable.Range(1, 7).Select(n => new Meeting { BodyId = s.BodyA.Id, Number = n, Date = new DateOnly(2026, 1, n) }).ToList();
            db.Meetings.AddRange(meetings);
            await db.SaveChangesAsync();
            return meetings.Select(m => m.Id).ToList();
        });
        var client = app.CreateClient();

        var pages = await PagesAsync(client, $"{Root}organization/{s.BodyA.Id}/meetings?limit=3");

        pages.Select(p => p["data"]!.AsArray().Count).ShouldBe([3, 3, 1]);
        pages.Take(2).ShouldAllBe(p => p["links"]!["next"] != null);
        pages[^1]["links"]!.AsObject().ContainsKey("next").ShouldBeFalse();
        pages.ShouldAllBe(p => p["links"]!["first"]!.GetValue<string>() == $"{Root}organization/{s.BodyA.Id}/meetings?limit=3");
        pages.ShouldAllBe(p => p["pagination"]!["elementsPerPage"]!.GetValue<int>() == 3);
        IdsOf(pages).ShouldBe([.. ids.Select(id => $"{Root}meeting/{id}")], "every meeting once, in order");

        // The body-wide list pages the same way to its end.
        var all = await PagesAsync(client, $"{Root}meetings?limit=2");
        IdsOf(all).ShouldBeUnique();
        IdsOf(all).ShouldContain($"{Root}meeting/{ids[^1]}");
        all[^1]["links"]!.AsObject().ContainsKey("next").ShouldBeFalse();

        var bad = await client.GetAsync($"{Root}meetings?limit=1000");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        bad.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Filters_SelectByCreatedAndModifiedTimes_AndOmitInternalDropsEmbeddedObjects()
    {
        var s = await app.NewScenarioAsync();
        var january = new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
        var february = january.AddMonths(1);
        var march = january.AddMonths(2);
        var (first, second) = await app.WithDbAsync(async db =>
        {
            db.Clock = new FixedClock(january);
            var m1 = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 4, 1) };
            m1.AddAgendaItem("Welcome");
            db.Meetings.Add(m1);
            await db.SaveChangesAsync();
            db.Clock = new FixedClock(february);
            var m2 = new Meeting { BodyId = s.BodyA.Id, Number = 2, Date = new DateOnly(2026, 5, 1) };
            db.Meetings.Add(m2);
            await db.SaveChangesAsync();
            db.Clock = new FixedClock(march);
            m1.Title = "Renamed";
            await db.SaveChangesAsync();
            return (m1.Id, m2.Id);
        });
        var client = app.CreateClient();
        var list = $"{Root}organization/{s.BodyA.Id}/meetings";
        async Task<List<string>> Ids(string query) => IdsOf(await PagesAsync(client, $"{list}?{query}"));
        string Time(DateTimeOffset t) => Uri.EscapeDataString(t.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));

        (await Ids($"created_since={Time(february.AddDays(-1))}")).ShouldBe([$"{Root}meeting/{second}"]);
        (await Ids($"created_until={Time(january.AddDays(1))}")).ShouldBe([$"{Root}meeting/{first}"]);
        (await Ids($"modified_since={Time(march.AddDays(-1))}")).ShouldBe([$"{Root}meeting/{first}"]);
        (await Ids($"modified_until={Time(february.AddDays(1))}")).ShouldBe([$"{Root}meeting/{second}"]);
        (await Ids($"created_since={Time(january.AddDays(-1))}&created_until={Time(march)}")).ShouldBe([$"{Root}meeting/{first}", $"{Root}meeting/{second}"]);
        // A zone offset is honoured: 10:00+01:00 is 09:00 UTC, the moment the first meeting was created.
        (await Ids($"created_since={Uri.EscapeDataString("2026-01-10T10:00:00+01:00")}&created_until={Time(january.AddDays(1))}")).ShouldBe([$"{Root}meeting/{first}"]);

        var whole = (await PagesAsync(client, list))[0]["data"]!.AsArray()[0]!.AsObject();
        whole.ContainsKey("agendaItem").ShouldBeTrue();
        var omitted = (await PagesAsync(client, $"{list}?omit_internal=true"))[0]["data"]!.AsArray()[0]!.AsObject();
        omitted.ContainsKey("agendaItem").ShouldBeFalse();
        omitted["id"]!.GetValue<string>().ShouldBe(whole["id"]!.GetValue<string>());
        (await PagesAsync(client, $"{list}?omit_internal=true"))[0]["links"]!["first"]!.GetValue<string>().ShouldContain("omit_internal=true");

        var bad = await client.GetAsync($"{list}?modified_since=yesterday");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        bad.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await bad.Content.ReadAsStringAsync()).ShouldContain("modified_since");
    }

    [Fact]
    public async Task ChangingWhatAMeetingEmbeds_MarksTheMeetingModified()
    {
        var s = await app.NewScenarioAsync();
        var january = new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
        var id = await app.WithDbAsync(async db =>
        {
            db.Clock = new FixedClock(january);
            var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 4, 1) };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        await app.WithDbAsync(async db =>
        {
            db.Clock = new FixedClock(january.AddMonths(1));
            db.AgendaItems.Add(new AgendaItem { MeetingId = id, Title = "Added later", Number = "1", Position = 1 });
            await db.SaveChangesAsync();
        });

        var meeting = await GetJsonAsync(app.CreateClient(), $"{Root}meeting/{id}");
        meeting["modified"]!.GetValue<string>().ShouldStartWith("2026-02-10T09:00:00");
        meeting["agendaItem"]!.AsArray().Single()!["name"]!.GetValue<string>().ShouldBe("Added later");
    }

    [Fact]
    public async Task DeletedMeeting_StaysAtItsUrlAsDeleted_AndModifiedSinceReturnsIt()
    {
        var s = await app.NewScenarioAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var id = await app.WithDbAsync(async db =>
        {
            var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 6, 1) };
            meeting.AddAgendaItem("Only item");
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        var client = app.CreateClient();
        var url = $"{Root}meeting/{id}";
        var item = (await GetJsonAsync(client, url))["agendaItem"]!.AsArray()[0]!["id"]!.GetValue<string>();

        await app.WithDbAsync(async db =>
        {
            db.Meetings.Remove((await db.Meetings.FindAsync(id))!);
            await db.SaveChangesAsync();
        });

        var gone = await GetJsonAsync(client, url);
        gone["deleted"]!.GetValue<bool>().ShouldBeTrue();
        gone["type"]!.GetValue<string>().ShouldBe("https://schema.oparl.org/1.1/Meeting");
        gone.AsObject().ContainsKey("name").ShouldBeFalse();
        (await GetJsonAsync(client, item))["deleted"]!.GetValue<bool>().ShouldBeTrue("its agenda went with it");

        var since = Uri.EscapeDataString(before.ToString("O"));
        var changed = (await PagesAsync(client, $"{Root}meetings?modified_since={since}")).SelectMany(p => p["data"]!.AsArray()).ToList();
        changed.ShouldContain(m => m!["id"]!.GetValue<string>() == url && m["deleted"]!.GetValue<bool>());
        var plain = IdsOf(await PagesAsync(client, $"{Root}meetings"));
        plain.ShouldNotContain(url, "without modified_since a list shows what exists");
        var ofBody = (await PagesAsync(client, $"{Root}organization/{s.BodyA.Id}/meetings?modified_since={since}")).SelectMany(p => p["data"]!.AsArray()).ToList();
        ofBody.ShouldContain(m => m!["id"]!.GetValue<string>() == url && m["deleted"]!.GetValue<bool>(), "the organization's own meeting list names it deleted too");
        (await client.GetAsync($"{Root}meeting/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task VenueOfItsOnlyPublicMeeting_IsDeletedInOpenData_WhenTheMeetingGoes()
    {
        var s = await app.NewScenarioAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var (meetingId, locationId) = await app.WithDbAsync(async db =>
        {
            var hall = new Location { Name = $"Village hall {s.Suffix}", Address = "Church Lane" };
            var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 6, 1), Location = hall };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return (meeting.Id, hall.Id);
        });
        var client = app.CreateClient();
        var url = $"{Root}location/{locationId}";
        (await GetJsonAsync(client, url))["deleted"].ShouldBeNull("a venue of a public meeting is public");

        await app.WithDbAsync(async db =>
        {
            db.Meetings.Remove((await db.Meetings.FindAsync(meetingId))!);
            await db.SaveChangesAsync();
        });

        (await GetJsonAsync(client, url))["deleted"]!.GetValue<bool>().ShouldBeTrue("no public meeting is held there any more");
        var since = Uri.EscapeDataString(before.ToString("O"));
        (await PagesAsync(client, $"{Root}locations?modified_since={since}")).SelectMany(p => p["data"]!.AsArray())
            .ShouldContain(l => l!["id"]!.GetValue<string>() == url && l["deleted"]!.GetValue<bool>());
    }

    [Fact]
    public async Task MeetingOfABodyMadePrivate_IsDeletedInOpenData_AndComesBackWhenItIsPublicAgain()
    {
        var s = await app.NewScenarioAsync();
        var id = await app.WithDbAsync(async db =>
        {
            var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 6, 1) };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        var client = app.CreateClient();
        var url = $"{Root}meeting/{id}";
        async Task SetPublicAsync(bool isPublic) => await app.WithDbAsync(async db =>
        {
            (await db.Bodies.FindAsync(s.BodyA.Id))!.IsPublic = isPublic;
            await db.SaveChangesAsync();
        });

        await SetPublicAsync(false);
        (await GetJsonAsync(client, url))["deleted"]!.GetValue<bool>().ShouldBeTrue();
        (await GetJsonAsync(client, $"{Root}organization/{s.BodyA.Id}"))["deleted"]!.GetValue<bool>().ShouldBeTrue();

        var hiddenAt = DateTimeOffset.UtcNow.AddSeconds(-1);
        await SetPublicAsync(true);
        var back = await GetJsonAsync(client, url);
        back.AsObject().ContainsKey("deleted").ShouldBeFalse();
        DateTimeOffset.Parse(back["modified"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(hiddenAt, "a harvester asking for changes sees it return");
    }

    [Fact]
    public async Task Person_AppearsOnlyOnceTheirConsentIsRecorded_OnTheirPage()
    {
        var s = await app.NewScenarioAsync();
        var client = app.CreateClient();
        var url = $"{Root}person/{s.MemberA.Id}";
        var refused = await client.GetAsync(url);
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await GetJsonAsync(client, $"{Root}organization/{s.BodyA.Id}"))["membership"]!.AsArray().ShouldBeEmpty();

        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var saved = await clerk.PostFormAsync($"/people/{s.MemberA.Id}/edit", new Dictionary<string, string>
        {
            ["Input.FullName"] = s.MemberA.FullName,
            ["Input.ConsentsToPublication"] = "true",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var person = await GetJsonAsync(client, url);
        person["name"]!.GetValue<string>().ShouldBe(s.MemberA.FullName);
        person["membership"]!.AsArray().Single()!["organization"]!.GetValue<string>().ShouldBe($"{Root}organization/{s.BodyA.Id}");
        person.AsObject().ContainsKey("email").ShouldBeFalse();
        (await GetJsonAsync(client, $"{Root}organization/{s.BodyA.Id}"))["membership"]!.AsArray().Count.ShouldBe(1);
        (await clerk.GetStringAsync($"/people/{s.MemberA.Id}")).ShouldContain($"href=\"/oparl/v1/person/{s.MemberA.Id}\"");
    }

    [Fact]
    public async Task EveryAnswer_IsJson_ErrorsIncluded_AndSignedInCallersGetThePublicView()
    {
        var s = await app.NewScenarioAsync();
        var client = app.CreateClient();
        foreach (var (method, url, status) in new[]
        {
            (HttpMethod.Get, "/oparl/v1/nothing-here", HttpStatusCode.NotFound),
            (HttpMethod.Get, "/oparl/v1/meeting/abc", HttpStatusCode.NotFound),
            (HttpMethod.Post, "/oparl/v1/system", HttpStatusCode.MethodNotAllowed),
            (HttpMethod.Get, "/oparl/v1/paper/0", HttpStatusCode.NotFound),
        })
        {
            using var response = await client.SendAsync(new HttpRequestMessage(method, url));
            response.StatusCode.ShouldBe(status, url);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", url);
            JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!.GetValue<int>().ShouldBe((int)status);
        }

        // Body B is members only: its member sees it on Quorum's pages but not in open data.
        var member = await app.SignedInClientAsync(s, Persona.MemberOfB);
        var organizations = IdsOf(await PagesAsync(member, $"{Root}organizations"));
        organizations.ShouldContain($"{Root}organization/{s.BodyA.Id}");
        organizations.ShouldNotContain($"{Root}organization/{s.BodyB.Id}");
        (await app.ApiClient(s, Persona.Administrator).GetAsync($"{Root}organization/{s.BodyB.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task HomePageAndApiIndex_LinkToOParl()
    {
        var client = app.CreateClient();
        (await client.GetStringAsync("/")).ShouldContain("href=\"/oparl/v1/system\"");
        (await client.GetStringAsync("/api/v1")).ShouldContain("/oparl/v1/system");
    }

    private sealed record Seeded(int Published, int Private, int File, string PaperContent, int Paper, int RestrictedOnItem, int UnderExempt);

    private async Task<Seeded> SeedAsync(Scenario s)
    {
        var store = app.Services.GetRequiredService<IPaperStore>();
        var content = $"public paper content {s.Suffix}";
        var (sha, size) = await store.SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)), 10_000);
        var sha512 = await store.Sha512Async(sha);
        return await app.WithDbAsync(async db =>
        {
            var memberA = (await db.People.FindAsync(s.MemberA.Id))!;
            memberA.ConsentsToPublication = true;
            var clerk = (await db.People.FindAsync(s.Clerk.Id))!;
            var chamber = new Location { Name = $"Council Chamber {s.Suffix}", Address = "Market Street" };

            // The last Sunday of March: the clocks went forward at 01:00.
            var published = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 3, 29), StartTime = new TimeOnly(10, 0), EndTime = new TimeOnly(12, 0), Location = chamber };
            var open = published.AddAgendaItem("Open item");
            open.Minute = new Minute { Text = $"public minute {s.Suffix}" };
            var exempt = published.AddAgendaItem($"SENTINEL-EXEMPT-TITLE-{s.Suffix}");
            exempt.Minute = new Minute { Text = $"SENTINEL-EXEMPT-MINUTE-{s.Suffix}" };
            exempt.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3", Note = $"SENTINEL-EXEMPT-NOTE-{s.Suffix}" });
            published.Attendance.Add(new Attendance { Person = memberA, Status = AttendanceStatus.Present });
            published.Attendance.Add(new Attendance { Person = clerk, Status = AttendanceStatus.Present });
            published.MarkHeld();
            published.StartMinutes();
            var approving = new Meeting { BodyId = s.BodyA.Id, Number = 2, Date = new DateOnly(2026, 4, 30) };
            approving.MarkHeld();
            var draft = approving.AddAgendaItem("Draft item");
            draft.Minute = new Minute { Text = $"SENTINEL-DRAFT-MINUTE-{s.Suffix}" };
            approving.StartMinutes();
            var hidden = new Meeting { BodyId = s.BodyB.Id, Number = 1, Date = new DateOnly(2026, 4, 2), Title = $"SENTINEL-B-MEETING-{s.Suffix}" };
            db.Meetings.AddRange(published, approving, hidden);
            await db.SaveChangesAsync();
            // Seeded as they stand once put: what the motions came to, not how they were moved.
            var carried = new Motion { Meeting = published, AgendaItem = open, Position = 1, MoverId = memberA.Id, Text = "That the report be noted", TextAsAmended = "That the report be noted and published", Outcome = MotionOutcome.Carried };
            var secret = new Motion { Meeting = published, AgendaItem = exempt, Position = 1, MoverId = memberA.Id, Text = $"SENTINEL-EXEMPT-MOTION-{s.Suffix}", Outcome = MotionOutcome.Carried };
            db.Motions.AddRange(carried, secret);
            await db.SaveChangesAsync();
            published.ApproveMinutesAt(approving);
            published.PublishMinutes();

            var paper = new Paper { Title = $"Public paper {s.Suffix}", BodyId = s.BodyA.Id, Meeting = published, AgendaItem = open };
            paper.Classify(ProtectiveMarking.Official, null, Circulation.Public, [], []);
            var version = new PaperVersion { Number = 1, FileName = "paper.txt", ContentType = "text/plain", Sha256 = sha, Sha512 = sha512, Size = size, UploadedBy = "test", UploadedAt = DateTime.UtcNow };
            paper.Versions.Add(version);
            var restricted = new Paper { Title = $"SENTINEL-PAPER-A-{s.Suffix}", BodyId = s.BodyA.Id, Meeting = published };
            restricted.Classify(ProtectiveMarking.OfficialSensitive, null, Circulation.MembersOfBodies, [(await db.Bodies.FindAsync(s.BodyA.Id))!], []);
            restricted.Versions.Add(new PaperVersion { Number = 1, FileName = "secret.txt", ContentType = "text/plain", Sha256 = sha, Size = size, UploadedBy = "test" });
            var underExempt = new Paper { Title = $"SENTINEL-PAPER-EXEMPT-{s.Suffix}", BodyId = s.BodyA.Id, Meeting = published, AgendaItem = exempt };
            underExempt.Classify(ProtectiveMarking.Official, null, Circulation.Public, [], []);
            underExempt.Versions.Add(new PaperVersion { Number = 1, FileName = "exempt.txt", ContentType = "text/plain", Sha256 = sha, Size = size, UploadedBy = "test" });
            var restrictedOnItem = new Paper { Title = $"SENTINEL-PAPER-ON-ITEM-{s.Suffix}", BodyId = s.BodyA.Id, Meeting = published, AgendaItem = open };
            restrictedOnItem.Classify(ProtectiveMarking.OfficialSensitive, null, Circulation.MembersOfBodies, [(await db.Bodies.FindAsync(s.BodyA.Id))!], []);
            db.Papers.AddRange(restrictedOnItem, paper, restricted, underExempt);
            await db.SaveChangesAsync();
            return new Seeded(published.Id, hidden.Id, version.Id, content, paper.Id, restrictedOnItem.Id, underExempt.Id);
        });
    }

    private static async Task<JsonNode> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{url}: {text}");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Every page of a list, following links.next.</summary>
    private static async Task<List<JsonNode>> PagesAsync(HttpClient client, string url)
    {
        var pages = new List<JsonNode>();
        for (string? next = url; next is not null && pages.Count < 1000;)
        {
            var page = await GetJsonAsync(client, next);
            pages.Add(page);
            next = page["links"]?["next"]?.GetValue<string>();
        }

        return pages;
    }

    private static List<string> IdsOf(IEnumerable<JsonNode> pages) =>
        [.. pages.SelectMany(p => p["data"]!.AsArray()).Select(o => o!["id"]!.GetValue<string>())];

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
