using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Notifications;

namespace Quorum.Tests.Notifications;

public class OutboxTests
{
    private static readonly DateTime Now = new(2031, 3, 12, 9, 30, 0, DateTimeKind.Utc);
    private static readonly MailSite Site = new(new Uri("https://quorum.example.org/"), "clerk@example.org");

    [Fact]
    public async Task AWrittenMessage_CarriesTheLetter_ItsFooter_AndTheUnsubscribeHeaders()
    {
        using var quorum = new InMemoryQuorum();
        using var db = Open(quorum);

        var message = await Outbox.WriteAsync(db, Site, new Recipient("  Ada@Example.org ", "Ada", 7), MessageKind.DraftMinutes,
            new Letter("Draft minutes").Paragraph("Here they are."), "You sit on the Board.", bodyId: 3, meetingId: 4);

        message.ShouldNotBeNull();
        db.OutboxMessages.Local.ShouldBe([message]);
        message.Kind.ShouldBe(MessageKind.DraftMinutes);
        (message.BodyId, message.MeetingId, message.PersonId).ShouldBe((3, 4, 7));
        message.Recipient.ShouldBe("Ada@Example.org");
        message.RecipientName.ShouldBe("Ada");
        message.Subject.ShouldBe("Draft minutes");
        message.UnsubscribeToken.ShouldMatch("^[0-9a-f]{40}$");
        var unsubscribe = $"https://quorum.example.org/mail/unsubscribe/{message.UnsubscribeToken}";
        message.TextBody.ShouldBe($"Here they are.\n\n-- \nYou sit on the Board.\nStop these messages: {unsubscribe}\n"
            + "Choose which messages you get: https://quorum.example.org/account/notifications\n");
        message.HtmlBody.ShouldContain($"<a href=\"{unsubscribe}\">Stop these messages</a>");
        message.Headers.ShouldBe($"List-Unsubscribe: <{unsubscribe}>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n");
        message.HeaderLines().ShouldBe([
            new KeyValuePair<string, string>("List-Unsubscribe", $"<{unsubscribe}>"),
            new KeyValuePair<string, string>("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ]);
        message.MessageId.ShouldMatch("^[0-9a-f]{32}@quorum\\.example\\.org$");
        message.Status.ShouldBe(OutboxStatus.Pending);
        message.Attempts.ShouldBe(0);
        message.CreatedAt.ShouldBe(Now);
        message.NextAttemptAt.ShouldBe(Now);
        message.Attachments.ShouldBeEmpty();
    }

    [Fact]
    public async Task EachMessage_HasItsOwnToken_AndMessageId_AndKeepsItsAttachments()
    {
        using var quorum = new InMemoryQuorum();
        using var db = Open(quorum);
        var invitation = new OutboxAttachment { FileName = "meeting.ics", ContentType = "text/calendar; method=REQUEST", Content = "BEGIN:VCALENDAR" };

        var first = await Outbox.WriteAsync(db, Site, new Recipient("a@example.org", null, null), MessageKind.MeetingInvitation, new Letter("A"), "Why", attachments: [invitation]);
        var second = await Outbox.WriteAsync(db, Site, new Recipient("a@example.org", null, null), MessageKind.MeetingInvitation, new Letter("A"), "Why");

        first!.Attachments.ShouldBe([invitation]);
        second!.Attachments.ShouldBeEmpty();
        first.UnsubscribeToken.ShouldNotBe(second.UnsubscribeToken);
        first.MessageId.ShouldNotBe(second.MessageId);
        (first.BodyId, first.MeetingId, first.PersonId, first.RecipientName).ShouldBe((null, null, null, null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no-at-sign.example.org")]
    public async Task AnAddressThatIsNoAddress_GetsNoMessage(string address)
    {
        using var quorum = new InMemoryQuorum();
        using var db = Open(quorum);

        (await Outbox.WriteAsync(db, Site, new Recipient(address, "X", 1), MessageKind.ActionAssigned, new Letter("S"), "Why")).ShouldBeNull();
        db.OutboxMessages.Local.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnAddressThatTurnedAKindOff_GetsNoneOfThatKind_ButOthers_AndAlwaysFollowConfirmations()
    {
        using var quorum = new InMemoryQuorum();
        using (var setup = Open(quorum))
        {
            await Outbox.OptOutAsync(setup, " ADA@example.org ", MessageKind.ActionDigest);
            await Outbox.OptOutAsync(setup, "ada@example.org", MessageKind.FollowConfirmation);
            await setup.SaveChangesAsync();
        }

        using var db = Open(quorum);
        var ada = new Recipient("Ada@Example.org", "Ada", 1);
        (await Outbox.WriteAsync(db, Site, ada, MessageKind.ActionDigest, new Letter("Digest"), "Why")).ShouldBeNull();
        (await Outbox.WriteAsync(db, Site, ada, MessageKind.ActionAssigned, new Letter("Assigned"), "Why")).ShouldNotBeNull();
        (await Outbox.WriteAsync(db, Site, ada, MessageKind.FollowConfirmation, new Letter("Confirm"), "Why")).ShouldNotBeNull();
        db.OutboxMessages.Local.Select(m => m.Subject).ShouldBe(["Assigned", "Confirm"]);
    }

    [Fact]
    public async Task OptingOut_IsRecordedOnce_InLowerCase_AndOptingIn_UndoesIt()
    {
        using var quorum = new InMemoryQuorum();
        using (var db = Open(quorum))
        {
            await Outbox.OptOutAsync(db, " Ada@Example.org", MessageKind.DraftMinutes);
            await db.SaveChangesAsync();
            await Outbox.OptOutAsync(db, "ada@example.org", MessageKind.DraftMinutes);
            await Outbox.OptOutAsync(db, "ada@example.org", MessageKind.ClerkReminders);
            await db.SaveChangesAsync();
        }

        using (var db = Open(quorum))
        {
            var optOuts = await db.MailOptOuts.OrderBy(o => o.Id).ToListAsync();
            optOuts.Select(o => (o.Address, o.Kind, o.At)).ShouldBe([
                ("ada@example.org", MessageKind.DraftMinutes, Now),
                ("ada@example.org", MessageKind.ClerkReminders, Now),
            ]);
            (await Outbox.HasOptedOutAsync(db, "ADA@example.org ", MessageKind.DraftMinutes)).ShouldBeTrue();
            (await Outbox.HasOptedOutAsync(db, "ada@example.org", MessageKind.PublishedMinutes)).ShouldBeFalse();
            (await Outbox.HasOptedOutAsync(db, "bea@example.org", MessageKind.DraftMinutes)).ShouldBeFalse();

            await Outbox.OptInAsync(db, " ADA@example.org", MessageKind.DraftMinutes);
            await db.SaveChangesAsync();
        }

        using var read = Open(quorum);
        (await read.MailOptOuts.Select(o => o.Kind).ToListAsync()).ShouldBe([MessageKind.ClerkReminders]);
    }

    [Fact]
    public async Task AnUnsubscribeLink_NamesTheAddressAndKind_AndTheBodyOnlyForPublishedMinutes()
    {
        using var quorum = new InMemoryQuorum();
        string minutesToken, draftToken;
        using (var db = Open(quorum))
        {
            var body = new Body { Name = "Board", ShortName = "B", IsPublic = false };
            db.Bodies.Add(body);
            await db.SaveChangesAsync();
            minutesToken = (await Outbox.WriteAsync(db, Site, new Recipient("Ada@Example.org", null, null), MessageKind.PublishedMinutes, new Letter("M"), "Why", bodyId: body.Id))!.UnsubscribeToken;
            draftToken = (await Outbox.WriteAsync(db, Site, new Recipient("Bea@Example.org", null, null), MessageKind.DraftMinutes, new Letter("D"), "Why", bodyId: body.Id))!.UnsubscribeToken;
            await db.SaveChangesAsync();
        }

        using var anonymous = quorum.Open(Viewer.Anonymous);
        var bodyId = (await Open(quorum).Bodies.SingleAsync()).Id;
        (await Outbox.UnsubscribeLinkAsync(anonymous, minutesToken)).ShouldBe(new UnsubscribeLink("ada@example.org", MessageKind.PublishedMinutes, bodyId));
        (await Outbox.UnsubscribeLinkAsync(anonymous, draftToken)).ShouldBe(new UnsubscribeLink("bea@example.org", MessageKind.DraftMinutes, null));
        (await Outbox.UnsubscribeLinkAsync(anonymous, "")).ShouldBeNull();
        (await Outbox.UnsubscribeLinkAsync(anonymous, new string('0', 40))).ShouldBeNull();
        (await Outbox.UnsubscribeLinkAsync(anonymous, new string('a', 65))).ShouldBeNull();
    }

    [Fact]
    public async Task UnsubscribingFromPublishedMinutes_StopsFollowingThatBodyAlone()
    {
        using var quorum = new InMemoryQuorum();
        int boardId, groupId;
        using (var db = Open(quorum))
        {
            var (board, group) = (new Body { Name = "Board", ShortName = "B" }, new Body { Name = "Group", ShortName = "G" });
            db.Bodies.AddRange(board, group);
            await db.SaveChangesAsync();
            (boardId, groupId) = (board.Id, group.Id);
            db.BodyFollowers.AddRange(Follower(boardId, "ada@example.org"), Follower(groupId, "ada@example.org"), Follower(boardId, "bea@example.org"));
            await db.SaveChangesAsync();
        }

        using (var db = Open(quorum))
        {
            var link = new UnsubscribeLink("ada@example.org", MessageKind.PublishedMinutes, boardId);
            (await Outbox.IsUnsubscribedAsync(db, link)).ShouldBeFalse();
            await Outbox.UnsubscribeAsync(db, link);
            await db.SaveChangesAsync();
            (await Outbox.IsUnsubscribedAsync(db, link)).ShouldBeTrue();
            (await db.MailOptOuts.CountAsync()).ShouldBe(0);
        }

        using var read = Open(quorum);
        (await read.BodyFollowers.OrderBy(f => f.Id).Select(f => f.BodyId == boardId ? "board " + f.Address : "group " + f.Address).ToListAsync())
            .ShouldBe(["group ada@example.org", "board bea@example.org"]);
    }

    [Fact]
    public async Task UnsubscribingFromAnyOtherKind_TurnsThatKindOffForTheAddress()
    {
        using var quorum = new InMemoryQuorum();
        using var db = Open(quorum);
        var link = new UnsubscribeLink("ada@example.org", MessageKind.ActionDigest, null);

        (await Outbox.IsUnsubscribedAsync(db, link)).ShouldBeFalse();
        await Outbox.UnsubscribeAsync(db, link);
        await db.SaveChangesAsync();

        (await Outbox.IsUnsubscribedAsync(db, link)).ShouldBeTrue();
        (await db.MailOptOuts.Select(o => new { o.Address, o.Kind }).SingleAsync()).ShouldBe(new { Address = "ada@example.org", Kind = MessageKind.ActionDigest });
    }

    [Theory]
    [InlineData(OutboxStatus.Pending)]
    [InlineData(OutboxStatus.Failed)]
    public void Retry_PutsAFailedOrPendingMessageBackInLine_Now(OutboxStatus status)
    {
        var message = Message(status);
        message.NextAttemptAt = Now.AddHours(3);
        message.LeaseUntil = Now.AddMinutes(-1);
        message.LeaseOwner = "node-1";
        message.Attempts = 5;

        Outbox.Retry(message, Now);

        message.Status.ShouldBe(OutboxStatus.Pending);
        message.NextAttemptAt.ShouldBe(Now);
        message.LeaseUntil.ShouldBeNull();
        message.LeaseOwner.ShouldBeNull();
        message.Attempts.ShouldBe(5);
    }

    [Fact]
    public void Retry_OfASentMessage_IsRefused()
    {
        var message = Message(OutboxStatus.Sent);

        Should.Throw<DomainException>(() => Outbox.Retry(message, Now)).Message.ShouldBe("This message was sent; it is not sent again.");
        message.Status.ShouldBe(OutboxStatus.Sent);
    }

    [Fact]
    public void Retry_OfAMessageBeingSent_IsRefusedUntilItsLeaseRunsOut()
    {
        var message = Message(OutboxStatus.Sending);
        message.LeaseUntil = Now.AddSeconds(1);
        message.LeaseOwner = "node-1";

        Should.Throw<DomainException>(() => Outbox.Retry(message, Now)).Message.ShouldBe("This message is being sent now.");
        message.Status.ShouldBe(OutboxStatus.Sending);

        message.LeaseUntil = Now;
        Outbox.Retry(message, Now);
        message.Status.ShouldBe(OutboxStatus.Pending);
        message.LeaseOwner.ShouldBeNull();
    }

    [Fact]
    public void HeaderLines_SkipLinesWithoutAColon_AndSplitAtTheFirst()
    {
        var message = Message(OutboxStatus.Pending);
        message.Headers = "X-One:  a:b \nno colon here\n\n X-Two :c\n";

        message.HeaderLines().ShouldBe([new KeyValuePair<string, string>("X-One", "a:b"), new KeyValuePair<string, string>("X-Two", "c")]);
    }

    [Fact]
    public void Recipient_IsKeyedByItsTrimmedLowerCaseAddress() =>
        new Recipient(" Ada@Example.ORG ", null, null).Key.ShouldBe("ada@example.org");

    private static QuorumDb Open(InMemoryQuorum quorum)
    {
        var db = quorum.Open(Viewer.System);
        db.Clock = new FixedClock(new DateTimeOffset(Now));
        db.Site = Site;
        return db;
    }

    private static BodyFollower Follower(int bodyId, string address) =>
        new() { BodyId = bodyId, Address = address, ConfirmationToken = Guid.NewGuid().ToString("N"), RequestedAt = Now, ConfirmedAt = Now };

    private static OutboxMessage Message(OutboxStatus status) => new()
    {
        Recipient = "ada@example.org",
        Subject = "S",
        TextBody = "T",
        HtmlBody = "H",
        MessageId = "m@example.org",
        UnsubscribeToken = "t",
        Status = status,
    };
}
