using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Quorum.Web.Tests.Conduct;

public sealed class ConductApiTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task AMeetingsJson_SaysWhetherItIsQuorate_AsAttendanceIsRecorded()
    {
        var s = await app.NewScenarioAsync();
        var m = await ConductMeeting.SeedAsync(app, s);
        var api = app.ApiClient(s, Persona.ClerkOfA);
        var url = $"/api/v1/meetings/{m.Meeting}";

        (await api.GetFromJsonAsync<JsonElement>(url)).GetProperty("quorate").ValueKind.ShouldBe(JsonValueKind.Null, "nothing recorded yet");

        async Task<JsonElement> RecordAsync(params int[] present)
        {
            var etag = (await api.GetAsync(url)).Headers.ETag!.Tag;
            var request = new HttpRequestMessage(HttpMethod.Put, $"{url}/attendance")
            {
                Content = JsonContent.Create(present.Select(p => new { personId = p, status = "Present" })),
            };
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            var response = await api.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        (await RecordAsync(m.Chair, m.Ann)).GetProperty("quorate").GetBoolean().ShouldBeFalse();
        (await RecordAsync(m.Chair, m.Ann, m.Bob)).GetProperty("quorate").GetBoolean().ShouldBeTrue();
        (await api.GetFromJsonAsync<JsonElement>(url)).GetProperty("informal").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Motions_AreMovedAmendedAndPut_ThroughTheApi_WithTheSameRules()
    {
        var s = await app.NewScenarioAsync();
        var m = await ConductMeeting.SeedAsync(app, s, "Chair", "Ann", "Bob", "Dan");
        var api = app.ApiClient(s, Persona.ClerkOfA);

        var declared = await api.PostAsJsonAsync("/api/v1/declarations", new { agendaItemId = m.Item, personId = m.Dan, kind = "DisclosablePecuniary", nature = "Owns the bookshop" });
        declared.StatusCode.ShouldBe(HttpStatusCode.Created, await declared.Content.ReadAsStringAsync());
        (await declared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tookNoPart").GetBoolean().ShouldBeTrue("a pecuniary interest keeps the member out");
        var bad = await api.PostAsJsonAsync("/api/v1/declarations", new { agendaItemId = m.Item, personId = m.Dan });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("Describe the nature of the interest");

        var moved = await api.PostAsJsonAsync("/api/v1/motions", new { agendaItemId = m.Item, text = "That the libraries open on Sundays", moverId = m.Ann, seconderId = m.Bob });
        moved.StatusCode.ShouldBe(HttpStatusCode.Created, await moved.Content.ReadAsStringAsync());
        var motion = (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await api.PostAsJsonAsync("/api/v1/motions", new { agendaItemId = m.Item, text = "That…", moverId = m.Dan }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest, "Dan declared a pecuniary interest");

        var amended = await api.PostAsJsonAsync($"/api/v1/motions/{motion}/amendments", new { text = "Insert “from April”", textIfCarried = "That the libraries open on Sundays from April", moverId = m.Chair });
        amended.StatusCode.ShouldBe(HttpStatusCode.Created);
        var amendment = (await amended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        (await api.PostAsJsonAsync($"/api/v1/motions/{motion}/vote", new { votesFor = 3, votesAgainst = 0 })).StatusCode.ShouldBe(HttpStatusCode.Conflict, "the amendment comes first");
        (await api.PostAsJsonAsync($"/api/v1/motions/{amendment}/vote", new { votesFor = 2, votesAgainst = 2, castingVote = "Against" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var withDan = await api.PostAsJsonAsync($"/api/v1/motions/{motion}/vote", new { votes = new[] { new { personId = m.Ann, choice = "For" }, new { personId = m.Dan, choice = "For" } } });
        withDan.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var put = await api.PostAsJsonAsync($"/api/v1/motions/{motion}/vote", new
        {
            votes = new[] { new { personId = m.Ann, choice = "For" }, new { personId = m.Bob, choice = "For" }, new { personId = m.Chair, choice = "Against" } },
        });
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());

        var got = await api.GetFromJsonAsync<JsonElement>($"/api/v1/motions/{motion}");
        got.GetProperty("outcome").GetString().ShouldBe("Carried");
        got.GetProperty("textAsAmended").ValueKind.ShouldBe(JsonValueKind.Null, "the amendment was lost on the casting vote");
        got.GetProperty("isRecordedVote").GetBoolean().ShouldBeTrue();
        got.GetProperty("votes").GetArrayLength().ShouldBe(3);
        var lost = got.GetProperty("amendments")[0];
        lost.GetProperty("outcome").GetString().ShouldBe("Lost");
        lost.GetProperty("castingVote").GetString().ShouldBe("Against");
        lost.GetProperty("castingVoteById").GetInt32().ShouldBe(m.Chair);
        var decision = got.GetProperty("decisionId").GetInt32();
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/decisions/{decision}")).GetProperty("text").GetString().ShouldBe("That the libraries open on Sundays");

        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/motions?meeting={m.Meeting}");
        list.GetProperty("total").GetInt32().ShouldBe(1, "amendments are listed under their motion");
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/declarations?meeting={m.Meeting}")).GetProperty("total").GetInt32().ShouldBe(1);

        // None of it is public before the minutes are published.
        var anonymous = app.ApiClient(s, Persona.Anonymous);
        (await anonymous.GetAsync($"/api/v1/motions/{motion}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/declarations?meeting={m.Meeting}")).GetProperty("total").GetInt32().ShouldBe(0);
        (await anonymous.PostAsJsonAsync($"/api/v1/motions/{motion}/withdraw", new { })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ARegisterOfInterests_ShowsASensitiveInterestsCategoryOnly_ToThePublic()
    {
        var s = await app.NewScenarioAsync();
        var clerk = app.ApiClient(s, Persona.ClerkOfA);
        var recorded = await clerk.PostAsJsonAsync("/api/v1/interests", new
        {
            bodyId = s.BodyA.Id,
            personId = s.MemberA.Id,
            effectiveFrom = "2026-04-01",
            publish = true,
            interests = new object[]
            {
                new { category = "Employment", holder = "Member", description = "Solicitor" },
                new { category = "Land", holder = "SpouseOrPartner", description = $"Home address {s.Suffix}", isSensitive = true },
            },
        });
        recorded.StatusCode.ShouldBe(HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync());
        var id = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var anonymous = app.ApiClient(s, Persona.Anonymous);
        var seen = await anonymous.GetStringAsync($"/api/v1/interests/{id}");
        seen.ShouldNotContain($"Home address {s.Suffix}");
        var register = JsonDocument.Parse(seen).RootElement;
        register.GetProperty("interests").GetArrayLength().ShouldBe(1);
        register.GetProperty("withheld")[0].GetProperty("category").GetString().ShouldBe("Land");
        (await anonymous.GetStringAsync($"/api/v1/interests?person={s.MemberA.Id}")).ShouldNotContain($"Home address {s.Suffix}");
        (await app.ApiClient(s, Persona.MemberOfA).GetStringAsync($"/api/v1/interests/{id}")).ShouldContain($"Home address {s.Suffix}", customMessage: "the member reads their own register");
        (await clerk.GetStringAsync($"/api/v1/interests/{id}")).ShouldContain($"Home address {s.Suffix}");

        var empty = await clerk.PostAsJsonAsync("/api/v1/interests", new { bodyId = s.BodyA.Id, personId = s.MemberA.Id, interests = new[] { new { description = "No category" } } });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problems = await empty.Content.ReadAsStringAsync();
        problems.ShouldContain("effectiveFrom");
        problems.ShouldContain("interests[0].category");
        (await app.ApiClient(s, Persona.MemberOfA).PostAsJsonAsync("/api/v1/interests", new { bodyId = s.BodyA.Id, personId = s.MemberA.Id }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
