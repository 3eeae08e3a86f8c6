using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Quorum.Actions;
using Quorum.Meetings;

namespace Quorum.Web.Tests.Api;

public sealed class PagingTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task NextLinks_ReadTheWholeList_InTheOrderOfThePages_AndTheLastHasNoMore()
    {
        var s = await app.NewScenarioAsync();
        await MinutesWithActionsAsync(s, publicActions: 5);
        var api = app.ApiClient(s, Persona.Anonymous);

        var byPage = await api.GetFromJsonAsync<JsonElement>($"/api/v1/actions?body={s.BodyA.ShortName}&page=1&pageSize=10");
        byPage.GetProperty("total").GetInt32().ShouldBe(5);
        byPage.GetProperty("hasMore").GetBoolean().ShouldBeFalse();
        byPage.GetProperty("next").ValueKind.ShouldBe(JsonValueKind.Null);

        var first = await api.GetFromJsonAsync<JsonElement>($"/api/v1/actions?body={s.BodyA.ShortName}&pageSize=2");
        first.GetProperty("page").GetInt32().ShouldBe(1);
        first.GetProperty("total").GetInt32().ShouldBe(5);
        var read = await FollowAsync(api, first);

        read.Pages.ShouldBe(3);
        read.Ids.ShouldBe(Ids(byPage));
        read.Last.GetProperty("hasMore").GetBoolean().ShouldBeFalse();
        read.Last.GetProperty("page").ValueKind.ShouldBe(JsonValueKind.Null, "a page reached by cursor has no number");
    }

    [Fact]
    public async Task Cursors_WorkOnEveryList_AndKeepTheListsFilters()
    {
        var s = await app.NewScenarioAsync();
        var (published, _) = await MinutesWithActionsAsync(s, publicActions: 3);
        var api = app.ApiClient(s, Persona.ClerkOfA);

        foreach (var list in new[] { $"/api/v1/decisions?body={s.BodyA.ShortName}", $"/api/v1/meetings?body={s.BodyA.Id}", $"/api/v1/memberships?body={s.BodyA.Id}", $"/api/v1/people?q={s.Suffix}" })
        {
            var all = await api.GetFromJsonAsync<JsonElement>($"{list}&page=1&pageSize=100");
            var read = await FollowAsync(api, await api.GetFromJsonAsync<JsonElement>($"{list}&pageSize=1"));
            read.Ids.ShouldBe(Ids(all), list);
            read.Ids.Count.ShouldBeGreaterThan(1, list);
        }

        var actions = await FollowAsync(api, await api.GetFromJsonAsync<JsonElement>($"/api/v1/actions?body={s.BodyA.ShortName}&status=Done&pageSize=1"));
        actions.Ids.Count.ShouldBe(1, "the filter holds on the pages after the first");
        _ = published;
    }

    [Theory]
    [InlineData("after=not-a-cursor")]
    [InlineData("after=")]
    [InlineData("page=2&after=x")]
    public async Task BadCursor_IsA400Problem_NamingAfter(string query)
    {
        var s = await app.NewScenarioAsync();

        var response = await app.ApiClient(s, Persona.Anonymous).GetAsync($"/api/v1/actions?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("after", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task CursorOfAnotherList_IsA400Problem()
    {
        var s = await app.NewScenarioAsync();
        await MinutesWithActionsAsync(s, publicActions: 3);
        var api = app.ApiClient(s, Persona.ClerkOfA);
        var decisions = await api.GetFromJsonAsync<JsonElement>($"/api/v1/decisions?body={s.BodyA.ShortName}&pageSize=1");
        var cursor = Cursor(decisions.GetProperty("next").GetString()!);

        var response = await api.GetAsync($"/api/v1/actions?after={Uri.EscapeDataString(cursor)}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WithheldActions_NeitherCountNorLeakThroughCursors()
    {
        var s = await app.NewScenarioAsync();
        var (published, draft) = await MinutesWithActionsAsync(s, publicActions: 2);
        var anonymous = app.ApiClient(s, Persona.Anonymous);
        var clerk = app.ApiClient(s, Persona.ClerkOfA);

        var seen = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/actions?body={s.BodyA.ShortName}&pageSize=1");
        seen.GetProperty("total").GetInt32().ShouldBe(2, "the exempt item's and the draft minutes' actions are not counted");
        var read = await FollowAsync(anonymous, seen);
        read.Ids.Count.ShouldBe(2);

        // The clerk sees all five (the draft minutes' action first, the meeting being later); the
        // clerk's cursors, taken to a visitor, show the visitor only what the visitor may see.
        var clerksFirst = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/actions?body={s.BodyA.ShortName}&pageSize=1");
        clerksFirst.GetProperty("total").GetInt32().ShouldBe(5);
        var text = new List<string>();
        var page = clerksFirst;
        while (page.GetProperty("next").GetString() is { } next)
        {
            var cursor = Cursor(next);
            cursor.ShouldNotContain(draft.Date.ToString("yyyy-MM-dd"));
            Encoding.UTF8.GetString(Base64Url(cursor)).ShouldNotContain(draft.Date.ToString("yyyy-MM-dd"), Case.Insensitive, "a cursor does not show where it points");
            var visitor = await anonymous.GetFromJsonAsync<JsonElement>(next);
            text.AddRange(visitor.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()!));
            visitor.GetProperty("total").GetInt32().ShouldBe(2);
            page = await clerk.GetFromJsonAsync<JsonElement>(next);
        }

        text.ShouldNotContain(t => t.Contains("WITHHELD"));
        _ = published;
    }

    [Fact]
    public async Task LongLists_AreCountedToAThousand_InTheApiAndOnTheTracker()
    {
        var s = await app.NewScenarioAsync();
        await MinutesWithActionsAsync(s, publicActions: 1002);
        var anonymous = app.ApiClient(s, Persona.Anonymous);

        var first = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/actions?body={s.BodyA.ShortName}&pageSize=1");
        first.GetProperty("total").ValueKind.ShouldBe(JsonValueKind.Null, "more than 1,000 are not counted");
        first.GetProperty("hasMore").GetBoolean().ShouldBeTrue();
        (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/actions?body={s.BodyA.ShortName}&status=Done")).GetProperty("total").GetInt32().ShouldBe(1);

        var tracker = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/actions?Body={s.BodyA.ShortName}"));
        tracker.ShouldContain(">1,000+</span>open");
        tracker.ShouldContain(">1</span>done");
    }

    [Fact]
    public async Task OpenApi_DescribesTheCursorAndTheNextLink()
    {
        var s = await app.NewScenarioAsync();
        using var openApi = JsonDocument.Parse(await app.ApiClient(s, Persona.Anonymous).GetStringAsync("/openapi/v1.json"));
        var paths = openApi.RootElement.GetProperty("paths");
        var list = paths.EnumerateObject().Single(p => p.Name.TrimEnd('/') == "/api/v1/actions").Value.GetProperty("get");

        var parameters = list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!.ToLowerInvariant()).ToList();

        parameters.ShouldContain("after");
        parameters.ShouldContain("page");
        parameters.ShouldContain("pagesize");
        parameters.ShouldNotContain(p => p.Contains("context"));
        var text = openApi.RootElement.GetRawText();
        text.ShouldContain("\"hasMore\"");
        text.ShouldContain("\"next\"");
    }

    private static List<int> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];

    private static async Task<(List<int> Ids, int Pages, JsonElement Last)> FollowAsync(HttpClient api, JsonElement page)
    {
        var ids = Ids(page);
        var pages = 1;
        while (page.GetProperty("hasMore").GetBoolean())
        {
            var next = page.GetProperty("next").GetString()!;
            next.ShouldContain("after=");
            page = await api.GetFromJsonAsync<JsonElement>(next);
            ids.AddRange(Ids(page));
            pages++;
            pages.ShouldBeLessThan(200);
        }

        return (ids, pages, page);
    }

    private static string Cursor(string next) => Uri.UnescapeDataString(next[(next.IndexOf("after=", StringComparison.Ordinal) + "after=".Length)..].Split('&')[0]);

    private static byte[] Base64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - (padded.Length % 4)) % 4));
    }

    /// <summary>
    /// Body A (public): a meeting with published minutes holding <paramref name="publicActions"/>
    /// public actions (one done) and one under an exempt item, and a later meeting whose minutes are
    /// in draft with two actions.
    /// </summary>
    private async Task<(Meeting Published, Meeting Draft)> MinutesWithActionsAsync(Scenario s, int publicActions) => await app.WithDbAsync(async db =>
    {
        var published = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 3, 12) };
        var open = published.AddAgendaItem("Open item");
        open.Minute = new Minute { Text = "Public minute" };
        var exempt = published.AddAgendaItem("WITHHELD item");
        exempt.Minute = new Minute { Text = "WITHHELD minute" };
        exempt.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3" });
        published.MarkHeld();
        published.StartMinutes();
        var approving = new Meeting { BodyId = s.BodyA.Id, Number = 2, Date = new DateOnly(2026, 5, 14) };
        var draftItem = approving.AddAgendaItem("Draft item");
        draftItem.Minute = new Minute { Text = "Draft minute" };
        approving.MarkHeld();
        approving.StartMinutes();
        db.Meetings.AddRange(published, approving);
        await db.SaveChangesAsync();
        published.ApproveMinutesAt(approving);
        published.PublishMinutes();
        var owner = await db.People.FindAsync(s.MemberA.Id);
        for (var i = 1; i <= publicActions; i++)
        {
            var action = await ActionRegister.RaiseAsync(db, published, open, [owner!], $"public action {i}", null);
            await Quorum.Decisions.DecisionRegister.RecordAsync(db, published, open, $"public decision {i}", null);
            if (i == 1)
            {
                await db.SaveChangesAsync();
                action.RecordUpdate("Finished", ActionStatus.Done, published.Date, "test", DateTime.UtcNow);
            }
        }

        await ActionRegister.RaiseAsync(db, published, exempt, [owner!], "WITHHELD action under the exempt item", null);
        await ActionRegister.RaiseAsync(db, approving, draftItem, [owner!], "WITHHELD action in draft minutes", null);
        await ActionRegister.RaiseAsync(db, approving, draftItem, [owner!], "WITHHELD second action in draft minutes", null);
        await db.SaveChangesAsync();
        return (published, approving);
    });
}
