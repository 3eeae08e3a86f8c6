using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Actions;
using Quorum.Meetings;
using Quorum.Notifications;
using Quorum.People;
using Quorum.Web.Tests.Mail;

namespace Quorum.Web.Tests.Notifications;

/// <summary>
/// Messages about actions through the real host to a real SMTP server: owners told when an action
/// is raised or changed, the weekly digest and the clerks' reminder, and the choices that stop them.
/// Each digest test runs its node on its own fixed week, so no test finds another's week done.
/// </summary>
public sealed class ActionMailTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    private static MailServer Mail => MailServer.Shared!;

    [MailFact]
    public async Task RaisedAction_TellsEachOwner_ButNotTheOwnerWhoRaisedIt_AndAChangeByTheClerkTellsThemAgain()
    {
        var s = await app.NewScenarioAsync();
        var (alan, clara) = await AddressesAsync(s);
        var meeting = await MeetingAsync(s);
        var clerk = app.ApiClient(s, Persona.ClerkOfA);

        var raised = await clerk.PostAsJsonAsync("/api/v1/actions", new { meetingId = meeting, ownerIds = new[] { s.MemberA.Id, s.Clerk.Id }, text = $"Draft the cloud options paper {s.Suffix}", dueDate = "2031-06-30" });
        raised.StatusCode.ShouldBe(HttpStatusCode.Created, await raised.Content.ReadAsStringAsync());
        var answer = await raised.Content.ReadFromJsonAsync<JsonElement>();
        var action = answer.GetProperty("id").GetInt32();
        var reference = answer.GetProperty("reference").GetString();

        // Written with the action, in its transaction: one to Alan, none to Clara, who raised it.
        var written = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Kind == MessageKind.ActionAssigned && m.MeetingId == meeting).ToListAsync());
        written.Select(m => m.Recipient).ShouldBe([alan]);

        var read = await clerk.GetAsync($"/api/v1/actions/{action}");
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/actions/{action}") { Content = JsonContent.Create(new { dueDate = "2031-07-31", status = "InProgress", note = "Supplier quotes awaited" }) };
        put.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.Tag);
        var changed = await clerk.SendAsync(put);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());

        await using var node = SenderNode("sender");
        _ = node.Services;
        var received = await Mail.WaitForAsync(alan, 2);

        received.Count.ShouldBe(2);
        var first = received.Single(m => m.Subject!.StartsWith($"Action {reference} is yours", StringComparison.Ordinal));
        first.TextBody!.ShouldContain($"Draft the cloud options paper {s.Suffix}");
        first.TextBody!.ShouldContain("30 June 2031");
        first.HtmlBody!.ShouldContain($"/actions/{action}\"");
        first.Headers["List-Unsubscribe"].ShouldStartWith("<http");
        first.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
        var second = received.Single(m => m.Subject == $"Action {reference} has changed");
        second.TextBody!.ShouldContain("Due date moved from 30 June 2031 to 31 July 2031.");
        second.TextBody!.ShouldContain("Status changed from open to in progress: Supplier quotes awaited");
        second.HtmlBody!.ShouldContain("Supplier quotes awaited");
        (await Mail.ReceivedByAsync(clara)).ShouldBeEmpty();
    }

    [MailFact]
    public async Task AnOwnerWhoTurnedActionMessagesOff_IsNotTold()
    {
        var s = await app.NewScenarioAsync();
        var (alan, _) = await AddressesAsync(s);
        var meeting = await MeetingAsync(s);

        // Alan unticks "Actions given to you" on his preferences page.
        var member = await app.SignedInClientAsync(s, Persona.MemberOfA);
        var page = await member.GetStringAsync("/account/notifications");
        page.ShouldContain(alan);
        page.ShouldContain("Weekly digest of your actions");
        var wanted = MessageKinds.Choosable.Select(c => c.Kind).Where(k => k != MessageKind.ActionAssigned).ToList();
        using var form = new FormUrlEncodedContent([.. wanted.Select(k => new KeyValuePair<string, string>("Wanted", k.ToString())),
            new KeyValuePair<string, string>("__RequestVerificationToken", AntiforgeryToken(page))]);
        (await member.PostAsync("/account/notifications", form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var raised = await app.ApiClient(s, Persona.ClerkOfA).PostAsJsonAsync("/api/v1/actions", new { meetingId = meeting, ownerIds = new[] { s.MemberA.Id }, text = "Check the figures", dueDate = "2031-06-30" });
        raised.StatusCode.ShouldBe(HttpStatusCode.Created, await raised.Content.ReadAsStringAsync());

        (await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Recipient == alan))).ShouldBe(0);
    }

    [MailFact]
    public async Task WeeklyDigest_ListsWhatEachOwnerMaySee_DueWithinTwoWeeksOrOverdue_OnceAWeek_EvenWithTwoNodes()
    {
        var s = await app.NewScenarioAsync();
        var (alan, clara) = await AddressesAsync(s);
        var beth = $"beth-{s.Suffix}@example.org";
        var now = new DateTimeOffset(2031, 3, 12, 9, 0, 0, TimeSpan.Zero);
        var today = new DateOnly(2031, 3, 12);
        var ids = await app.WithDbAsync(async db =>
        {
            (await db.People.FindAsync(s.MemberB.Id))!.Email = beth;
            var a = await db.Bodies.FindAsync(s.BodyA.Id);
            var b = await db.Bodies.FindAsync(s.BodyB.Id);
            var alanPerson = (await db.People.FindAsync(s.MemberA.Id))!;
            var bethPerson = (await db.People.FindAsync(s.MemberB.Id))!;
            var ofA = new Meeting { Body = a, Number = 1, Date = today.AddDays(-20) };
            var open = ofA.AddAgendaItem("Cloud strategy");
            var exempt = ofA.AddAgendaItem($"Land sale {s.Suffix}");
            exempt.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3", ReviewDate = today.AddDays(5) });
            var ofB = new Meeting { Body = b, Number = 1, Date = today.AddDays(-20) };
            var secret = ofB.AddAgendaItem("Staffing");
            db.Meetings.AddRange(ofA, ofB);
            ActionItem Raise(Meeting m, AgendaItem i, int sequence, string text, DateOnly due, params Person[] owners) =>
                new() { BodyId = m.Body!.Id, Meeting = m, AgendaItem = i, Sequence = sequence, Reference = $"{text}-{s.Suffix}", Text = text, DueDate = due, Owners = [.. owners] };
            var actions = new[]
            {
                Raise(ofA, open, 1, "OVERDUE", today.AddDays(-3), alanPerson),
                Raise(ofA, open, 2, "SOON", today.AddDays(10), alanPerson),
                Raise(ofA, open, 3, "LATER", today.AddDays(40), alanPerson),
                Raise(ofA, open, 4, "CLOSED", today.AddDays(2), alanPerson),
                Raise(ofB, secret, 1, "SENTINEL-B", today.AddDays(4), alanPerson, bethPerson),
            };
            actions[3].RecordUpdate("Done", ActionStatus.Done, today.AddDays(-1), "clerk", DateTime.UtcNow);
            db.Actions.AddRange(actions);
            await db.SaveChangesAsync();
            return actions.Select(x => x.Id).ToArray();
        });

        // Two nodes on the same clock, both running the week's reminders.
        await using var first = ReminderNode("digest-1", now);
        await using var second = ReminderNode("digest-2", now);
        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));
        var toAlan = await Mail.WaitForAsync(alan, 1);
        var toBeth = await Mail.WaitForAsync(beth, 1);
        var toClara = await Mail.WaitForAsync(clara, 1);
        await Task.Delay(1500);

        toAlan = await Mail.ReceivedByAsync(alan);
        toAlan.Count.ShouldBe(1, "one digest a week, however many nodes");
        var digest = toAlan[0];
        digest.Subject.ShouldBe("Your actions: 1 overdue, 1 due in the next two weeks");
        foreach (var part in new[] { digest.TextBody!, digest.HtmlBody! })
        {
            part.ShouldContain($"OVERDUE-{s.Suffix}");
            part.ShouldContain($"SOON-{s.Suffix}");
            part.ShouldNotContain($"LATER-{s.Suffix}");
            part.ShouldNotContain($"CLOSED-{s.Suffix}");
            part.ShouldNotContain("SENTINEL-B", customMessage: "Alan owns it but may not see body B's unpublished action");
        }

        digest.HtmlBody!.ShouldContain($"/actions/{ids[0]}\"");
        digest.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
        toBeth.Count.ShouldBe(1);
        toBeth[0].TextBody!.ShouldContain($"SENTINEL-B-{s.Suffix}");
        toBeth[0].TextBody!.ShouldNotContain($"OVERDUE-{s.Suffix}");

        // Clara clerks body A: the exemption due for review and A's overdue action, not B's.
        toClara.Count.ShouldBe(1);
        toClara[0].Subject.ShouldBe("For the clerk: 1 exemption to review, 1 overdue action");
        toClara[0].TextBody!.ShouldContain($"Land sale {s.Suffix}");
        toClara[0].TextBody!.ShouldContain($"OVERDUE-{s.Suffix}");
        toClara[0].TextBody!.ShouldNotContain("SENTINEL-B");

        var rows = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Recipient == alan || m.Recipient == beth || m.Recipient == clara).ToListAsync());
        rows.Select(m => m.RunKey).ShouldBe(
            [$"digest:2031-W11:person:{s.MemberA.Id}", $"digest:2031-W11:person:{s.MemberB.Id}", $"clerks:2031-W11:person:{s.Clerk.Id}"], ignoreOrder: true);

        // Alan's one-click unsubscribe stops his digest; Beth's comes the next week as before.
        var link = new Uri(digest.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        (await anonymous.PostAsync(link.PathAndQuery, new StringContent("List-Unsubscribe=One-Click", Encoding.ASCII, "application/x-www-form-urlencoded"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetStringAsync(link.PathAndQuery)).ShouldContain("weekly digest of your actions");
        await using (var nextWeek = ReminderNode("digest-next", now.AddDays(7)))
        {
            _ = nextWeek.Services;
            (await Mail.WaitForAsync(beth, 2)).Count.ShouldBe(2);
        }

        (await Mail.ReceivedByAsync(alan)).Count.ShouldBe(1, "Alan unsubscribed from the digest");
    }

    private WebApplicationFactory<Program> SenderNode(string name) => app.WithWebHostBuilder(builder =>
    {
        foreach (var (key, value) in Mail.NodeSettings(name))
            builder.UseSetting(key, value);
    });

    /// <summary>A node that sends and runs the weekly reminders on a clock stopped at <paramref name="now"/>.</summary>
    private WebApplicationFactory<Program> ReminderNode(string name, DateTimeOffset now) => app.WithWebHostBuilder(builder =>
    {
        foreach (var (key, value) in Mail.NodeSettings(name))
            builder.UseSetting(key, value);
        builder.UseSetting("Quorum:Mail:Reminders", "true");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedClock(now)));
    });

    private static string AntiforgeryToken(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

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

    private async Task<int> MeetingAsync(Scenario s) => await app.WithDbAsync(async db =>
    {
        var meeting = new Meeting { Body = await db.Bodies.FindAsync(s.BodyA.Id), Number = 1, Date = new DateOnly(2031, 5, 10) };
        meeting.AddAgendaItem("Cloud strategy");
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    });

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
