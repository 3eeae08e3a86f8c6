using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Quorum.Programmes;
using Quorum.Web.Tests.Registers;

namespace Quorum.Web.Tests.Projects;

public sealed class ProjectsTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    /// <summary>A programme of <paramref name="bodyId"/> with one workstream; its id.</summary>
    private Task<int> WorkstreamAsync(int bodyId, string name) => app.WithDbAsync(async db =>
    {
        var programme = new Programme { BodyId = bodyId, Name = $"Programme {name}" };
        var workstream = new Workstream { Name = name };
        programme.Workstreams.Add(workstream);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync();
        return workstream.Id;
    });

    [Fact]
    public async Task Clerk_AddsAProjectToAWorkstream_AndEachPageLinksToTheOther()
    {
        var s = await app.NewScenarioAsync();
        var workstream = await WorkstreamAsync(s.BodyA.Id, $"ICT {s.Suffix}");
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var refused = await clerk.PostFormAsync("/projects/new", Form(s, workstream, budget: "lots", name: ""));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var errors = PageText.MainOf(await refused.Content.ReadAsStringAsync());
        errors.ShouldContain("The budget must be an amount in pounds");
        errors.ShouldContain("Enter the project's name");

        var saved = await clerk.PostFormAsync("/projects/new", Form(s, workstream));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, PageText.MainOf(await saved.Content.ReadAsStringAsync()));
        var url = saved.Headers.Location!.ToString();
        var page = await clerk.MainAsync(url);
        page.ShouldContain($"Data centre {s.Suffix}");
        page.ShouldContain("£450,000");
        page.ShouldContain("Business case");
        page.ShouldContain($"href=\"/workstreams/{workstream}\"");

        (await clerk.MainAsync($"/workstreams/{workstream}")).ShouldContain($"href=\"{url}\"");

        var list = await clerk.MainAsync($"/projects?Workstream={workstream}&Rag=Amber");
        list.ShouldContain($"Data centre {s.Suffix}");
        (await clerk.MainAsync($"/projects?Workstream={workstream}&Rag=Red")).ShouldContain("No projects match.");

        var id = int.Parse(url.Split('/').Last());
        var edited = await clerk.PostFormAsync($"/projects/{id}/edit", Form(s, null, stage: "Delivery"));
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect, PageText.MainOf(await edited.Content.ReadAsStringAsync()));
        (await clerk.MainAsync($"/workstreams/{workstream}")).ShouldNotContain($"href=\"{url}\"");
        (await clerk.MainAsync(url)).ShouldContain("Delivery");
    }

    [Fact]
    public async Task AWorkstreamOfAPrivateProgramme_IsNotNamedToThoseWhoCannotSeeIt()
    {
        var s = await app.NewScenarioAsync();
        var hidden = await WorkstreamAsync(s.BodyB.Id, $"Secret stream {s.Suffix}");
        var id = await app.WithDbAsync(async db =>
        {
            var project = new Quorum.Projects.Project { BodyId = s.BodyA.Id, OrganisationId = s.Organisation.Id, Name = $"Public project {s.Suffix}", WorkstreamId = hidden };
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project.Id;
        });

        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);
        var page = await anonymous.MainAsync($"/projects/{id}");
        page.ShouldContain($"Public project {s.Suffix}");
        page.ShouldNotContain($"Secret stream {s.Suffix}");
        (await app.ApiClient(s, Persona.Anonymous).GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}")).GetProperty("workstream").ValueKind.ShouldBe(JsonValueKind.Null);
        (await app.ApiClient(s, Persona.MemberOfB).GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}")).GetProperty("workstream").GetProperty("name").GetString().ShouldBe($"Secret stream {s.Suffix}");

        // The clerk of A does not sit on B: the workstream is not one they can link to.
        var refused = await app.ApiClient(s, Persona.ClerkOfA).PostAsJsonAsync("/api/v1/projects", new { bodyId = s.BodyA.Id, organisationId = s.Organisation.Id, name = "X", workstreamId = hidden });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("workstreamId")[0].GetString().ShouldBe("Choose a workstream of a programme");
    }

    [Fact]
    public async Task Api_AddsListsUpdatesAndRemovesProjects_WithETags()
    {
        var s = await app.NewScenarioAsync();
        var clerk = app.ApiClient(s, Persona.ClerkOfA);
        var input = new { bodyId = s.BodyA.Id, organisationId = s.Organisation.Id, name = $"Portal {s.Suffix}", stage = "Idea", budget = (decimal?)80_000m, rag = "Green" };

        var created = await clerk.PostAsJsonAsync("/api/v1/projects", input);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var url = created.Headers.Location!.ToString();
        (await clerk.PostAsJsonAsync("/api/v1/projects", input with { budget = (decimal?)-5m })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await clerk.PostAsync("/api/v1/projects", JsonContent.Create(new { bodyId = s.BodyA.Id, organisationId = s.Organisation.Id, name = "X", stage = "Dreaming" }))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.ApiClient(s, Persona.MemberOfA).PostAsJsonAsync("/api/v1/projects", input)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.ApiClient(s, Persona.Anonymous).PostAsJsonAsync("/api/v1/projects", input)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var list = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/projects?organisation={s.Organisation.Id}&stage=Idea&pageSize=1");
        list.GetProperty("total").GetInt32().ShouldBe(1);
        list.GetProperty("items")[0].GetProperty("name").GetString().ShouldBe($"Portal {s.Suffix}");
        (await clerk.GetAsync("/api/v1/projects?page=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var etag = (await clerk.GetAsync(url)).Headers.ETag!.Tag;
        (await clerk.PutAsJsonAsync(url, input with { stage = "Delivery" })).StatusCode.ShouldBe((HttpStatusCode)428);
        var updated = await Send(clerk, HttpMethod.Put, url, input with { stage = "Delivery", rag = "Red" }, etag);
        updated.StatusCode.ShouldBe(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        (await Send(clerk, HttpMethod.Put, url, input, etag)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var project = await clerk.GetFromJsonAsync<JsonElement>(url);
        project.GetProperty("stage").GetString().ShouldBe("Delivery");
        project.GetProperty("rag").GetString().ShouldBe("Red");
        (await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.EntityType == "Project" && e.EntityId == project.GetProperty("id").GetInt32().ToString()))).ShouldBe(2);

        (await Send(clerk, HttpMethod.Delete, url, null, (await clerk.GetAsync(url)).Headers.ETag!.Tag)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await clerk.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BadFilters_AreSaidBesideTheirFields_NeverA500()
    {
        var s = await app.NewScenarioAsync();
        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);
        var response = await anonymous.GetAsync("/projects?Stage=Dreaming&Rag=Purple&Workstream=abc&page=x");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = PageText.MainOf(await response.Content.ReadAsStringAsync());
        page.ShouldContain("Choose a stage from the list");
        page.ShouldContain("Choose red, amber or green");
        (await anonymous.GetAsync("/api/v1/projects?stage=Dreaming")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await anonymous.GetAsync("/projects/new")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static Dictionary<string, string> Form(Scenario s, int? workstream, string budget = "£450,000", string? name = null, string stage = "BusinessCase") => new()
    {
        ["Input.OrganisationId"] = s.Organisation.Id.ToString(),
        ["Input.Name"] = name ?? $"Data centre {s.Suffix}",
        ["Input.Description"] = "One data centre for the partners.",
        ["Input.Stage"] = stage,
        ["Input.Budget"] = budget,
        ["Input.Rag"] = "Amber",
        ["Input.WorkstreamId"] = workstream?.ToString() ?? "",
    };

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, object? body, string etag)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }
}
