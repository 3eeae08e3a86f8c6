using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Quorum.Web.Tests.Programmes;

/// <summary>A programme's records refer only to people and bodies that exist.</summary>
public sealed class ProgrammeReferencesTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Theory]
    [InlineData("/api/v1/raid", "ownerId")]
    [InlineData("/api/v1/workstreams", "leadBodyId")]
    [InlineData("/api/v1/workstreams", "sponsorIds")]
    public async Task ReferenceToARecordThatDoesNotExist_IsA400NamingTheField_AndNothingIsSaved(string url, string field)
    {
        var s = await app.NewScenarioAsync();
        var clerk = app.ApiClient(s, Persona.ClerkOfA);
        var programme = await IdOfAsync(await clerk.PostAsJsonAsync("/api/v1/programmes", new { bodyId = s.BodyA.Id, name = "Shared services" }));
        var workstream = await IdOfAsync(await clerk.PostAsJsonAsync("/api/v1/workstreams", new { programmeId = programme, name = "ICT" }));
        object input = field switch
        {
            "ownerId" => new { workstreamId = workstream, kind = "Risk", description = $"Unowned {s.Suffix}", ownerId = 99999 },
            "leadBodyId" => new { programmeId = programme, name = $"Unled {s.Suffix}", leadBodyId = 99999 },
            _ => new { programmeId = programme, name = $"Unsponsored {s.Suffix}", sponsorIds = new[] { s.MemberA.Id, 99999 } },
        };

        var response = await clerk.PostAsJsonAsync(url, input);

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(body);
        (await app.WithDbAsync(async db => await db.RaidEntries.CountAsync(r => r.WorkstreamId == workstream)
            + await db.Workstreams.CountAsync(w => w.ProgrammeId == programme && w.Id != workstream))).ShouldBe(0);
    }

    private static async Task<int> IdOfAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
