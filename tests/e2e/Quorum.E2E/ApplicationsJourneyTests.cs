using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Quorum.E2E;

/// <summary>
/// A clerk adds an application to the catalogue, finds it in the matrix of applications by
/// organisation, and from it sees who else runs the same product and who offers it as a shared
/// service; an administrator adds a project to a programme workstream, and the workstream links
/// back to it. Every page visited passes axe.
/// </summary>
[Collection(DemoSiteCollection.Name)]
public sealed partial class ApplicationsJourneyTests(DemoSite site, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Clerk_AddsAnApplication_AndSeesItInTheMatrixAndInWhoElseRunsThis()
    {
        site.SkipWithoutBrowser(output);

        var violations = new List<string>();
        var page = await site.SignInAsync("clerk@example.org");

        await page.GotoAsync("/applications");
        await PageChecks.CheckAsync(page, "applications-01-list", violations);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add an application" }).ClickAsync();
        await page.GetByLabel("Catalogue", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Northshire Digital Leaders Council" });
        await page.GetByLabel("Organisation", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Eastbrook District Council" });
        // Spelt its own way: the catalogue knows it is the product the partners run.
        await page.GetByLabel("Product", new() { Exact = true }).FillAsync("helpwise  SERVICE desk");
        await page.GetByLabel("Supplier", new() { Exact = true }).FillAsync("Helpwise Ltd");
        await page.GetByLabel("Version (optional)").FillAsync("2023.9");
        await page.GetByLabel("Hosting", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "On premises" });
        await page.GetByLabel("Number of users (optional)").FillAsync("lots");
        await PageChecks.CheckAsync(page, "applications-02-add", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save application" }).ClickAsync();

        // A mistyped number comes back as a form error, with the rest as typed.
        (await page.Locator(".govuk-error-summary").InnerTextAsync()).ShouldContain("Enter the number of users as a whole number");
        await PageChecks.CheckAsync(page, "applications-03-error", violations);
        await page.GetByLabel("Number of users (optional)").FillAsync("35");
        await page.SendAndArriveAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save application" }).ClickAsync(), ApplicationUrl());
        (await page.Locator("main").InnerTextAsync()).ShouldContain("helpwise SERVICE desk");
        await PageChecks.CheckAsync(page, "applications-04-application", violations);

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Who else runs") }).First.ClickAsync();
        var others = page.GetByRole(AriaRole.Table);
        var text = await others.InnerTextAsync();
        text.ShouldContain("Northshire County Council");
        text.ShouldContain("Westvale Borough Council");
        text.ShouldContain("Northshire Fire and Rescue Service");
        // The county offers its service desk to partners, and is listed first.
        (await others.GetByRole(AriaRole.Row).Nth(1).InnerTextAsync()).ShouldContain("Offered");
        await PageChecks.CheckAsync(page, "applications-05-who-else", violations);

        await page.GotoAsync("/applications/matrix");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { NameRegex = new Regex("^Helpwise Service Desk") }) });
        (await row.CountAsync()).ShouldBe(1);
        var cells = await row.InnerTextAsync();
        cells.ShouldContain("Run by 4");
        cells.ShouldContain("2023.9");
        await PageChecks.CheckAsync(page, "applications-06-matrix", violations);

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    [SkippableFact]
    public async Task Administrator_AddsAProjectToAWorkstream_AndTheWorkstreamLinksBack()
    {
        site.SkipWithoutBrowser(output);

        var violations = new List<string>();
        var page = await site.SignInAsync("admin@example.org");

        await page.GotoAsync("/projects");
        await PageChecks.CheckAsync(page, "projects-01-list", violations);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a project" }).ClickAsync();
        await page.GetByLabel("Listing", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Northshire Digital Leaders Council" });
        await page.GetByLabel("Organisation", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Westvale Borough Council" });
        await page.GetByLabel("Project name").FillAsync("Shared hosting move");
        await page.GetByLabel("Stage", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Business case" });
        await page.GetByLabel("Budget (optional)").FillAsync("£95,000");
        await page.GetByLabel("Status (RAG)").SelectOptionAsync(new SelectOptionValue { Label = "Amber" });
        await page.GetByLabel("Programme workstream (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Northshire Partnership: ICT" });
        await PageChecks.CheckAsync(page, "projects-02-add", violations);
        await page.SendAndArriveAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save project" }).ClickAsync(), ProjectUrl());
        await PageChecks.CheckAsync(page, "projects-03-project", violations);

        await page.GetByRole(AriaRole.Link, new() { Name = "ICT", Exact = true }).ClickAsync();
        (await page.GetByRole(AriaRole.Link, new() { Name = "Shared hosting move" }).CountAsync()).ShouldBe(1);
        await PageChecks.CheckAsync(page, "projects-04-workstream", violations);

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    [GeneratedRegex("/projects/\\d+$")]
    private static partial Regex ProjectUrl();

    [GeneratedRegex("/applications/\\d+$")]
    private static partial Regex ApplicationUrl();
}
