using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Quorum.Web.Tests.Reliability;

public sealed class SharedKeysTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task ASignInOnOneNode_IsAcceptedByAnotherNodeSharingTheDatabase()
    {
        var s = await app.NewScenarioAsync();
        var first = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        (await first.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var cookie = await SignInCookieAsync(s);

        // A second host on the same database: its own services, its own key ring read from the database.
        await using var secondNode = app.WithWebHostBuilder(_ => { });
        var second = secondNode.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Add("Cookie", cookie);

        var response = await second.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(s.Emails[Persona.ClerkOfA]);

        // The key that signed the cookie is in the database both nodes share, not on one node's disk.
        (await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.DataProtectionKeys))).ShouldBeGreaterThan(0);
    }

    private async Task<string> SignInCookieAsync(Scenario s)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/account/sign-in");
        var antiforgeryCookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = s.Emails[Persona.ClerkOfA],
                ["Input.Password"] = QuorumApp.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        var signedIn = await client.SendAsync(post);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("quorum=", StringComparison.Ordinal)).Select(c => c.Split(';')[0]));
    }
}
