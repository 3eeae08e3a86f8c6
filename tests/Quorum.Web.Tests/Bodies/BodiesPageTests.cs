using System.Net;

namespace Quorum.Web.Tests.Bodies;

public sealed class BodiesPageTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task MembersOnlyBody_IsHiddenFromAnonymousVisitor()
    {
        var s = await app.NewScenarioAsync();
        var client = await app.SignedInClientAsync(s, Persona.Anonymous);

        var list = await client.GetStringAsync($"/bodies?Q={s.Suffix}");
        list.ShouldContain(s.BodyA.Name);
        list.ShouldNotContain(s.BodyB.Name);
        (await client.GetAsync($"/bodies/{s.BodyB.ShortName}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheBodiesList_IsPagedByName_AndFoundByWordsOfTheName()
    {
        var s = await app.NewScenarioAsync();
        await app.WithDbAsync(async db =>
        {
            db.Bodies.AddRange(Enumerable.Range(0, 105).Select(i => new Quorum.Bodies.Body { Name = $"Listed Board {s.Suffix} {i:000}", ShortName = $"LB{s.Suffix}{i:000}", ActionPrefix = "LB", IsPublic = true }));
            await db.SaveChangesAsync();
        });
        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);

        var first = await anonymous.GetStringAsync($"/bodies?Q=listed board {s.Suffix}");
        first.ShouldContain("105 bodies");
        first.ShouldContain($"Listed Board {s.Suffix} 099");
        first.ShouldNotContain($"Listed Board {s.Suffix} 100");
        first.ShouldContain($"/bodies?Q=listed%20board%20{s.Suffix}&amp;pageNumber=2");
        first.ShouldNotContain("rel=\"prev\"");
        var second = await anonymous.GetStringAsync($"/bodies?Q=listed board {s.Suffix}&pageNumber=2");
        second.ShouldContain($"Listed Board {s.Suffix} 104");
        second.ShouldNotContain($"Listed Board {s.Suffix} 099");
        second.ShouldContain("rel=\"prev\"");
        second.ShouldNotContain("rel=\"next\"");
        (await anonymous.GetStringAsync($"/bodies?Q=LB{s.Suffix}103")).ShouldContain("1 body");
        (await anonymous.GetAsync($"/bodies?pageNumber=2147483647")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task MemberOfB_SeesB_ButNotAsEditor()
    {
        var s = await app.NewScenarioAsync();
        var client = await app.SignedInClientAsync(s, Persona.MemberOfB);

        var page = await client.GetStringAsync($"/bodies/{s.BodyB.ShortName}");
        page.ShouldContain(s.MemberB.FullName);
        page.ShouldNotContain("Edit body");
        (await client.GetAsync($"/bodies/{s.BodyB.ShortName}/edit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ClerkRenamesBody_FormerNameIsKept()
    {
        var s = await app.NewScenarioAsync();
        var client = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var url = $"/bodies/{s.BodyA.ShortName}/edit";

        var response = await client.PostFormAsync(url, EditFields(s, $"Renamed Council {s.Suffix}", ("Input.RenamedOn.Day", "7"), ("Input.RenamedOn.Month", "1"), ("Input.RenamedOn.Year", "2010")));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var page = await client.GetStringAsync($"/bodies/{s.BodyA.ShortName}");
        page.ShouldContain($"Renamed Council {s.Suffix}");
        page.ShouldContain("Formerly");
        page.ShouldContain($"{s.BodyA.Name} (until 7 January 2010)");
    }

    [Fact]
    public async Task RenameDate_ThirtyFirstOfFebruary_GetsClearMessage_AndSavesNothing()
    {
        var s = await app.NewScenarioAsync();
        var client = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var url = $"/bodies/{s.BodyA.ShortName}/edit";

        var response = await client.PostFormAsync(url, EditFields(s, "Never Saved", ("Input.RenamedOn.Day", "31"), ("Input.RenamedOn.Month", "2"), ("Input.RenamedOn.Year", "2010")));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("There is a problem");
        html.ShouldContain("February 2010 has 28 days");
        (await client.GetStringAsync($"/bodies/{s.BodyA.ShortName}")).ShouldNotContain("Never Saved");
    }

    [Fact]
    public async Task StaleEdit_IsRefused_AndTheOtherEditSurvives()
    {
        var s = await app.NewScenarioAsync();
        var client = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var url = $"/bodies/{s.BodyA.ShortName}/edit";
        var fields = EditFields(s, s.BodyA.Name);
        fields["Input.Quorum"] = "4";
        (await client.PostFormAsync(url, fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stale = EditFields(s, s.BodyA.Name);
        stale["Version"] = "1";
        stale["Input.Quorum"] = "9";
        var response = await client.PostFormAsync(url, stale);

        (await response.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this body");
        (await client.GetStringAsync($"/bodies/{s.BodyA.ShortName}")).ShouldContain("4 members");
    }

    [Fact]
    public async Task HostileTermsOfReference_RenderInert()
    {
        var s = await app.NewScenarioAsync();
        var client = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var fields = EditFields(s, s.BodyA.Name);
        fields["Input.TermsOfReference"] = "<script>alert('x')</script> [click](javascript:alert(1))";
        (await client.PostFormAsync($"/bodies/{s.BodyA.ShortName}/edit", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await client.GetStringAsync($"/bodies/{s.BodyA.ShortName}");
        page.ShouldNotContain("<script>alert");
        page.ShouldNotContain("javascript:alert");
        page.ShouldContain("&lt;script&gt;");
    }

    private static Dictionary<string, string> EditFields(Scenario s, string name, params (string Key, string Value)[] extra)
    {
        var fields = new Dictionary<string, string>
        {
            ["Version"] = "1",
            ["Input.Name"] = name,
            ["Input.ShortName"] = s.BodyA.ShortName,
            ["Input.ActionPrefix"] = "TA",
            ["Input.Kind"] = "Committee",
            ["Input.TimeZone"] = "Europe/London",
            ["Input.IsPublic"] = "true",
        };
        foreach (var (key, value) in extra)
            fields[key] = value;
        return fields;
    }
}
