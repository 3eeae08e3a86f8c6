using System.Text.RegularExpressions;
using Quorum.People;

namespace Quorum.Web.Tests.Organisations;

/// <summary>On its own host, so that the organisations listed are only this test's.</summary>
public sealed partial class OrganisationsPageTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task TheOrganisationsList_IsPagedByName_AHundredAPage()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await app.WithDbAsync(async db =>
        {
            db.Organisations.AddRange(Enumerable.Range(0, 205).Reverse().Select(i => new Organisation { Name = $"Listed organisation {suffix} {i:000}" }));
            await db.SaveChangesAsync();
        });
        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var first = await anonymous.GetStringAsync("/organisations");
        first.ShouldContain("205 organisations");
        Row().Count(first).ShouldBe(100);
        first.ShouldContain($"Listed organisation {suffix} 000");
        first.ShouldContain($"Listed organisation {suffix} 099");
        first.ShouldNotContain($"Listed organisation {suffix} 100");
        first.ShouldContain("aria-label=\"Pages of organisations\"");
        first.ShouldContain("href=\"/organisations?pageNumber=2\" rel=\"next\"");
        first.ShouldNotContain("rel=\"prev\"");

        var second = await anonymous.GetStringAsync("/organisations?pageNumber=2");
        Row().Count(second).ShouldBe(100);
        second.ShouldContain($"Listed organisation {suffix} 100");
        second.ShouldNotContain($"Listed organisation {suffix} 099");
        second.ShouldContain("href=\"/organisations?pageNumber=1\" rel=\"prev\"");
        second.ShouldContain("href=\"/organisations?pageNumber=3\" rel=\"next\"");

        var last = await anonymous.GetStringAsync("/organisations?pageNumber=3");
        Row().Count(last).ShouldBe(5);
        last.ShouldContain($"Listed organisation {suffix} 204");
        last.ShouldContain("href=\"/organisations?pageNumber=2\" rel=\"prev\"");
        last.ShouldNotContain("rel=\"next\"");
        (await anonymous.GetAsync("/organisations?pageNumber=2147483647")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    [GeneratedRegex("<tr class=\"govuk-table__row\"><td")]
    private static partial Regex Row();
}
