using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Quorum.Web.Tests.Bodies;

/// <summary>A body's references to other records name records that exist.</summary>
public sealed class BodyReferencesTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task NewBodyUnderAParentThatDoesNotExist_IsA400NamingParentBodyId_AndNothingIsSaved()
    {
        var s = await app.NewScenarioAsync();

        var response = await app.ApiClient(s, Persona.Administrator).PostAsJsonAsync("/api/v1/bodies",
            new { name = $"Orphan board {s.Suffix}", shortName = $"O{s.Suffix}", parentBodyId = 99999 });

        await ShouldNameAsync(response, "parentBodyId");
        (await app.WithDbAsync(db => db.Bodies.CountAsync(b => b.ShortName == $"O{s.Suffix}"))).ShouldBe(0);
    }

    [Fact]
    public async Task MovingABodyUnderAParentThatDoesNotExist_IsA400NamingParentBodyId()
    {
        var s = await app.NewScenarioAsync();
        var clerk = app.ApiClient(s, Persona.ClerkOfA);
        var etag = (await clerk.GetAsync($"/api/v1/bodies/{s.BodyA.Id}")).Headers.ETag!.Tag;
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/bodies/{s.BodyA.Id}")
        {
            Content = JsonContent.Create(new { name = s.BodyA.Name, shortName = s.BodyA.ShortName, parentBodyId = 99999 }),
        };
        put.Headers.TryAddWithoutValidation("If-Match", etag);

        await ShouldNameAsync(await clerk.SendAsync(put), "parentBodyId");
        (await app.WithDbAsync(db => db.Bodies.SingleAsync(b => b.Id == s.BodyA.Id))).ParentBodyId.ShouldBeNull();
    }

    [Fact]
    public async Task MembershipOfAPersonWhoDoesNotExist_IsA400NamingPersonId()
    {
        var s = await app.NewScenarioAsync();

        var response = await app.ApiClient(s, Persona.ClerkOfA).PostAsJsonAsync("/api/v1/memberships",
            new { bodyId = s.BodyA.Id, personId = 99999, role = "Member" });

        await ShouldNameAsync(response, "personId");
    }

    private static async Task ShouldNameAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(body);
    }
}
