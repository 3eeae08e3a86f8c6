using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Quorum.Meetings;

namespace Quorum.Web.Tests.Api;

/// <summary>
/// Every text field holds no more than the model declares for it: an over-long value sent to any
/// write endpoint is a 400 problem naming the field, and nothing of the write is saved.
/// </summary>
public sealed class FieldLengthsTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    private static readonly string Megabyte = new('x', 1_000_000);

    [Theory]
    [InlineData("actions", "text")]
    [InlineData("action update", "text")]
    [InlineData("bodies", "actionPrefix")]
    [InlineData("people", "jobTitle")]
    [InlineData("organisations", "website")]
    [InlineData("programmes", "name")]
    [InlineData("workstreams", "description")]
    [InlineData("raid", "mitigation")]
    [InlineData("milestones", "text")]
    [InlineData("highlight-reports", "statusUpdates")]
    [InlineData("decisions", "text")]
    [InlineData("meetings", "remoteDetails")]
    [InlineData("agenda-items", "title")]
    [InlineData("papers", "author")]
    public async Task OverLongText_IsA400NamingTheField_AndNothingIsSaved(string family, string field)
    {
        var s = await app.NewScenarioAsync();
        var clerk = app.ApiClient(s, Persona.ClerkOfA);
        var (meeting, item) = await app.WithDbAsync(async db =>
        {
            var m = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 3, 12) };
            var i = m.AddAgendaItem("Cloud");
            db.Meetings.Add(m);
            await db.SaveChangesAsync();
            return (m.Id, i.Id);
        });
        var programme = await IdOfAsync(await clerk.PostAsJsonAsync("/api/v1/programmes", new { bodyId = s.BodyA.Id, name = "Shared services" }));
        var workstream = await IdOfAsync(await clerk.PostAsJsonAsync("/api/v1/workstreams", new { programmeId = programme, name = "ICT" }));
        var action = await IdOfAsync(await clerk.PostAsJsonAsync("/api/v1/actions", new { meetingId = meeting, ownerIds = new[] { s.MemberA.Id }, text = "Draft the policy" }));
        var before = await SavedAsync(s, meeting);

        var response = family switch
        {
            "actions" => await clerk.PostAsJsonAsync("/api/v1/actions", new { meetingId = meeting, agendaItemId = item, ownerIds = new[] { s.MemberA.Id }, text = Megabyte }),
            "action update" => await clerk.SendAsync(await PutAsync(clerk, $"/api/v1/actions/{action}", new { text = Megabyte })),
            "bodies" => await app.ApiClient(s, Persona.Administrator).PostAsJsonAsync("/api/v1/bodies", new { name = "Long board", shortName = $"L{s.Suffix}", actionPrefix = new string('P', 31) }),
            "people" => await clerk.PostAsJsonAsync("/api/v1/people", new { fullName = $"Long Title {s.Suffix}", jobTitle = Megabyte }),
            "organisations" => await clerk.PostAsJsonAsync("/api/v1/organisations", new { name = $"Long Site {s.Suffix}", website = "https://example.org/" + Megabyte }),
            "programmes" => await clerk.PostAsJsonAsync("/api/v1/programmes", new { bodyId = s.BodyA.Id, name = Megabyte }),
            "workstreams" => await clerk.PostAsJsonAsync("/api/v1/workstreams", new { programmeId = programme, name = "Estates", description = Megabyte }),
            "raid" => await clerk.PostAsJsonAsync("/api/v1/raid", new { workstreamId = workstream, kind = "Risk", description = "Capacity", mitigation = Megabyte }),
            "milestones" => await clerk.PostAsJsonAsync("/api/v1/milestones", new { workstreamId = workstream, text = Megabyte, targetDate = "2026-09-01" }),
            "highlight-reports" => await clerk.PostAsJsonAsync("/api/v1/highlight-reports",
                new { workstreamId = workstream, reportDate = "2026-03-01", time = "Green", cost = "Green", scope = "Green", statusUpdates = new[] { Megabyte } }),
            "decisions" => await clerk.PostAsJsonAsync("/api/v1/decisions", new { meetingId = meeting, agendaItemId = item, text = Megabyte }),
            "meetings" => await clerk.PostAsJsonAsync("/api/v1/meetings", new { bodyId = s.BodyA.Id, date = "2026-09-10", remoteDetails = Megabyte }),
            "agenda-items" => await clerk.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items", new { title = Megabyte }),
            _ => await clerk.PostAsync("/api/v1/papers", new MultipartFormDataContent
            {
                { new StringContent(meeting.ToString()), "meetingId" },
                { new StringContent("Slides"), "title" },
                { new StringContent(Megabyte), "author" },
                { new StringContent("Public"), "circulation" },
                { new ByteArrayContent("slides"u8.ToArray()), "file", "slides.txt" },
            }),
        };

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body.Length > 500 ? body[..500] : body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(body.Length > 500 ? body[..500] : body);
        (await SavedAsync(s, meeting)).ShouldBe(before);
    }

    private async Task<HttpRequestMessage> PutAsync(HttpClient client, string url, object body)
    {
        var etag = (await client.GetAsync(url)).Headers.ETag!.Tag;
        var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        put.Headers.TryAddWithoutValidation("If-Match", etag);
        return put;
    }

    /// <summary>What the scenario's records hold: any write that got through changes it.</summary>
    private Task<string> SavedAsync(Scenario s, int meeting) => app.WithDbAsync(async db => string.Join("|",
        await db.Actions.Where(a => a.BodyId == s.BodyA.Id).SumAsync(a => (long)a.Text.Length),
        await db.Actions.CountAsync(a => a.BodyId == s.BodyA.Id),
        await db.Bodies.CountAsync(b => b.ShortName == $"L{s.Suffix}"),
        await db.People.CountAsync(p => p.FullName == $"Long Title {s.Suffix}"),
        await db.Organisations.CountAsync(o => o.Name == $"Long Site {s.Suffix}"),
        await db.Programmes.CountAsync(p => p.BodyId == s.BodyA.Id),
        await db.Workstreams.CountAsync(w => w.Programme!.BodyId == s.BodyA.Id),
        await db.RaidEntries.CountAsync(r => r.Workstream!.Programme!.BodyId == s.BodyA.Id),
        await db.Milestones.CountAsync(m => m.Workstream!.Programme!.BodyId == s.BodyA.Id),
        await db.HighlightReports.CountAsync(r => r.Workstream!.Programme!.BodyId == s.BodyA.Id),
        await db.Decisions.CountAsync(d => d.BodyId == s.BodyA.Id),
        await db.Meetings.CountAsync(m => m.BodyId == s.BodyA.Id),
        await db.AgendaItems.CountAsync(i => i.MeetingId == meeting),
        await db.Papers.CountAsync(p => p.BodyId == s.BodyA.Id)));

    private static async Task<int> IdOfAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
