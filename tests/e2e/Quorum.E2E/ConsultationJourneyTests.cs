using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Quorum.E2E;

/// <summary>
/// A clerk records that a paper is a consultation from an outside body, records the Council's
/// decision to respond at a meeting item, and finds it among the Council's open consultations on
/// its page. Every page visited passes axe.
/// </summary>
[Collection(DemoSiteCollection.Name)]
public sealed partial class ConsultationJourneyTests(DemoSite site, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Clerk_RecordsAConsultation_DecidesToRespond_AndSeesItOnTheBodysPage()
    {
        site.SkipWithoutBrowser(output);

        var violations = new List<string>();
        var page = await site.SignInAsync("clerk@example.org");

        await page.GotoAsync("/registers");
        await page.GetByRole(AriaRole.Link, new() { Name = "Consultations", Exact = true }).ClickAsync();
        await PageChecks.CheckAsync(page, "consultations-01-list", violations);
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a consultation" }).ClickAsync();

        var deadline = DateTime.Today.AddDays(45);
        await page.GetByLabel("Consultation paper", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Shared cloud hosting options appraisal (NDLC)" });
        await page.GetByLabel("Consulting organisation", new() { Exact = true }).FillAsync("Department for Local Services");
        await page.GetByLabel("Title of the consultation", new() { Exact = true }).FillAsync("Cloud first in local government");
        await page.GetByLabel("Consultation page (optional)", new() { Exact = true }).FillAsync("https://www.example.org/consultations/cloud-first");
        await page.GetByLabel("Day").FillAsync(deadline.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Month").FillAsync(deadline.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Year").FillAsync(deadline.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await PageChecks.CheckAsync(page, "consultations-02-record", violations);
        await page.SendAndArriveAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Record consultation" }).ClickAsync(), ConsultationUrl());
        var consultation = page.Url;
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Cloud first in local government");
        await PageChecks.CheckAsync(page, "consultations-03-recorded", violations);

        await page.GetByRole(AriaRole.Link, new() { Name = "Record whether to respond" }).ClickAsync();
        await page.GetByLabel("Meeting item", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Decision", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Respond to the consultation" });
        await PageChecks.CheckAsync(page, "consultations-04-decide", violations);
        await page.SendAndArriveAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync(), ConsultationUrl());
        page.Url.ShouldBe(consultation);
        var decided = await page.Locator("main").InnerTextAsync();
        decided.ShouldContain("Responding");
        decided.ShouldContain("To respond to the Department for Local Services consultation “Cloud first in local government”");
        await PageChecks.CheckAsync(page, "consultations-05-decided", violations);

        await page.GotoAsync("/bodies/NDLC");
        var body = await page.Locator("main").InnerTextAsync();
        body.ShouldContain("Open consultations");
        body.ShouldContain("Cloud first in local government");
        await PageChecks.CheckAsync(page, "consultations-06-body", violations);

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    [GeneratedRegex("/consultations/\\d+$")]
    private static partial Regex ConsultationUrl();
}
