using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Quorum.Actions;
using Quorum.Meetings;

namespace Quorum.Web.Tests.Actions;

public sealed partial class ActionsPageTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task ActionRaisedAtOneMeeting_AppearsUnderMattersArisingOfTheNext_AndIsClosedThere()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var first = await ScheduleAsync(clerk, s, "12", "3", "2026");
        var second = await ScheduleAsync(clerk, s, "14", "5", "2026");
        var item = await ItemIdAsync(clerk, first, "Any other business");

        var raised = await clerk.PostFormAsync($"/meetings/{first}/items/{item}/actions/new", new Dictionary<string, string>
        {
            ["OwnerIds"] = s.MemberA.Id.ToString(),
            ["Text"] = "progress this with GC",
            ["Due.Day"] = "1",
            ["Due.Month"] = "4",
            ["Due.Year"] = "2026",
        });
        raised.StatusCode.ShouldBe(HttpStatusCode.Redirect, await raised.Content.ReadAsStringAsync());

        var page = await clerk.GetStringAsync($"/meetings/{first}");
        page.ShouldContain("Action TA 01/01");
        page.ShouldContain($"{s.MemberA.FullName} to progress this with GC");

        var next = await clerk.GetStringAsync($"/meetings/{second}");
        next.ShouldContain("Matters arising: actions from earlier meetings");
        next.ShouldContain("TA 01/01");
        var actionId = int.Parse(ActionLink().Match(next).Groups[1].Value);

        var closed = await clerk.PostFormAsync($"/actions/{actionId}", new Dictionary<string, string>
        {
            ["Note"] = "Mark Brett had contacted GC; complete.",
            ["NewStatus"] = "Done",
            ["MeetingId"] = second.ToString(),
            ["ReturnTo"] = $"/meetings/{second}",
        }, $"/meetings/{second}");
        closed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        closed.Headers.Location!.ToString().ShouldBe($"/meetings/{second}");

        var thread = await clerk.GetStringAsync($"/actions/{actionId}");
        thread.ShouldContain("status changed from Open to <strong>Done</strong>");
        thread.ShouldContain("Mark Brett had contacted GC; complete.");
        await app.WithDbAsync(async db =>
        {
            var action = await db.Actions.SingleAsync(a => a.Id == actionId);
            action.Status.ShouldBe(ActionStatus.Done);
            action.ClosedAtMeetingId.ShouldBe(second);
        });
    }

    [Fact]
    public async Task ActionReferences_CountPerMeeting()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var first = await ScheduleAsync(clerk, s, "12", "3", "2026");
        var second = await ScheduleAsync(clerk, s, "14", "5", "2026");

        await RaiseAsync(clerk, s, first, "one");
        await RaiseAsync(clerk, s, first, "two");
        await RaiseAsync(clerk, s, second, "three");

        var references = await app.WithDbAsync(db => db.Actions.Where(a => a.BodyId == s.BodyA.Id).OrderBy(a => a.Id).Select(a => a.Reference).ToListAsync());
        references.ShouldBe(["TA 01/01", "TA 01/02", "TA 02/01"]);
    }

    [Fact]
    public async Task Tracker_FiltersByOverdue_AndExportsTheSameRowsToExcel()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var meeting = await ScheduleAsync(clerk, s, "12", "3", "2026");
        await RaiseAsync(clerk, s, meeting, $"overdue thing {s.Suffix}", due: ("1", "1", "2020"));
        await RaiseAsync(clerk, s, meeting, $"future thing {s.Suffix}", due: ("1", "1", "2099"));

        var overdue = await clerk.GetStringAsync($"/actions?Body={s.BodyA.ShortName}&Overdue=true");
        overdue.ShouldContain($"overdue thing {s.Suffix}");
        overdue.ShouldNotContain($"future thing {s.Suffix}");

        var xlsx = await clerk.GetAsync($"/api/v1/actions/export.xlsx?body={s.BodyA.ShortName}&overdue=true");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Count.ShouldBe(1);
        rows[0]["Reference"].ShouldBe("TA 01/01");
        rows[0]["Action"].ShouldBe($"overdue thing {s.Suffix}");
        rows[0]["Owners"].ShouldBe(s.MemberA.FullName);

        var csv = await clerk.GetStringAsync($"/api/v1/actions/export.csv?body={s.BodyA.ShortName}");
        csv.ShouldStartWith("Reference,Body,Meeting,Meeting date,Item,Owners,Action,Due,Status,Closed on,Latest update");
        csv.ShouldContain($"future thing {s.Suffix}");
    }

    [Fact]
    public async Task ActionsOfUnpublishedMinutes_AreHiddenFromTheAnonymousTrackerAndExport()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var meeting = await ScheduleAsync(clerk, s, "12", "3", "2026");
        await RaiseAsync(clerk, s, meeting, $"draft-only {s.Suffix}");
        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);

        (await anonymous.GetStringAsync($"/actions?Body={s.BodyA.ShortName}")).ShouldNotContain($"draft-only {s.Suffix}");
        (await anonymous.GetStringAsync($"/api/v1/actions/export.csv?body={s.BodyA.ShortName}")).ShouldNotContain($"draft-only {s.Suffix}");
        (await (await app.SignedInClientAsync(s, Persona.MemberOfA)).GetStringAsync($"/actions?Body={s.BodyA.ShortName}")).ShouldContain($"draft-only {s.Suffix}");
    }

    [Fact]
    public async Task AnonymousTrackerFigures_AreCountedAgainOnceTheRecordsChange()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var meeting = await ScheduleAsync(clerk, s, "12", "3", "2026");
        await RaiseAsync(clerk, s, meeting, $"counted once public {s.Suffix}");
        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);
        OpenFigure(await anonymous.GetStringAsync($"/actions?Body={s.BodyA.ShortName}")).ShouldBe("0");

        // The minutes are published (straight into the database: the figures may not wait for
        // the page's own journey); the tracker's figures, filed under the older change, must not
        // be served again, even on an address not seen before.
        await app.WithDbAsync(async db =>
        {
            var held = await db.Meetings.SingleAsync(m => m.Id == meeting);
            db.Entry(held).Property(m => m.MinutesState).CurrentValue = MinutesState.Published;
            await db.SaveChangesAsync();
        });

        OpenFigure(await anonymous.GetStringAsync($"/actions?Body={s.BodyA.ShortName}&page=1")).ShouldBe("1");
    }

    [Fact]
    public async Task AnonymousApiListCount_IsKeptUntilTheRecordsChange()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var meeting = await ScheduleAsync(clerk, s, "12", "3", "2026");
        await RaiseAsync(clerk, s, meeting, $"listed once public {s.Suffix}");
        var anonymous = app.ApiClient(s, Persona.Anonymous);
        var list = $"/api/v1/actions?body={s.BodyA.ShortName}";
        (await anonymous.GetFromJsonAsync<JsonElement>(list)).GetProperty("total").GetInt32().ShouldBe(0);

        // Published past the audit trail, so no change is recorded: a visitor's count stays as it
        // was counted (on another page size, which the kept answers have not seen), a member's is counted afresh.
        await app.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "Meetings" SET "MinutesState" = 'Published' WHERE "Id" = {meeting}""");
            await db.Database.ExecuteSqlAsync($"""UPDATE "Actions" SET "MinutesPublished" = {true} WHERE "MeetingId" = {meeting}""");
        });
        var kept = await anonymous.GetFromJsonAsync<JsonElement>($"{list}&pageSize=5");
        kept.GetProperty("items").GetArrayLength().ShouldBe(1);
        kept.GetProperty("total").GetInt32().ShouldBe(0);
        (await app.ApiClient(s, Persona.MemberOfA).GetFromJsonAsync<JsonElement>($"{list}&pageSize=5")).GetProperty("total").GetInt32().ShouldBe(1);

        // Any save records a change, after which the count is made again.
        await app.WithDbAsync(async db =>
        {
            db.Organisations.Add(new Quorum.People.Organisation { Name = $"Changed {s.Suffix}" });
            await db.SaveChangesAsync();
        });
        (await anonymous.GetFromJsonAsync<JsonElement>($"{list}&pageSize=6")).GetProperty("total").GetInt32().ShouldBe(1);
    }

    private static string OpenFigure(string page) => OpenCount().Match(page).Groups[1].Value;

    [Fact]
    public async Task DecisionThatRenamesTheBody_AppliesTheRename_AndKeepsTheFormerName()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var meeting = await ScheduleAsync(clerk, s, "7", "1", "2010");
        var item = await ItemIdAsync(clerk, meeting, "Any other business");

        var response = await clerk.PostFormAsync($"/meetings/{meeting}/items/{item}/decisions/new", new Dictionary<string, string>
        {
            ["Text"] = "It was agreed to change the name of this group to Local CIO Council",
            ["RenamesBodyTo"] = $"Local CIO Council {s.Suffix}",
            ["ApplyRenameNow"] = "true",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());

        var body = await clerk.GetStringAsync($"/bodies/{s.BodyA.ShortName}");
        body.ShouldContain($"Local CIO Council {s.Suffix}");
        body.ShouldContain($"{s.BodyA.Name} (until 7 January 2010)");
        var register = await clerk.GetStringAsync($"/decisions?Body={s.BodyA.ShortName}");
        register.ShouldContain("It was agreed to change the name of this group to Local CIO Council");
        (await clerk.GetStringAsync($"/api/v1/decisions/export.csv?body={s.BodyA.ShortName}")).ShouldContain("change the name of this group");
    }

    [Fact]
    public async Task AttendanceRegister_FlagsConsecutiveAbsence_ToMembers()
    {
        var s = await app.NewScenarioAsync();
        await app.WithDbAsync(async db =>
        {
            foreach (var month in new[] { 1, 2 })
            {
                var m = new Meeting { BodyId = s.BodyA.Id, Number = month, Date = new DateOnly(2026, month, 5) };
                m.MarkHeld();
                m.Attendance.Add(new Attendance { PersonId = s.MemberA.Id, Status = AttendanceStatus.Apologies });
                m.Attendance.Add(new Attendance { PersonId = s.Clerk.Id, Status = AttendanceStatus.Present });
                db.Meetings.Add(m);
            }

            await db.SaveChangesAsync();
        });

        var member = await app.SignedInClientAsync(s, Persona.MemberOfA);
        var register = await member.GetStringAsync($"/bodies/{s.BodyA.ShortName}/attendance");
        Regex.IsMatch(register, $"{s.MemberA.FullName}\\s*<strong class=\"govuk-tag govuk-tag--red\">Missed 2 consecutive meetings</strong>").ShouldBeTrue();
        Regex.IsMatch(register, $"{s.Clerk.FullName}\\s*</th>").ShouldBeTrue();
        var csv = await member.GetStringAsync($"/api/v1/bodies/{s.BodyA.ShortName}/attendance.csv");
        csv.ShouldContain($"{s.MemberA.FullName},Apologies,Apologies");
        (await member.GetStringAsync($"/bodies/{s.BodyA.ShortName}")).ShouldContain("Missed 2 consecutive meetings");
    }

    [Fact]
    public async Task OverLongActionOnTheRaiseForm_IsAFormError_WithTheLengthTheModelDeclares()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var meeting = await ScheduleAsync(clerk, s, "12", "3", "2026");
        var item = await ItemIdAsync(clerk, meeting, "Any other business");

        var response = await clerk.PostFormAsync($"/meetings/{meeting}/items/{item}/actions/new",
            new Dictionary<string, string> { ["OwnerIds"] = s.MemberA.Id.ToString(), ["Text"] = new string('x', 4001) });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("The action must be 4,000 characters or fewer");
        page.ShouldContain("href=\"#Text\"");
    }

    [Fact]
    public async Task ClerkChangesAnActionsTextAndTakesAwayItsDueDate_AndAStaleFormIsRefusedWithoutLosingTheChange()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var meeting = await ScheduleAsync(clerk, s, "12", "3", "2026");
        await RaiseAsync(clerk, s, meeting, "progress this with GC", ("1", "4", "2026"));
        var raised = await app.WithDbAsync(db => db.Actions.Where(a => a.BodyId == s.BodyA.Id).Select(a => new { a.Id, a.Version }).SingleAsync());
        var (id, version) = (raised.Id, raised.Version);

        (await clerk.GetStringAsync($"/actions/{id}")).ShouldContain($"href=\"/actions/{id}/edit\"");
        var form = await clerk.GetStringAsync($"/actions/{id}/edit");
        form.ShouldContain("progress this with GC");

        var saved = await clerk.PostFormAsync($"/actions/{id}/edit", new Dictionary<string, string>
        {
            ["Version"] = version.ToString(),
            ["Text"] = "agree the hosting terms with GC",
            ["OwnerIds"] = s.MemberA.Id.ToString(),
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        await app.WithDbAsync(async db =>
        {
            var action = await db.Actions.SingleAsync(a => a.Id == id);
            action.Text.ShouldBe("agree the hosting terms with GC");
            action.DueDate.ShouldBeNull();
        });

        var stale = await clerk.PostFormAsync($"/actions/{id}/edit", new Dictionary<string, string>
        {
            ["Version"] = version.ToString(),
            ["Text"] = "an older idea",
            ["OwnerIds"] = s.MemberA.Id.ToString(),
        });
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Someone else changed action TA 01/01 while you were editing it");
        (await app.WithDbAsync(db => db.Actions.Where(a => a.Id == id).Select(a => a.Text).SingleAsync())).ShouldBe("agree the hosting terms with GC");

        var noOwner = await clerk.PostFormAsync($"/actions/{id}/edit", new Dictionary<string, string>
        {
            ["Version"] = (await app.WithDbAsync(db => db.Actions.Where(a => a.Id == id).Select(a => a.Version).SingleAsync())).ToString(),
            ["Text"] = "agree the hosting terms with GC",
            ["Due.Day"] = "31",
            ["Due.Month"] = "2",
            ["Due.Year"] = "2026",
        });
        noOwner.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await noOwner.Content.ReadAsStringAsync();
        refused.ShouldContain("Choose who owns the action");
        refused.ShouldContain("href=\"#Due\"");
    }

    private static async Task RaiseAsync(HttpClient clerk, Scenario s, int meeting, string text, (string Day, string Month, string Year)? due = null)
    {
        var item = await ItemIdAsync(clerk, meeting, "Any other business");
        var fields = new Dictionary<string, string> { ["OwnerIds"] = s.MemberA.Id.ToString(), ["Text"] = text };
        if (due is { } d)
        {
            fields["Due.Day"] = d.Day;
            fields["Due.Month"] = d.Month;
            fields["Due.Year"] = d.Year;
        }

        var response = await clerk.PostFormAsync($"/meetings/{meeting}/items/{item}/actions/new", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    private static async Task<int> ScheduleAsync(HttpClient clerk, Scenario s, string day, string month, string year)
    {
        var response = await clerk.PostFormAsync("/meetings/new", new Dictionary<string, string>
        {
            ["Input.BodyId"] = s.BodyA.Id.ToString(),
            ["Input.Kind"] = "Ordinary",
            ["Input.Date.Day"] = day,
            ["Input.Date.Month"] = month,
            ["Input.Date.Year"] = year,
            ["Input.StartTime"] = "10:00",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    private static async Task<int> ItemIdAsync(HttpClient clerk, int meeting, string title)
    {
        var html = await clerk.GetStringAsync($"/meetings/{meeting}/agenda");
        var match = Regex.Match(html, $"href=\"/meetings/{meeting}/items/(\\d+)\">{Regex.Escape(title)}<");
        match.Success.ShouldBeTrue($"no item {title}");
        return int.Parse(match.Groups[1].Value);
    }

    [GeneratedRegex("margin-bottom-0\">([^<]+)</span>open")]
    private static partial Regex OpenCount();

    [GeneratedRegex("href=\"/actions/(\\d+)\"><strong>TA 01/01")]
    private static partial Regex ActionLink();
}
