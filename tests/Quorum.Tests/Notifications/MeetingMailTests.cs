using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Notifications;
using Quorum.Papers;
using Quorum.People;

namespace Quorum.Tests.Notifications;

public sealed class MeetingMailTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2031, 3, 12, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2031, 3, 12);
    private static readonly MailSite Site = new(new Uri("https://quorum.example.org/"), "clerk@example.org");
    private readonly InMemoryQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    [Fact]
    public async Task CirculatingTheAgenda_SendsEachCurrentMemberWithAnAddress_OneInvitation_InNameOrder()
    {
        var s = Seed();

        using var db = Open();
        var meeting = await db.Meetings.Include(m => m.Body).SingleAsync(m => m.Id == s.Meeting);
        var written = await MeetingMail.CirculateAgendaAsync(db, Site, meeting);
        await db.SaveChangesAsync();

        written.ShouldBe(2);
        meeting.AgendaCirculatedAt.ShouldBe(Now.UtcDateTime);
        meeting.InvitationSequence.ShouldBe(0);
        var messages = await Messages();
        messages.Select(m => (m.Recipient, m.RecipientName, m.PersonId)).ShouldBe([
            ("ada@example.org", "Ada Lovelace", s.Ada),
            ("bea@example.org", "Bea Brown", s.Bea),
        ]);
        messages.ShouldAllBe(m => m.Kind == MessageKind.MeetingInvitation && m.BodyId == s.Body && m.MeetingId == s.Meeting);
        messages[0].Subject.ShouldBe("Agenda: Council 07, Thursday 20 March 2031 at 18:30");
        messages[0].TextBody.ShouldStartWith(
            "Council 07\n==========\n\n"
            + "Council meets on Thursday 20 March 2031 at 18:30, at Council Chamber. The invitation is attached: open it to put the meeting in your calendar; it updates itself if the meeting moves.\n\n"
            + "Agenda\n------\n\n"
            + "- 1 Apologies\n- 2 Minutes\n- 2.1 Matters arising\n- 10 Any other business\n\n"
            + "Papers\n------\n\n"
            + $"- Budget (OFFICIAL) <https://quorum.example.org/papers/{s.PublicPaper}>\n\n"
            + $"The meeting's page: https://quorum.example.org/meetings/{s.Meeting}\n\n"
            + "-- \nYou get this as a member of Council.\n");
        var invitation = messages[0].Attachments.ShouldHaveSingleItem();
        invitation.FileName.ShouldBe("invitation.ics");
        invitation.ContentType.ShouldBe("text/calendar; method=REQUEST; charset=utf-8");
        invitation.Content.ShouldContain("METHOD:REQUEST");
        invitation.Content.ShouldContain($"UID:{MeetingInvitation.Uid(s.Meeting, Site)}");
        invitation.Content.ShouldContain("SEQUENCE:0");
        invitation.Content.ShouldContain("mailto:ada@example.org");
    }

    [Fact]
    public async Task EachMember_SeesOnlyThePapersTheyMayRead()
    {
        var s = Seed();
        using (var setup = quorum.Open(Viewer.System))
        {
            var bea = await setup.People.SingleAsync(p => p.Id == s.Bea);
            var paper = new Paper { BodyId = s.Body, MeetingId = s.Meeting, Title = "Staffing" };
            paper.Classify(ProtectiveMarking.OfficialSensitive, null, Circulation.NamedPeople, [], [bea]);
            setup.Papers.Add(paper);
            await setup.SaveChangesAsync();
        }

        using var db = Open();
        await MeetingMail.CirculateAgendaAsync(db, Site, await db.Meetings.SingleAsync(m => m.Id == s.Meeting));
        await db.SaveChangesAsync();

        var messages = await Messages();
        messages[0].TextBody.ShouldNotContain("Staffing");
        messages[1].TextBody.ShouldContain("- Budget (OFFICIAL) <");
        messages[1].TextBody.ShouldContain("- Staffing (OFFICIAL-SENSITIVE) <");
    }

    [Fact]
    public async Task AMeetingWithoutPapers_SaysSo_AndARemoteOneSaysRemotely()
    {
        var s = Seed(papers: false, remote: true);

        using var db = Open();
        await MeetingMail.CirculateAgendaAsync(db, Site, await db.Meetings.SingleAsync(m => m.Id == s.Meeting));
        await db.SaveChangesAsync();

        var text = (await Messages())[0].TextBody;
        text.ShouldContain("Council meets on Thursday 20 March 2031 at 18:30, remotely. The invitation");
        text.ShouldContain("Papers\n------\n\nNo papers yet.\n\n");
    }

    [Fact]
    public async Task CirculatingAgain_RaisesTheInvitationsSequence_AndOnlyAScheduledMeetingsAgendaCirculates()
    {
        var s = Seed();
        using (var db = Open())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == s.Meeting);
            await MeetingMail.CirculateAgendaAsync(db, Site, meeting);
            await MeetingMail.CirculateAgendaAsync(db, Site, meeting);
            meeting.InvitationSequence.ShouldBe(1);
            await db.SaveChangesAsync();
        }

        (await Messages()).Select(m => m.Attachments.Single().Content.Contains("SEQUENCE:1")).ShouldBe([false, false, true, true]);

        using (var db = Open())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == s.Meeting);
            meeting.Cancel("No business");
            var refused = await Should.ThrowAsync<DomainException>(() => MeetingMail.CirculateAgendaAsync(db, Site, meeting));
            refused.Message.ShouldBe("Only a scheduled meeting's agenda can be circulated; this one is cancelled.");
        }
    }

    [Theory]
    [InlineData(false, "Cancelled: Council 07, Thursday 20 March 2031 at 18:30", "Council 07 will not take place on Thursday 20 March 2031 at 18:30",
        "The meeting has been cancelled. The attached cancellation takes it out of your calendar.")]
    [InlineData(true, "Postponed: Council 07, Thursday 20 March 2031 at 18:30", "Council 07 will not take place on Thursday 20 March 2031 at 18:30",
        "The meeting has been postponed; a new date will follow. The attached cancellation takes it out of your calendar.")]
    public async Task ACancellation_TellsEveryMember_WithTheReason_AndACancellingInvitation(bool postpone, string subject, string heading, string paragraph)
    {
        var s = Seed();
        using var db = Open();
        var meeting = await db.Meetings.SingleAsync(m => m.Id == s.Meeting);
        if (postpone)
            meeting.Postpone("Flooding");
        else
            meeting.Cancel("Flooding");

        var page = Site.Url($"meetings/{s.Meeting}");
        var written = await MeetingMail.InvitationChangedAsync(db, Site, meeting, s.Meeting, meeting, cancelled: true, meeting.StateReason);
        await db.SaveChangesAsync();

        written.ShouldBe(2);
        meeting.InvitationSequence.ShouldBe(1);
        var message = (await Messages())[0];
        message.Subject.ShouldBe(subject);
        message.TextBody.ShouldStartWith($"{heading}\n{new string('=', heading.Length)}\n\n{paragraph}\n\nReason: Flooding\n\nThe meeting's page: {page}\n\n");
        var invitation = message.Attachments.ShouldHaveSingleItem();
        invitation.ContentType.ShouldBe("text/calendar; method=CANCEL; charset=utf-8");
        invitation.Content.ShouldContain("METHOD:CANCEL");
        invitation.Content.ShouldContain("STATUS:CANCELLED");
        invitation.Content.ShouldContain("SEQUENCE:1");
    }

    [Fact]
    public async Task AMove_TellsTheNewDate_WithoutAReasonWhenNoneIsGiven()
    {
        var s = Seed(papers: false);
        using var db = Open();
        var meeting = await db.Meetings.SingleAsync(m => m.Id == s.Meeting);
        meeting.Date = new DateOnly(2031, 3, 27);
        meeting.StartTime = null;

        var page = Site.Url($"meetings/{s.Meeting}");
        await MeetingMail.InvitationChangedAsync(db, Site, meeting, s.Meeting, meeting, cancelled: false, reason: "");
        await db.SaveChangesAsync();

        var message = (await Messages())[0];
        message.Subject.ShouldBe("Moved: Council 07, now Thursday 27 March 2031");
        message.TextBody.ShouldStartWith(
            "Council 07 is now on Thursday 27 March 2031\n===========================================\n\n"
            + "Council now meets on Thursday 27 March 2031, at Council Chamber. The attached invitation updates the meeting in your calendar.\n\n"
            + $"The meeting's page: {page}\n\n-- \n");
        message.Attachments.Single().Content.ShouldContain("METHOD:REQUEST");
    }

    [Fact]
    public async Task TheFirstOfARescheduleChain_IsFoundFromAnyOfItsMeetings()
    {
        var s = Seed();
        int first, second, third;
        using (var db = Open())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == s.Meeting);
            var moved = meeting.RescheduleTo(new DateOnly(2031, 3, 27), null, null, 8, null);
            await db.SaveChangesAsync();
            var movedAgain = moved.RescheduleTo(new DateOnly(2031, 4, 3), null, null, 9, null);
            await db.SaveChangesAsync();
            (first, second, third) = (meeting.Id, moved.Id, movedAgain.Id);
        }

        using var read = Open();
        foreach (var id in new[] { first, second, third })
            (await MeetingMail.FirstOfChainAsync(read, await read.Meetings.SingleAsync(m => m.Id == id))).ShouldBe(first);
    }

    [Fact]
    public async Task Members_AreTheCurrentOnesWithAnAddress_EachOnce()
    {
        var s = Seed();
        using (var db = quorum.Open(Viewer.System))
        {
            // A second seat of the same person does not send a second message.
            db.Memberships.Add(new Membership { BodyId = s.Body, PersonId = s.Ada, Role = MembershipRole.Chair });
            await db.SaveChangesAsync();
        }

        using var read = Open();
        (await MeetingMail.MembersAsync(read, s.Body, Today)).ShouldBe([
            new Recipient("ada@example.org", "Ada Lovelace", s.Ada),
            new Recipient("bea@example.org", "Bea Brown", s.Bea),
        ]);
        (await MeetingMail.MembersAsync(read, s.Body, Today.AddDays(-11))).Select(r => r.Name).ShouldBe(["Ada Lovelace", "Bea Brown", "Former Member"]);
        (await MeetingMail.MembersAsync(read, s.Body, Today.AddDays(10))).Select(r => r.Name).ShouldBe(["Ada Lovelace", "Bea Brown", "Future Member"]);
    }

    [Theory]
    [InlineData(null, "Thursday 20 March 2031")]
    [InlineData("09:05", "Thursday 20 March 2031 at 09:05")]
    public void When_GivesTheDay_AndTheTimeIfKnown(string? start, string expected) =>
        MeetingMail.When(new Meeting { Date = new DateOnly(2031, 3, 20), StartTime = start is null ? null : TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture) })
            .ShouldBe(expected);

    [Fact]
    public void AgendaNumbers_OrderAsNumbers_PartByPart()
    {
        string[] numbers = ["10", "2.1", "x", "2", "1", "2.10", "2.2", "", "3"];
        numbers.Order(MeetingMail.AgendaNumbers.Instance).ShouldBe(["x", "", "1", "2", "2.1", "2.2", "2.10", "3", "10"]);
        MeetingMail.AgendaNumbers.Instance.Compare("2", "2").ShouldBe(0);
        MeetingMail.AgendaNumbers.Instance.Compare("2", "2.1").ShouldBe(-1);
        MeetingMail.AgendaNumbers.Instance.Compare("2.1", "2").ShouldBe(1);
        MeetingMail.AgendaNumbers.Instance.Compare(null, "1").ShouldBe(-1);
    }

    private sealed record Seeded(int Body, int Meeting, int Ada, int Bea, int PublicPaper);

    private Seeded Seed(bool papers = true, bool remote = false)
    {
        using var db = quorum.Open(Viewer.System);
        var body = new Body { Name = "Council", ShortName = "NDLC" };
        var meeting = new Meeting
        {
            Body = body,
            Number = 7,
            Date = new DateOnly(2031, 3, 20),
            StartTime = new TimeOnly(18, 30),
            Location = remote ? null : new Location { Name = "Council Chamber" },
            RemoteDetails = remote ? "https://meet.example.org/council" : null,
        };
        foreach (var (number, title) in new[] { ("10", "Any other business"), ("2.1", "Matters arising"), ("1", "Apologies"), ("2", "Minutes") })
            meeting.AgendaItems.Add(new AgendaItem { Number = number, Title = title });
        var ada = new Person { FullName = "Ada Lovelace", Email = "ada@example.org" };
        var bea = new Person { FullName = "Bea Brown", Email = "bea@example.org" };
        db.Meetings.Add(meeting);
        db.Memberships.AddRange(
            new Membership { Body = body, Person = bea },
            new Membership { Body = body, Person = ada },
            new Membership { Body = body, Person = new Person { FullName = "No Mail", Email = "" } },
            new Membership { Body = body, Person = new Person { FullName = "Null Mail" } },
            new Membership { Body = body, Person = new Person { FullName = "Former Member", Email = "former@example.org" }, Until = Today.AddDays(-1) },
            new Membership { Body = body, Person = new Person { FullName = "Future Member", Email = "future@example.org" }, From = Today.AddDays(1) });
        db.SaveChanges();
        var paperId = 0;
        if (papers)
        {
            var paper = new Paper { BodyId = body.Id, MeetingId = meeting.Id, Title = "Budget" };
            paper.Classify(ProtectiveMarking.Official, null, Circulation.Public, [], []);
            db.Papers.Add(paper);
            db.SaveChanges();
            paperId = paper.Id;
        }

        return new(body.Id, meeting.Id, ada.Id, bea.Id, paperId);
    }

    private QuorumDb Open()
    {
        var db = quorum.Open(Viewer.System);
        db.Clock = new FixedClock(Now);
        return db;
    }

    private async Task<List<OutboxMessage>> Messages()
    {
        using var db = quorum.Open(Viewer.System);
        return await db.OutboxMessages.Include(m => m.Attachments).OrderBy(m => m.Id).ToListAsync();
    }
}
