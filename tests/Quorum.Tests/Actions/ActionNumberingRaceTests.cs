using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Tests.Actions;

/// <summary>Two clerks raising actions of one body at once: the one who saves second takes the next numbers, and nothing is lost.</summary>
public sealed class ActionNumberingRaceTests : IDisposable
{
    private readonly InMemoryQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    [Fact]
    public async Task TheSecondSave_IsNumberedAgain_AfterTheFirst()
    {
        var (meetingId, personId) = await SeedAsync();
        using var first = quorum.Open(Viewer.System);
        using var second = quorum.Open(Viewer.System);

        var a = await RaiseAsync(first, meetingId, personId, "Write to the minister");
        var b = await RaiseAsync(second, meetingId, personId, "Report on costs");
        var c = await RaiseAsync(second, meetingId, personId, "Book the hall");
        a.Reference.ShouldBe("CC 01/01");
        b.Reference.ShouldBe("CC 01/01", "both clerks read the register before either saved");
        c.Reference.ShouldBe("CC 01/02");

        await first.SaveChangesAsync();
        await second.SaveChangesAsync();

        (b.Sequence, b.Reference, c.Sequence, c.Reference).ShouldBe((2, "CC 01/02", 3, "CC 01/03"));
        using var read = quorum.Open(Viewer.System);
        (await read.Actions.OrderBy(x => x.Sequence).Select(x => new { x.Reference, x.Text }).ToListAsync())
            .Select(x => (x.Reference, x.Text)).ShouldBe([
                ("CC 01/01", "Write to the minister"),
                ("CC 01/02", "Report on costs"),
                ("CC 01/03", "Book the hall"),
            ]);
    }

    [Fact]
    public async Task RenumberingWithNothingRaised_ChangesNothing()
    {
        await SeedAsync();
        using var db = quorum.Open(Viewer.System);
        (await ActionRegister.RenumberPendingAsync(db)).ShouldBeFalse();
        ActionRegister.HasPending(db).ShouldBeFalse();
        await ActionRegister.LockNumberingAsync(db);
    }

    [Fact]
    public async Task RenumberingAnActionRaisedByItsMeetingsId_ReadsTheMeeting()
    {
        var (meetingId, personId) = await SeedAsync();
        using var db = quorum.Open(Viewer.System);
        var owner = await db.People.SingleAsync(p => p.Id == personId);
        var body = await db.Bodies.SingleAsync();
        db.Actions.Add(new ActionItem { BodyId = body.Id, MeetingId = meetingId, Text = "Imported", Reference = "", Owners = [owner] });
        ActionRegister.HasPending(db).ShouldBeTrue();

        (await ActionRegister.RenumberPendingAsync(db)).ShouldBeTrue();

        var action = db.Actions.Local.Single();
        (action.Sequence, action.Reference).ShouldBe((1, "CC 01/01"));
        action.Meeting.ShouldNotBeNull().Id.ShouldBe(meetingId);
    }

    private static async Task<ActionItem> RaiseAsync(Quorum.Data.QuorumDb db, int meetingId, int personId, string text)
    {
        var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
        var owner = await db.People.SingleAsync(p => p.Id == personId);
        return await ActionRegister.RaiseAsync(db, meeting, null, [owner], text, null);
    }

    private async Task<(int Meeting, int Person)> SeedAsync()
    {
        using var db = quorum.Open(Viewer.System);
        var meeting = new Meeting { Body = new Body { Name = "Council Committee", ShortName = "CC", ActionPrefix = "CC" }, Number = 1, Date = new DateOnly(2026, 1, 8) };
        var person = new Person { FullName = "Ada Lovelace" };
        db.AddRange(meeting, person);
        await db.SaveChangesAsync();
        return (meeting.Id, person.Id);
    }
}
