using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Access;
using Quorum.Accounts;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.People;

namespace Quorum.Web.Tests;

/// <summary>Who a test acts as.</summary>
public enum Persona
{
    Anonymous,
    Administrator,
    ClerkOfA,
    MemberOfA,
    MemberOfB,
}

/// <summary>
/// Quorum's real host on a throwaway database: SQLite in a temp folder, or PostgreSQL when
/// QUORUM_TEST_DATABASE=postgres (a throwaway cluster, see <see cref="TestDatabase"/>). Each test
/// builds its own bodies and people through <see cref="NewScenarioAsync"/>, so no test depends on another's rows.
/// </summary>
public sealed partial class QuorumApp : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery";

    private readonly TestDatabase database = TestDatabase.Create();

    public bool IsPostgres => database.IsPostgres;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Quorum:Database", database.Provider);
        builder.UseSetting("Quorum:DataDirectory", database.DataDirectory);
        builder.UseSetting("ConnectionStrings:Quorum", database.ConnectionString);

        // Every test client shares one address; the limits themselves are tested with their defaults lowered.
        builder.UseSetting("Quorum:RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("Quorum:RateLimits:ApiPerMinute", "100000");

        // The weekly reminders run on the real clock; the tests that want them start a node that runs them on a set one.
        builder.UseSetting("Quorum:Mail:Reminders", "false");
    }

    /// <summary>Runs <paramref name="work"/> against the database as Quorum itself, past the visibility rule.</summary>
    public async Task<T> WithDbAsync<T>(Func<QuorumDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuorumDb>();
        db.Viewer = Viewer.System;
        return await work(db);
    }

    public Task WithDbAsync(Func<QuorumDb, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return true;
    });

    /// <summary>
    /// Two bodies, A (public) and B (members only), each with a member and A with a clerk, and one
    /// account per persona. Names carry a unique suffix.
    /// </summary>
    public async Task<Scenario> NewScenarioAsync(bool bodyBIsPublic = false)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var scenario = new Scenario(suffix);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuorumDb>();
        db.Viewer = Viewer.System;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<QuorumUser>>();

        var org = new Organisation { Name = $"Testshire Council {suffix}" };
        var a = new Body { Name = $"Body A {suffix}", ShortName = $"A{suffix}", ActionPrefix = "TA", AbsenceThreshold = 2 };
        var b = new Body { Name = $"Body B {suffix}", ShortName = $"B{suffix}", ActionPrefix = "TB", IsPublic = bodyBIsPublic };
        var clerk = new Person { FullName = $"Clara Clerk {suffix}", Organisation = org };
        var memberA = new Person { FullName = $"Alan Member {suffix}", Organisation = org };
        var memberB = new Person { FullName = $"Beth Member {suffix}", Organisation = org };
        a.Memberships.Add(new Membership { Person = clerk, Role = MembershipRole.Secretary });
        a.Memberships.Add(new Membership { Person = memberA, Role = MembershipRole.Member });
        b.Memberships.Add(new Membership { Person = memberB, Role = MembershipRole.Member });
        db.AddRange(org, a, b);
        await db.SaveChangesAsync();

        scenario.BodyA = a;
        scenario.BodyB = b;
        scenario.Organisation = org;
        scenario.Clerk = clerk;
        scenario.MemberA = memberA;
        scenario.MemberB = memberB;
        foreach (var (persona, person, admin) in new (Persona, Person?, bool)[]
        {
            (Persona.Administrator, null, true),
            (Persona.ClerkOfA, clerk, false),
            (Persona.MemberOfA, memberA, false),
            (Persona.MemberOfB, memberB, false),
        })
        {
            var email = $"{persona.ToString().ToLowerInvariant()}-{suffix}@example.org";
            var user = new QuorumUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = person?.Id, IsAdministrator = admin };
            var result = await users.CreateAsync(user, Password);
            result.Succeeded.ShouldBeTrue(string.Join(", ", result.Errors.Select(e => e.Description)));
            var (secret, token) = ApiToken.Issue(user.Id, "tests", DateTime.UtcNow);
            db.ApiTokens.Add(token);
            scenario.Emails[persona] = email;
            scenario.Tokens[persona] = secret;
        }

        await db.SaveChangesAsync();
        return scenario;
    }

    /// <summary>An API client acting as <paramref name="persona"/> with a bearer token.</summary>
    public HttpClient ApiClient(Scenario scenario, Persona persona)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (persona != Persona.Anonymous)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", scenario.Tokens[persona]);
        return client;
    }

    /// <summary>A browser-like client (cookies, no redirects followed) signed in through the real sign-in form.</summary>
    public async Task<HttpClient> SignedInClientAsync(Scenario scenario, Persona persona)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (persona == Persona.Anonymous)
            return client;
        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = scenario.Emails[persona],
            ["Input.Password"] = Password,
        });
        ((int)response.StatusCode).ShouldBe(302, await response.Content.ReadAsStringAsync());
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            database.Dispose();
    }
}

/// <summary>The records one test built for itself.</summary>
public sealed class Scenario(string suffix)
{
    public string Suffix { get; } = suffix;

    public Body BodyA { get; set; } = default!;

    public Body BodyB { get; set; } = default!;

    public Organisation Organisation { get; set; } = default!;

    public Person Clerk { get; set; } = default!;

    public Person MemberA { get; set; } = default!;

    public Person MemberB { get; set; } = default!;

    public Dictionary<Persona, string> Emails { get; } = [];

    public Dictionary<Persona, string> Tokens { get; } = [];
}

/// <summary>Form posts the way a browser makes them: the page's antiforgery token goes with the fields.</summary>
public static partial class FormPosts
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? url);
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
            throw new InvalidOperationException($"No antiforgery token on {formPage ?? url}");
        // Like a browser, send the form's hidden fields (such as the version read) unless the test sets them.
        var hidden = HiddenInput().Matches(page)
            .Select(m => (Name: WebUtility.HtmlDecode(m.Groups[1].Value), Value: WebUtility.HtmlDecode(m.Groups[2].Value)))
            .Where(h => h.Name != "__RequestVerificationToken" && !fields.ContainsKey(h.Name))
            .DistinctBy(h => h.Name)
            .Select(h => new KeyValuePair<string, string>(h.Name, h.Value));
        var content = new FormUrlEncodedContent(fields.Concat(hidden).Append(new("__RequestVerificationToken", token.Groups[1].Value)));
        return await client.PostAsync(url, content);
    }

    /// <summary>The anti-forgery token of the form on <paramref name="url"/>.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string url) =>
        AntiforgeryToken().Match(await client.GetStringAsync(url)) is { Success: true } token
            ? token.Groups[1].Value
            : throw new InvalidOperationException($"No antiforgery token on {url}");

    /// <summary>Posts a file in field <c>Upload</c> the way a browser's upload form does, with the page's token.</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(this HttpClient client, string url, byte[] content, string fileName, string contentType = "application/octet-stream")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var form = new MultipartFormDataContent { { new StringContent(await client.AntiforgeryTokenAsync(url)), "__RequestVerificationToken" }, { file, "Upload", fileName } };
        return await client.PostAsync(url, form);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
