using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Quorum.E2E;

/// <summary>
/// A clerk records the conduct of a meeting as it happens: a member declares an interest, a motion is
/// moved and amended, the amendment is put, the motion is put to a recorded vote by name; the minutes
/// then show it all in order. Every page visited passes axe.
/// </summary>
[Collection(DemoSiteCollection.Name)]
public sealed partial class ConductJourneyTests(DemoSite site, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Clerk_RecordsADeclarationAMotionAnAmendmentAndANamedVote_AndTheMinutesShowThem()
    {
        site.SkipWithoutBrowser(output);

        var violations = new List<string>();
        var page = await site.SignInAsync("clerk@example.org");

        // A meeting of its own, with one item and everyone present, so that it is quorate.
        await page.GotoAsync("/meetings/new?body=NDLC");
        await page.GetByLabel("Title (optional)").FillAsync("Conduct journey meeting");
        await page.GetByLabel("Day").FillAsync("9");
        await page.GetByLabel("Month").FillAsync("9");
        await page.GetByLabel("Year").FillAsync("2027");
        await page.SendAndArriveAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Schedule meeting" }).ClickAsync(), MeetingUrl());
        var meeting = int.Parse(page.Url.Split('/').Last());
        await page.GotoAsync($"/meetings/{meeting}/agenda");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Library opening hours");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add item" }).ClickAsync();
        await page.GotoAsync($"/meetings/{meeting}/attendance");
        var rows = page.GetByLabel(AttendanceOf());
        for (var i = 0; i < await rows.CountAsync(); i++)
            await rows.Nth(i).SelectOptionAsync("Present");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save attendance" }).ClickAsync();
        await page.GotoAsync($"/meetings/{meeting}/attendance");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Quorate:");
        await PageChecks.CheckAsync(page, "conduct-01-attendance", violations);

        await page.GotoAsync($"/meetings/{meeting}/agenda");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Library opening hours") }).First.ClickAsync();
        var item = page.Url;
        await PageChecks.CheckAsync(page, "conduct-02-item", violations);

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a declaration" }).ClickAsync();
        await page.GetByLabel("Who declared the interest").SelectOptionAsync(new SelectOptionValue { Label = "Graham Pike" });
        await page.GetByLabel("Kind of interest").SelectOptionAsync(new SelectOptionValue { Label = "Other registrable interest" });
        await page.GetByLabel("Nature of the interest").FillAsync("Trustee of the Friends of the Library");
        await PageChecks.CheckAsync(page, "conduct-03-declare", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record declaration" }).ClickAsync();

        await page.GotoAsync(item);
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a motion" }).ClickAsync();
        await page.GetByLabel("The motion", new() { Exact = true }).FillAsync("That the libraries open on Sundays");
        await page.GetByLabel("Moved by").SelectOptionAsync(new SelectOptionValue { Label = "Joanna Creswell" });
        await page.GetByLabel("Seconded by (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Susan Hale" });
        await PageChecks.CheckAsync(page, "conduct-04-move", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record motion" }).ClickAsync();

        await page.GotoAsync(item);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Record an amendment") }).ClickAsync();
        await page.GetByLabel("The amendment", new() { Exact = true }).FillAsync("Insert “from April 2028” after “Sundays”");
        await page.GetByLabel("The motion as it reads if the amendment is carried (optional)").FillAsync("That the libraries open on Sundays from April 2028");
        await page.GetByLabel("Moved by").SelectOptionAsync(new SelectOptionValue { Label = "Susan Hale" });
        await PageChecks.CheckAsync(page, "conduct-05-amend", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record amendment" }).ClickAsync();

        await page.GotoAsync(item);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Put the amendment by Susan Hale to the vote") }).ClickAsync();
        await page.GetByLabel("Votes for").FillAsync("3");
        await page.GetByLabel("Votes against").FillAsync("1");
        await PageChecks.CheckAsync(page, "conduct-06-amendment-vote", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the vote" }).ClickAsync();

        await page.GotoAsync(item);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Put the motion to the vote") }).ClickAsync();
        await page.GetByLabel("Vote of Joanna Creswell").SelectOptionAsync(new SelectOptionValue { Label = "For" });
        await page.GetByLabel("Vote of Susan Hale").SelectOptionAsync(new SelectOptionValue { Label = "For" });
        await page.GetByLabel("Vote of Graham Pike").SelectOptionAsync(new SelectOptionValue { Label = "Against" });
        await PageChecks.CheckAsync(page, "conduct-07-named-vote", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the vote" }).ClickAsync();

        await page.GotoAsync($"/meetings/{meeting}");
        var minutes = await page.Locator("main").InnerTextAsync();
        var order = new[]
        {
            "Graham Pike declared an other registrable interest: Trustee of the Friends of the Library.",
            "moved by Joanna Creswell, seconded by Susan Hale: “That the libraries open on Sundays”",
            "moved by Susan Hale: “Insert “from April 2028” after “Sundays””. The amendment was carried (3 for, 1 against, 0 abstentions).",
            "The motion, as amended (“That the libraries open on Sundays from April 2028”), was carried (2 for, 1 against, 0 abstentions).",
            "Recorded vote. For: Joanna Creswell, Susan Hale. Against: Graham Pike.",
        }.Select(t => (t, minutes.IndexOf(t, StringComparison.Ordinal))).ToList();
        foreach (var (text, at) in order)
            at.ShouldBeGreaterThanOrEqualTo(0, text);
        order.Select(o => o.Item2).ShouldBeInOrder(SortDirection.Ascending);
        await PageChecks.CheckAsync(page, "conduct-08-minutes", violations);

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    [SkippableFact]
    public async Task Clerk_ImportsOldMinutesWithDeclarationsAndAMotion_AndReviewsThemBeforeSaving()
    {
        site.SkipWithoutBrowser(output);

        var violations = new List<string>();
        var page = await site.SignInAsync("clerk@example.org");

        const string minutes = "Minutes of the meeting held on 14 January 2020\n\n"
            + "Present: Joanna Creswell (Chair), Susan Hale, Graham Pike\n\n"
            + "1. Declarations of interest\n"
            + "Susan Hale and Graham Pike declared an other registrable interest in item 2 as trustees of the Friends of the Library.\n\n"
            + "2. Library opening hours\n"
            + "It was moved by Joanna Creswell, seconded by Susan Hale, that the libraries open on Sundays. Carried: For 2, Against 1, Abstentions 0.\n\n"
            + "3. Close\nThe meeting closed at 8pm.\n";
        await page.GotoAsync("/bodies/NDLC/import");
        await PageChecks.CheckAsync(page, "import-01-upload", violations);
        await page.GetByLabel("Minutes").SetInputFilesAsync(new FilePayload { Name = "2020-01-14 minutes.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(minutes) });
        await page.SendAndArriveAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Read the minutes" }).ClickAsync(), ImportUrl());

        var review = await page.Locator("main").InnerTextAsync();
        review.ShouldContain("Declarations of interest (2)");
        review.ShouldContain("Motions (1)");
        (await page.Locator("#Input_Declarations_1__Person").InputValueAsync()).ShouldBe("Graham Pike");
        (await page.Locator("#Input_Declarations_1__Include").IsCheckedAsync()).ShouldBeTrue("what was read is kept unless the clerk unticks it");
        await PageChecks.CheckAsync(page, "import-02-review-conduct", violations);

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel: save nothing" }).ClickAsync();
        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    [SkippableFact]
    public async Task Clerk_ImportsMinutesPrintedToPdfWithTables_AndFindsTheRollAndActionsOfTheTables()
    {
        site.SkipWithoutBrowser(output);

        var violations = new List<string>();
        var page = await site.SignInAsync("clerk@example.org");

        // Minutes saved as Word and printed to PDF: the roll and the actions are tables whose cells stand closer than a space.
        var pdf = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Documents", "partnership-2025-03-05.pdf"));
        await page.GotoAsync("/bodies/NDLC/import");
        await page.GetByLabel("Minutes").SetInputFilesAsync(new FilePayload { Name = "partnership-2025-03-05.pdf", MimeType = "application/pdf", Buffer = pdf });
        await page.SendAndArriveAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Read the minutes" }).ClickAsync(), ImportUrl());

        var review = await page.Locator("main").InnerTextAsync();
        review.ShouldContain("Attendance (6)");
        review.ShouldContain("Actions (2)");
        (await page.Locator("#Input_People_0_Name").InputValueAsync()).ShouldBe("Gemma Hollis");
        (await page.Locator("#Input_People_0_Organisation").InputValueAsync()).ShouldBe("Westshire Council");
        (await page.Locator("#Input_People_0_Role").InputValueAsync()).ShouldBe("Chair");
        (await page.Locator("#Input_Actions_1_Text").InputValueAsync()).ShouldBe("Finalise and submit the funding bid");
        (await page.Locator("#Input_Actions_1_Owners").InputValueAsync()).ShouldBe("Olu Adebayo, Gemma Hollis");
        (await page.Locator("#Input_Actions_1_DueBox").InputValueAsync()).ShouldBe("2025-04-15");
        await PageChecks.CheckAsync(page, "import-03-review-pdf-tables", violations);

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel: save nothing" }).ClickAsync();
        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    [GeneratedRegex("/imports/\\d+$")]
    private static partial Regex ImportUrl();

    [GeneratedRegex("/meetings/\\d+$")]
    private static partial Regex MeetingUrl();

    [GeneratedRegex("^Attendance of ")]
    private static partial Regex AttendanceOf();
}
