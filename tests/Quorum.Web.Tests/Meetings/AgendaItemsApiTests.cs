using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Quorum.Meetings;

namespace Quorum.Web.Tests.Meetings;

/// <summary>/api/v1/agenda-items: an item read with its ETag, and edits that must name the version they read.</summary>
public sealed class AgendaItemsApiTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task AgendaItem_HasAnETag_AndAStaleEditIsRefusedWith412()
    {
        var s = await app.NewScenarioAsync();
        var (_, item) = await MeetingAsync(s);
        var clerk = app.ApiClient(s, Persona.ClerkOfA);

        var read = await clerk.GetAsync($"/api/v1/agenda-items/{item}");
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        var etag = read.Headers.ETag!.Tag;
        (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().ShouldBe("Cloud");

        var first = await clerk.SendAsync(Put(item, etag, new { title = "Cloud hosting", minute = "The board agreed." }));
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var stale = await clerk.SendAsync(Put(item, etag, new { title = "Cloud strategy", minute = "Overwritten." }));
        var afterMinuteOnly = await clerk.SendAsync(Put(item, first.Headers.ETag!.Tag, new { title = "Cloud hosting", minute = "The board agreed the plan." }));
        var staleAfterMinuteOnly = await clerk.SendAsync(Put(item, first.Headers.ETag!.Tag, new { title = "Cloud hosting", minute = "Overwritten." }));

        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        stale.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        afterMinuteOnly.StatusCode.ShouldBe(HttpStatusCode.OK);
        staleAfterMinuteOnly.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var now = await clerk.GetAsync($"/api/v1/agenda-items/{item}");
        now.Headers.ETag!.Tag.ShouldBe(afterMinuteOnly.Headers.ETag!.Tag);
        var shown = await now.Content.ReadFromJsonAsync<JsonElement>();
        shown.GetProperty("title").GetString().ShouldBe("Cloud hosting");
        shown.GetProperty("minute").GetString().ShouldBe("The board agreed the plan.");
    }

    [Fact]
    public async Task AgendaItemRead_ShowsTheAnonymousVisitorNoDraftMinute_AndAnUnknownItemIs404()
    {
        var s = await app.NewScenarioAsync();
        var (_, item) = await MeetingAsync(s, draftMinute: $"draft words {s.Suffix}");

        (await app.ApiClient(s, Persona.Anonymous).GetStringAsync($"/api/v1/agenda-items/{item}")).ShouldNotContain($"draft words {s.Suffix}");
        (await app.ApiClient(s, Persona.ClerkOfA).GetStringAsync($"/api/v1/agenda-items/{item}")).ShouldContain($"draft words {s.Suffix}");
        (await app.ApiClient(s, Persona.Anonymous).GetAsync("/api/v1/agenda-items/99999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task NewItemUnderAParentThatIsNotOnTheAgenda_IsA400NamingParentId()
    {
        var s = await app.NewScenarioAsync();
        var (meeting, _) = await MeetingAsync(s);

        var response = await app.ApiClient(s, Persona.ClerkOfA).PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items", new { title = "Orphan", parentId = 99999 });

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty("parentId", out _).ShouldBeTrue(body);
    }

    private static HttpRequestMessage Put(int item, string etag, object body)
    {
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/agenda-items/{item}") { Content = JsonContent.Create(body) };
        put.Headers.TryAddWithoutValidation("If-Match", etag);
        return put;
    }

    private async Task<(int Meeting, int Item)> MeetingAsync(Scenario s, string? draftMinute = null) => await app.WithDbAsync(async db =>
    {
        var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 3, 12) };
        var item = meeting.AddAgendaItem("Cloud");
        if (draftMinute is not null)
        {
            meeting.MarkHeld();
            item.Minute = new Minute { Text = draftMinute };
            meeting.StartMinutes();
        }

        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return (meeting.Id, item.Id);
    });
}
