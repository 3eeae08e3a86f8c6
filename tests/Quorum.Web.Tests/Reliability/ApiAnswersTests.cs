using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Quorum.Meetings;

namespace Quorum.Web.Tests.Reliability;

public sealed class ApiAnswersTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    public static TheoryData<string, string, string?, int> Failures => new()
    {
        { "POST", "/api/v1/organisations", "{ not json", 400 },
        { "POST", "/api/v1/meetings", "{\"bodyId\": 1, \"date\": \"31/02/2026\"}", 400 },
        { "GET", "/api/v1/actions?status=Finished", null, 400 },
        { "GET", "/api/v1/actions?owner=somebody", null, 400 },
        { "GET", "/api/v1/actions?page=2147483647&pageSize=100", null, 400 },
        { "GET", "/api/v1/no-such-collection", null, 404 },
        { "GET", "/api/v1/meetings/999999", null, 404 },
        { "DELETE", "/api/v1/meetings", null, 405 },
        { "POST", "/api/v1/organisations", "name=plain form", 415 },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task EveryApiFailure_IsAProblemDocument(string method, string url, string? body, int status)
    {
        var s = await app.NewScenarioAsync();
        var client = app.ApiClient(s, Persona.Administrator);
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, body.StartsWith('{') ? "application/json" : "application/x-www-form-urlencoded");

        var response = await client.SendAsync(request);

        ((int)response.StatusCode).ShouldBe(status, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe(status);
    }

    [Fact]
    public async Task Refusals_AreProblemDocuments_And401SaysHowToAuthenticate()
    {
        var s = await app.NewScenarioAsync();

        var anonymous = await app.ApiClient(s, Persona.Anonymous).PostAsJsonAsync("/api/v1/organisations", new { name = "x" });
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        anonymous.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        anonymous.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer");

        var member = await app.ApiClient(s, Persona.MemberOfA).PostAsJsonAsync("/api/v1/bodies", new { name = "x", shortName = "x" });
        member.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        member.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");

        var audit = await app.ApiClient(s, Persona.Anonymous).GetAsync($"/api/v1/audit?entity=Body&id={s.BodyA.Id}");
        audit.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        audit.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task PagesStillGetTheirErrorPage()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/meetings/999999");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound, response.Headers.Location?.ToString());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("Page not found");
    }

    [Fact]
    public async Task TheLastPossiblePage_IsAnsweredHonestly()
    {
        var s = await app.NewScenarioAsync();
        var response = await app.ApiClient(s, Persona.Anonymous).GetAsync("/api/v1/actions?page=21474837&pageSize=100");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        page.GetProperty("page").GetInt32().ShouldBe(21474837);
        page.GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task NulAndBidiOverrides_AreStrippedFromEveryTextField()
    {
        var s = await app.NewScenarioAsync();
        var clerk = app.ApiClient(s, Persona.ClerkOfA);

        var created = await clerk.PostAsJsonAsync("/api/v1/people", new { fullName = $"Eve\u0000 \u202Egnp.exe {s.Suffix}", jobTitle = "Clerk\u0007\u2066" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        var person = await app.WithDbAsync(db => db.People.SingleAsync(p => p.FullName.Contains(s.Suffix) && p.FullName.StartsWith("Eve")));
        person.FullName.ShouldBe($"Eve gnp.exe {s.Suffix}");
        person.JobTitle.ShouldBe("Clerk");
        var browser = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        (await browser.PostFormAsync($"/people/{person.Id}/edit", new Dictionary<string, string> { ["Input.FullName"] = $"Eve\u202D Lines\r\nkept {s.Suffix}" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.People.Where(p => p.Id == person.Id).Select(p => p.FullName).SingleAsync())).ShouldBe($"Eve Lines\r\nkept {s.Suffix}");
    }

    [Fact]
    public async Task APapersUploader_IsNotShownToTheAnonymousPublic_AndNeverByAddress()
    {
        var s = await app.NewScenarioAsync();
        var meetingId = await app.WithDbAsync(async db =>
        {
            var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 6, 4) };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("public paper"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(meetingId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "meetingId" },
            { new StringContent("Agenda pack"), "title" },
            { new StringContent("OFFICIAL"), "marking" },
            { new StringContent("Public"), "circulation" },
            { file, "file", "pack.txt" },
        };
        var created = await app.ApiClient(s, Persona.ClerkOfA).PostAsync("/api/v1/papers", form);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var email = s.Emails[Persona.ClerkOfA];

        var anonymousApi = await app.ApiClient(s, Persona.Anonymous).GetStringAsync($"/api/v1/papers/{id}");
        var anonymousPage = await app.CreateClient().GetStringAsync($"/papers/{id}");
        anonymousApi.ShouldNotContain(email);
        anonymousApi.ShouldNotContain(s.Clerk.FullName);
        anonymousPage.ShouldNotContain(email);
        anonymousPage.ShouldNotContain(s.Clerk.FullName);

        var memberPage = await (await app.SignedInClientAsync(s, Persona.MemberOfA)).GetStringAsync($"/papers/{id}");
        memberPage.ShouldContain(s.Clerk.FullName);
        memberPage.ShouldNotContain(email);
    }
}
