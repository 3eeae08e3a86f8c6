using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Accounts;
using Quorum.Demo;

namespace Quorum.Web.Tests.Accounts;

public sealed class DemoAndAccountsTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task Demo_RefusesADatabaseHoldingOtherData()
    {
        await app.NewScenarioAsync();

        var refused = await Should.ThrowAsync<DomainException>(() => app.WithDbAsync(db => DemoData.LoadAsync(db, new DateOnly(2026, 11, 24))));

        refused.Message.ShouldContain("refuses to run");
    }

    [Fact]
    public async Task OneTimePassword_SendsTheFirstSignInToChangeIt()
    {
        var s = await app.NewScenarioAsync();
        var email = $"new-{s.Suffix}@example.org";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<QuorumUser>>();
            (await users.CreateAsync(new QuorumUser { UserName = email, Email = email, MustChangePassword = true }, "one-time-password-1")).Succeeded.ShouldBeTrue();
        }

        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "one-time-password-1" });
        signIn.Headers.Location!.ToString().ShouldContain("/account/change-password");
        (await client.GetAsync("/meetings")).Headers.Location!.ToString().ShouldBe("/account/change-password");

        var changed = await client.PostFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "one-time-password-1",
            ["Input.NewPassword"] = "a much longer passphrase",
            ["Input.ConfirmPassword"] = "a much longer passphrase",
        });
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/meetings")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RepeatedWrongPasswords_LockTheAccount()
    {
        var s = await app.NewScenarioAsync();
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
            last = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = s.Emails[Persona.MemberOfA], ["Input.Password"] = "wrong password" });

        (await last!.Content.ReadAsStringAsync()).ShouldContain("locked");
        var right = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = s.Emails[Persona.MemberOfA], ["Input.Password"] = QuorumApp.Password });
        right.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task EveryPage_CarriesAStrictContentSecurityPolicy()
    {
        var s = await app.NewScenarioAsync();
        var response = await (await app.SignedInClientAsync(s, Persona.Anonymous)).GetAsync("/");

        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
    }
}
