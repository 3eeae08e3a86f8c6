using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Accounts;

namespace Quorum.Web.Tests.Reliability;

public sealed partial class SessionsAndTokensTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task SigningOut_EndsTheSession_EvenForACopiedCookie()
    {
        var s = await app.NewScenarioAsync();
        var (browser, cookie) = await SignInAsync(s.Emails[Persona.ClerkOfA]);
        var copy = CookieClient(cookie);
        (await copy.GetAsync("/exemptions")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await browser.PostFormAsync("/account/sign-out", new Dictionary<string, string>(), "/account")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await copy.GetAsync("/exemptions")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await copy.GetAsync($"/api/v1/audit?entity=Body&id={s.BodyA.Id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ChangingThePassword_EndsOtherSessions_AndKeepsThisOne()
    {
        var s = await app.NewScenarioAsync();
        var (browser, _) = await SignInAsync(s.Emails[Persona.ClerkOfA]);
        var (_, otherCookie) = await SignInAsync(s.Emails[Persona.ClerkOfA]);
        var other = CookieClient(otherCookie);
        (await other.GetAsync("/exemptions")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await browser.PostFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = QuorumApp.Password,
            ["Input.NewPassword"] = "another long passphrase",
            ["Input.ConfirmPassword"] = "another long passphrase",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await other.GetAsync("/exemptions")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/exemptions")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task LockingAnAccount_EndsItsSessions_AndRefusesItsTokens()
    {
        var s = await app.NewScenarioAsync();
        var (_, cookie) = await SignInAsync(s.Emails[Persona.ClerkOfA]);
        var session = CookieClient(cookie);
        var api = app.ApiClient(s, Persona.ClerkOfA);
        (await api.GetAsync($"/api/v1/audit?entity=Body&id={s.BodyA.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var attacker = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
            await attacker.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = s.Emails[Persona.ClerkOfA], ["Input.Password"] = "not the password" });

        (await session.GetAsync("/exemptions")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = await api.GetAsync($"/api/v1/audit?entity=Body&id={s.BodyA.Id}");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Headers.WwwAuthenticate.ToString().ShouldContain("Bearer");
    }

    [Fact]
    public async Task ADisabledAccountsToken_IsRefused()
    {
        var s = await app.NewScenarioAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<QuorumUser>>();
            var user = (await users.FindByEmailAsync(s.Emails[Persona.ClerkOfA]))!;
            (await users.SetLockoutEndDateAsync(user, QuorumAccounts.Disabled)).Succeeded.ShouldBeTrue();
        }

        (await app.ApiClient(s, Persona.ClerkOfA).PostAsJsonAsync("/api/v1/organisations", new { name = "Refused" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task APersonRevokesTheirToken_OnTheirTokensPage_AndItIsRefusedAtOnce()
    {
        var s = await app.NewScenarioAsync();
        var (browser, _) = await SignInAsync(s.Emails[Persona.ClerkOfA]);

        var issued = await browser.PostFormAsync("/account/tokens?handler=Issue", new Dictionary<string, string> { ["Input.Name"] = "reporting script", ["Input.Days"] = "30" }, "/account/tokens");
        var page = await issued.Content.ReadAsStringAsync();
        var secret = TokenOnPage().Match(page).Value;
        secret.ShouldNotBeNullOrEmpty(page);
        page.ShouldContain("reporting script");
        var script = app.CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        (await script.GetAsync($"/api/v1/audit?entity=Body&id={s.BodyA.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var expires = await app.WithDbAsync(db => db.ApiTokens.Where(t => t.Name == "reporting script" && t.User!.Email == s.Emails[Persona.ClerkOfA]).Select(t => t.ExpiresAt).SingleAsync());
        expires!.Value.ShouldBe(DateTime.UtcNow.AddDays(30), TimeSpan.FromMinutes(5));

        var id = await app.WithDbAsync(db => db.ApiTokens.Where(t => t.Name == "reporting script" && t.User!.Email == s.Emails[Persona.ClerkOfA]).Select(t => t.Id).SingleAsync());
        (await browser.PostFormAsync($"/account/tokens?handler=Revoke&id={id}", new Dictionary<string, string>(), "/account/tokens")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await script.GetAsync($"/api/v1/audit?entity=Body&id={s.BodyA.Id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await browser.GetStringAsync("/account/tokens")).ShouldContain("Revoked");
    }

    [Fact]
    public async Task SomeoneElsesToken_CannotBeRevokedFromYourPage()
    {
        var s = await app.NewScenarioAsync();
        var (member, _) = await SignInAsync(s.Emails[Persona.MemberOfA]);
        var clerksToken = await app.WithDbAsync(db => db.ApiTokens.Where(t => t.User!.Email == s.Emails[Persona.ClerkOfA]).Select(t => t.Id).SingleAsync());

        (await member.PostFormAsync($"/account/tokens?handler=Revoke&id={clerksToken}", new Dictionary<string, string>(), "/account/tokens")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.ApiClient(s, Persona.ClerkOfA).GetAsync($"/api/v1/audit?entity=Body&id={s.BodyA.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnExpiredToken_IsRefused()
    {
        var s = await app.NewScenarioAsync();
        var secret = await app.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == s.Emails[Persona.ClerkOfA]).Select(u => u.Id).SingleAsync();
            var (secret, token) = ApiToken.Issue(userId, "old", DateTime.UtcNow.AddDays(-40), TimeSpan.FromDays(30));
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync();
            return secret;
        });
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        (await client.GetAsync($"/api/v1/audit?entity=Body&id={s.BodyA.Id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnInvalidBearerToken_OnAnOpenRead_Is401NotAnonymous()
    {
        await app.NewScenarioAsync();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "qrm_not-a-token");

        var response = await client.GetAsync("/api/v1/meetings");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldContain("invalid_token");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task ACookieSession_CannotWriteThroughTheApi()
    {
        var s = await app.NewScenarioAsync();
        var (browser, _) = await SignInAsync(s.Emails[Persona.ClerkOfA]);
        (await browser.GetAsync($"/api/v1/audit?entity=Body&id={s.BodyA.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/organisations") { Content = JsonContent.Create(new { name = $"Forged {s.Suffix}" }) };
        request.Headers.Add("Origin", "https://elsewhere.example");
        var response = await browser.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == $"Forged {s.Suffix}"))).ShouldBeFalse();
    }

    [Fact]
    public async Task SignIn_GivesTheSameAnswer_ForUnknownAndLockedAccounts_AfterTheSameWork()
    {
        var s = await app.NewScenarioAsync();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        async Task<(string Message, TimeSpan Took)> TryAsync(string email)
        {
            var watch = Stopwatch.StartNew();
            var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "not the password" });
            watch.Stop();
            var page = await response.Content.ReadAsStringAsync();
            return (ErrorMessage().Match(page).Groups[1].Value.Trim(), watch.Elapsed);
        }

        var unknown = new List<(string Message, TimeSpan Took)>();
        var real = new List<(string Message, TimeSpan Took)>();
        for (var i = 0; i < 10; i++)
        {
            unknown.Add(await TryAsync($"nobody-{i}-{s.Suffix}@example.org"));
            real.Add(await TryAsync(s.Emails[Persona.MemberOfA]));
        }

        // Five wrong passwords lock the account: the last five tries meet a locked account.
        unknown.Select(u => u.Message).Concat(real.Select(r => r.Message)).Distinct().Count().ShouldBe(1);
        unknown[0].Message.ShouldNotBeEmpty();
        static TimeSpan Median(IEnumerable<(string, TimeSpan Took)> tries) => tries.Select(t => t.Took).Order().ElementAt(2);
        var wrongPassword = Median(real.Take(5));
        (Median(unknown.Skip(5)) * 3).ShouldBeGreaterThan(wrongPassword, "unknown addresses answer much faster than real ones");
        (Median(real.Skip(5)) * 3).ShouldBeGreaterThan(wrongPassword, "locked accounts answer much faster than others");
    }

    private async Task<(HttpClient Browser, string Cookie)> SignInAsync(string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = QuorumApp.Password });
        ((int)response.StatusCode).ShouldBe(302, await response.Content.ReadAsStringAsync());
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("quorum=", StringComparison.Ordinal));
        return (client, cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    private HttpClient CookieClient(string cookie)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    [GeneratedRegex("qrm_[A-Za-z0-9_-]{20,}")]
    private static partial Regex TokenOnPage();

    [GeneratedRegex("govuk-error-summary__list\">\\s*<li><a href=\"#[^\"]*\">([^<]+)</a>")]
    private static partial Regex ErrorMessage();
}
