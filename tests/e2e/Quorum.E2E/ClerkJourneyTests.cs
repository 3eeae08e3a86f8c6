using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Quorum.E2E;

[Collection(DemoSiteCollection.Name)]
public sealed class ClerkJourneyTests(DemoSite site, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Clerk_SchedulesBuildsAgendaRecordsAttendanceMinutesAndActions_ApprovesAtNextMeeting_AndPublishes()
    {
        site.SkipWithoutBrowser(output);

        var violations = new List<string>();
        var page = await site.NewPageAsync();

        await page.GotoAsync("/account/sign-in");
        await PageChecks.CheckAsync(page, "clerk-01-sign-in", violations);
        await page.GetByLabel("Email address").FillAsync("clerk@example.org");
        await page.GetByLabel("Password").FillAsync("quorum-demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GotoAsync("/bodies/NDLC");
        await PageChecks.CheckAsync(page, "clerk-02-body", violations);
        await page.GetByRole(AriaRole.Link, new() { Name = "Schedule a meeting" }).First.ClickAsync();
        await PageChecks.CheckAsync(page, "clerk-03-schedule", violations);
        var first = await ScheduleAsync(page, "14", "1", "2027", "Browser test meeting");
        await PageChecks.CheckAsync(page, "clerk-04-meeting", violations);

        await page.GotoAsync($"/meetings/{first}/agenda");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Shared cloud hosting");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add item" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Cloud contract");
        await page.GetByLabel("Place it").SelectOptionAsync(new SelectOptionValue { Label = "5. Shared cloud hosting" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add item" }).ClickAsync();
        await PageChecks.CheckAsync(page, "clerk-05-agenda", violations);
        (await page.ContentAsync()).ShouldContain("5.1");

        await page.GotoAsync($"/meetings/{first}/attendance");
        await page.GetByLabel("Attendance of Joanna Creswell").SelectOptionAsync("Present");
        await page.GetByLabel("Attendance of Susan Hale").SelectOptionAsync("Present");
        await page.GetByLabel("Attendance of Graham Pike").SelectOptionAsync("Apologies");
        await PageChecks.CheckAsync(page, "clerk-06-attendance", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save attendance" }).ClickAsync();

        await page.GotoAsync($"/meetings/{first}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as held" }).ClickAsync();
        await page.GotoAsync($"/meetings/{first}/agenda");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cloud contract (edit item 5.1 and its minute)" }).ClickAsync();
        await page.GetByLabel("Minute").FillAsync("The Council discussed the contract. <script>alert('x')</script>\n\n- award in March\n- report back");
        await PageChecks.CheckAsync(page, "clerk-07-item", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save item" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Cloud contract (edit item 5.1 and its minute)" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Raise an action" }).ClickAsync();
        await page.GetByLabel("Michael Fenton").CheckAsync();
        await page.GetByLabel("What is to be done").FillAsync("circulate the draft contract to members");
        await PageChecks.CheckAsync(page, "clerk-08-raise-action", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise action" }).ClickAsync();
        (await page.ContentAsync()).ShouldContain("has been raised");

        await page.GotoAsync($"/meetings/{first}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Circulate draft minutes to members" }).ClickAsync();

        await page.GotoAsync("/meetings/new?body=NDLC");
        var second = await ScheduleAsync(page, "11", "3", "2027", "Browser test follow-up");
        (await page.ContentAsync()).ShouldContain("Matters arising: actions from earlier meetings");
        await PageChecks.CheckAsync(page, "clerk-09-matters-arising", violations);
        await page.GetByLabel("Update on ND LC").Last.FillAsync("Circulated on the collaboration space.");
        await page.GetByLabel("Status of ND LC").Last.SelectOptionAsync("Done");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record update on" }).Last.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as held" }).ClickAsync();

        await page.GotoAsync($"/meetings/{first}");
        await page.GetByLabel("Approved as a true record at").SelectOptionAsync(second.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve minutes" }).ClickAsync();
        (await page.ContentAsync()).ShouldContain("can no longer be edited");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish minutes" }).ClickAsync();
        await PageChecks.CheckAsync(page, "clerk-10-published", violations);

        var reader = await site.NewPageAsync();
        await reader.GotoAsync($"/meetings/{first}");
        var published = await reader.ContentAsync();
        published.ShouldContain("The Council discussed the contract.");
        published.ShouldContain("&lt;script&gt;");
        published.ShouldContain("circulate the draft contract to members");
        await PageChecks.CheckAsync(reader, "clerk-11-public-view", violations);

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    private static async Task<int> ScheduleAsync(IPage page, string day, string month, string year, string title)
    {
        var body = page.GetByLabel("Body", new() { Exact = true });
        if (await body.CountAsync() > 0)
            await body.SelectOptionAsync(new SelectOptionValue { Label = "Northshire Digital Leaders Council" });
        await page.GetByLabel("Title (optional)").FillAsync(title);
        await page.GetByLabel("Day").FillAsync(day);
        await page.GetByLabel("Month").FillAsync(month);
        await page.GetByLabel("Year").FillAsync(year);
        await page.GetByLabel("Start time (optional)").FillAsync("10:00");
        await page.GetByLabel("Venue", new() { Exact = true }).FillAsync("County Hall, Committee Room 2");
        await page.SendAndArriveAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Schedule meeting" }).ClickAsync(), new System.Text.RegularExpressions.Regex("/meetings/\\d+$"));
        return int.Parse(page.Url.Split('/').Last());
    }
}
