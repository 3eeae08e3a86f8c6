using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Quorum.Web.Tests.Reliability;

public sealed class OperationsTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task HealthEndpoints_SayTheProcessIsLive_AndTheDatabaseIsReady()
    {
        var client = app.CreateClient();

        var live = await client.GetAsync("/health/live");
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await live.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Healthy");

        var ready = await client.GetFromJsonAsync<JsonElement>("/health/ready");
        ready.GetProperty("status").GetString().ShouldBe("Healthy");
        ready.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldBe(["database", "migrations"], ignoreOrder: true);
    }

    [Fact]
    public async Task SignInAttempts_AreLimitedPerClient()
    {
        var s = await app.NewScenarioAsync();
        using var limited = app.WithWebHostBuilder(b => b.UseSetting("Quorum:RateLimits:SignInPerMinute", "3"));
        var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = $"guess-{i}@example.org", ["Input.Password"] = "guessing the password" })).StatusCode);

        statuses.Take(3).ShouldAllBe(c => c == HttpStatusCode.OK);
        statuses.Skip(3).ShouldAllBe(c => c == HttpStatusCode.TooManyRequests);
        (await client.GetAsync("/meetings")).StatusCode.ShouldBe(HttpStatusCode.OK);
        s.ShouldNotBeNull();
    }

    [Fact]
    public async Task ApiRequests_AreLimitedPerToken_WithAProblemAndRetryAfter()
    {
        var s = await app.NewScenarioAsync();
        using var limited = app.WithWebHostBuilder(b => b.UseSetting("Quorum:RateLimits:ApiPerMinute", "5"));
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", s.Tokens[Persona.ClerkOfA]);
        HttpResponseMessage last = null!;
        for (var i = 0; i < 6; i++)
            last = await client.GetAsync("/api/v1/bodies");

        last.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        last.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        last.Headers.RetryAfter.ShouldNotBeNull();
    }
}
