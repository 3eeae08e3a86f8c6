using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Quorum.Web.Tests.Programmes;

/// <summary>Forms hold their fields to the lengths the model declares, as the API does.</summary>
public sealed class ProgrammeFormLengthsTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task OverLongProgrammeName_IsAFormErrorBesideTheName_AndNothingIsSaved()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var response = await clerk.PostFormAsync("/programmes", new Dictionary<string, string>
        {
            ["BodyId"] = s.BodyA.Id.ToString(),
            ["Name"] = new string('n', 201),
            ["Description"] = "Shared services",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("The name must be 200 characters or fewer");
        page.ShouldContain("href=\"#Name\"");
        (await app.WithDbAsync(db => db.Programmes.CountAsync(p => p.BodyId == s.BodyA.Id))).ShouldBe(0);
    }
}
