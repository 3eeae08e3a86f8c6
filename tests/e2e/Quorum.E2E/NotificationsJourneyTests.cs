using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Quorum.E2E;

[Collection(DemoSiteCollection.Name)]
public sealed class NotificationsJourneyTests(DemoSite site, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Clerk_CirculatesAnAgenda_SeesItInTheOutbox_AndAMemberChoosesTheirMessages()
    {
        site.SkipWithoutBrowser(output);

        var violations = new List<string>();
        var page = await site.SignInAsync("clerk@example.org");
        await page.GotoAsync("/meetings/new?body=NDLC");
        await page.GetByLabel("Title (optional)").FillAsync("Invitation test meeting");
        await page.GetByLabel("Day").FillAsync("9");
        await page.GetByLabel("Month").FillAsync("9");
        await page.GetByLabel("Year").FillAsync("2027");
        await page.GetByLabel("Start time (optional)").FillAsync("10:00");
        await page.SendAndArriveAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Schedule meeting" }).ClickAsync(), new System.Text.RegularExpressions.Regex("/meetings/\\d+$"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Circulate agenda and invitation" }).ClickAsync();
        (await page.ContentAsync()).ShouldContain("are on their way to");
        await PageChecks.CheckAsync(page, "mail-01-circulated", violations);

        await page.GotoAsync("/outbox");
        (await page.ContentAsync()).ShouldContain("Agenda: Invitation test meeting");
        await PageChecks.CheckAsync(page, "mail-02-outbox", violations);

        var member = await site.SignInAsync("member@example.org");
        await member.GotoAsync("/account/notifications");
        await PageChecks.CheckAsync(member, "mail-03-preferences", violations);
        await member.GetByLabel("Weekly digest of your actions").UncheckAsync();
        await member.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        (await member.ContentAsync()).ShouldContain("Your choices are saved");
        (await member.GetByLabel("Weekly digest of your actions").IsCheckedAsync()).ShouldBeFalse();

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }
}
