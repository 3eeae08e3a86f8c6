using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Contracts;
using Quorum.Demo;

namespace Quorum.Web.Tests.Registers;

/// <summary>The demo's registers, loaded into a database of their own: enough records for every view to show something.</summary>
public sealed class DemoRegistersTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private async Task LoadAsync() => await app.WithDbAsync(db => DemoData.LoadAsync(db, Today));

    [Fact]
    public async Task Demo_HasThirtyContractsOverFourOrganisations_WhoseEndDatesOverlap_AndEveryRegisterPageShowsThem()
    {
        await LoadAsync();

        var contracts = await app.WithDbAsync(db => db.Contracts.Include(c => c.Organisation).ToListAsync());
        contracts.Count.ShouldBeGreaterThanOrEqualTo(30);
        contracts.Select(c => c.OrganisationId).Distinct().Count().ShouldBe(4);
        // In each category, at least two organisations' contracts end within a year of each other.
        foreach (var category in contracts.GroupBy(c => c.Category))
        {
            var ends = category.Select(c => c.EndDate).Order().ToList();
            ends.Zip(ends.Skip(1)).ShouldContain(pair => pair.Second.DayNumber - pair.First.DayNumber <= 365, category.Key);
        }

        contracts.ShouldContain(c => c.CommercialDetailsRestricted);
        var window = new AlignmentWindow(Today, Today.AddYears(2));
        contracts.Count(c => window.Fit(c) == WindowFit.EndsInWindow).ShouldBeGreaterThan(10);

        var anonymous = app.CreateClient();
        foreach (var url in new[] { "/registers", "/contracts", "/contracts/alignment", "/contracts/alignment?Category=Telephony", $"/contracts/{contracts[0].Id}", "/api/v1/contracts", "/api/v1/contracts/export.csv" })
            (await anonymous.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
    }
}
