using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Quorum.Applications;
using Quorum.People;
using Quorum.Web.Tests.Contracts;
using Quorum.Web.Tests.Registers;

namespace Quorum.Web.Tests.Applications;

public sealed class ApplicationsTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    /// <summary>Body A's catalogue: <paramref name="product"/> run by <paramref name="organisationId"/> (the scenario's organisation when null).</summary>
    internal static Task<int> ApplicationAsync(QuorumApp app, Scenario s, string product, int? organisationId = null, bool shared = false,
        int? satisfaction = null, bool restricted = false, string? version = null, int? contractId = null) =>
        app.WithDbAsync(async db => (await ApplicationCatalogue.AddAsync(db, new ApplicationDetails
        {
            BodyId = s.BodyA.Id,
            OrganisationId = organisationId ?? s.Organisation.Id,
            Product = product,
            SupplierName = $"Supplier {s.Suffix}",
            ProductVersion = version,
            Hosting = Hosting.Cloud,
            ContractId = contractId,
            RenewalDate = new DateOnly(2027, 3, 31),
            Users = 120,
            OfferedAsSharedService = shared,
            Satisfaction = satisfaction,
            SatisfactionComment = satisfaction is null ? null : $"Comment {s.Suffix}",
            AppraisalRestricted = restricted,
        })).Id);

    internal static Task<int> OrganisationAsync(QuorumApp app, string name) =>
        app.WithDbAsync(async db =>
        {
            var organisation = new Organisation { Name = name };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation.Id;
        });

    [Fact]
    public async Task Clerk_AddsAnApplication_AndSeesItInTheMatrixAndInWhoElseRunsThis()
    {
        var s = await app.NewScenarioAsync();
        var product = $"GeoView {s.Suffix}";
        var other = await OrganisationAsync(app, $"Eastbrook {s.Suffix}");
        await ApplicationAsync(app, s, product.ToUpperInvariant(), other, shared: true, version: "8.7");
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var mistyped = Form(s, product);
        mistyped["Input.Users"] = "lots";
        mistyped["Input.Satisfaction"] = "9";
        var refused = await clerk.PostFormAsync("/applications/new", mistyped);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var errors = PageText.MainOf(await refused.Content.ReadAsStringAsync());
        errors.ShouldContain("Enter the number of users as a whole number");
        errors.ShouldContain("Satisfaction is from 1 (poor) to 5 (excellent)");
        errors.ShouldContain("There is a problem");

        var saved = await clerk.PostFormAsync("/applications/new", Form(s, $"  geoview   {s.Suffix} "));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, PageText.MainOf(await saved.Content.ReadAsStringAsync()));
        var url = saved.Headers.Location!.ToString();
        var page = await clerk.MainAsync(url);
        page.ShouldContain($"geoview {s.Suffix}");
        page.ShouldContain("1 other organisation runs it, and it is offered as a shared service");
        page.ShouldContain("1,200 users");

        var others = await clerk.MainAsync($"{url}/others");
        others.ShouldContain($"Eastbrook {s.Suffix}");
        others.ShouldContain("8.7");
        others.ShouldContain("31 March 2027");
        others.ShouldContain("Offered");

        var matrix = await clerk.MainAsync("/applications/matrix");
        matrix.ShouldContain($"<th scope=\"col\" class=\"govuk-table__header\">Eastbrook {s.Suffix}</th>");
        matrix.ShouldContain($"<th scope=\"col\" class=\"govuk-table__header\">{s.Organisation.Name}</th>");
        // One row for the product, however each organisation spells it.
        var rows = await app.WithDbAsync(db => db.Applications.Where(a => a.ProductKey == $"geoview {s.Suffix.ToLowerInvariant()}").CountAsync());
        rows.ShouldBe(2);
        matrix.ShouldContain("Run by 2");

        var duplicate = await clerk.PostFormAsync("/applications/new", Form(s, product));
        PageText.MainOf(await duplicate.Content.ReadAsStringAsync()).ShouldContain("already has");

        var list = await clerk.MainAsync($"/applications?Product={Uri.EscapeDataString(product)}&SharedServicesOnly=true");
        list.ShouldContain($"Eastbrook {s.Suffix}");
        list.ShouldContain("1 application.");
    }

    [Fact]
    public async Task RestrictedAppraisal_ReachesOnlyTheCataloguesMembers_EveryoneElseSeesTheEntry()
    {
        var s = await app.NewScenarioAsync();
        var id = await ApplicationAsync(app, s, $"Hearth {s.Suffix}", satisfaction: 2, restricted: true);

        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);
        var outsider = await anonymous.MainAsync($"/applications/{id}");
        outsider.ShouldContain($"Hearth {s.Suffix}");
        outsider.ShouldNotContain($"Comment {s.Suffix}");
        outsider.ShouldNotContain("2 of 5");
        outsider.ShouldContain("is for the members of");
        var json = await app.ApiClient(s, Persona.Anonymous).GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        json.GetProperty("appraisal").ValueKind.ShouldBe(JsonValueKind.Null);
        (await app.ApiClient(s, Persona.MemberOfB).GetStringAsync($"/api/v1/applications?product=Hearth+{s.Suffix}")).ShouldNotContain($"Comment {s.Suffix}");

        var member = await app.SignedInClientAsync(s, Persona.MemberOfA);
        (await member.MainAsync($"/applications/{id}")).ShouldContain("2 of 5: fair");
        (await app.ApiClient(s, Persona.MemberOfA).GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("appraisal").GetProperty("satisfaction").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task ApplicationsOfAMembersOnlyCatalogue_AreHiddenFromEveryoneElse()
    {
        var s = await app.NewScenarioAsync();
        var id = await app.WithDbAsync(async db => (await ApplicationCatalogue.AddAsync(db, new ApplicationDetails
        {
            BodyId = s.BodyB.Id,
            OrganisationId = s.Organisation.Id,
            Product = $"Private product {s.Suffix}",
            SupplierName = "Kestrel",
        })).Id);

        (await (await app.SignedInClientAsync(s, Persona.Anonymous)).GetAsync($"/applications/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignedInClientAsync(s, Persona.Anonymous)).GetAsync($"/applications/{id}/others")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.ApiClient(s, Persona.MemberOfA).GetAsync($"/api/v1/applications/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignedInClientAsync(s, Persona.Anonymous)).MainAsync("/applications/matrix")).ShouldNotContain($"Private product {s.Suffix}");
        (await (await app.SignedInClientAsync(s, Persona.MemberOfB)).MainAsync("/applications/matrix")).ShouldContain($"Private product {s.Suffix}");
    }

    [Fact]
    public async Task Api_AddsListsAndUpdatesApplications_WithETags_AndNamesTheFieldInError()
    {
        var s = await app.NewScenarioAsync();
        var clerk = app.ApiClient(s, Persona.ClerkOfA);
        var contract = await ContractsTests.ContractAsync(app, s, "Revenues system", $"Revenues {s.Suffix}", new DateOnly(2028, 3, 31));
        var input = new
        {
            bodyId = s.BodyA.Id,
            organisationId = s.Organisation.Id,
            product = $"Ledgerline  Revenues {s.Suffix}",
            supplierName = "Ledgerline Systems Ltd",
            hosting = "OnPremises",
            contractId = (int?)contract,
            users = 140,
            satisfaction = (int?)3,
        };

        var created = await clerk.PostAsJsonAsync("/api/v1/applications", input);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var application = await created.Content.ReadFromJsonAsync<JsonElement>();
        application.GetProperty("product").GetString().ShouldBe($"Ledgerline Revenues {s.Suffix}");
        application.GetProperty("contract").GetProperty("title").GetString().ShouldBe("Revenues system");
        var url = created.Headers.Location!.ToString();

        var bad = await clerk.PostAsJsonAsync("/api/v1/applications", input with { product = $"Other {s.Suffix}", satisfaction = (int?)0 });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("satisfaction")[0].GetString().ShouldBe("Satisfaction is from 1 (poor) to 5 (excellent)");
        (await clerk.PostAsJsonAsync("/api/v1/applications", input with { product = $"Other {s.Suffix}", contractId = (int?)(contract + 100_000) })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var badHosting = await clerk.PostAsync("/api/v1/applications", JsonContent.Create(new { bodyId = s.BodyA.Id, organisationId = s.Organisation.Id, product = "X", supplierName = "Y", hosting = "Mars" }));
        badHosting.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.ApiClient(s, Persona.MemberOfA).PostAsJsonAsync("/api/v1/applications", input)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var list = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/applications?product={Uri.EscapeDataString($"LEDGERLINE REVENUES {s.Suffix}")}&pageSize=1");
        list.GetProperty("total").GetInt32().ShouldBe(1);
        (await clerk.GetAsync("/api/v1/applications?pageSize=101")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var etag = (await clerk.GetAsync(url)).Headers.ETag!.Tag;
        (await clerk.PutAsJsonAsync(url, input with { users = 150 })).StatusCode.ShouldBe((HttpStatusCode)428);
        (await Put(clerk, url, input with { users = 150 }, "\"99\"")).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var updated = await Put(clerk, url, input with { satisfaction = (int?)4 }, etag);
        updated.StatusCode.ShouldBe(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        updated.Headers.ETag!.Tag.ShouldNotBe(etag);
        (await clerk.GetFromJsonAsync<JsonElement>(url)).GetProperty("appraisal").GetProperty("satisfaction").GetInt32().ShouldBe(4);

        var history = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.EntityType == "Application" && e.EntityId == application.GetProperty("id").GetInt32().ToString()).CountAsync());
        history.ShouldBe(2);

        var other = await OrganisationAsync(app, $"Westvale {s.Suffix}");
        await ApplicationAsync(app, s, $"ledgerline revenues {s.Suffix}", other, shared: true);
        var others = await clerk.GetFromJsonAsync<JsonElement>($"{url}/others");
        others.GetArrayLength().ShouldBe(1);
        others[0].GetProperty("organisation").GetString().ShouldBe($"Westvale {s.Suffix}");
        others[0].GetProperty("offeredAsSharedService").GetBoolean().ShouldBeTrue();

        var delete = new HttpRequestMessage(HttpMethod.Delete, url);
        delete.Headers.TryAddWithoutValidation("If-Match", (await clerk.GetAsync(url)).Headers.ETag!.Tag);
        (await clerk.SendAsync(delete)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await clerk.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BadInput_IsAFormError_OrA400_NeverA500()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var fields = Form(s, $"Odd {s.Suffix}");
        fields["Input.Hosting"] = "Mars";
        fields["Input.OrganisationId"] = "999999999";
        fields["Input.RenewalDate.Month"] = "13";
        fields["Input.ContractId"] = "abc";
        fields["Input.Product"] = new string('x', 201);
        var refused = await clerk.PostFormAsync("/applications/new", fields);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = PageText.MainOf(await refused.Content.ReadAsStringAsync());
        page.ShouldContain("There is a problem");
        page.ShouldContain("The product's name must be 200 characters or fewer");
        page.ShouldContain("Choose the organisation that runs the application");

        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);
        (await anonymous.GetAsync("/applications?Hosting=Mars&Organisation=abc&page=-3")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync("/applications/matrix?SharedByTwoOrMore=maybe")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync("/api/v1/applications?hosting=Mars")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await anonymous.GetAsync("/applications/new")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await app.SignedInClientAsync(s, Persona.MemberOfA)).GetAsync("/applications/new")).Headers.Location!.ToString().ShouldContain("/account/denied");
    }

    [Fact]
    public async Task Clerk_EditsAndRemovesAnApplication()
    {
        var s = await app.NewScenarioAsync();
        var id = await ApplicationAsync(app, s, $"Keystone {s.Suffix}", satisfaction: 3);
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var form = await clerk.MainAsync($"/applications/{id}/edit");
        form.ShouldContain($"Keystone {s.Suffix}");

        var fields = Form(s, $"Keystone HR {s.Suffix}");
        var saved = await clerk.PostFormAsync($"/applications/{id}/edit", fields);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, PageText.MainOf(await saved.Content.ReadAsStringAsync()));
        (await clerk.MainAsync($"/applications/{id}")).ShouldContain($"Keystone HR {s.Suffix}");

        var removed = await clerk.PostFormAsync($"/applications/{id}/edit?handler=Delete", new Dictionary<string, string>(), $"/applications/{id}/edit");
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.Applications.AnyAsync(a => a.Id == id))).ShouldBeFalse();
    }

    private static Dictionary<string, string> Form(Scenario s, string product) => new()
    {
        ["Input.OrganisationId"] = s.Organisation.Id.ToString(),
        ["Input.Product"] = product,
        ["Input.SupplierName"] = "Contour Mapping Ltd",
        ["Input.ProductVersion"] = "9.1",
        ["Input.Hosting"] = "OnPremises",
        ["Input.RenewalDate.Day"] = "30",
        ["Input.RenewalDate.Month"] = "6",
        ["Input.RenewalDate.Year"] = "2027",
        ["Input.Users"] = "1,200",
        ["Input.Satisfaction"] = "4",
    };

    private static Task<HttpResponseMessage> Put(HttpClient client, string url, object body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }
}
