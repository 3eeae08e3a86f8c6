using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Consultations;
using Quorum.Demo;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.Web.Tests.Registers;

namespace Quorum.Web.Tests.Consultations;

public sealed class ConsultationsTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    private sealed record Seeded(int Meeting, int Item, int OtherBodyItem, int Paper, int Response, int Restricted);

    /// <summary>Body A: a meeting with published minutes and an item, a public consultation paper, a public response, a restricted paper.</summary>
    private async Task<Seeded> SeedAsync(Scenario s) => await app.WithDbAsync(async db =>
    {
        var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 3, 12) };
        var item = meeting.AddAgendaItem("Consultations received");
        meeting.MarkHeld();
        meeting.StartMinutes();
        var next = new Meeting { BodyId = s.BodyA.Id, Number = 2, Date = new DateOnly(2026, 4, 12) };
        next.MarkHeld();
        var other = new Meeting { BodyId = s.BodyB.Id, Number = 1, Date = new DateOnly(2026, 3, 13) };
        var otherItem = other.AddAgendaItem("B business");
        db.Meetings.AddRange(meeting, next, other);
        await db.SaveChangesAsync();
        meeting.ApproveMinutesAt(next);
        meeting.PublishMinutes();
        Paper Paper(string title, Circulation circulation)
        {
            var paper = new Paper { Title = title, BodyId = s.BodyA.Id, Meeting = meeting, AgendaItem = item };
            paper.Classify(circulation == Circulation.Public ? ProtectiveMarking.Official : ProtectiveMarking.OfficialSensitive, null, circulation,
                circulation == Circulation.Public ? [] : [db.Bodies.Single(b => b.Id == s.BodyA.Id)], []);
            paper.Versions.Add(new PaperVersion { Number = 1, FileName = "p.txt", ContentType = "text/plain", Sha256 = new string('a', 64), Size = 1, UploadedBy = "test" });
            db.Papers.Add(paper);
            return paper;
        }

        var paper = Paper($"Standards call for evidence {s.Suffix}", Circulation.Public);
        var response = Paper($"Our response {s.Suffix}", Circulation.Public);
        var restricted = Paper($"SENTINEL restricted consultation paper {s.Suffix}", Circulation.MembersOfBodies);
        await db.SaveChangesAsync();
        return new Seeded(meeting.Id, item.Id, otherItem.Id, paper.Id, response.Id, restricted.Id);
    });

    private static Dictionary<string, string> RecordForm(int paper, string organisation, string title, string day, string month, string year, string link = "") => new()
    {
        ["Input.PaperId"] = paper.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.ConsultingOrganisation"] = organisation,
        ["Input.Title"] = title,
        ["Input.Link"] = link,
        ["Input.ResponseDeadline.Day"] = day,
        ["Input.ResponseDeadline.Month"] = month,
        ["Input.ResponseDeadline.Year"] = year,
    };

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Clerk_RecordsAConsultation_DecidesToRespond_NamesALead_AndAttachesTheResponse()
    {
        var s = await app.NewScenarioAsync();
        var seeded = await SeedAsync(s);
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var deadline = DateOnly.FromDateTime(DateTime.Today).AddDays(30);
        var title = $"Local digital standards {s.Suffix}";

        var refused = await clerk.PostFormAsync("/consultations/new", RecordForm(seeded.Paper, "", title, "31", "2", "2027", "not a link"));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var errors = PageText.MainOf(await refused.Content.ReadAsStringAsync());
        errors.ShouldContain("Enter who is consulting");
        errors.ShouldContain("The response deadline must be a real date: February 2027 has 28 days");
        errors.ShouldContain("page, starting https://");

        var saved = await clerk.PostFormAsync("/consultations/new", RecordForm(seeded.Paper, "Department for Local Services", title,
            Id(deadline.Day), Id(deadline.Month), Id(deadline.Year), "https://www.example.org/standards"));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, PageText.MainOf(await saved.Content.ReadAsStringAsync()));
        var url = saved.Headers.Location!.ToString();
        var page = await clerk.MainAsync(url);
        page.ShouldContain(title);
        page.ShouldContain(">Open<");
        (await clerk.MainAsync($"/bodies/{s.BodyA.ShortName}")).ShouldContain(title, customMessage: "the body's open consultations");
        var again = await clerk.PostFormAsync("/consultations/new", RecordForm(seeded.Paper, "Department", "Again", "1", "1", "2027"));
        PageText.MainOf(await again.Content.ReadAsStringAsync()).ShouldContain("is already recorded as a consultation");

        var noItem = await clerk.PostFormAsync($"{url}/decide", new Dictionary<string, string> { ["Input.AgendaItemId"] = "", ["Input.Respond"] = "yes" });
        noItem.StatusCode.ShouldBe(HttpStatusCode.OK);
        PageText.MainOf(await noItem.Content.ReadAsStringAsync()).ShouldContain("Choose the item of the body");
        var elsewhere = await clerk.PostFormAsync($"{url}/decide", new Dictionary<string, string> { ["Input.AgendaItemId"] = Id(seeded.OtherBodyItem), ["Input.Respond"] = "yes" }, $"{url}/decide");
        PageText.MainOf(await elsewhere.Content.ReadAsStringAsync()).ShouldContain("Choose the item of the body", customMessage: "another body's meeting");
        var decided = await clerk.PostFormAsync($"{url}/decide", new Dictionary<string, string> { ["Input.AgendaItemId"] = Id(seeded.Item), ["Input.Respond"] = "yes" });
        decided.StatusCode.ShouldBe(HttpStatusCode.Redirect, PageText.MainOf(await decided.Content.ReadAsStringAsync()));
        page = await clerk.MainAsync(url);
        page.ShouldContain(">Responding<");
        page.ShouldContain($"To respond to the Department for Local Services consultation “{title}”");
        var twice = await clerk.PostFormAsync($"{url}/decide", new Dictionary<string, string> { ["Input.AgendaItemId"] = Id(seeded.Item), ["Input.Respond"] = "no" });
        PageText.MainOf(await twice.Content.ReadAsStringAsync()).ShouldContain("Whether to respond has already been decided");

        var badDate = await clerk.PostFormAsync($"{url}/lead", new Dictionary<string, string> { ["Input.PersonId"] = Id(s.MemberA.Id), ["Input.Due.Day"] = "40", ["Input.Due.Month"] = "1", ["Input.Due.Year"] = "2027" });
        badDate.StatusCode.ShouldBe(HttpStatusCode.OK);
        var led = await clerk.PostFormAsync($"{url}/lead", new Dictionary<string, string> { ["Input.PersonId"] = Id(s.MemberA.Id) });
        led.StatusCode.ShouldBe(HttpStatusCode.Redirect, PageText.MainOf(await led.Content.ReadAsStringAsync()));
        (await clerk.MainAsync(url)).ShouldContain(s.MemberA.FullName);

        var itself = await clerk.PostFormAsync($"{url}/response", new Dictionary<string, string> { ["Input.ResponsePaperId"] = Id(seeded.Paper) });
        itself.StatusCode.ShouldBe(HttpStatusCode.OK);
        var responded = await clerk.PostFormAsync($"{url}/response", new Dictionary<string, string> { ["Input.ResponsePaperId"] = Id(seeded.Response) });
        responded.StatusCode.ShouldBe(HttpStatusCode.Redirect, PageText.MainOf(await responded.Content.ReadAsStringAsync()));
        page = await clerk.MainAsync(url);
        page.ShouldContain(">Responded<");
        page.ShouldContain($"Our response {s.Suffix}");
        (await clerk.MainAsync($"/bodies/{s.BodyA.ShortName}")).ShouldNotContain(title, customMessage: "answered, so no longer open");

        var id = int.Parse(url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var (consultation, owners, audit) = await app.WithDbAsync(async db =>
        {
            var c = await db.Consultations.Include(c => c.Decision).Include(c => c.LeadAction).ThenInclude(a => a!.Owners).SingleAsync(c => c.Id == id);
            var events = await db.AuditEvents.CountAsync(e => e.EntityType == "Consultation" && e.EntityId == Id(id));
            return (c, c.LeadAction!.Owners.Select(o => o.Id).ToList(), events);
        });
        consultation.Decision!.AgendaItemId.ShouldBe(seeded.Item);
        consultation.LeadAction!.DueDate.ShouldBe(deadline, "due by the deadline when no date is given");
        consultation.LeadAction.DecisionId.ShouldBe(consultation.DecisionId);
        owners.ShouldBe([s.MemberA.Id]);
        audit.ShouldBe(4, "recorded, decided, led, answered");

        // The decision is in published minutes and the response is public: the public sees the same.
        var anonymous = app.CreateClient();
        (await anonymous.MainAsync(url)).ShouldContain(">Responded<");
        (await anonymous.MainAsync("/consultations")).ShouldContain(title);
    }

    [Fact]
    public async Task ConsultationOfARestrictedPaper_NeverReachesTheAnonymousVisitor_OrAnotherBodysMember()
    {
        var s = await app.NewScenarioAsync();
        var seeded = await SeedAsync(s);
        var id = await app.WithDbAsync(async db =>
        {
            var consultation = new Consultation { BodyId = s.BodyA.Id, PaperId = seeded.Restricted, ConsultingOrganisation = $"SENTINEL organisation {s.Suffix}", Title = $"SENTINEL consultation {s.Suffix}", ResponseDeadline = DateOnly.FromDateTime(DateTime.Today).AddDays(10) };
            db.Consultations.Add(consultation);
            await db.SaveChangesAsync();
            return consultation.Id;
        });

        foreach (var persona in new[] { Persona.Anonymous, Persona.MemberOfB })
        {
            var client = await app.SignedInClientAsync(s, persona);
            (await client.GetAsync($"/consultations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, persona.ToString());
            (await client.GetStringAsync("/consultations")).ShouldNotContain("SENTINEL");
            (await client.GetStringAsync($"/bodies/{s.BodyA.ShortName}")).ShouldNotContain("SENTINEL");
            var api = app.ApiClient(s, persona);
            (await api.GetAsync($"/api/v1/consultations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await api.GetStringAsync("/api/v1/consultations?pageSize=100")).ShouldNotContain("SENTINEL");
        }

        var member = await app.SignedInClientAsync(s, Persona.MemberOfA);
        (await member.MainAsync($"/consultations/{id}")).ShouldContain($"SENTINEL consultation {s.Suffix}");
        (await member.MainAsync($"/bodies/{s.BodyA.ShortName}")).ShouldContain($"SENTINEL consultation {s.Suffix}");
    }

    [Fact]
    public async Task Api_ListsOpenFirstByDeadline_WithETags_AndRecordsWithClearProblems()
    {
        var s = await app.NewScenarioAsync();
        var seeded = await SeedAsync(s);
        var clerk = app.ApiClient(s, Persona.ClerkOfA);
        var today = DateOnly.FromDateTime(DateTime.Today);

        var bad = await clerk.PostAsJsonAsync("/api/v1/consultations", new { paperId = 999_999, consultingOrganisation = "DLS", title = "T", responseDeadline = "2027-01-01" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("paperId")[0].GetString().ShouldBe("Choose the paper that is the consultation");
        var missing = await clerk.PostAsJsonAsync("/api/v1/consultations", new { paperId = seeded.Paper });
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("responseDeadline", out _).ShouldBeTrue();
        (await app.ApiClient(s, Persona.MemberOfA).PostAsJsonAsync("/api/v1/consultations", new { paperId = seeded.Paper, consultingOrganisation = "DLS", title = "T", responseDeadline = "2027-01-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The later deadline is still open; the earlier one has passed, so it comes after.
        var created = await clerk.PostAsJsonAsync("/api/v1/consultations", new { paperId = seeded.Paper, consultingOrganisation = "DLS", title = $"Open {s.Suffix}", responseDeadline = today.AddDays(20).ToString("yyyy-MM-dd") });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString().ShouldBe("Open");
        var passed = await clerk.PostAsJsonAsync("/api/v1/consultations", new { paperId = seeded.Response, consultingOrganisation = "DLS", title = $"Passed {s.Suffix}", responseDeadline = today.AddDays(-5).ToString("yyyy-MM-dd") });
        passed.StatusCode.ShouldBe(HttpStatusCode.Created);

        var list = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/consultations?body={s.BodyA.ShortName}&pageSize=1");
        list.GetProperty("total").GetInt32().ShouldBe(2);
        list.GetProperty("items")[0].GetProperty("title").GetString().ShouldBe($"Open {s.Suffix}");
        var second = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/consultations?body={s.BodyA.ShortName}&pageSize=1&page=2");
        second.GetProperty("items")[0].GetProperty("state").GetString().ShouldBe("DeadlinePassed");
        (await clerk.GetAsync("/api/v1/consultations?pageSize=101")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await clerk.GetAsync("/api/v1/consultations?page=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var one = await clerk.GetAsync(created.Headers.Location!.ToString());
        one.StatusCode.ShouldBe(HttpStatusCode.OK);
        one.Headers.ETag!.Tag.ShouldBe("\"1\"");
        (await clerk.GetAsync("/api/v1/consultations/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().GetAsync("/consultations/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().GetAsync("/consultations?page=abc")).StatusCode.ShouldBe(HttpStatusCode.OK, "a bad page number is the first page, not an error");
        (await app.CreateClient().GetStringAsync("/registers")).ShouldContain("href=\"/consultations\"");
    }
}

/// <summary>The demo's consultations, in a database of their own.</summary>
public sealed class DemoConsultationsTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task Demo_HasAnAnsweredConsultation_AndAnOpenOneWithItsDeadlineAhead()
    {
        var today = new DateOnly(2026, 11, 24);
        var store = app.Services.GetRequiredService<IPaperStore>();
        (await app.WithDbAsync(db => DemoData.LoadAsync(db, today, store))).ShouldBeTrue();

        var consultations = await app.WithDbAsync(db => db.Consultations.Include(c => c.Decision).Include(c => c.ResponsePaper).Include(c => c.LeadAction).ToListAsync());
        consultations.Count.ShouldBe(2);
        consultations.Select(c => c.StateOn(today)).ShouldBe([ConsultationState.Responded, ConsultationState.Open], ignoreOrder: true);
        consultations.Single(c => c.StateOn(today) == ConsultationState.Open).ResponseDeadline.ShouldBeGreaterThan(today);
        consultations.Single(c => c.StateOn(today) == ConsultationState.Responded).LeadAction.ShouldNotBeNull();

        var anonymous = app.CreateClient();
        var list = await anonymous.MainAsync("/consultations");
        list.ShouldContain("Local digital standards: call for evidence");
        list.ShouldContain("Shared data platforms: draft code of practice");
        foreach (var c in consultations)
            (await anonymous.GetAsync($"/consultations/{c.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.MainAsync("/bodies/NDLC")).ShouldContain("Shared data platforms: draft code of practice");
    }
}

/// <summary>On its own host, so that the consultations listed are only this test's.</summary>
public sealed class ConsultationsPageTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task TheConsultationsList_IsPagedByDeadline_FiftyAPage_FromPageInTheQuery()
    {
        var s = await app.NewScenarioAsync();
        await app.WithDbAsync(async db =>
        {
            var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 3, 12) };
            var item = meeting.AddAgendaItem("Consultations received");
            db.Meetings.Add(meeting);
            // Added latest deadline first, so that only the list's order puts them in order.
            foreach (var i in Enumerable.Range(0, 51).Reverse())
            {
                var paper = new Paper { Title = $"Call for evidence {s.Suffix} {i:00}", BodyId = s.BodyA.Id, Meeting = meeting, AgendaItem = item };
                paper.Classify(ProtectiveMarking.Official, null, Circulation.Public, [], []);
                paper.Versions.Add(new PaperVersion { Number = 1, FileName = "p.txt", ContentType = "text/plain", Sha256 = new string('a', 64), Size = 1, UploadedBy = "test" });
                db.Consultations.Add(new Consultation
                {
                    BodyId = s.BodyA.Id,
                    Paper = paper,
                    ConsultingOrganisation = "Department for Local Services",
                    Title = $"Paged consultation {s.Suffix} {i:00}",
                    ResponseDeadline = new DateOnly(2100, 1, 1).AddDays(i),
                });
            }

            await db.SaveChangesAsync();
        });
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var first = await clerk.GetStringAsync("/consultations");
        first.ShouldContain($"Paged consultation {s.Suffix} 49");
        first.ShouldNotContain($"Paged consultation {s.Suffix} 50");
        first.ShouldContain("aria-label=\"Pages of consultations\"");
        first.ShouldContain("href=\"/consultations?page=2\" rel=\"next\"");
        first.ShouldNotContain("rel=\"prev\"");

        var second = await clerk.GetStringAsync("/consultations?page=2");
        second.ShouldContain($"Paged consultation {s.Suffix} 50");
        second.ShouldNotContain($"Paged consultation {s.Suffix} 49");
        second.ShouldContain("href=\"/consultations?page=1\" rel=\"prev\"");
        second.ShouldNotContain("rel=\"next\"");

        (await clerk.GetAsync("/consultations?page=2147483647")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
