using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Quorum.E2E;

/// <summary>
/// A clerk records a quarter's KPI figure for one organisation, first mistyping the quarter, and sees
/// the measure's chart and table and the ranking change. Every page visited passes axe.
/// </summary>
[Collection(DemoSiteCollection.Name)]
public sealed class KpiJourneyTests(DemoSite site, ITestOutputHelper output)
{
    private const string Measure = "Customer contacts resolved online";
    private const string Organisation = "Northshire Fire and Rescue Service";

    [SkippableFact]
    public async Task Clerk_RecordsAKpiFigure_AndTheChartAndRankingChange()
    {
        site.SkipWithoutBrowser(output);

        var violations = new List<string>();
        var page = await site.SignInAsync("clerk@example.org");

        await page.GotoAsync("/registers");
        await page.GetByRole(AriaRole.Link, new() { Name = "Strategic KPIs" }).ClickAsync();
        await PageChecks.CheckAsync(page, "kpis-01-register", violations);
        await page.GetByRole(AriaRole.Link, new() { Name = Measure, Exact = true }).ClickAsync();
        var measure = page.Url;
        (await page.Locator("svg[role=img]").CountAsync()).ShouldBe(1);
        await PageChecks.CheckAsync(page, "kpis-02-measure", violations);

        await page.GetByRole(AriaRole.Link, new() { Name = "Rank the organisations" }).ClickAsync();
        var before = await FirstRankedAsync(page);
        before.ShouldNotBe(Organisation);
        await PageChecks.CheckAsync(page, "kpis-03-ranking", violations);

        await page.GotoAsync(measure);
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a figure" }).ClickAsync();
        var quarter = await page.GetByLabel("Quarter").InputValueAsync();
        await page.GetByLabel("Organisation").SelectOptionAsync(new SelectOptionValue { Label = Organisation });
        await page.GetByLabel("Quarter").FillAsync("2025-Q9");
        await page.GetByLabel("Figure").FillAsync("99.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record figure" }).ClickAsync();
        (await page.Locator(".govuk-error-summary").InnerTextAsync()).ShouldContain("Enter the quarter like 2025-Q3");
        await PageChecks.CheckAsync(page, "kpis-04-record-error", violations);

        await page.GetByLabel("Quarter").FillAsync(quarter);
        await page.SendAndArriveAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Record figure" }).ClickAsync(), measure);
        var main = await page.Locator("main").InnerTextAsync();
        main.ShouldContain($"The figure for {Organisation}, {quarter}, is now 99.5%");
        (await page.Locator("table").InnerTextAsync()).ShouldContain("99.5%");
        (await page.Locator("svg[role=img] desc").TextContentAsync()).ShouldNotBeNull();
        await PageChecks.CheckAsync(page, "kpis-05-measure-after", violations);

        await page.GetByRole(AriaRole.Link, new() { Name = "Rank the organisations" }).ClickAsync();
        (await FirstRankedAsync(page)).ShouldBe(Organisation);
        (await page.Locator("svg[role=img]").InnerHTMLAsync()).ShouldContain("99.5%");
        await PageChecks.CheckAsync(page, "kpis-06-ranking-after", violations);

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    private static async Task<string> FirstRankedAsync(IPage page) =>
        (await page.Locator("table tbody tr").First.Locator("th").InnerTextAsync()).Trim();
}
