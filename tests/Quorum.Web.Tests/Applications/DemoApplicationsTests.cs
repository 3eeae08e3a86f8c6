using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Demo;

namespace Quorum.Web.Tests.Applications;

/// <summary>The demo's catalogue, loaded into a database of its own: products the partners share, offered services, links to contracts.</summary>
public sealed class DemoApplicationsTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public async Task Demo_HasTwentyApplicationsOverFourOrganisations_SharedByPartners_AndProjectsInTheProgrammesWorkstreams()
    {
        await app.WithDbAsync(db => DemoData.LoadAsync(db, Today));

        var applications = await app.WithDbAsync(db => db.Applications.Include(a => a.Contract).ToListAsync());
        applications.Count.ShouldBeGreaterThanOrEqualTo(20);
        applications.Select(a => a.OrganisationId).Distinct().Count().ShouldBe(4);
        applications.GroupBy(a => a.ProductKey).Count(g => g.Count() >= 3).ShouldBeGreaterThanOrEqualTo(3);
        applications.ShouldContain(a => a.OfferedAsSharedService);
        applications.ShouldContain(a => a.AppraisalRestricted);
        // A linked contract is the organisation's own.
        applications.Where(a => a.Contract is not null).ShouldAllBe(a => a.Contract!.OrganisationId == a.OrganisationId);
        applications.Count(a => a.Contract is not null).ShouldBeGreaterThanOrEqualTo(10);
        // One product is spelt two ways, and is still one product.
        applications.Where(a => a.ProductKey == "ledgerline revenues").Select(a => a.Product).Distinct().Count().ShouldBe(2);

        var anonymous = app.CreateClient();
        foreach (var url in new[] { "/registers", "/applications", "/applications/matrix", "/applications/matrix?SharedByTwoOrMore=true", $"/applications/{applications[0].Id}",
            $"/applications/{applications[0].Id}/others", "/api/v1/applications", $"/api/v1/applications/{applications[0].Id}/others" })
        {
            (await anonymous.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }

        var projects = await app.WithDbAsync(db => db.Projects.ToListAsync());
        projects.Count.ShouldBeGreaterThanOrEqualTo(5);
        projects.Select(p => p.Stage).Distinct().Count().ShouldBe(4);
        var linked = projects.Where(p => p.WorkstreamId is not null).ToList();
        linked.Count.ShouldBeGreaterThanOrEqualTo(3);
        foreach (var url in new[] { "/projects", $"/projects/{projects[0].Id}", "/api/v1/projects" })
            (await anonymous.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
    }
}
