using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Quorum.E2E;

[Collection(DemoSiteCollection.Name)]
public sealed class ReaderJourneyTests(DemoSite site, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task AnonymousReader_SeesPublishedMinutes_NotDraftsOrMembersOnlyBodies_OnAccessiblePages()
    {
        site.SkipWithoutBrowser(output);

        var violations = new List<string>();
        var page = await site.NewPageAsync();

        await page.GotoAsync("/");
        await PageChecks.CheckAsync(page, "reader-01-home", violations);
        await page.GetByRole(AriaRole.Link, new() { Name = "All bodies" }).ClickAsync();
        await PageChecks.CheckAsync(page, "reader-02-bodies", violations);
        var bodies = await page.ContentAsync();
        bodies.ShouldContain("Northshire Digital Leaders Council");
        bodies.ShouldNotContain("Northshire Partnership Programme Board");

        await page.GetByRole(AriaRole.Link, new() { Name = "Northshire Digital Leaders Council" }).ClickAsync();
        await PageChecks.CheckAsync(page, "reader-03-body", violations);
        (await page.ContentAsync()).ShouldContain("Northshire CIO Forum");

        await page.GetByRole(AriaRole.Link, new() { Name = "Northshire Digital Leaders Council 01" }).ClickAsync();
        await PageChecks.CheckAsync(page, "reader-04-published-minutes", violations);
        var minutes = await page.ContentAsync();
        minutes.ShouldContain("Minutes published");
        minutes.ShouldContain("Members discussed:");

        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Northshire Digital Leaders Council 06" }).ClickAsync();
        var draft = await page.ContentAsync();
        draft.ShouldContain("Minutes draft");
        draft.ShouldNotContain("Members discussed:");
        await PageChecks.CheckAsync(page, "reader-05-draft-hidden", violations);

        foreach (var (url, name) in new[] { ("/meetings", "reader-06-meetings"), ("/actions", "reader-07-actions"), ("/decisions", "reader-08-decisions"), ("/bodies/NDLC/attendance", "reader-09-attendance"), ("/accessibility", "reader-10-accessibility") })
        {
            await page.GotoAsync(url);
            await PageChecks.CheckAsync(page, name, violations);
        }

        // The search box in the header of every page finds published minutes, and only those.
        await page.GotoAsync("/decisions");
        await page.GetByLabel("Search Quorum").FillAsync("discussed");
        await page.SendAndArriveAsync(() => page.GetByLabel("Search Quorum").PressAsync("Enter"), "**/search?Q=discussed");
        await PageChecks.CheckAsync(page, "reader-11-search", violations);
        var results = await page.ContentAsync();
        results.ShouldContain("<mark>discussed</mark>");
        results.ShouldNotContain("Northshire Partnership Programme Board");

        (await page.GotoAsync("/bodies/NPPB"))!.Status.ShouldBe(404);
        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }
}
