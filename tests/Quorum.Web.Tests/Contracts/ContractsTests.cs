using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Quorum.Contracts;
using Quorum.Web.Tests.Registers;

namespace Quorum.Web.Tests.Contracts;

public sealed class ContractsTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    /// <summary>Body A's register: a contract of <paramref name="category"/> for the scenario's organisation.</summary>
    internal static Task<int> ContractAsync(QuorumApp app, Scenario s, string title, string category, DateOnly end, decimal? value = 120_000m,
        bool restricted = false, int extensionMonths = 0, string? reference = null) =>
        app.WithDbAsync(async db => (await ContractRegister.AddAsync(db, new ContractDetails
        {
            BodyId = s.BodyA.Id,
            OrganisationId = s.Organisation.Id,
            Reference = reference,
            Title = title,
            Category = category,
            SupplierName = $"Supplier {s.Suffix}",
            StartDate = end.AddYears(-3).AddDays(1),
            EndDate = end,
            ExtensionMonths = extensionMonths,
            NoticeMonths = 6,
            WholeLifeValue = value,
            AnnualValue = value / 3,
            CommercialDetailsRestricted = restricted,
        })).Id);

    [Fact]
    public async Task Clerk_AddsAContract_AndSeesItHighlightedOnTheAlignmentView()
    {
        var s = await app.NewScenarioAsync();
        var category = $"Hosting {s.Suffix}";
        await ContractAsync(app, s, "Old hosting", category, new DateOnly(2026, 1, 31));
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var refused = await clerk.PostFormAsync("/contracts/new", Form(s, category, "31", "3", "2024"));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        PageText.MainOf(await refused.Content.ReadAsStringAsync()).ShouldContain("The end date must be on or after the start date");

        var saved = await clerk.PostFormAsync("/contracts/new", Form(s, category, "31", "3", "2027"));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var page = await clerk.MainAsync(saved.Headers.Location!.ToString());
        page.ShouldContain($"Shared hosting {s.Suffix}");
        page.ShouldContain("give notice by 30 September 2026");
        page.ShouldContain("£240,000");

        var alignment = await clerk.MainAsync($"/contracts/alignment?Category={Uri.EscapeDataString(category)}&From.Day=1&From.Month=1&From.Year=2027&To.Day=31&To.Month=12&To.Year=2027");
        alignment.ShouldContain("role=\"img\" aria-labelledby=\"timeline-title\"");
        alignment.ShouldContain("quorum-chart__in-window");
        alignment.ShouldContain("1 end in the window");
        alignment.ShouldContain($"Shared hosting {s.Suffix}");
        alignment.ShouldContain("Ends in the window");

        var list = await clerk.MainAsync($"/contracts?Category={Uri.EscapeDataString(category)}&IncludeEnded=true");
        list.ShouldContain($"Shared hosting {s.Suffix}");
        list.ShouldContain("Old hosting");
        (await clerk.MainAsync($"/contracts?Category={Uri.EscapeDataString(category)}")).ShouldNotContain("Old hosting");
    }

    [Fact]
    public async Task RestrictedSums_ReachOnlyTheRegistersMembers_EveryoneElseSeesTheBand()
    {
        var s = await app.NewScenarioAsync();
        var id = await ContractAsync(app, s, $"Negotiated {s.Suffix}", "Telephony", new DateOnly(2027, 6, 30), 654_321m, restricted: true);

        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);
        var outsider = await anonymous.MainAsync($"/contracts/{id}");
        outsider.ShouldContain("£500,000 to £999,999");
        outsider.ShouldNotContain("654,321");
        var json = await app.ApiClient(s, Persona.Anonymous).GetFromJsonAsync<JsonElement>($"/api/v1/contracts/{id}");
        json.GetProperty("values").ValueKind.ShouldBe(JsonValueKind.Null);
        json.GetProperty("valueBand").GetString().ShouldBe("From500ThousandTo1Million");
        (await anonymous.GetStringAsync($"/api/v1/contracts/export.csv?organisation={s.Organisation.Id}")).ShouldNotContain("654321");
        (await app.ApiClient(s, Persona.MemberOfB).GetStringAsync($"/api/v1/contracts/{id}")).ShouldNotContain("654321");

        var member = await app.SignedInClientAsync(s, Persona.MemberOfA);
        (await member.MainAsync($"/contracts/{id}")).ShouldContain("£654,321");
        (await app.ApiClient(s, Persona.MemberOfA).GetFromJsonAsync<JsonElement>($"/api/v1/contracts/{id}")).GetProperty("values").GetProperty("wholeLife").GetDecimal().ShouldBe(654_321m);
        (await member.GetStringAsync($"/api/v1/contracts/export.csv?organisation={s.Organisation.Id}")).ShouldContain("654321");
    }

    [Fact]
    public async Task Api_AddsListsAndUpdatesContracts_WithETags_AndNamesTheFieldInError()
    {
        var s = await app.NewScenarioAsync();
        var clerk = app.ApiClient(s, Persona.ClerkOfA);
        var input = new
        {
            bodyId = s.BodyA.Id,
            organisationId = s.Organisation.Id,
            title = "Network",
            category = $"Network {s.Suffix}",
            supplierName = "Shire Networks Ltd",
            supplierCompanyNumber = "sc 123456",
            startDate = "2025-04-01",
            endDate = "2030-03-31",
            procurementRoute = "PublishedInvitationToTender",
            wholeLifeValue = 600_000,
        };

        var created = await clerk.PostAsJsonAsync("/api/v1/contracts", input);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var contract = await created.Content.ReadFromJsonAsync<JsonElement>();
        contract.GetProperty("supplierCompanyNumber").GetString().ShouldBe("SC123456");
        contract.GetProperty("valueBand").GetString().ShouldBe("From500ThousandTo1Million");
        var url = created.Headers.Location!.ToString();

        var bad = await clerk.PostAsJsonAsync("/api/v1/contracts", input with { endDate = "2020-01-01" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("endDate")[0].GetString().ShouldBe("The end date must be on or after the start date");
        (await app.ApiClient(s, Persona.MemberOfA).PostAsJsonAsync("/api/v1/contracts", input)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var list = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/contracts?category={Uri.EscapeDataString(input.category)}&pageSize=1");
        list.GetProperty("total").GetInt32().ShouldBe(1);
        list.GetProperty("items")[0].GetProperty("title").GetString().ShouldBe("Network");
        (await clerk.GetAsync("/api/v1/contracts?pageSize=101")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var etag = (await clerk.GetAsync(url)).Headers.ETag!.Tag;
        (await clerk.PutAsJsonAsync(url, input with { title = "Network services" })).StatusCode.ShouldBe((HttpStatusCode)428);
        (await Put(clerk, url, input with { title = "Network services" }, "\"99\"")).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var updated = await Put(clerk, url, input with { title = "Network services", wholeLifeValue = 700_000 }, etag);
        updated.StatusCode.ShouldBe(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        updated.Headers.ETag!.Tag.ShouldNotBe(etag);
        (await clerk.GetFromJsonAsync<JsonElement>(url)).GetProperty("values").GetProperty("wholeLife").GetDecimal().ShouldBe(700_000m);

        var history = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.EntityType == "Contract" && e.EntityId == contract.GetProperty("id").GetInt32().ToString()).CountAsync());
        history.ShouldBe(2);
    }

    [Fact]
    public async Task ExportedRegister_ImportedIntoAnotherRegister_ReadsBackTheSame()
    {
        var s = await app.NewScenarioAsync();
        await ContractAsync(app, s, "Hosting, with a comma", $"Hosting {s.Suffix}", new DateOnly(2027, 3, 31), 250_000.5m, restricted: true, extensionMonths: 24, reference: "H-1");
        await ContractAsync(app, s, "Telephony \"cloud\"", $"Telephony {s.Suffix}", new DateOnly(2026, 9, 30), null, reference: "T-1");
        await ContractAsync(app, s, "=Printing", $"Printing {s.Suffix}", new DateOnly(2028, 1, 31), 4_000m);
        var exported = await (await app.SignedInClientAsync(s, Persona.ClerkOfA)).GetByteArrayAsync($"/api/v1/contracts/export.csv?body={s.BodyA.ShortName}");

        var other = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(other, Persona.ClerkOfA);
        var upload = await clerk.PostFileAsync("/contracts/import", exported, "contracts.csv", "text/csv");
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect, await upload.Content.ReadAsStringAsync());
        var review = await clerk.MainAsync(upload.Headers.Location!.ToString());
        review.ShouldContain("Every row can be saved.");
        review.ShouldContain("Hosting, with a comma");
        var saved = await clerk.PostFormAsync($"{upload.Headers.Location}&handler=Save", new Dictionary<string, string>(), upload.Headers.Location!.ToString());
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var again = await (await app.SignedInClientAsync(other, Persona.ClerkOfA)).GetByteArrayAsync($"/api/v1/contracts/export.csv?body={other.BodyA.ShortName}");
        Encoding.UTF8.GetString(again).ShouldBe(Encoding.UTF8.GetString(exported));
        (await app.WithDbAsync(db => db.Contracts.CountAsync(c => c.BodyId == other.BodyA.Id && c.CommercialDetailsRestricted))).ShouldBe(1);

        var twice = await clerk.PostFileAsync("/contracts/import", exported, "contracts.csv", "text/csv");
        PageText.MainOf(await twice.Content.ReadAsStringAsync()).ShouldContain("has already been imported");
    }

    [Fact]
    public async Task Import_ListsEachRowsProblems_AndSavesOnlyTheRowsThatMeetTheRules()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var csv = $"Organisation,Reference number,Title of agreement,Supplier name,Category,Start date,End date,Sum to be paid over the length of the contract\r\n"
            + $"{s.Organisation.Name},R-1,Good {s.Suffix},Kestrel,Hosting,01/04/2025,31/03/2028,\"£12,000\"\r\n"
            + $"Nowhere Council,R-2,Unknown organisation {s.Suffix},Kestrel,Hosting,01/04/2025,31/03/2028,1000\r\n"
            + $"{s.Organisation.Name},R-3,Backwards {s.Suffix},Kestrel,Hosting,01/04/2025,31/03/2024,lots\r\n";

        var upload = await clerk.PostFileAsync("/contracts/import", Encoding.UTF8.GetBytes(csv), "mine.csv", "text/csv");
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect, await upload.Content.ReadAsStringAsync());
        var review = await clerk.MainAsync(upload.Headers.Location!.ToString());
        review.ShouldContain("1 can be saved; 2 have problems and will be left out.");
        review.ShouldContain("No organisation is called “Nowhere Council”");
        review.ShouldContain("is not an amount of money");
        review.ShouldContain("The end date must be on or after the start date");

        (await clerk.PostFormAsync($"{upload.Headers.Location}&handler=Save", new Dictionary<string, string>(), upload.Headers.Location!.ToString())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var titles = await app.WithDbAsync(db => db.Contracts.Where(c => c.BodyId == s.BodyA.Id).Select(c => c.Title).ToListAsync());
        titles.ShouldBe([$"Good {s.Suffix}"]);

        var notATable = await clerk.PostFileAsync("/contracts/import", Encoding.UTF8.GetBytes("Title,Supplier\r\nx,y\r\n"), "short.csv", "text/csv");
        PageText.MainOf(await notATable.Content.ReadAsStringAsync()).ShouldContain("The table has no column for: Organisation, Start date, End date");
        (await (await app.SignedInClientAsync(s, Persona.MemberOfA)).GetAsync("/contracts/import")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static Dictionary<string, string> Form(Scenario s, string category, string endDay, string endMonth, string endYear) => new()
    {
        ["Input.OrganisationId"] = s.Organisation.Id.ToString(),
        ["Input.Title"] = $"Shared hosting {s.Suffix}",
        ["Input.Category"] = category,
        ["Input.SupplierName"] = "Northby Data Centres Ltd",
        ["Input.StartDate.Day"] = "1",
        ["Input.StartDate.Month"] = "4",
        ["Input.StartDate.Year"] = "2025",
        ["Input.EndDate.Day"] = endDay,
        ["Input.EndDate.Month"] = endMonth,
        ["Input.EndDate.Year"] = endYear,
        ["Input.NoticeMonths"] = "6",
        ["Input.WholeLifeValue"] = "£240,000",
        ["Input.ProcurementRoute"] = "PublishedInvitationToTender",
    };

    private static Task<HttpResponseMessage> Put(HttpClient client, string url, object body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }
}
