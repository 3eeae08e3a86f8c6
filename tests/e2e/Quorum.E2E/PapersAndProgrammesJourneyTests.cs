using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Quorum.E2E;

[Collection(DemoSiteCollection.Name)]
public sealed class PapersAndProgrammesJourneyTests(DemoSite site, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Member_DownloadsARestrictedPaper_WhileTheAnonymousReaderSeesOnlyTheExemptionNotice()
    {
        site.SkipWithoutBrowser(output);
        var violations = new List<string>();

        var reader = await site.NewPageAsync();
        await reader.GotoAsync("/bodies/NDLC");
        await reader.GetByRole(AriaRole.Link, new() { Name = "Northshire Digital Leaders Council 01" }).ClickAsync();
        var published = await reader.ContentAsync();
        published.ShouldContain("is exempt from publication under LGA 1972 Sch 12A para 3");
        published.ShouldNotContain("revised terms");
        published.ShouldContain("Shared cloud hosting options appraisal");
        await PageChecks.CheckAsync(reader, "papers-01-public-exemption-notice", violations);

        var member = await site.SignInAsync("member@example.org");
        await member.GotoAsync("/bodies/NDLC");
        await member.GetByRole(AriaRole.Link, new() { Name = "Northshire Digital Leaders Council 01" }).ClickAsync();
        (await member.ContentAsync()).ShouldContain("OFFICIAL-SENSITIVE (was PROTECT - COMMERCIAL)");
        await PageChecks.CheckAsync(member, "papers-02-member-meeting", violations);
        await member.GetByRole(AriaRole.Link, new() { Name = "Supplier's revised terms", Exact = true }).ClickAsync();
        await PageChecks.CheckAsync(member, "papers-03-paper", violations);
        var download = await member.RunAndWaitForDownloadAsync(() => member.GetByRole(AriaRole.Link, new() { Name = "OFFICIAL-SENSITIVE - Supplier's revised terms v1.txt" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("OFFICIAL-SENSITIVE - Supplier's revised terms v1.txt");
        var path = await download.PathAsync();
        (await File.ReadAllTextAsync(path)).ShouldContain("not for publication");

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    [SkippableFact]
    public async Task Clerk_WritesAHighlightReport_SeesTheDashboardChange_AndTakesItToAMeeting()
    {
        site.SkipWithoutBrowser(output);
        var violations = new List<string>();
        var page = await site.SignInAsync("admin@example.org");

        await page.GotoAsync("/programmes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Northshire Partnership" }).ClickAsync();
        await PageChecks.CheckAsync(page, "programme-01-dashboard", violations);
        await page.GetByRole(AriaRole.Link, new() { Name = "Customer access" }).ClickAsync();
        await PageChecks.CheckAsync(page, "programme-02-workstream", violations);
        await page.GetByRole(AriaRole.Link, new() { Name = "Write a highlight report" }).ClickAsync();
        await page.GetByLabel("Time", new() { Exact = true }).SelectOptionAsync("Red");
        await page.GetByLabel("Status updates").FillAsync("Contact centre lost two advisers\nRecruitment under way");
        await PageChecks.CheckAsync(page, "programme-03-write-report", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save report" }).ClickAsync();
        (await page.ContentAsync()).ShouldContain("Contact centre lost two advisers");

        await page.GotoAsync("/programmes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Northshire Partnership" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Customer access" }).First;
        (await row.InnerTextAsync()).ShouldContain("Red");

        await row.GetByRole(AriaRole.Link).Last.ClickAsync();
        await page.GetByLabel("Agenda item").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Take to this item" }).ClickAsync();
        (await page.ContentAsync()).ShouldContain("It can no longer change");
        await PageChecks.CheckAsync(page, "programme-04-report-taken", violations);
        await page.GetByRole(AriaRole.Link, new() { Name = "meeting of" }).ClickAsync();
        (await page.ContentAsync()).ShouldContain("Highlight report: Customer access");
        await PageChecks.CheckAsync(page, "programme-05-meeting-paper", violations);

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }
}
