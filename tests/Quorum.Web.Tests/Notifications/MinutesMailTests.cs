using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Meetings;
using Quorum.Notifications;

namespace Quorum.Web.Tests.Notifications;

/// <summary>Draft minutes to members, published minutes to confirmed followers: what the outbox holds after each step.</summary>
public sealed class MinutesMailTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task AFollower_IsToldOfPublishedMinutes_OnlyAfterConfirming_AndMembersGetTheDraft()
    {
        var s = await app.NewScenarioAsync();
        var follower = $"resident-{s.Suffix}@example.org";
        var alan = $"alan-{s.Suffix}@example.org";
        var (held, later) = await app.WithDbAsync(async db =>
        {
            (await db.People.FindAsync(s.MemberA.Id))!.Email = alan;
            var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 3, 12) };
            meeting.AddAgendaItem("Cloud").Minute = new Minute { Text = $"Draft words {s.Suffix}" };
            var exempt = meeting.AddAgendaItem($"SENTINEL-EXEMPT-{s.Suffix}");
            exempt.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3" });
            meeting.MarkHeld();
            meeting.StartMinutes();
            var next = new Meeting { BodyId = s.BodyA.Id, Number = 2, Date = new DateOnly(2026, 5, 14) };
            next.MarkHeld();
            db.Meetings.AddRange(meeting, next);
            await db.SaveChangesAsync();
            return (meeting.Id, next.Id);
        });

        // Anyone follows the public body; nothing but the confirmation goes out until they confirm.
        var visitor = await app.SignedInClientAsync(s, Persona.Anonymous);
        var follow = await visitor.PostFormAsync($"/bodies/{s.BodyA.ShortName}/follow", new Dictionary<string, string> { ["Email"] = follower });
        (await follow.Content.ReadAsStringAsync()).ShouldContain("Check your e-mail");
        var confirmation = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Recipient == follower));
        confirmation.Kind.ShouldBe(MessageKind.FollowConfirmation);
        var token = await app.WithDbAsync(db => db.BodyFollowers.Where(f => f.Address == follower).Select(f => f.ConfirmationToken).SingleAsync());
        confirmation.TextBody.ShouldContain($"/follow/{token}");

        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        (await clerk.PostFormAsync($"/meetings/{held}?handler=Circulate", new Dictionary<string, string>(), $"/meetings/{held}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var draft = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Recipient == alan && m.Kind == MessageKind.DraftMinutes));
        draft.TextBody.ShouldContain($"Draft words {s.Suffix}");

        // Confirmed by the click, not by opening the link.
        (await visitor.GetAsync($"/follow/{token}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.WithDbAsync(db => db.BodyFollowers.SingleAsync(f => f.Address == follower))).ConfirmedAt.ShouldBeNull();
        (await visitor.PostFormAsync($"/follow/{token}", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await clerk.PostFormAsync($"/meetings/{held}?handler=Approve", new Dictionary<string, string> { ["ApprovedAt"] = later.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/meetings/{held}"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await clerk.PostFormAsync($"/meetings/{held}?handler=Publish", new Dictionary<string, string>(), $"/meetings/{held}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var announced = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Recipient == follower && m.Kind == MessageKind.PublishedMinutes));
        announced.TextBody.ShouldContain("1 Cloud");
        announced.TextBody.ShouldNotContain($"SENTINEL-EXEMPT-{s.Suffix}");
        announced.HtmlBody.ShouldNotContain($"SENTINEL-EXEMPT-{s.Suffix}");
        announced.Headers.ShouldContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

        // The one-click link stops this body's minutes only: the address still follows the other body it follows.
        await app.WithDbAsync(async db =>
        {
            db.BodyFollowers.Add(new BodyFollower { BodyId = s.BodyB.Id, Address = follower, ConfirmationToken = $"other-{s.Suffix}", RequestedAt = DateTime.UtcNow, ConfirmedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        var link = $"/mail/unsubscribe/{announced.UnsubscribeToken}";
        var mailProgram = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        (await mailProgram.PostAsync(link, new StringContent("List-Unsubscribe=One-Click", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var confirmed = await mailProgram.GetStringAsync(link);
        confirmed.ShouldContain("You are unsubscribed");
        confirmed.ShouldContain(System.Net.WebUtility.HtmlEncode(s.BodyA.Name));
        (await app.WithDbAsync(db => db.BodyFollowers.Where(f => f.Address == follower).Select(f => f.BodyId).ToListAsync())).ShouldBe([s.BodyB.Id]);
        (await app.WithDbAsync(db => db.MailOptOuts.CountAsync(o => o.Address == follower))).ShouldBe(0);
    }
}
