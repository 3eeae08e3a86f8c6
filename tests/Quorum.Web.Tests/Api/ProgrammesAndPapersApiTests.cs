using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Quorum.Meetings;

namespace Quorum.Web.Tests.Api;

public sealed class ProgrammesAndPapersApiTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task ProgrammeWorkstreamRaidMilestoneAndReport_AreCreatedAndUpdatedThroughTheApi()
    {
        var s = await app.NewScenarioAsync();
        var clerk = app.ApiClient(s, Persona.ClerkOfA);

        var programme = await Created(clerk, "/api/v1/programmes", new { bodyId = s.BodyA.Id, name = "Partnership" });
        var workstream = await Created(clerk, "/api/v1/workstreams", new { programmeId = programme, name = "ICT", plannedSpend = "£250,000", actualSpend = "tba", strategicObjectives = new[] { "Share services" } });
        await Created(clerk, "/api/v1/raid", new { workstreamId = workstream, kind = "Risk", description = "Capacity", impact = "High", likelihood = "High" });
        await Created(clerk, "/api/v1/milestones", new { workstreamId = workstream, text = "Procurement", targetDate = "2010-03-01", targetIsMonth = true });
        var report = await Created(clerk, "/api/v1/highlight-reports", new { workstreamId = workstream, reportDate = "2010-02-05", time = "Amber", cost = "Green", scope = "Red", spendToDate = "tba" });

        var ws = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/workstreams/{workstream}");
        ws.GetProperty("plannedSpend").GetProperty("amount").GetDecimal().ShouldBe(250000m);
        ws.GetProperty("actualSpend").GetProperty("toBeAgreed").GetBoolean().ShouldBeTrue();
        ws.GetProperty("overall").GetString().ShouldBe("Red");
        (await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/milestones?workstream={workstream}")).GetProperty("items")[0].GetProperty("slippageDays").GetInt32().ShouldBeGreaterThan(0);

        var etag = (await clerk.GetAsync($"/api/v1/highlight-reports/{report}")).Headers.ETag!.Tag;
        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/highlight-reports/{report}")
        {
            Content = JsonContent.Create(new { workstreamId = workstream, reportDate = "2010-02-05", time = "Green", cost = "Green", scope = "Green", spendToDate = "tba" }),
        };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"999\"");
        (await clerk.SendAsync(stale)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var fresh = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/highlight-reports/{report}")
        {
            Content = JsonContent.Create(new { workstreamId = workstream, reportDate = "2010-02-05", time = "Green", cost = "Green", scope = "Green", spendToDate = "tba" }),
        };
        fresh.Headers.TryAddWithoutValidation("If-Match", etag);
        (await clerk.SendAsync(fresh)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await app.ApiClient(s, Persona.MemberOfA).PostAsJsonAsync("/api/v1/raid", new { workstreamId = workstream, kind = "Issue", description = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.ApiClient(s, Persona.Anonymous).GetFromJsonAsync<JsonElement>($"/api/v1/raid?workstream={workstream}")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task PaperUploadedThroughTheApi_IsListedAndDownloadedOnlyByThoseItIsCirculatedTo()
    {
        var s = await app.NewScenarioAsync();
        var meetingId = await app.WithDbAsync(async db =>
        {
            var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 6, 4) };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes($"restricted {s.Suffix}"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(meetingId.ToString()), "meetingId" },
            { new StringContent("Slides"), "title" },
            { new StringContent("RESTRICTED"), "marking" },
            { new StringContent("MembersOfBodies"), "circulation" },
            { new StringContent(s.BodyA.Id.ToString()), "bodyIds" },
            { file, "file", "slides.txt" },
        };

        var created = await app.ApiClient(s, Persona.ClerkOfA).PostAsync("/api/v1/papers", form);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var paper = await created.Content.ReadFromJsonAsync<JsonElement>();
        paper.GetProperty("marking").GetString().ShouldBe("OFFICIAL-SENSITIVE");
        paper.GetProperty("legacyMarking").GetString().ShouldBe("RESTRICTED");
        var download = paper.GetProperty("versions")[0].GetProperty("download").GetString()!;

        (await app.ApiClient(s, Persona.MemberOfA).GetStringAsync(download)).ShouldBe($"restricted {s.Suffix}");
        (await app.ApiClient(s, Persona.MemberOfB).GetAsync(download)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.ApiClient(s, Persona.Anonymous).GetFromJsonAsync<JsonElement>($"/api/v1/papers?meeting={meetingId}")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    private static async Task<int> Created(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
