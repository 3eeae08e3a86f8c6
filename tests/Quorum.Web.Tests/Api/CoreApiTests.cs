using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Quorum.Meetings;

namespace Quorum.Web.Tests.Api;

public sealed class CoreApiTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task Lists_ArePaged_WithTheirTotal()
    {
        var s = await app.NewScenarioAsync();
        var api = app.ApiClient(s, Persona.Administrator);

        var page = await api.GetFromJsonAsync<JsonElement>("/api/v1/people?page=1&pageSize=2");

        page.GetProperty("items").GetArrayLength().ShouldBe(2);
        page.GetProperty("page").GetInt32().ShouldBe(1);
        page.GetProperty("pageSize").GetInt32().ShouldBe(2);
        page.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(3);
        (await api.GetAsync("/api/v1/people?pageSize=500")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Create_WithBadInput_IsAValidationProblem()
    {
        var s = await app.NewScenarioAsync();
        var response = await app.ApiClient(s, Persona.ClerkOfA).PostAsJsonAsync("/api/v1/organisations", new { name = "" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("Enter the organisation");
    }

    [Fact]
    public async Task Update_NeedsIfMatch_AndAStaleOneGets412_AndChangesNothing()
    {
        var s = await app.NewScenarioAsync();
        var api = app.ApiClient(s, Persona.ClerkOfA);
        var url = $"/api/v1/bodies/{s.BodyA.Id}";
        var get = await api.GetAsync(url);
        var etag = get.Headers.ETag!.Tag;
        var body = new { name = s.BodyA.Name, shortName = s.BodyA.ShortName, quorum = 4 };

        (await api.PutAsJsonAsync(url, body)).StatusCode.ShouldBe((HttpStatusCode)428);

        var first = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        first.Headers.TryAddWithoutValidation("If-Match", etag);
        (await api.SendAsync(first)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var stale = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { name = s.BodyA.Name, shortName = s.BodyA.ShortName, quorum = 9 }) };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        var refused = await api.SendAsync(stale);
        refused.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await api.GetFromJsonAsync<JsonElement>(url)).GetProperty("quorum").GetInt32().ShouldBe(4);
    }

    [Fact]
    public async Task IfMatch_AcceptsAListHoldingTheCurrentETag_AndStar()
    {
        var s = await app.NewScenarioAsync();
        var api = app.ApiClient(s, Persona.ClerkOfA);
        var url = $"/api/v1/bodies/{s.BodyA.Id}";
        var etag = (await api.GetAsync(url)).Headers.ETag!.Tag;

        async Task<HttpStatusCode> PutAsync(string ifMatch, int quorum)
        {
            var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { name = s.BodyA.Name, shortName = s.BodyA.ShortName, quorum }) };
            put.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            return (await api.SendAsync(put)).StatusCode;
        }

        (await PutAsync($"\"999\", {etag}", 5)).ShouldBe(HttpStatusCode.OK);
        (await PutAsync("*", 6)).ShouldBe(HttpStatusCode.OK);
        (await PutAsync("\"999\", \"998\"", 7)).ShouldBe(HttpStatusCode.PreconditionFailed);
        (await api.GetFromJsonAsync<JsonElement>(url)).GetProperty("quorum").GetInt32().ShouldBe(6);
    }

    [Fact]
    public async Task BodiesApi_SetsTheReferenceSchemeAndStandingItems_WithTheFormsRules()
    {
        var s = await app.NewScenarioAsync();
        var api = app.ApiClient(s, Persona.ClerkOfA);
        var url = $"/api/v1/bodies/{s.BodyA.Id}";

        var bad = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { name = s.BodyA.Name, shortName = s.BodyA.ShortName, actionReferenceScheme = "{prefix} only" }) };
        bad.Headers.TryAddWithoutValidation("If-Match", (await api.GetAsync(url)).Headers.ETag!.Tag);
        var refused = await api.SendAsync(bad);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("actionReferenceScheme");

        var put = new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = JsonContent.Create(new { name = s.BodyA.Name, shortName = s.BodyA.ShortName, actionReferenceScheme = "Action {n:00}", standingItems = new[] { "Apologies", "Matters arising" } }),
        };
        put.Headers.TryAddWithoutValidation("If-Match", (await api.GetAsync(url)).Headers.ETag!.Tag);
        var body = await (await api.SendAsync(put)).Content.ReadFromJsonAsync<JsonElement>();

        body.GetProperty("actionReferenceScheme").GetString().ShouldBe("Action {n:00}");
        body.GetProperty("standingItems").EnumerateArray().Select(i => i.GetString()).ShouldBe(["Apologies", "Matters arising"]);
    }

    [Fact]
    public async Task MattersArising_IsTheStandingItemTheBodyNames_OnEveryNewAgenda()
    {
        var s = await app.NewScenarioAsync();
        var api = app.ApiClient(s, Persona.ClerkOfA);
        var url = $"/api/v1/bodies/{s.BodyA.Id}";

        async Task<HttpResponseMessage> PutAsync(string mattersArisingItem)
        {
            var put = new HttpRequestMessage(HttpMethod.Put, url)
            {
                Content = JsonContent.Create(new { name = s.BodyA.Name, shortName = s.BodyA.ShortName, standingItems = new[] { "Apologies", "Action log review", "AOB" }, mattersArisingItem }),
            };
            put.Headers.TryAddWithoutValidation("If-Match", (await api.GetAsync(url)).Headers.ETag!.Tag);
            return await api.SendAsync(put);
        }

        var refused = await PutAsync("Matters arising");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("mattersArisingItem");
        var saved = await PutAsync("Action log review");
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("mattersArisingItem").GetString().ShouldBe("Action log review");

        var created = await api.PostAsJsonAsync("/api/v1/meetings", new { bodyId = s.BodyA.Id, date = "2026-06-04" });
        var meeting = await api.GetFromJsonAsync<JsonElement>(created.Headers.Location!.ToString());
        meeting.GetProperty("agenda").EnumerateArray().Select(i => (i.GetProperty("title").GetString(), i.GetProperty("kind").GetString()))
            .ShouldBe([("Apologies", "Ordinary"), ("Action log review", "MattersArising"), ("AOB", "Ordinary")]);
    }

    [Fact]
    public async Task RenamingABody_ThroughTheApi_KeepsTheFormerName()
    {
        var s = await app.NewScenarioAsync();
        var api = app.ApiClient(s, Persona.ClerkOfA);
        var url = $"/api/v1/bodies/{s.BodyA.Id}";
        var etag = (await api.GetAsync(url)).Headers.ETag!.Tag;
        var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { name = $"Local CIO Council {s.Suffix}", shortName = s.BodyA.ShortName, renamedOn = "2010-01-07" }) };
        put.Headers.TryAddWithoutValidation("If-Match", etag);

        var body = await (await api.SendAsync(put)).Content.ReadFromJsonAsync<JsonElement>();

        body.GetProperty("name").GetString().ShouldBe($"Local CIO Council {s.Suffix}");
        body.GetProperty("formerNames")[0].GetProperty("name").GetString().ShouldBe(s.BodyA.Name);
        body.GetProperty("formerNames")[0].GetProperty("until").GetString().ShouldBe("2010-01-07");
    }

    [Fact]
    public async Task MemberCannotWrite_AnonymousCannotWrite()
    {
        var s = await app.NewScenarioAsync();
        (await app.ApiClient(s, Persona.MemberOfA).PostAsJsonAsync("/api/v1/meetings", new { bodyId = s.BodyA.Id, date = "2026-06-04" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.ApiClient(s, Persona.Anonymous).PostAsJsonAsync("/api/v1/meetings", new { bodyId = s.BodyA.Id, date = "2026-06-04" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.ApiClient(s, Persona.ClerkOfA).PostAsJsonAsync("/api/v1/meetings", new { bodyId = s.BodyA.Id, date = "2026-06-04" })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task MeetingFromTheApi_HasItsAgendaAndAttendance_FilteredForTheCaller()
    {
        var s = await app.NewScenarioAsync();
        var clerk = app.ApiClient(s, Persona.ClerkOfA);
        var created = await (await clerk.PostAsJsonAsync("/api/v1/meetings", new { bodyId = s.BodyA.Id, date = "2026-06-04", startTime = "10:00" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();
        created.GetProperty("agenda").GetArrayLength().ShouldBe(4);

        var etag = (await clerk.GetAsync($"/api/v1/meetings/{id}")).Headers.ETag!.Tag;
        var attendance = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/meetings/{id}/attendance")
        {
            Content = JsonContent.Create(new[] { new { personId = s.MemberA.Id, status = "Apologies" }, new { personId = s.Clerk.Id, status = "Present" } }),
        };
        attendance.Headers.TryAddWithoutValidation("If-Match", etag);
        (await clerk.SendAsync(attendance)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await clerk.PostAsJsonAsync($"/api/v1/meetings/{id}/agenda-items", new { title = "Cloud", minute = $"secret draft {s.Suffix}" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var asClerk = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{id}");
        asClerk.GetProperty("attendance").GetArrayLength().ShouldBe(2);
        asClerk.GetProperty("minutesState").GetString().ShouldBe("Draft");
        var asPublic = await app.ApiClient(s, Persona.Anonymous).GetStringAsync($"/api/v1/meetings/{id}");
        asPublic.ShouldNotContain($"secret draft {s.Suffix}");
        asPublic.ShouldContain("\"attendance\":[]");
        (await app.ApiClient(s, Persona.Anonymous).GetAsync($"/api/v1/bodies/{s.BodyB.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EditingFrozenMinutes_IsA409Problem()
    {
        var s = await app.NewScenarioAsync();
        var itemId = await app.WithDbAsync(async db =>
        {
            var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 3, 12) };
            var item = meeting.AddAgendaItem("Contracts");
            meeting.MarkHeld();
            meeting.StartMinutes();
            var next = new Meeting { BodyId = s.BodyA.Id, Number = 2, Date = new DateOnly(2026, 5, 14) };
            next.MarkHeld();
            db.Meetings.AddRange(meeting, next);
            await db.SaveChangesAsync();
            meeting.ApproveMinutesAt(next);
            await db.SaveChangesAsync();
            return item.Id;
        });
        var clerk = app.ApiClient(s, Persona.ClerkOfA);
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/agenda-items/{itemId}") { Content = JsonContent.Create(new { title = "Changed", minute = "rewritten" }) };
        put.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        var response = await clerk.SendAsync(put);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("can no longer be edited");
    }

    [Fact]
    public async Task OpenApiDocument_AndHealth_AreServed()
    {
        var s = await app.NewScenarioAsync();
        var client = app.ApiClient(s, Persona.Anonymous);
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        openApi.ShouldContain("/api/v1/meetings");
        openApi.ShouldContain("/api/v1/bodies/{id}");
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetStringAsync("/api/v1")).ShouldContain("/api/v1/meetings");
    }

    [Fact]
    public async Task Index_ListsEveryCollectionTheModulesMapped()
    {
        var s = await app.NewScenarioAsync();
        var index = await app.ApiClient(s, Persona.Anonymous).GetFromJsonAsync<JsonElement>("/api/v1");
        var collections = index.GetProperty("collections").EnumerateArray().Select(c => c.GetString()).ToList();

        collections.ShouldBeUnique();
        foreach (var expected in new[]
        {
            "/api/v1/organisations", "/api/v1/people", "/api/v1/bodies", "/api/v1/memberships", "/api/v1/meetings", "/api/v1/agenda-items",
            "/api/v1/actions", "/api/v1/decisions", "/api/v1/papers", "/api/v1/programmes", "/api/v1/workstreams", "/api/v1/raid",
            "/api/v1/milestones", "/api/v1/highlight-reports", "/api/v1/audit", "/api/v1/applications", "/api/v1/projects",
        })
        {
            collections.ShouldContain(expected);
        }
        var openApi = await app.ApiClient(s, Persona.Anonymous).GetStringAsync("/openapi/v1.json");
        foreach (var collection in collections)
            openApi.ShouldContain($"\"{collection}", customMessage: $"{collection} is listed but has no endpoint");
    }
}
