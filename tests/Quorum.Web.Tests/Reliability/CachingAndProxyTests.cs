using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Meetings;
using Quorum.Web.Features;

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
    public async Task VisitorsAskingAtOnce_EachSeeEveryChangeSavedBeforeTheyAsked()
    {
        var s = await app.NewScenarioAsync();
        var lastChange = app.Services.GetRequiredService<LastChangeQuery>();
        for (var round = 1; round <= 5; round++)
        {
            // Readers already waiting while the change is saved may be answered either way.
            var earlier = Enumerable.Range(0, 20).Select(_ => lastChange.ReadAsync()).ToArray();
            var saved = await app.WithDbAsync(async db =>
            {
                db.Meetings.Add(new Meeting { BodyId = s.BodyA.Id, Number = round, Date = new DateOnly(2026, 6, round) });
                await db.SaveChangesAsync();
                return await db.AuditEvents.MaxAsync(e => e.Id);
            });

            var later = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => lastChange.ReadAsync()));

            later.ShouldAllBe(id => long.Parse(id, System.Globalization.CultureInfo.InvariantCulture) >= saved);
            await Task.WhenAll(earlier);
        }
    }

    [Fact]
    public async Task APublicPageKeptForVisitors_IsNotServedAfterAChange_NorToAnyoneSignedIn()
    {
        var s = await app.NewScenarioAsync();
        var meetingId = await app.WithDbAsync(async db =>
        {
            var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 6, 4) };
            meeting.AddAgendaItem($"Open item {s.Suffix}");
            meeting.AddAgendaItem($"Later withheld {s.Suffix}");
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);
        var page = $"/meetings/{meetingId}";
        var api = $"/api/v1/meetings/{meetingId}";
        for (var i = 0; i < 2; i++)
        {
            (await anonymous.GetStringAsync(page)).ShouldContain($"Later withheld {s.Suffix}");
            (await anonymous.GetStringAsync(api)).ShouldContain($"Later withheld {s.Suffix}");
        }

        await app.WithDbAsync(async db =>
        {
            var item = await db.AgendaItems.SingleAsync(i => i.Title == $"Later withheld {s.Suffix}");
            item.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3" });
            await db.SaveChangesAsync();
        });

        for (var i = 0; i < 2; i++)
        {
            var now = await anonymous.GetStringAsync(page);
            now.ShouldContain($"Open item {s.Suffix}");
            now.ShouldNotContain($"Later withheld {s.Suffix}");
            (await anonymous.GetStringAsync(api)).ShouldNotContain($"Later withheld {s.Suffix}");
        }

        (await (await app.SignedInClientAsync(s, Persona.MemberOfA)).GetStringAsync(page)).ShouldContain($"Later withheld {s.Suffix}");
        (await app.ApiClient(s, Persona.MemberOfA).GetStringAsync(api)).ShouldContain($"Later withheld {s.Suffix}");

        // Each query is kept apart.
        (await anonymous.GetStringAsync($"/api/v1/search?q=nothing{s.Suffix}")).ShouldNotContain("Open item");
        (await anonymous.GetStringAsync($"/api/v1/search?q={s.Suffix}")).ShouldContain($"Open item {s.Suffix}");
        (await anonymous.GetAsync($"/bodies/{s.BodyA.ShortName.ToLowerInvariant()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/bodies/{s.BodyA.ShortName}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync($"/bodies/{s.BodyA.ShortName.ToLowerInvariant()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ThePeopleCountKeptForVisitors_CountsEveryoneSavedBeforeTheyAsked()
    {
        var s = await app.NewScenarioAsync();
        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);
        // A query value nobody asked before, so the page is rendered each time and only the count can be kept.
        async Task<int> CountAsync(HttpClient client, string fresh) =>
            int.Parse(System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync($"/people?fresh={fresh}{s.Suffix}"), @"(\d+) (people|person)</p>").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var before = await CountAsync(anonymous, "a");
        (await CountAsync(anonymous, "b")).ShouldBe(before);
        await app.WithDbAsync(async db =>
        {
            db.People.Add(new Quorum.People.Person { FullName = $"Newly Added {s.Suffix}" });
            await db.SaveChangesAsync();
        });

        (await CountAsync(anonymous, "c")).ShouldBe(before + 1);
        (await CountAsync(await app.SignedInClientAsync(s, Persona.ClerkOfA), "d")).ShouldBe(before + 1);
    }

    [Theory]
    [InlineData("/people", "href=\"/people/new\"")]
    [InlineData("/organisations", "Add an organisation")]
    [InlineData("/programmes", "Start a programme")]
    public async Task AListKeptForVisitors_IsNotServedToAClerk_NorAClerksToVisitors(string list, string clerksOwn)
    {
        var s = await app.NewScenarioAsync();
        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var rendered = await anonymous.GetAsync(list);
        rendered.Headers.Age.ShouldBeNull();
        var kept = await anonymous.GetAsync(list);
        kept.Headers.Age.ShouldNotBeNull($"{list} is served again to the next visitor");
        (await kept.Content.ReadAsStringAsync()).ShouldNotContain(clerksOwn);

        var clerks = await clerk.GetAsync(list);
        clerks.Headers.Age.ShouldBeNull();
        (await clerks.Content.ReadAsStringAsync()).ShouldContain(clerksOwn);

        // After a change nothing is kept; the clerk asks first, and the visitor is not given the clerk's page.
        await app.NewScenarioAsync();
        (await clerk.GetStringAsync(list)).ShouldContain(clerksOwn);
        var visitors = await anonymous.GetAsync(list);
        visitors.Headers.Age.ShouldBeNull();
        (await visitors.Content.ReadAsStringAsync()).ShouldNotContain(clerksOwn);
        (await anonymous.GetAsync(list)).Headers.Age.ShouldNotBeNull();
    }

    [Fact]
    public async Task PagesAreCompressed_ForClientsThatAsk()
    {
        var s = await app.NewScenarioAsync();
        var client = await app.SignedInClientAsync(s, Persona.Anonymous);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/bodies/{s.BodyA.ShortName}");
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldContain("gzip");
        await using var unzipped = new System.IO.Compression.GZipStream(await response.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        (await new StreamReader(unzipped).ReadToEndAsync()).ShouldContain(s.BodyA.Name);
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
