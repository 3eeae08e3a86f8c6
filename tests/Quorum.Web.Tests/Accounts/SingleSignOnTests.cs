using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Quorum.Web.Tests.Accounts;

public sealed class SingleSignOnTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task WithoutSettings_ThereIsNoSingleSignOn()
    {
        var s = await app.NewScenarioAsync();
        var client = await app.SignedInClientAsync(s, Persona.Anonymous);

        (await client.GetStringAsync("/account/sign-in")).ShouldNotContain("Sign in with");
        (await client.GetAsync("/account/external")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WithSettings_TheSignInPageOffersIt_AndItSendsYouToTheProvider()
    {
        await using var configured = app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Authentication:OpenIdConnect:ClientId", "quorum-test");
            builder.UseSetting("Authentication:OpenIdConnect:ClientSecret", "secret");
            builder.UseSetting("Authentication:OpenIdConnect:Authority", "https://login.example.org/tenant");
            builder.UseSetting("Authentication:OpenIdConnect:AuthorizationEndpoint", "https://login.example.org/tenant/authorize");
            builder.UseSetting("Authentication:OpenIdConnect:TokenEndpoint", "https://login.example.org/tenant/token");
            builder.UseSetting("Authentication:OpenIdConnect:DisplayName", "Northshire sign-in");
        });
        var client = configured.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        (await client.GetStringAsync("/account/sign-in")).ShouldContain("Sign in with Northshire sign-in");
        var challenge = await client.GetAsync("/account/external");

        challenge.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = challenge.Headers.Location!.ToString();
        location.ShouldStartWith("https://login.example.org/tenant/authorize");
        location.ShouldContain("client_id=quorum-test");
        location.ShouldContain("redirect_uri=http%3A%2F%2Flocalhost%2Fsignin-oidc");
    }
}
