using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Notifications;
using Quorum.People;

namespace Quorum.Tests.Notifications;

public sealed class MinutesMailTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2031, 3, 12, 9, 30, 0, TimeSpan.Zero);
    private static readonly MailSite Site = new(new Uri("https://quorum.example.org/"), "clerk@example.org");
    private readonly InMemoryQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    [Fact]
    public async Task CirculatingTheDraft_MarksItCirculated_AndSendsEachMemberTheMinutes_ItemByItem()
    {
        var s = Seed();

        using (var db = Open())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == s.Meeting);
            (await MinutesMail.CirculateDraftAsync(db, Site, meeting)).ShouldBe(2);
            meeting.MinutesState.ShouldBe(MinutesState.Circulated);
            await db.SaveChangesAsync();
        }

        var messages = await MessagesAsync();
        messages.Select(m => (m.Kind, m.Recipient, m.BodyId, m.MeetingId)).ShouldBe([
            (MessageKind.DraftMinutes, "ada@example.org", s.Body, s.Meeting),
            (MessageKind.DraftMinutes, "bea@example.org", s.Body, s.Meeting),
        ]);
        messages[0].Subject.ShouldBe("Draft minutes: Council 07, Tuesday 4 March 2031");
        messages[0].TextBody.ShouldBe(
            "Draft minutes of Council 07\n===========================\n\n"
            + "The draft minutes of the meeting of Council on Tuesday 4 March 2031 are circulated for comment. They are not yet approved.\n\n"
            + "1 Apologies\n-----------\n\nNone.\n\n"
            + "2 Budget\n--------\n\nThe budget was agreed.\n\n"
            + "3 Staffing\n----------\n\nThe restructure was agreed.\n\n"
            + "10 Any other business\n---------------------\n\nNo minute.\n\n"
            + $"Read them on the meeting's page: https://quorum.example.org/meetings/{s.Meeting}\n\n"
            + "-- \nYou get this as a member of Council.\n"
            + $"Stop these messages: https://quorum.example.org/mail/unsubscribe/{messages[0].UnsubscribeToken}\n"
            + "Choose which messages you get: https://quorum.example.org/account/notifications\n");
    }

    [Fact]
    public async Task DraftMinutes_CirculateOnlyOnce_AndOnlyForAHeldMeeting()
    {
        var s = Seed();
        using var db = Open();
        var meeting = await db.Meetings.SingleAsync(m => m.Id == s.Meeting);
        await MinutesMail.CirculateDraftAsync(db, Site, meeting);

        (await Should.ThrowAsync<DomainException>(() => MinutesMail.CirculateDraftAsync(db, Site, meeting))).Message.ShouldBe("The minutes are already circulated.");
        db.ChangeTracker.Entries<OutboxMessage>().Count().ShouldBe(2);
    }

    [Fact]
    public async Task PublishingTheMinutes_TellsConfirmedFollowersOnly_WhatThePublicMaySee()
    {
        var s = Seed(approved: true);
        using (var setup = quorum.Open(Viewer.System))
        {
            setup.BodyFollowers.AddRange(
                new BodyFollower { BodyId = s.Body, Address = "follower@example.org", ConfirmationToken = "a", RequestedAt = Now.UtcDateTime, ConfirmedAt = Now.UtcDateTime },
                new BodyFollower { BodyId = s.Body, Address = "unconfirmed@example.org", ConfirmationToken = "b", RequestedAt = Now.UtcDateTime });
            await setup.SaveChangesAsync();
        }

        using (var db = Open())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == s.Meeting);
            (await MinutesMail.PublishAsync(db, Site, meeting)).ShouldBe(1);
            meeting.MinutesState.ShouldBe(MinutesState.Published);
            await db.SaveChangesAsync();
        }

        var message = (await MessagesAsync()).ShouldHaveSingleItem();
        (message.Kind, message.Recipient, message.RecipientName, message.PersonId, message.BodyId, message.MeetingId)
            .ShouldBe((MessageKind.PublishedMinutes, "follower@example.org", null, null, s.Body, s.Meeting));
        message.Subject.ShouldBe("Minutes published: Council 07, Tuesday 4 March 2031");
        message.TextBody.ShouldStartWith(
            "Council has published the minutes of Tuesday 4 March 2031\n" + new string('=', 57) + "\n\n"
            + "The items of the meeting:\n\n"
            + "- 1 Apologies\n- 2 Budget\n- 10 Any other business\n\n"
            + $"Read the minutes: https://quorum.example.org/meetings/{s.Meeting}\n\n"
            + "-- \nYou get this because you follow Council.\n");
        message.TextBody.ShouldNotContain("Staffing");
    }

    [Fact]
    public async Task PublishingWithoutFollowers_OrForAPrivateBody_SendsNothing_ButStillPublishes()
    {
        var s = Seed(approved: true);
        using (var db = Open())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == s.Meeting);
            (await MinutesMail.PublishAsync(db, Site, meeting)).ShouldBe(0);
            meeting.MinutesState.ShouldBe(MinutesState.Published);
        }

        var p = Seed(approved: true, isPublic: false);
        using (var setup = quorum.Open(Viewer.System))
        {
            setup.BodyFollowers.Add(new BodyFollower { BodyId = p.Body, Address = "follower@example.org", ConfirmationToken = "a", RequestedAt = Now.UtcDateTime, ConfirmedAt = Now.UtcDateTime });
            await setup.SaveChangesAsync();
        }

        using (var db = Open())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == p.Meeting);
            (await MinutesMail.PublishAsync(db, Site, meeting)).ShouldBe(0);
            meeting.MinutesState.ShouldBe(MinutesState.Published);
            db.ChangeTracker.Entries<OutboxMessage>().ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task AskingToFollow_RecordsTheRequest_AndSendsTheConfirmationLink_AgainWhenAskedAgain()
    {
        var s = Seed();
        using (var db = Open())
        {
            var body = await db.Bodies.SingleAsync(b => b.Id == s.Body);
            await MinutesMail.RequestFollowAsync(db, Site, body, "  Ada@Example.ORG ");
            await db.SaveChangesAsync();
            await MinutesMail.RequestFollowAsync(db, Site, body, "ada@example.org");
            await db.SaveChangesAsync();
        }

        using var read = quorum.Open(Viewer.System);
        var follower = await read.BodyFollowers.SingleAsync();
        (follower.BodyId, follower.Address, follower.RequestedAt, follower.ConfirmedAt).ShouldBe((s.Body, "ada@example.org", Now.UtcDateTime, (DateTime?)null));
        follower.ConfirmationToken.ShouldMatch("^[0-9a-f]{40}$");
        var messages = await MessagesAsync();
        messages.Count.ShouldBe(2);
        messages.ShouldAllBe(m => m.Kind == MessageKind.FollowConfirmation && m.Recipient == "ada@example.org" && m.BodyId == s.Body && m.MeetingId == null);
        messages[0].Subject.ShouldBe("Confirm that you want to follow Council");
        messages[0].TextBody.ShouldStartWith(
            "Follow Council\n==============\n\n"
            + "Someone, probably you, asked Quorum to e-mail ada@example.org when Council publishes its minutes. Nothing will be sent unless you confirm.\n\n"
            + $"Confirm: https://quorum.example.org/follow/{follower.ConfirmationToken}\n\n"
            + "If you did not ask, ignore this message.\n\n"
            + "-- \nYou get this because your address was entered to follow a body.\n");
    }

    [Fact]
    public async Task AConfirmedFollower_AskingAgain_GetsNoSecondConfirmation()
    {
        var s = Seed();
        using (var setup = quorum.Open(Viewer.System))
        {
            setup.BodyFollowers.Add(new BodyFollower { BodyId = s.Body, Address = "ada@example.org", ConfirmationToken = "a", RequestedAt = Now.UtcDateTime, ConfirmedAt = Now.UtcDateTime });
            await setup.SaveChangesAsync();
        }

        using var db = Open();
        await MinutesMail.RequestFollowAsync(db, Site, await db.Bodies.SingleAsync(b => b.Id == s.Body), "ada@example.org");
        await db.SaveChangesAsync();

        (await MessagesAsync()).ShouldBeEmpty();
        (await db.BodyFollowers.CountAsync()).ShouldBe(1);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("")]
    [InlineData("a@b@c")]
    public async Task AnAddressInTheWrongFormat_IsRefused(string address)
    {
        var s = Seed();
        using var db = Open();
        var refused = await Should.ThrowAsync<DomainException>(() => MinutesMail.RequestFollowAsync(db, Site, db.Bodies.Single(b => b.Id == s.Body), address));
        refused.Message.ShouldBe("Enter an e-mail address in the right format, like name@example.org");
        db.ChangeTracker.Entries<BodyFollower>().ShouldBeEmpty();
    }

    [Fact]
    public async Task AnAddressLongerThanAnAddressMayBe_IsRefused()
    {
        var s = Seed();
        using var db = Open();
        var address = new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 63), 4)) + ".org";
        address.Length.ShouldBeGreaterThan(320);
        (await Should.ThrowAsync<DomainException>(() => MinutesMail.RequestFollowAsync(db, Site, db.Bodies.Single(b => b.Id == s.Body), address)))
            .Message.ShouldStartWith("Enter an e-mail address");
    }

    [Fact]
    public async Task AnAddressOfThreeHundredAndTwentyCharacters_TheMostAnAddressMayHave_IsAccepted()
    {
        var s = Seed();
        var address = new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 63), 3)) + "." + new string('b', 59) + ".org";
        address.Length.ShouldBe(320);

        using (var db = Open())
        {
            await MinutesMail.RequestFollowAsync(db, Site, db.Bodies.Single(b => b.Id == s.Body), address);
            await db.SaveChangesAsync();
        }

        using var read = quorum.Open(Viewer.System);
        (await read.BodyFollowers.SingleAsync()).Address.ShouldBe(address);
        (await MessagesAsync()).ShouldHaveSingleItem().Recipient.ShouldBe(address);
    }

    [Fact]
    public async Task AnAddressFollowingOneBody_AskingToFollowAnother_IsRecordedForThatOneToo()
    {
        var council = Seed();
        var panel = Seed();
        using (var db = Open())
        {
            await MinutesMail.RequestFollowAsync(db, Site, db.Bodies.Single(b => b.Id == council.Body), "ada@example.org");
            await db.SaveChangesAsync();
            await MinutesMail.RequestFollowAsync(db, Site, db.Bodies.Single(b => b.Id == panel.Body), "ada@example.org");
            await db.SaveChangesAsync();
        }

        using var read = quorum.Open(Viewer.System);
        (await read.BodyFollowers.OrderBy(f => f.Id).Select(f => f.BodyId).ToListAsync()).ShouldBe([council.Body, panel.Body]);
        (await MessagesAsync()).Select(m => m.BodyId).ShouldBe([council.Body, panel.Body]);
    }

    [Fact]
    public async Task APrivateBody_CannotBeFollowed()
    {
        var s = Seed(isPublic: false);
        using var db = Open();
        var refused = await Should.ThrowAsync<DomainException>(() => MinutesMail.RequestFollowAsync(db, Site, db.Bodies.Single(b => b.Id == s.Body), "ada@example.org"));
        refused.Message.ShouldBe("Only a public body can be followed.");
    }

    private sealed record Seeded(int Body, int Meeting);

    private Seeded Seed(bool approved = false, bool isPublic = true)
    {
        using var db = quorum.Open(Viewer.System);
        var body = new Body { Name = "Council", ShortName = $"C{Guid.NewGuid():N}"[..8], IsPublic = isPublic };
        var meeting = new Meeting { Body = body, Number = 7, Date = new DateOnly(2031, 3, 4) };
        var later = new Meeting { Body = body, Number = 8, Date = new DateOnly(2031, 4, 1) };
        meeting.AgendaItems.Add(new AgendaItem { Number = "10", Title = "Any other business" });
        meeting.AgendaItems.Add(new AgendaItem { Number = "2", Title = "Budget", Minute = new Minute { Text = "The budget was agreed." } });
        meeting.AgendaItems.Add(new AgendaItem { Number = "1", Title = "Apologies", Minute = new Minute { Text = "None." } });
        var staffing = new AgendaItem { Number = "3", Title = "Staffing", Minute = new Minute { Text = "The restructure was agreed." } };
        staffing.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 1" });
        meeting.AgendaItems.Add(staffing);
        db.Meetings.AddRange(meeting, later);
        db.Memberships.AddRange(
            new Membership { Body = body, Person = new Person { FullName = "Bea Brown", Email = "bea@example.org" } },
            new Membership { Body = body, Person = new Person { FullName = "Ada Lovelace", Email = "ada@example.org" } });
        meeting.MarkHeld();
        meeting.StartMinutes();
        db.SaveChanges();
        if (approved)
        {
            meeting.ApproveMinutesAt(later);
            db.SaveChanges();
        }

        return new(body.Id, meeting.Id);
    }

    private QuorumDb Open()
    {
        var db = quorum.Open(Viewer.System);
        db.Clock = new FixedClock(Now);
        return db;
    }

    private async Task<List<OutboxMessage>> MessagesAsync()
    {
        using var db = quorum.Open(Viewer.System);
        return await db.OutboxMessages.OrderBy(m => m.Id).ToListAsync();
    }
}
