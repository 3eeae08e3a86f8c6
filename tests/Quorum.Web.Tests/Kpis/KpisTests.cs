using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Quorum.Kpis;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.People;
using Quorum.Web.Tests.Registers;

namespace Quorum.Web.Tests.Kpis;

public sealed class KpisTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    /// <summary>Body A's register: a measure with figures for the scenario's organisation and the others given, quarter by quarter.</summary>
    internal static Task<int> KpiAsync(QuorumApp app, Scenario s, string name, bool restricted = false, KpiDirection direction = KpiDirection.HigherIsBetter,
        params (int OrganisationId, string Period, decimal Value)[] values) =>
        app.WithDbAsync(async db =>
        {
            var kpi = await KpiRegister.AddAsync(db, new KpiDetails
            {
                BodyId = s.BodyA.Id,
                Name = name,
                Definition = "Calls resolved at the first contact, as a share of all calls",
                Unit = "%",
                Direction = direction,
                Target = 90,
                Tolerance = 5,
                Restricted = restricted,
            });
            foreach (var (organisation, period, value) in values)
                await KpiRegister.RecordAsync(db, kpi, new KpiReading { OrganisationId = organisation, Period = period, Value = value });
            return kpi.Id;
        });

    private Task<Organisation> OrganisationAsync(string name) => app.WithDbAsync(async db =>
    {
        var organisation = new Organisation { Name = name };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    });

    [Fact]
    public async Task Clerk_AddsAMeasure_RecordsFigures_AndTheChartTableAndRankingFollow()
    {
        var s = await app.NewScenarioAsync();
        var other = await OrganisationAsync($"Brookfield Council {s.Suffix}");
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var refused = await clerk.PostFormAsync("/kpis/new", Measure(s, target: "ninety"));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var errors = PageText.MainOf(await refused.Content.ReadAsStringAsync());
        errors.ShouldContain("The target must be a number, like 92.5");
        (await clerk.PostFormAsync("/kpis/new", Measure(s, direction: ""))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var saved = await clerk.PostFormAsync("/kpis/new", Measure(s));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var url = saved.Headers.Location!.ToString();
        (await clerk.MainAsync(url)).ShouldContain("No figures have been recorded yet.");

        var badPeriod = await clerk.PostFormAsync($"{url}/values/new", Reading(s.Organisation.Id, "2025-Q5", "80"));
        badPeriod.StatusCode.ShouldBe(HttpStatusCode.OK);
        PageText.MainOf(await badPeriod.Content.ReadAsStringAsync()).ShouldContain("Enter the quarter like 2025-Q3");
        var badFigure = await clerk.PostFormAsync($"{url}/values/new", Reading(s.Organisation.Id, "2025-Q3", "eighty"));
        PageText.MainOf(await badFigure.Content.ReadAsStringAsync()).ShouldContain("The figure must be a number, like 92.5");
        var future = await clerk.PostFormAsync($"{url}/values/new", Reading(s.Organisation.Id, "2099-Q1", "80"));
        PageText.MainOf(await future.Content.ReadAsStringAsync()).ShouldContain("2099-Q1 has not begun yet");

        (await clerk.PostFormAsync($"{url}/values/new", Reading(s.Organisation.Id, "2025-Q2", "84"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await clerk.PostFormAsync($"{url}/values/new", Reading(s.Organisation.Id, "2025 Q3", "86.5%"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await clerk.PostFormAsync($"{url}/values/new", Reading(other.Id, "2025-Q3", "95"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await clerk.MainAsync(url);
        page.ShouldContain("role=\"img\" aria-labelledby=\"trend-title\" aria-describedby=\"trend-desc\"");
        page.ShouldContain("2 organisations from 2025-Q2 to 2025-Q3, against a target of at least 90%");
        page.ShouldContain("quorum-chart__target");
        page.ShouldContain("86.5%");
        page.ShouldContain("Amber");
        page.ShouldContain("Not reported");

        var ranking = Table(await clerk.MainAsync($"{url}/benchmark"));
        (await clerk.MainAsync($"{url}/benchmark")).ShouldContain("Organisations ranked on 2025-Q3");
        ranking.IndexOf($"Brookfield Council {s.Suffix}", StringComparison.Ordinal).ShouldBeLessThan(ranking.IndexOf($"Testshire Council {s.Suffix}", StringComparison.Ordinal));
        ranking.ShouldContain("better now");

        // The same quarter again corrects the figure: one row, and the ranking changes.
        var corrected = await clerk.PostFormAsync($"{url}/values/new", Reading(s.Organisation.Id, "2025-Q3", "97"));
        corrected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await clerk.MainAsync(url)).ShouldContain($"The figure for Testshire Council {s.Suffix}, 2025-Q3, is now 97%");
        var reranked = Table(await clerk.MainAsync($"{url}/benchmark"));
        reranked.IndexOf($"Testshire Council {s.Suffix}", StringComparison.Ordinal).ShouldBeLessThan(reranked.IndexOf($"Brookfield Council {s.Suffix}", StringComparison.Ordinal));
        var id = int.Parse(url.Split('/').Last());
        (await app.WithDbAsync(db => db.KpiValues.CountAsync(v => v.KpiId == id))).ShouldBe(3);
        (await clerk.MainAsync($"{url}/benchmark?Period=not-a-quarter")).ShouldContain("Choose a quarter like 2025-Q3");

        var list = await clerk.MainAsync("/kpis");
        list.ShouldContain($"First contact resolution {s.Suffix}");
        list.ShouldContain("2 Green");
        (await clerk.MainAsync("/registers")).ShouldContain("href=\"/kpis\"");
    }

    [Fact]
    public async Task LowerIsBetter_RanksTheLowestFigureFirst()
    {
        var s = await app.NewScenarioAsync();
        var other = await OrganisationAsync($"Lowfield Council {s.Suffix}");
        var id = await KpiAsync(app, s, $"Days to fix {s.Suffix}", direction: KpiDirection.LowerIsBetter,
            values: [(s.Organisation.Id, "2025-Q4", 4), (other.Id, "2025-Q4", 2)]);
        var page = await (await app.SignedInClientAsync(s, Persona.Anonymous)).MainAsync($"/kpis/{id}/benchmark");
        page.ShouldContain("the lowest figure ranks first");
        var ranking = Table(page);
        ranking.IndexOf($"Lowfield Council {s.Suffix}", StringComparison.Ordinal).ShouldBeLessThan(ranking.IndexOf($"Testshire Council {s.Suffix}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RestrictedMeasure_ReachesOnlyTheRegistersMembers()
    {
        var s = await app.NewScenarioAsync();
        var id = await KpiAsync(app, s, $"Security incidents {s.Suffix}", restricted: true, values: [(s.Organisation.Id, "2025-Q3", 12)]);

        foreach (var persona in new[] { Persona.Anonymous, Persona.MemberOfB })
        {
            var outsider = await app.SignedInClientAsync(s, persona);
            (await outsider.GetAsync($"/kpis/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await outsider.GetAsync($"/kpis/{id}/benchmark")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await outsider.MainAsync("/kpis")).ShouldNotContain($"Security incidents {s.Suffix}");
            (await outsider.MainAsync("/kpis/report")).ShouldNotContain($"Security incidents {s.Suffix}");
            (await app.ApiClient(s, persona).GetAsync($"/api/v1/kpis/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await app.ApiClient(s, persona).GetStringAsync($"/api/v1/kpis?body={s.BodyA.ShortName}")).ShouldNotContain("Security incidents");
        }

        var member = await app.SignedInClientAsync(s, Persona.MemberOfA);
        (await member.MainAsync($"/kpis/{id}")).ShouldContain("for the members of");
        var json = await app.ApiClient(s, Persona.MemberOfA).GetFromJsonAsync<JsonElement>($"/api/v1/kpis/{id}");
        json.GetProperty("values")[0].GetProperty("value").GetDecimal().ShouldBe(12m);
        json.GetProperty("values")[0].GetProperty("rag").GetString().ShouldBe("Red");
        (await member.GetAsync($"/kpis/{id}/values/new")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Api_AddsListsUpdatesAndRecords_WithETags_AndNamesTheFieldInError()
    {
        var s = await app.NewScenarioAsync();
        var clerk = app.ApiClient(s, Persona.ClerkOfA);
        var input = new { bodyId = s.BodyA.Id, name = $"Uptime {s.Suffix}", unit = "%", direction = "HigherIsBetter", target = 99.5m, tolerance = 0.4m };

        var created = await clerk.PostAsJsonAsync("/api/v1/kpis", input);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var url = created.Headers.Location!.ToString();
        var bad = await clerk.PostAsJsonAsync("/api/v1/kpis", input with { name = $"Other {s.Suffix}", tolerance = -1m });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("tolerance")[0].GetString()!.ShouldStartWith("The tolerance must be 0 or more");
        (await clerk.PostAsJsonAsync("/api/v1/kpis", input)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.ApiClient(s, Persona.MemberOfA).PostAsJsonAsync("/api/v1/kpis", input with { name = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var value = await clerk.PostAsJsonAsync($"{url}/values", new { organisationId = s.Organisation.Id, period = "2025-Q4", value = 99.2m });
        value.StatusCode.ShouldBe(HttpStatusCode.Created, await value.Content.ReadAsStringAsync());
        (await value.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rag").GetString().ShouldBe("Amber");
        var again = await clerk.PostAsJsonAsync($"{url}/values", new { organisationId = s.Organisation.Id, period = "2025-q4", value = 99.7m, note = "Corrected" });
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var badPeriod = await clerk.PostAsJsonAsync($"{url}/values", new { organisationId = s.Organisation.Id, period = "Autumn 2025", value = 1 });
        badPeriod.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badPeriod.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("period")[0].GetString()!.ShouldStartWith("Enter the quarter like 2025-Q3");
        (await app.ApiClient(s, Persona.MemberOfA).PostAsJsonAsync($"{url}/values", new { organisationId = s.Organisation.Id, period = "2025-Q4", value = 1 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var list = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/kpis?body={s.BodyA.ShortName}&pageSize=1");
        list.GetProperty("total").GetInt32().ShouldBe(1);
        list.GetProperty("items")[0].GetProperty("latestPeriod").GetString().ShouldBe("2025-Q4");
        (await clerk.GetAsync("/api/v1/kpis?pageSize=101")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await clerk.GetStringAsync("/api/v1")).ShouldContain("/api/v1/kpis");

        var got = await clerk.GetAsync(url);
        var etag = got.Headers.ETag!.Tag;
        var measure = await got.Content.ReadFromJsonAsync<JsonElement>();
        measure.GetProperty("values").GetArrayLength().ShouldBe(1);
        measure.GetProperty("values")[0].GetProperty("value").GetDecimal().ShouldBe(99.7m);
        (await clerk.PutAsJsonAsync(url, input with { target = 99m })).StatusCode.ShouldBe((HttpStatusCode)428);
        (await Put(clerk, url, input with { target = 99m }, "\"99\"")).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var updated = await Put(clerk, url, input with { target = 99m }, etag);
        updated.StatusCode.ShouldBe(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        updated.Headers.ETag!.Tag.ShouldNotBe(etag);
        (await clerk.GetFromJsonAsync<JsonElement>(url)).GetProperty("values")[0].GetProperty("rag").GetString().ShouldBe("Green");

        var id = measure.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        (await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.EntityType == "Kpi" && e.EntityId == id))).ShouldBe(2);
    }

    [Fact]
    public async Task KpiReport_TakenToAMeeting_BecomesAPaperOnTheItem_CirculatedAsItsMeasuresAllow()
    {
        var s = await app.NewScenarioAsync();
        await KpiAsync(app, s, $"Digital take-up {s.Suffix}", values: [(s.Organisation.Id, "2025-Q3", 91)]);
        var itemId = await app.WithDbAsync(async db =>
        {
            var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = DateOnly.FromDateTime(DateTime.Today).AddDays(20) };
            var item = meeting.AddAgendaItem("Performance");
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return item.Id;
        });
        var report = $"/kpis/report?Body={s.BodyA.ShortName}";

        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);
        var shown = await anonymous.MainAsync(report);
        shown.ShouldContain($"Digital take-up {s.Suffix}");
        shown.ShouldContain("91%");
        shown.ShouldNotContain("Take to a meeting");
        var word = await anonymous.GetAsync($"{report}&handler=Word");
        word.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var refused = await clerk.PostFormAsync(report, new Dictionary<string, string> { ["AgendaItemId"] = "0" });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        PageText.MainOf(await refused.Content.ReadAsStringAsync()).ShouldContain("Choose an agenda item of a meeting of");
        var taken = await clerk.PostFormAsync(report, new Dictionary<string, string> { ["AgendaItemId"] = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        taken.StatusCode.ShouldBe(HttpStatusCode.Redirect, await taken.Content.ReadAsStringAsync());
        taken.Headers.Location!.ToString().ShouldStartWith("/papers/");
        var paper = await app.WithDbAsync(db => db.Papers.Include(p => p.Versions).SingleAsync(p => p.AgendaItemId == itemId));
        paper.Circulation.ShouldBe(Circulation.Public);
        paper.Text!.ShouldContain($"Digital take-up {s.Suffix}");
        paper.Versions.Single().FileName.ShouldEndWith(".docx");

        // A report with a restricted measure goes to the register's members only.
        await KpiAsync(app, s, $"Phishing clicks {s.Suffix}", restricted: true, values: [(s.Organisation.Id, "2025-Q3", 3)]);
        (await clerk.PostFormAsync(report, new Dictionary<string, string> { ["AgendaItemId"] = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture) })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var restricted = await app.WithDbAsync(db => db.Papers.Where(p => p.AgendaItemId == itemId).OrderBy(p => p.Id).LastAsync());
        restricted.Circulation.ShouldBe(Circulation.MembersOfBodies);
        restricted.Marking.ShouldBe(ProtectiveMarking.OfficialSensitive);
        (await anonymous.GetAsync($"/papers/{restricted.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignedInClientAsync(s, Persona.MemberOfA)).GetAsync($"/papers/{restricted.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>The page's table, where the ranking is read in order (the chart's labels may shorten names).</summary>
    private static string Table(string page) => page[page.IndexOf("<table", StringComparison.Ordinal)..];

    private static Dictionary<string, string> Measure(Scenario s, string target = "90", string direction = "HigherIsBetter") => new()
    {
        ["Input.Name"] = $"First contact resolution {s.Suffix}",
        ["Input.Definition"] = "Calls resolved at the first contact, as a share of all calls",
        ["Input.Unit"] = "%",
        ["Input.Direction"] = direction,
        ["Input.Target"] = target,
        ["Input.Tolerance"] = "5",
    };

    private static Dictionary<string, string> Reading(int organisationId, string period, string value) => new()
    {
        ["Input.OrganisationId"] = organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Period"] = period,
        ["Input.Value"] = value,
    };

    private static Task<HttpResponseMessage> Put(HttpClient client, string url, object body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }
}
