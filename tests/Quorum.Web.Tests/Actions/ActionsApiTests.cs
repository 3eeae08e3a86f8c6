using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Quorum.Meetings;

namespace Quorum.Web.Tests.Actions;

public sealed class ActionsApiTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task ActionRaisedThroughTheApi_TakesTheNextReference_AndUpdatesBecomeItsHistory()
    {
        var s = await app.NewScenarioAsync();
        var (first, second, item) = await MeetingsAsync(s);
        var clerk = app.ApiClient(s, Persona.ClerkOfA);

        var raised = await clerk.PostAsJsonAsync("/api/v1/actions", new { meetingId = first, agendaItemId = item, ownerIds = new[] { s.MemberA.Id }, text = "progress this with GC", dueDate = "2026-04-01" });
        raised.StatusCode.ShouldBe(HttpStatusCode.Created, await raised.Content.ReadAsStringAsync());
        var action = await raised.Content.ReadFromJsonAsync<JsonElement>();
        action.GetProperty("reference").GetString().ShouldBe("TA 01/01");
        var id = action.GetProperty("id").GetInt32();

        var etag = (await clerk.GetAsync($"/api/v1/actions/{id}")).Headers.ETag!.Tag;
        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/actions/{id}") { Content = JsonContent.Create(new { status = "Done", note = "Completed", meetingId = second }) };
        update.Headers.TryAddWithoutValidation("If-Match", etag);
        (await clerk.SendAsync(update)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/actions/{id}");
        after.GetProperty("status").GetString().ShouldBe("Done");
        after.GetProperty("closedAtMeetingId").GetInt32().ShouldBe(second);
        after.GetProperty("history")[0].GetProperty("to").GetString().ShouldBe("Done");

        var list = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/actions?body={s.BodyA.ShortName}&status=Done");
        list.GetProperty("total").GetInt32().ShouldBe(1);
        (await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/actions?body={s.BodyA.ShortName}&overdue=true")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("[99999]")]
    [InlineData("[]")]
    public async Task UpdateNamingNoOwnerThatExists_IsA400NamingOwnerIds_AndTheActionKeepsItsOwner(string ownerIds)
    {
        var s = await app.NewScenarioAsync();
        var (first, _, item) = await MeetingsAsync(s);
        var clerk = app.ApiClient(s, Persona.ClerkOfA);
        var raised = await clerk.PostAsJsonAsync("/api/v1/actions", new { meetingId = first, agendaItemId = item, ownerIds = new[] { s.MemberA.Id }, text = "Draft the policy" });
        var id = (await raised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var etag = (await clerk.GetAsync($"/api/v1/actions/{id}")).Headers.ETag!.Tag;
        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/actions/{id}")
        {
            Content = new StringContent($"{{\"ownerIds\": {ownerIds}, \"text\": \"Draft the policy again\"}}", System.Text.Encoding.UTF8, "application/json"),
        };
        update.Headers.TryAddWithoutValidation("If-Match", etag);

        var response = await clerk.SendAsync(update);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("ownerIds", out _).ShouldBeTrue();
        var after = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/actions/{id}");
        after.GetProperty("owners").EnumerateArray().Select(o => o.GetString()).ShouldBe([s.MemberA.FullName]);
        after.GetProperty("text").GetString().ShouldBe("Draft the policy");
    }

    [Fact]
    public async Task RaiseNamingAnOwnerThatDoesNotExist_IsA400NamingOwnerIds()
    {
        var s = await app.NewScenarioAsync();
        var (first, _, item) = await MeetingsAsync(s);

        var response = await app.ApiClient(s, Persona.ClerkOfA).PostAsJsonAsync("/api/v1/actions",
            new { meetingId = first, agendaItemId = item, ownerIds = new[] { s.MemberA.Id, 99999 }, text = "Draft the policy" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("99999");
        (await app.WithDbAsync(db => db.Actions.CountAsync(a => a.MeetingId == first))).ShouldBe(0);
    }

    [Fact]
    public async Task DecisionsApi_RecordsAndListsPerBody()
    {
        var s = await app.NewScenarioAsync();
        var (first, _, item) = await MeetingsAsync(s);
        var clerk = app.ApiClient(s, Persona.ClerkOfA);

        (await clerk.PostAsJsonAsync("/api/v1/decisions", new { meetingId = first, agendaItemId = item, text = "It was agreed to adopt the strategy" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var list = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/decisions?body={s.BodyA.ShortName}");

        list.GetProperty("items")[0].GetProperty("number").GetInt32().ShouldBe(1);
        (await app.ApiClient(s, Persona.MemberOfA).PostAsJsonAsync("/api/v1/decisions", new { meetingId = first, text = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ActionLineInAMinute_IsOfferedToTheClerk_WithItsOwnerMatched()
    {
        var s = await app.NewScenarioAsync();
        var (first, _, item) = await MeetingsAsync(s);
        var markBrett = await app.WithDbAsync(async db =>
        {
            var person = new Quorum.People.Person { FullName = "Mark Brett" };
            db.Memberships.Add(new Quorum.Bodies.Membership { BodyId = s.BodyA.Id, Person = person });
            await db.SaveChangesAsync();
            return person.Id;
        });
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        (await clerk.PostFormAsync($"/meetings/{first}/items/{item}", new Dictionary<string, string>
        {
            ["Title"] = "Cloud",
            ["Minute"] = "The council discussed hosting.\n\nAction LG CIO 03/05: MB to progress this with GC",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await clerk.GetStringAsync($"/meetings/{first}/items/{item}");

        page.ShouldContain("Actions found in this minute");
        page.ShouldContain($"owners={markBrett}");
        page.ShouldContain("progress%20this%20with%20GC");
    }

    private async Task<(int First, int Second, int Item)> MeetingsAsync(Scenario s) => await app.WithDbAsync(async db =>
    {
        var first = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 3, 12) };
        var item = first.AddAgendaItem("Cloud");
        var second = new Meeting { BodyId = s.BodyA.Id, Number = 2, Date = new DateOnly(2026, 5, 14) };
        db.Meetings.AddRange(first, second);
        await db.SaveChangesAsync();
        return (first.Id, second.Id, item.Id);
    });
}
