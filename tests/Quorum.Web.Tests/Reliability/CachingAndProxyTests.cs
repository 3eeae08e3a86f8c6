using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Quorum.Meetings;

namespace Quorum.Web.Tests.Reliability;

public sealed class CachingAndProxyTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task WhatASignedInPersonIsShown_IsNotKeptByCaches()
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
        using var form = new MultipartFormDataContent
        {
            { new StringContent(meetingId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "meetingId" },
            { new StringContent("Slides"), "title" },
            { new StringContent("OFFICIAL-SENSITIVE"), "marking" },
            { new StringContent("MembersOfBodies"), "circulation" },
            { new StringContent(s.BodyA.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), "bodyIds" },
            { file, "file", "slides.txt" },
        };
        var created = await app.ApiClient(s, Persona.ClerkOfA).PostAsync("/api/v1/papers", form);
        var download = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("versions")[0].GetProperty("download").GetString()!;

        var restricted = await app.ApiClient(s, Persona.MemberOfA).GetAsync(download);
        restricted.StatusCode.ShouldBe(HttpStatusCode.OK);
        restricted.Headers.CacheControl!.NoStore.ShouldBeTrue();
        restricted.Headers.CacheControl.Private.ShouldBeTrue();

        var page = await (await app.SignedInClientAsync(s, Persona.MemberOfA)).GetAsync("/meetings");
        page.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task BehindATlsProxy_CookiesAreSecure_AndHstsIsSent()
    {
        var s = await app.NewScenarioAsync();
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var token = await client.AntiforgeryTokenAsync("/account/sign-in");
        var proxied = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = s.Emails[Persona.MemberOfA],
                ["Input.Password"] = QuorumApp.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        proxied.Headers.Add("X-Forwarded-Proto", "https");
        proxied.Headers.Host = "quorum.example.org";

        var response = await client.SendAsync(proxied);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("quorum=", StringComparison.Ordinal)).ShouldContain("secure", Case.Insensitive);
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=");

        var plain = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        plain.Headers.Host = "quorum.example.org";
        var direct = await client.SendAsync(plain);
        direct.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }
}
