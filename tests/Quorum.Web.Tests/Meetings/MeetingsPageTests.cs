using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Quorum.Web.Tests.Meetings;

public sealed partial class MeetingsPageTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task ClerkJourney_ScheduleAgendaAttendanceMinutes_ApproveAtNextMeeting_ThenPublish()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);

        var first = await ScheduleAsync(clerk, s, "12", "3", "2026");
        foreach (var title in new[] { "Programme updates", "Cloud hosting" })
            (await clerk.PostFormAsync($"/meetings/{first}/agenda?handler=Add", new Dictionary<string, string> { ["Title"] = title }, $"/meetings/{first}/agenda")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cloud = await ItemIdAsync(clerk, first, "Cloud hosting");
        (await clerk.PostFormAsync($"/meetings/{first}/agenda?handler=Nest&item={cloud}", new Dictionary<string, string>(), $"/meetings/{first}/agenda")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var agenda = await clerk.GetStringAsync($"/meetings/{first}");
        agenda.ShouldContain("<span class=\"quorum-agenda__number\">5.1</span> Cloud hosting");

        var attendance = await clerk.GetStringAsync($"/meetings/{first}/attendance");
        var rows = RowPeople().Matches(attendance).Select(m => (Index: m.Groups[1].Value, PersonId: m.Groups[2].Value)).ToList();
        rows.Count.ShouldBe(2);
        var fields = new Dictionary<string, string>();
        foreach (var (index, personId) in rows)
        {
            fields[$"Rows[{index}].PersonId"] = personId;
            fields[$"Rows[{index}].Status"] = personId == s.MemberA.Id.ToString() ? "Apologies" : "Present";
        }

        (await clerk.PostFormAsync($"/meetings/{first}/attendance", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await clerk.PostFormAsync($"/meetings/{first}?handler=Hold", new Dictionary<string, string>(), $"/meetings/{first}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await clerk.PostFormAsync($"/meetings/{first}/items/{cloud}", new Dictionary<string, string>
        {
            ["Title"] = "Cloud hosting",
            ["Minute"] = $"The options appraisal was discussed. Secret-{s.Suffix}",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var draft = await clerk.GetStringAsync($"/meetings/{first}");
        draft.ShouldContain("Minutes draft");
        draft.ShouldContain($"Secret-{s.Suffix}");
        draft.ShouldContain("Apologies");
        (await anonymous.GetStringAsync($"/meetings/{first}")).ShouldNotContain($"Secret-{s.Suffix}");

        (await clerk.PostFormAsync($"/meetings/{first}?handler=Circulate", new Dictionary<string, string>(), $"/meetings/{first}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var second = await ScheduleAsync(clerk, s, "14", "5", "2026");
        (await clerk.PostFormAsync($"/meetings/{second}?handler=Hold", new Dictionary<string, string>(), $"/meetings/{second}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await clerk.PostFormAsync($"/meetings/{first}?handler=Approve", new Dictionary<string, string> { ["ApprovedAt"] = second.ToString() }, $"/meetings/{first}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var frozen = await clerk.PostFormAsync($"/meetings/{first}/items/{cloud}", new Dictionary<string, string>
        {
            ["Title"] = "Cloud hosting",
            ["Minute"] = "Rewritten after approval",
        });
        frozen.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await frozen.Content.ReadAsStringAsync()).ShouldContain("can no longer be edited");

        (await anonymous.GetStringAsync($"/meetings/{first}")).ShouldNotContain($"Secret-{s.Suffix}");
        (await clerk.PostFormAsync($"/meetings/{first}?handler=Publish", new Dictionary<string, string>(), $"/meetings/{first}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var published = await anonymous.GetStringAsync($"/meetings/{first}");
        published.ShouldContain($"Secret-{s.Suffix}");
        published.ShouldContain("Minutes published");
        published.ShouldNotContain("Rewritten after approval");
        published.ShouldContain(s.Clerk.FullName);
    }

    [Fact]
    public async Task Reschedule_CreatesLinkedReplacement_WithTheAgenda()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var id = await ScheduleAsync(clerk, s, "8", "10", "2026");
        await clerk.PostFormAsync($"/meetings/{id}/agenda?handler=Add", new Dictionary<string, string> { ["Title"] = "Procurement report" }, $"/meetings/{id}/agenda");

        var response = await clerk.PostFormAsync($"/meetings/{id}/reschedule", new Dictionary<string, string>
        {
            ["NewDate.Day"] = "22",
            ["NewDate.Month"] = "10",
            ["NewDate.Year"] = "2026",
            ["StartTime"] = "14:00",
            ["Reason"] = "Report not ready",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var replacement = await clerk.GetStringAsync(response.Headers.Location!.ToString());
        replacement.ShouldContain("Procurement report");
        replacement.ShouldContain("This meeting replaces the one planned for");
        var original = await clerk.GetStringAsync($"/meetings/{id}");
        original.ShouldContain("Rescheduled");
        original.ShouldContain("This meeting was rescheduled to");
    }

    [Fact]
    public async Task MeetingDate_ThirtyFirstOfFebruary_GetsClearMessage_AndSavesNothing()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var response = await clerk.PostFormAsync("/meetings/new", MeetingFields(s, "31", "2", "2027"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("February 2027 has 28 days");
        (await clerk.GetStringAsync($"/bodies/{s.BodyA.ShortName}")).ShouldNotContain("2027");
    }

    [Fact]
    public async Task Member_CannotSchedule_OrEditAgenda()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var id = await ScheduleAsync(clerk, s, "1", "6", "2026");
        var member = await app.SignedInClientAsync(s, Persona.MemberOfA);

        (await member.GetAsync($"/meetings/{id}/agenda")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await member.GetAsync("/meetings/new")).Headers.Location!.ToString().ShouldContain("/account/denied");
        (await member.GetStringAsync($"/meetings/{id}")).ShouldNotContain("Manage this meeting");
    }

    [Fact]
    public async Task CancelledMeeting_ShowsReason_AndCannotBeHeld()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var id = await ScheduleAsync(clerk, s, "3", "9", "2026");

        (await clerk.PostFormAsync($"/meetings/{id}/cancel", new Dictionary<string, string> { ["Outcome"] = "cancel", ["Reason"] = "Summit clash" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var hold = await clerk.PostFormAsync($"/meetings/{id}?handler=Hold", new Dictionary<string, string>(), $"/meetings/{id}");

        var html = await hold.Content.ReadAsStringAsync();
        html.ShouldContain("A cancelled meeting cannot be marked as held");
        html.ShouldContain("Summit clash");
    }

    private static Dictionary<string, string> MeetingFields(Scenario s, string day, string month, string year) => new()
    {
        ["Input.BodyId"] = s.BodyA.Id.ToString(),
        ["Input.Kind"] = "Ordinary",
        ["Input.Date.Day"] = day,
        ["Input.Date.Month"] = month,
        ["Input.Date.Year"] = year,
        ["Input.StartTime"] = "10:00",
        ["Input.EndTime"] = "12:00",
        ["Input.Venue"] = $"Committee Room {s.Suffix}",
    };

    [Fact]
    public async Task UntitledMeeting_HeadingIsNotRepeatedInItsCaption()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var id = await ScheduleAsync(clerk, s, "14", "5", "2026");

        var page = await clerk.GetStringAsync($"/meetings/{id}");

        page.ShouldContain($"<h1 class=\"govuk-heading-l\">{s.BodyA.Name} 01</h1>");
        page.ShouldNotContain("· meeting 01");
    }

    [Fact]
    public async Task ClerkMakesAnotherItemMattersArising_FromTheAgendaPage()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var id = await ScheduleAsync(clerk, s, "9", "9", "2026");
        var aob = await ItemIdAsync(clerk, id, "Any other business");

        (await clerk.PostFormAsync($"/meetings/{id}/agenda?handler=MattersArising&item={aob}", new Dictionary<string, string>(), $"/meetings/{id}/agenda"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await app.WithDbAsync(async db =>
        {
            var kinds = await db.AgendaItems.Where(i => i.MeetingId == id && i.Kind == Quorum.Meetings.AgendaItemKind.MattersArising).Select(i => i.Id).ToListAsync();
            kinds.ShouldBe([aob]);
        });
    }

    private static async Task<int> ScheduleAsync(HttpClient clerk, Scenario s, string day, string month, string year)
    {
        var response = await clerk.PostFormAsync("/meetings/new", MeetingFields(s, day, month, year));
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

    [GeneratedRegex("name=\"Rows\\[(\\d+)\\].PersonId\" value=\"(\\d+)\"")]
    private static partial Regex RowPeople();
}
