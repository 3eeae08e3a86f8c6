using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Demo;
using Quorum.Kpis;
using Quorum.Web.Tests.Registers;

namespace Quorum.Web.Tests.Kpis;

/// <summary>The demo's KPIs, loaded into a database of their own.</summary>
public sealed class DemoKpisTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public async Task Demo_HasSixMeasuresOverEightQuarters_ForFourOrganisations_AndTheirPagesShowThem()
    {
        await app.WithDbAsync(db => DemoData.LoadAsync(db, Today));

        var kpis = await app.WithDbAsync(db => db.Kpis.Include(k => k.Values).ToListAsync());
        kpis.Count.ShouldBe(6);
        foreach (var kpi in kpis)
        {
            kpi.Values.Select(v => v.Period).Distinct().Order().ToList().ShouldBe(["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"], customMessage: kpi.Name);
            kpi.Values.Select(v => v.OrganisationId).Distinct().Count().ShouldBe(4, kpi.Name);
            // Every measure has someone on each side of its target in the latest quarter, or close to it.
            KpiBenchmark.Of(kpi).Standings.Select(s => s.Rag).Distinct().Count().ShouldBeGreaterThan(1, kpi.Name);
        }

        kpis.Count(k => k.Restricted).ShouldBe(1);
        var anonymous = app.CreateClient();
        var list = await anonymous.MainAsync("/kpis");
        list.ShouldContain("Customer contacts resolved online");
        list.ShouldNotContain("Phishing");
        foreach (var kpi in kpis.Where(k => !k.Restricted))
        {
            (await anonymous.GetAsync($"/kpis/{kpi.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK, kpi.Name);
            (await anonymous.GetAsync($"/kpis/{kpi.Id}/benchmark")).StatusCode.ShouldBe(HttpStatusCode.OK, kpi.Name);
        }

        (await anonymous.GetAsync("/kpis/report")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync("/api/v1/kpis")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
