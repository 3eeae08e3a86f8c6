using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Meetings;

namespace Quorum.Web.Tests.Audit;

public sealed class AmendmentAndAuditTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task ApprovedMinute_ChangesOnlyByARecordedAmendment_ShownWithThePublishedMinutes()
    {
        var s = await app.NewScenarioAsync();
        var (meetingId, itemId) = await PublishedMeetingAsync(s, "The supplier was Acme.");
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var response = await clerk.PostFormAsync($"/meetings/{meetingId}/items/{itemId}/amend", new Dictionary<string, string>
        {
            ["Minute"] = "The supplier was Apex.",
            ["Reason"] = "The supplier's name was recorded wrongly",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());

        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);
        var page = await anonymous.GetStringAsync($"/meetings/{meetingId}");
        page.ShouldContain("The supplier was Apex.");
        page.ShouldContain("The supplier&#x27;s name was recorded wrongly");
        var amendment = await app.WithDbAsync(db => db.MinutesAmendments.SingleAsync(a => a.MeetingId == meetingId));
        amendment.Before.ShouldBe("The supplier was Acme.");
        amendment.AmendedBy.ShouldBe(s.Emails[Persona.ClerkOfA]);
    }

    [Fact]
    public async Task EveryWrite_IsAudited_AndTheHistoryIsForClerksOfTheBodyOnly()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var response = await clerk.PostFormAsync("/meetings/new", new Dictionary<string, string>
        {
            ["Input.BodyId"] = s.BodyA.Id.ToString(),
            ["Input.Kind"] = "Ordinary",
            ["Input.Date.Day"] = "4",
            ["Input.Date.Month"] = "6",
            ["Input.Date.Year"] = "2026",
            ["Input.Venue"] = "Room 1",
        });
        var meetingId = response.Headers.Location!.ToString().Split('/').Last();
        await clerk.PostFormAsync($"/meetings/{meetingId}/cancel", new Dictionary<string, string> { ["Outcome"] = "cancel", ["Reason"] = "No business" });

        var history = await clerk.GetStringAsync($"/audit/Meeting/{meetingId}");
        history.ShouldContain($"Created on");
        history.ShouldContain($"Updated on");
        history.ShouldContain(s.Emails[Persona.ClerkOfA]);
        history.ShouldContain("Cancelled");

        var api = app.ApiClient(s, Persona.ClerkOfA);
        var events = await api.GetStringAsync($"/api/v1/audit?entity=Meeting&id={meetingId}");
        events.ShouldContain("\"change\":\"Created\"");

        (await app.ApiClient(s, Persona.MemberOfA).GetAsync($"/api/v1/audit?entity=Meeting&id={meetingId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.ApiClient(s, Persona.Anonymous).GetAsync($"/api/v1/audit?entity=Meeting&id={meetingId}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await app.SignedInClientAsync(s, Persona.MemberOfB)).GetAsync($"/audit/Meeting/{meetingId}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ClerkOfTheOwningBody_SeesAWorkstreamsHistory_AndItsRaidEntries()
    {
        var s = await app.NewScenarioAsync();
        var (workstreamId, raidId) = await app.WithDbAsync(async db =>
        {
            var programme = new Quorum.Programmes.Programme { BodyId = s.BodyA.Id, Name = $"Partnership {s.Suffix}" };
            var workstream = new Quorum.Programmes.Workstream { Name = "ICT" };
            programme.Workstreams.Add(workstream);
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            var raid = new Quorum.Programmes.RaidEntry { WorkstreamId = workstream.Id, Kind = Quorum.Programmes.RaidKind.Risk, Description = "Supplier exits the market" };
            db.RaidEntries.Add(raid);
            await db.SaveChangesAsync();
            return (workstream.Id, raid.Id);
        });

        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        (await clerk.GetStringAsync($"/audit/Workstream/{workstreamId}")).ShouldContain("Created on");
        (await app.ApiClient(s, Persona.ClerkOfA).GetStringAsync($"/api/v1/audit?entity=RaidEntry&id={raidId}")).ShouldContain("Supplier exits the market");
        (await app.ApiClient(s, Persona.MemberOfA).GetAsync($"/api/v1/audit?entity=Workstream&id={workstreamId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AuditLog_CannotBeChanged()
    {
        var s = await app.NewScenarioAsync();
        await Should.ThrowAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            var audit = await db.AuditEvents.FirstAsync(e => e.EntityType == "Body" && e.EntityId == s.BodyA.Id.ToString());
            audit.Actor = "someone else";
            await db.SaveChangesAsync();
        }));
    }

    private async Task<(int Meeting, int Item)> PublishedMeetingAsync(Scenario s, string minute) => await app.WithDbAsync(async db =>
    {
        var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 3, 12) };
        var item = meeting.AddAgendaItem("Contracts");
        item.Minute = new Minute { Text = minute };
        meeting.MarkHeld();
        meeting.StartMinutes();
        var next = new Meeting { BodyId = s.BodyA.Id, Number = 2, Date = new DateOnly(2026, 5, 14) };
        next.MarkHeld();
        db.Meetings.AddRange(meeting, next);
        await db.SaveChangesAsync();
        meeting.ApproveMinutesAt(next);
        meeting.PublishMinutes();
        await db.SaveChangesAsync();
        return (meeting.Id, item.Id);
    });
}
