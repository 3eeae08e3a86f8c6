using System.Net;
using System.Net.Http.Json;
using System.Text;
using Ical.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Quorum.Meetings;
using Quorum.Notifications;
using Quorum.Papers;
using Quorum.Web.Tests.Mail;
using Xunit.Abstractions;

namespace Quorum.Web.Tests.Notifications;

/// <summary>
/// Messages through the real host to a real SMTP server. The test host itself has no mail server
/// set, so what it writes waits in the outbox; a second node on the same database, pointed at
/// maildev, sends it — as a restarted or second web node would.
/// </summary>
public sealed class NotificationTests(QuorumApp app, ITestOutputHelper output) : IClassFixture<QuorumApp>
{
    private static MailServer Mail => MailServer.Shared!;

    [MailFact]
    public async Task CirculatedAgenda_ArrivesOnce_WithBothParts_UnsubscribeHeaders_AndOnlyThePapersEachMemberMaySee()
    {
        var s = await app.NewScenarioAsync();
        var (alan, clara) = await AddressesAsync(s);
        var meeting = await MeetingWithPapersAsync(s);

        var circulate = await app.ApiClient(s, Persona.ClerkOfA).PostAsync($"/api/v1/meetings/{meeting}/circulate", null);
        circulate.StatusCode.ShouldBe(HttpStatusCode.OK, await circulate.Content.ReadAsStringAsync());

        await using var node = SenderNode("sender");
        _ = node.Services;
        var toAlan = await Mail.WaitForAsync(alan, 1);
        var toClara = await Mail.WaitForAsync(clara, 1);

        toAlan.Count.ShouldBe(1);
        toClara.Count.ShouldBe(1);
        var message = toAlan[0];
        message.Subject.ShouldStartWith("Agenda: ");
        message.TextBody!.ShouldContain($"Members paper {s.Suffix}");
        message.HtmlBody!.ShouldContain($"Members paper {s.Suffix}");
        message.TextBody!.ShouldContain("1 Apologies");
        message.Headers["List-Unsubscribe"].ShouldStartWith("<http");
        message.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");

        // Alan is outside the circulation of two papers: neither their titles nor links reach him.
        foreach (var part in new[] { message.TextBody!, message.HtmlBody!, Invitation(message) })
        {
            part.ShouldNotContain($"SENTINEL-NAMED-{s.Suffix}");
            part.ShouldNotContain($"SENTINEL-B-{s.Suffix}");
        }

        // The clerk, who keeps body A's papers, gets all three in her own message.
        toClara[0].TextBody!.ShouldContain($"SENTINEL-NAMED-{s.Suffix}");
        toClara[0].TextBody!.ShouldContain($"SENTINEL-B-{s.Suffix}");

        var calendar = Calendar.Load(Invitation(message))!;
        calendar.Method.ShouldBe("REQUEST");
        var e = calendar.Events.Single();
        e.Sequence.ShouldBe(0);
        e.DtStart!.Value.ShouldBe(new DateTime(2026, 12, 10, 10, 0, 0));
        e.DtStart!.TzId.ShouldBe("Europe/London");
        e.Attendees.Single().Value!.ToString().ShouldBe($"mailto:{alan}");
    }

    [MailFact]
    public async Task Invitation_UpdatesItselfWhenTheMeetingMoves_AndCancelsItselfWhenCancelled()
    {
        var s = await app.NewScenarioAsync();
        var (alan, _) = await AddressesAsync(s);
        var meeting = await MeetingWithPapersAsync(s);
        var clerk = app.ApiClient(s, Persona.ClerkOfA);
        (await clerk.PostAsync($"/api/v1/meetings/{meeting}/circulate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var moved = await clerk.PostAsJsonAsync($"/api/v1/meetings/{meeting}/reschedule", new { date = "2026-12-17", startTime = "14:30:00", reason = "Room double-booked" });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        var replacement = (await moved.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("replacementMeetingId").GetInt32();
        var cancelled = await clerk.PostAsJsonAsync($"/api/v1/meetings/{replacement}/cancel", new { reason = "Nothing to decide" });
        cancelled.StatusCode.ShouldBe(HttpStatusCode.OK, await cancelled.Content.ReadAsStringAsync());

        await using var node = SenderNode("sender");
        _ = node.Services;
        var received = await Mail.WaitForAsync(alan, 3);

        received.Count.ShouldBe(3);
        var events = received.Select(m => (Calendar.Load(Invitation(m))!, m)).OrderBy(c => c.Item1.Events.Single().Sequence).ToList();
        events.Select(c => c.Item1.Method).ShouldBe(["REQUEST", "REQUEST", "CANCEL"]);
        events.Select(c => c.Item1.Events.Single().Sequence).ShouldBe([0, 1, 2]);
        events.Select(c => c.Item1.Events.Single().Uid).Distinct().Count().ShouldBe(1, "one event in the member's calendar, updated and then cancelled");
        events[1].Item1.Events.Single().DtStart!.Value.ShouldBe(new DateTime(2026, 12, 17, 14, 30, 0));
        events[1].m.TextBody!.ShouldContain("Room double-booked");
        events[2].Item1.Events.Single().Status.ShouldBe("CANCELLED");
        events[2].m.Subject.ShouldStartWith("Cancelled: ");
    }

    [MailFact]
    public async Task ACrashBetweenCommitAndSend_LosesNothing_AndSendsEachMessageOnce()
    {
        var s = await app.NewScenarioAsync();
        var (alan, clara) = await AddressesAsync(s);
        var meeting = await MeetingWithPapersAsync(s);
        (await app.ApiClient(s, Persona.ClerkOfA).PostAsync($"/api/v1/meetings/{meeting}/circulate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var sentBefore = $"sent-before-{s.Suffix}@example.org";
        await app.WithDbAsync(async db =>
        {
            // Alan's message was claimed by a node that died before sending it: its lease ran out.
            var claimed = await db.OutboxMessages.SingleAsync(m => m.MeetingId == meeting && m.Recipient == alan);
            claimed.Status = OutboxStatus.Sending;
            claimed.Attempts = 1;
            claimed.LeaseOwner = "node-that-crashed";
            claimed.LeaseUntil = DateTime.UtcNow.AddMinutes(-1);

            // A message marked sent is never sent again, whatever happened to its node.
            var done = await Outbox.WriteAsync(db, MailSite.Default, new Recipient(sentBefore, null, null), MessageKind.ActionAssigned, new Letter("Already sent").Paragraph("x"), "test", s.BodyA.Id);
            done!.Status = OutboxStatus.Sent;
            done.SentAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        });

        // The node that wrote them has no mail server: nothing has left.
        (await Mail.ReceivedByAsync(alan)).ShouldBeEmpty();

        // A node restarts with the mail server set; then a second restart finds nothing left to do.
        await using (var restarted = SenderNode("restarted"))
        {
            _ = restarted.Services;
            await Mail.WaitForAsync(alan, 1);
            await Mail.WaitForAsync(clara, 1);
        }

        await using (var again = SenderNode("restarted-again"))
        {
            _ = again.Services;
            await Task.Delay(1500);
        }

        (await Mail.ReceivedByAsync(alan)).Count.ShouldBe(1);
        (await Mail.ReceivedByAsync(clara)).Count.ShouldBe(1);
        (await Mail.ReceivedByAsync(sentBefore)).ShouldBeEmpty();
        var rows = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.MeetingId == meeting).ToListAsync());
        rows.ShouldAllBe(m => m.Status == OutboxStatus.Sent);
        rows.Single(m => m.Recipient == alan).Attempts.ShouldBe(2);
    }

    [MailFact]
    public async Task TwoNodesOnOneDatabase_SendEachMessageOnce()
    {
        var s = await app.NewScenarioAsync();
        var addresses = Enumerable.Range(1, 40).Select(i => $"reader{i}-{s.Suffix}@example.org").ToList();
        var ids = await app.WithDbAsync(async db =>
        {
            var written = new List<OutboxMessage>();
            foreach (var address in addresses)
                written.Add((await Outbox.WriteAsync(db, MailSite.Default, new Recipient(address, null, null), MessageKind.ActionDigest,
                    new Letter($"Digest for {address}").Paragraph("Your actions"), "test", s.BodyA.Id))!);
            await db.SaveChangesAsync();
            return written.Select(m => m.Id).ToList();
        });

        await using var first = SenderNode("node-1");
        await using var second = SenderNode("node-2");
        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until && await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => ids.Contains(m.Id) && m.Status != OutboxStatus.Sent)) > 0)
            await Task.Delay(200);
        await Task.Delay(1000);

        var rows = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync());
        rows.ShouldAllBe(m => m.Status == OutboxStatus.Sent);
        output.WriteLine($"{(app.IsPostgres ? "PostgreSQL" : "SQLite")}: node-1 sent {rows.Count(r => r.LeaseOwner == "node-1")}, node-2 sent {rows.Count(r => r.LeaseOwner == "node-2")}");
        foreach (var address in addresses)
            (await Mail.ReceivedByAsync(address)).Count.ShouldBe(1, address);
    }

    [MailFact]
    public async Task OneClickUnsubscribe_StopsThatKindOfMessage()
    {
        var s = await app.NewScenarioAsync();
        var (alan, clara) = await AddressesAsync(s);
        var meeting = await MeetingWithPapersAsync(s);
        var clerk = app.ApiClient(s, Persona.ClerkOfA);
        (await clerk.PostAsync($"/api/v1/meetings/{meeting}/circulate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var node = SenderNode("sender");
        _ = node.Services;
        var first = (await Mail.WaitForAsync(alan, 1)).Single();
        var link = new Uri(first.Headers["List-Unsubscribe"]!.Trim('<', '>'));

        // What a mail program does for RFC 8058: one POST, no cookies, no form token.
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var click = await anonymous.PostAsync(link.PathAndQuery, new StringContent("List-Unsubscribe=One-Click", Encoding.ASCII, "application/x-www-form-urlencoded"));
        click.StatusCode.ShouldBe(HttpStatusCode.OK, await click.Content.ReadAsStringAsync());
        (await anonymous.GetStringAsync(link.PathAndQuery)).ShouldContain("You are unsubscribed");

        (await clerk.PostAsync($"/api/v1/meetings/{meeting}/circulate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Mail.WaitForAsync(clara, 2)).Count.ShouldBe(2);
        (await Mail.ReceivedByAsync(alan)).Count.ShouldBe(1, "Alan unsubscribed from agendas and invitations");
        (await anonymous.GetAsync("/mail/unsubscribe/not-a-token")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Outbox_ShowsClerksWhatWaits_AndRetriesAFailedMessage_ButNotToMembers()
    {
        var s = await app.NewScenarioAsync();
        var id = await app.WithDbAsync(async db =>
        {
            var m = await Outbox.WriteAsync(db, MailSite.Default, new Recipient($"bounced-{s.Suffix}@example.org", null, null), MessageKind.ActionAssigned,
                new Letter($"Action for {s.Suffix}").Paragraph("x"), "test", s.BodyA.Id);
            m!.Status = OutboxStatus.Failed;
            m.Attempts = 8;
            m.LastError = "SmtpCommandException: mailbox unavailable";
            await db.SaveChangesAsync();
            return m.Id;
        });

        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var page = await clerk.GetStringAsync("/outbox?status=Failed");
        page.ShouldContain($"Action for {s.Suffix}");
        page.ShouldContain("mailbox unavailable");
        (await clerk.PostFormAsync($"/outbox?handler=Retry&id={id}", new Dictionary<string, string>(), "/outbox")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == id))).Status.ShouldBe(OutboxStatus.Pending);

        var listed = await app.ApiClient(s, Persona.ClerkOfA).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/outbox?body={s.BodyA.Id}");
        listed.GetProperty("total").GetInt32().ShouldBe(1);
        (await app.ApiClient(s, Persona.MemberOfA).GetAsync("/api/v1/outbox")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var member = await app.SignedInClientAsync(s, Persona.MemberOfA);
        (await member.GetAsync("/outbox")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Outbox_PagesFiftyMessagesAtATime_NewestFirst_KeepingTheStatusFilter()
    {
        var s = await app.NewScenarioAsync();
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 51; i++)
            {
                var m = await Outbox.WriteAsync(db, MailSite.Default, new Recipient($"paged-{i}-{s.Suffix}@example.org", null, null), MessageKind.ActionAssigned,
                    new Letter($"Paged message {s.Suffix} {i:00}").Paragraph("x"), "test", s.BodyA.Id);
                m!.Status = OutboxStatus.Failed;
                await db.SaveChangesAsync();
            }
        });
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var first = await clerk.GetStringAsync("/outbox?status=Failed");
        first.ShouldContain($"Paged message {s.Suffix} 50");
        first.ShouldContain($"Paged message {s.Suffix} 01");
        first.ShouldNotContain($"Paged message {s.Suffix} 00");
        first.ShouldContain("51 messages, failed");
        first.ShouldContain("href=\"/outbox?status=Failed&amp;page=2\" rel=\"next\"");
        first.ShouldNotContain("rel=\"prev\"");

        var second = await clerk.GetStringAsync("/outbox?status=Failed&page=2");
        second.ShouldContain($"Paged message {s.Suffix} 00");
        second.ShouldNotContain($"Paged message {s.Suffix} 01");
        second.ShouldContain("href=\"/outbox?status=Failed&amp;page=1\" rel=\"prev\"");
        second.ShouldNotContain("rel=\"next\"");

        (await clerk.GetAsync("/outbox?page=2147483647")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await clerk.GetAsync("/outbox?page=abc")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private WebApplicationFactory<Program> SenderNode(string name) => app.WithWebHostBuilder(builder =>
    {
        foreach (var (key, value) in Mail.NodeSettings(name))
            builder.UseSetting(key, value);
    });

    private static string Invitation(MimeMessage message) =>
        message.Attachments.OfType<MimePart>().Where(a => a.FileName == MeetingInvitation.FileName).Select(a =>
        {
            using var stream = new MemoryStream();
            a.Content!.DecodeTo(stream);
            return Encoding.UTF8.GetString(stream.ToArray());
        }).Single();

    /// <summary>Gives the scenario's member and clerk of body A e-mail addresses; returns them.</summary>
    private async Task<(string Alan, string Clara)> AddressesAsync(Scenario s)
    {
        var alan = $"alan-{s.Suffix}@example.org";
        var clara = $"clara-{s.Suffix}@example.org";
        await app.WithDbAsync(async db =>
        {
            (await db.People.FindAsync(s.MemberA.Id))!.Email = alan;
            (await db.People.FindAsync(s.Clerk.Id))!.Email = clara;
            await db.SaveChangesAsync();
        });
        return (alan, clara);
    }

    /// <summary>A scheduled meeting of body A with three papers: one for A's members, one for the clerk by name, one for B's members.</summary>
    private async Task<int> MeetingWithPapersAsync(Scenario s) => await app.WithDbAsync(async db =>
    {
        var a = await db.Bodies.FindAsync(s.BodyA.Id);
        var b = await db.Bodies.FindAsync(s.BodyB.Id);
        var clerk = await db.People.FindAsync(s.Clerk.Id);
        var meeting = new Meeting { Body = a, Number = 1, Date = new DateOnly(2026, 12, 10), StartTime = new TimeOnly(10, 0), EndTime = new TimeOnly(12, 0) };
        meeting.AddAgendaItem("Apologies");
        meeting.AddAgendaItem("Cloud strategy");
        Paper PaperFor(string title, Circulation circulation, Quorum.Bodies.Body[] bodies, Quorum.People.Person[] people)
        {
            var paper = new Paper { Title = title, BodyId = s.BodyA.Id, Meeting = meeting };
            paper.Classify(ProtectiveMarking.OfficialSensitive, null, circulation, bodies, people);
            return paper;
        }

        db.Meetings.Add(meeting);
        db.Papers.AddRange(
            PaperFor($"Members paper {s.Suffix}", Circulation.MembersOfBodies, [a!], []),
            PaperFor($"SENTINEL-NAMED-{s.Suffix}", Circulation.NamedPeople, [], [clerk!]),
            PaperFor($"SENTINEL-B-{s.Suffix}", Circulation.MembersOfBodies, [b!], []));
        await db.SaveChangesAsync();
        return meeting.Id;
    });
}
