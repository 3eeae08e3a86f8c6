using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Notifications;
using Quorum.People;

namespace Quorum.Tests.Notifications;

/// <summary>Every save of a circulated meeting that moves or will not take place tells its members, whoever made the change.</summary>
public sealed class InvitationUpdatesTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2031, 3, 12, 9, 30, 0, TimeSpan.Zero);
    private static readonly MailSite Site = new(new Uri("https://quorum.example.org/"), "clerk@example.org");
    private readonly InMemoryQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    [Fact]
    public async Task CancellingACirculatedMeeting_SendsTheCancellation_InTheSameSave()
    {
        var (meetingId, _) = await SeedAsync(circulated: true);

        using (var db = Open())
        {
            (await db.Meetings.SingleAsync(m => m.Id == meetingId)).Cancel("No business");
            db.SaveChanges();
        }

        var message = (await MessagesAsync()).ShouldHaveSingleItem();
        message.Subject.ShouldBe("Cancelled: Council 07, Thursday 20 March 2031 at 18:30");
        message.TextBody.ShouldContain("Reason: No business\n\n");
        message.TextBody.ShouldContain($"The meeting's page: https://quorum.example.org/meetings/{meetingId}\n");
        message.Attachments.Single().Content.ShouldContain("METHOD:CANCEL");
        (await SequenceAsync(meetingId)).ShouldBe(1);
    }

    [Fact]
    public async Task PostponingACirculatedMeeting_SendsThePostponement()
    {
        var (meetingId, _) = await SeedAsync(circulated: true);

        using (var db = Open())
        {
            (await db.Meetings.SingleAsync(m => m.Id == meetingId)).Postpone(null);
            await db.SaveChangesAsync();
        }

        var message = (await MessagesAsync()).ShouldHaveSingleItem();
        message.Subject.ShouldStartWith("Postponed: Council 07");
        message.TextBody.ShouldNotContain("Reason:");
    }

    [Theory]
    [InlineData("date")]
    [InlineData("start")]
    [InlineData("end")]
    [InlineData("venue")]
    public async Task MovingACirculatedMeeting_SendsTheUpdatedInvitation_WithItsNewVenue(string what)
    {
        var (meetingId, annexe) = await SeedAsync(circulated: true);

        using (var db = Open())
        {
            var meeting = await db.Meetings.Include(m => m.Location).SingleAsync(m => m.Id == meetingId);
            switch (what)
            {
                case "date": meeting.Date = new DateOnly(2031, 3, 27); break;
                case "start": meeting.StartTime = new TimeOnly(19, 0); break;
                case "end": meeting.EndTime = new TimeOnly(21, 0); break;
                default: meeting.LocationId = annexe; break;
            }

            await db.SaveChangesAsync();
        }

        var message = (await MessagesAsync()).ShouldHaveSingleItem();
        message.Subject.ShouldStartWith("Moved: Council 07, now ");
        message.TextBody.ShouldContain(what == "venue" ? ", at Annexe. The attached invitation" : ", at Council Chamber. The attached invitation");
        message.Attachments.Single().Content.ShouldContain("METHOD:REQUEST");
        message.Attachments.Single().Content.ShouldContain("SEQUENCE:1");
    }

    [Fact]
    public async Task ReschedulingACirculatedMeeting_SendsTheReplacementUnderTheFirstMeetingsUid()
    {
        var (meetingId, _) = await SeedAsync(circulated: true);

        int replacementId;
        using (var db = Open())
        {
            var meeting = await db.Meetings.Include(m => m.Body).SingleAsync(m => m.Id == meetingId);
            var replacement = meeting.RescheduleTo(new DateOnly(2031, 4, 3), new TimeOnly(18, 30), null, 8, "Clash");
            db.Meetings.Add(replacement);
            await db.SaveChangesAsync();
            replacementId = replacement.Id;
        }

        var message = (await MessagesAsync()).ShouldHaveSingleItem();
        message.Subject.ShouldBe("Moved: Council 08, now Thursday 3 April 2031 at 18:30");
        message.TextBody.ShouldContain("Reason: Clash\n\n");
        message.TextBody.ShouldContain($"The meeting's page: https://quorum.example.org/meetings/{meetingId}\n");
        // Filed under, and linking to, the first date's page, which points on to the new date.
        message.MeetingId.ShouldBe(meetingId);
        var invitation = message.Attachments.Single().Content;
        invitation.ShouldContain($"UID:{MeetingInvitation.Uid(meetingId, Site)}");
        invitation.ShouldContain($"URL:https://quorum.example.org/meetings/{meetingId}");
        invitation.ShouldContain("DTSTART;TZID=Europe/London:20310403T183000");
        (await SequenceAsync(replacementId)).ShouldBe(1);
    }

    [Fact]
    public async Task AMeetingRescheduledEarlier_ThenRetitled_TellsNobodyAgain()
    {
        var (meetingId, _) = await SeedAsync(circulated: true);
        using (var db = Open())
        {
            var meeting = await db.Meetings.Include(m => m.Body).SingleAsync(m => m.Id == meetingId);
            db.Meetings.Add(meeting.RescheduleTo(new DateOnly(2031, 4, 3), new TimeOnly(18, 30), null, 8, "Clash"));
            await db.SaveChangesAsync();
        }

        using (var db = Open())
        {
            var meeting = await db.Meetings.Include(m => m.ReplacementMeeting).SingleAsync(m => m.Id == meetingId);
            meeting.ReplacementMeeting.ShouldNotBeNull();
            meeting.Title = "Budget meeting (moved)";
            await db.SaveChangesAsync();
        }

        (await MessagesAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task AMeetingNeverCirculated_OrChangedInNothingItsMembersKeep_TellsNobody()
    {
        var (quiet, _) = await SeedAsync(circulated: false);
        var (circulated, _) = await SeedAsync(circulated: true, number: 8);

        using (var db = Open())
        {
            (await db.Meetings.SingleAsync(m => m.Id == quiet)).Cancel(null);
            var meeting = await db.Meetings.SingleAsync(m => m.Id == circulated);
            meeting.Title = "Renamed";
            meeting.RemoteDetails = "https://meet.example.org";
            await db.SaveChangesAsync();
        }

        using (var db = Open())
        {
            // Circulating the agenda itself is the message, not an update of it.
            var meeting = await db.Meetings.SingleAsync(m => m.Id == circulated);
            meeting.RecordAgendaCirculated(Now.UtcDateTime);
            meeting.Date = new DateOnly(2031, 3, 21);
            await db.SaveChangesAsync();
        }

        (await MessagesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task AHeldMeetingWhoseDateIsCorrected_TellsNobody()
    {
        var (meetingId, _) = await SeedAsync(circulated: true);

        using (var db = Open())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
            meeting.MarkHeld();
            meeting.Date = new DateOnly(2031, 3, 19);
            await db.SaveChangesAsync();
        }

        (await MessagesAsync()).ShouldBeEmpty();
    }

    private async Task<(int Meeting, int Annexe)> SeedAsync(bool circulated, int number = 7)
    {
        using var db = quorum.Open(Viewer.System);
        var body = await db.Bodies.SingleOrDefaultAsync(b => b.ShortName == "NDLC") ?? new Body { Name = "Council", ShortName = "NDLC" };
        var meeting = new Meeting
        {
            Body = body,
            Number = number,
            Date = new DateOnly(2031, 3, 20),
            StartTime = new TimeOnly(18, 30),
            Location = new Location { Name = "Council Chamber" },
        };
        var annexe = new Location { Name = "Annexe" };
        db.Meetings.Add(meeting);
        db.Locations.Add(annexe);
        if (body.Id == 0)
            db.Memberships.Add(new Membership { Body = body, Person = new Person { FullName = "Ada Lovelace", Email = "ada@example.org" } });
        if (circulated)
            meeting.RecordAgendaCirculated(Now.UtcDateTime.AddDays(-7));
        await db.SaveChangesAsync();
        return (meeting.Id, annexe.Id);
    }

    private QuorumDb Open()
    {
        var db = quorum.Open(Viewer.System, new InvitationUpdates(Site));
        db.Clock = new FixedClock(Now);
        return db;
    }

    private async Task<int> SequenceAsync(int meetingId)
    {
        using var db = quorum.Open(Viewer.System);
        return (await db.Meetings.SingleAsync(m => m.Id == meetingId)).InvitationSequence;
    }

    private async Task<List<OutboxMessage>> MessagesAsync()
    {
        using var db = quorum.Open(Viewer.System);
        return await db.OutboxMessages.Include(m => m.Attachments).OrderBy(m => m.Id).ToListAsync();
    }
}
