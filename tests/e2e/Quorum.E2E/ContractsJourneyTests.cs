using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Quorum.E2E;

/// <summary>A clerk adds a contract to the register and finds it on the alignment view's time line; every page passes axe.</summary>
[Collection(DemoSiteCollection.Name)]
public sealed class ContractsJourneyTests(DemoSite site, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Clerk_AddsAContract_AndSeesItOnTheAlignmentView()
    {
        site.SkipWithoutBrowser(output);

        var violations = new List<string>();
        var page = await site.SignInAsync("clerk@example.org");

        await page.GotoAsync("/contracts/new");
        await page.Locator("#Input_BodyId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#Input_OrganisationId").SelectOptionAsync(new SelectOptionValue { Label = "Eastbrook District Council" });
        await page.Locator("#Input_Title").FillAsync("Managed firewall service");
        await page.Locator("#Input_Category").FillAsync("Cyber security monitoring");
        await page.Locator("#Input_SupplierName").FillAsync("Bastion Networks Ltd");
        var start = page.Locator("#Input_StartDate");
        await start.FillAsync("1");
        await page.Locator("#Input_StartDate_Month").FillAsync("4");
        await page.Locator("#Input_StartDate_Year").FillAsync("2025");
        await page.Locator("#Input_EndDate").FillAsync("31");
        await page.Locator("#Input_EndDate_Month").FillAsync("3");
        await page.Locator("#Input_EndDate_Year").FillAsync("2028");
        await PageChecks.CheckAsync(page, "contracts-01-new", violations);
        await page.SendAndArriveAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save contract" }).ClickAsync(), new System.Text.RegularExpressions.Regex("/contracts/\\d+$"));
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Bastion Networks Ltd");

        await page.GotoAsync("/contracts/alignment?Category=Cyber%20security%20monitoring&From.Day=1&From.Month=1&From.Year=2028&To.Day=30&To.Month=6&To.Year=2028");
        var timeline = await page.Locator("main").InnerTextAsync();
        timeline.ShouldContain("Managed firewall service");
        timeline.ShouldContain("Cyber security monitoring:");
        timeline.ShouldContain("Ends in the window");
        await PageChecks.CheckAsync(page, "contracts-02-alignment", violations);

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }
}
