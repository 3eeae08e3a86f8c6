using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Tests.Actions;

/// <summary>How the register issues an action's reference, what it refuses, and which actions a meeting's matters arising takes.</summary>
public sealed class ActionRegisterTests : IDisposable
{
    private static readonly DateOnly January = new(2026, 1, 8);
    private readonly InMemoryQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    private sealed record Seeded(int Body, int Other, int[] Meetings, int OtherMeeting, int Person);

    private async Task<Seeded> SeedAsync(string scheme = ActionReferenceScheme.Default)
    {
        using var db = quorum.Open(Viewer.System);
        var body = new Body { Name = "Council Committee", ShortName = "CC", ActionPrefix = "CC", ActionReferenceScheme = scheme };
        var other = new Body { Name = "Audit Panel", ShortName = "AP", ActionPrefix = "CC" };
        var meetings = Enumerable.Range(1, 4).Select(n => new Meeting { Body = body, Number = n, Date = January.AddMonths(n - 1) }).ToArray();
        var otherMeeting = new Meeting { Body = other, Number = 1, Date = January };
        var person = new Person { FullName = "Ada Lovelace" };
        db.AddRange(meetings);
        db.AddRange(otherMeeting, person);
        await db.SaveChangesAsync();
        return new(body.Id, other.Id, [.. meetings.Select(m => m.Id)], otherMeeting.Id, person.Id);
    }

    private async Task<string[]> RaiseAsync(int meetingId, int personId, params string?[] printed)
    {
        using var db = quorum.Open(Viewer.System);
        var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
        var owner = await db.People.SingleAsync(p => p.Id == personId);
        var actions = new List<ActionItem>();
        foreach (var reference in printed)
            actions.Add(await ActionRegister.RaiseAsync(db, meeting, null, [owner], "Report back", null, reference));
        await db.SaveChangesAsync();
        return [.. actions.Select(a => a.Reference)];
    }

    [Fact]
    public async Task ReferencesCount_TheMeetingsActions_AndTheBodysActions()
    {
        var data = await SeedAsync("{prefix} {meeting:00}/{seq:00} #{n}");

        (await RaiseAsync(data.Meetings[0], data.Person, null, null)).ShouldBe(["CC 01/01 #1", "CC 01/02 #2"]);
        (await RaiseAsync(data.Meetings[0], data.Person, (string?)null)).ShouldBe(["CC 01/03 #3"]);
        (await RaiseAsync(data.Meetings[1], data.Person, (string?)null)).ShouldBe(["CC 02/01 #4"]);
    }

    [Fact]
    public async Task AnotherBodysActions_DoNotCountInTheRunningNumber()
    {
        var data = await SeedAsync(ActionReferenceScheme.RunningNumber);
        using (var db = quorum.Open(Viewer.System))
        {
            db.Actions.Add(new ActionItem { BodyId = data.Other, MeetingId = data.OtherMeeting, Sequence = 1, Reference = "Action 01", Text = "Audit", Owners = [await db.People.SingleAsync()] });
            await db.SaveChangesAsync();
        }

        (await RaiseAsync(data.Meetings[0], data.Person, (string?)null)).ShouldBe(["Action 01"]);
    }

    [Fact]
    public async Task AReferenceTheBodyAlreadyHolds_IsPassedOver()
    {
        var data = await SeedAsync();
        using (var db = quorum.Open(Viewer.System))
        {
            db.Actions.Add(new ActionItem { BodyId = data.Body, MeetingId = data.Meetings[1], Sequence = 1, Reference = "CC 01/01", Text = "Imported", Owners = [await db.People.SingleAsync()] });
            await db.SaveChangesAsync();
        }

        (await RaiseAsync(data.Meetings[0], data.Person, (string?)null)).ShouldBe(["CC 01/02"]);
        using var reader = quorum.Open(Viewer.System);
        (await reader.Actions.Where(a => a.MeetingId == data.Meetings[0]).Select(a => a.Sequence).SingleAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task APrintedReference_IsKept_AndARepeatedOneIsToldApartBySuffix()
    {
        var data = await SeedAsync();

        (await RaiseAsync(data.Meetings[0], data.Person, " A7 ", "A7")).ShouldBe(["A7", "A7 (2)"]);
        (await RaiseAsync(data.Meetings[0], data.Person, "A7", " ")).ShouldBe(["A7 (3)", "CC 01/04"]);
    }

    [Fact]
    public async Task AnActionNeedsWordsAndAnOwner()
    {
        var data = await SeedAsync();
        using var db = quorum.Open(Viewer.System);
        var meeting = await db.Meetings.SingleAsync(m => m.Id == data.Meetings[0]);
        var owner = await db.People.SingleAsync();

        (await Should.ThrowAsync<DomainException>(() => ActionRegister.RaiseAsync(db, meeting, null, [owner], "   ", null))).Message.ShouldBe("Enter what is to be done.");
        (await Should.ThrowAsync<InvalidInputException>(() => ActionRegister.RaiseAsync(db, meeting, null, [], "Report back", null))).Problems.ShouldContainKey("ownerIds");
        (await Should.ThrowAsync<InvalidInputException>(() => ActionRegister.OwnersAsync(db, []))).Problems["ownerIds"].ShouldBe("Choose who owns the action");
        (await Should.ThrowAsync<InvalidInputException>(() => ActionRegister.OwnersAsync(db, [owner.Id, owner.Id + 100]))).Problems.ShouldContainKey("ownerIds");
        (await ActionRegister.OwnersAsync(db, [owner.Id])).ShouldBe([owner]);
        ActionRegister.HasPending(db).ShouldBeFalse();
    }

    [Fact]
    public async Task ARaisedAction_IsTrimmed_AndRecordsItsMeetingItemAndDueDate()
    {
        var data = await SeedAsync();
        using var db = quorum.Open(Viewer.System);
        var meeting = await db.Meetings.SingleAsync(m => m.Id == data.Meetings[0]);
        var item = meeting.AddAgendaItem("Budget");
        await db.SaveChangesAsync();

        var action = await ActionRegister.RaiseAsync(db, meeting, item, [await db.People.SingleAsync()], "  Report back  ", January.AddDays(30));

        ActionRegister.HasPending(db).ShouldBeTrue();
        db.PendingActionNotices[action].Raised.ShouldBeTrue();
        action.MinutesPublished.ShouldBeFalse();
        (action.Text, action.BodyId, action.MeetingId, action.MeetingDate, action.AgendaItemId, action.DueDate, action.PrintedReference)
            .ShouldBe(("Report back", data.Body, meeting.Id, January, (int?)item.Id, (DateOnly?)January.AddDays(30), (string?)null));
    }

    [Fact]
    public async Task MattersArising_TakesEarlierActionsStillOpenOnTheDay_AndThoseClosedAtTheMeeting()
    {
        var data = await SeedAsync();
        using (var db = quorum.Open(Viewer.System))
        {
            var owner = await db.People.SingleAsync();
            var meetings = await db.Meetings.Where(m => m.BodyId == data.Body).OrderBy(m => m.Number).ToListAsync();
            var (first, second, third) = (meetings[0], meetings[1], meetings[2]);
            var number = 0;
            ActionItem Raise(Meeting at, string text, int? body = null)
            {
                var action = new ActionItem { BodyId = body ?? data.Body, MeetingId = at.Id, Sequence = ++number, Reference = $"R{number}", Text = text, Owners = [owner] };
                db.Actions.Add(action);
                return action;
            }

            Raise(first, "open");
            Raise(second, "in progress").RecordUpdate(null, ActionStatus.InProgress, second.Date, "clerk", DateTime.UtcNow);
            Raise(first, "closed before").RecordUpdate(null, ActionStatus.Done, third.Date.AddDays(-1), "clerk", DateTime.UtcNow);
            Raise(first, "closed at the meeting").RecordUpdate(null, ActionStatus.Done, third.Date.AddDays(-1), "clerk", DateTime.UtcNow, third);
            Raise(second, "closed on the day").RecordUpdate(null, ActionStatus.Dropped, third.Date, "clerk", DateTime.UtcNow);
            Raise(second, "closed later").RecordUpdate(null, ActionStatus.Superseded, third.Date.AddDays(5), "clerk", DateTime.UtcNow);
            Raise(third, "raised at the meeting");
            Raise(meetings[3], "raised later");
            Raise(await db.Meetings.SingleAsync(m => m.Id == data.OtherMeeting), "another body's", data.Other);
            await db.SaveChangesAsync();
        }

        using var reader = quorum.Open(Viewer.System);
        var meeting = await reader.Meetings.SingleAsync(m => m.Id == data.Meetings[2]);

        (await reader.Actions.MattersArisingFor(meeting).OrderBy(a => a.Id).Select(a => a.Text).ToListAsync())
            .ShouldBe(["open", "in progress", "closed at the meeting", "closed on the day", "closed later"]);
    }

    [Fact]
    public async Task ARunningNumberTheBodyAlreadyHolds_IsPassedOverForTheNext()
    {
        var data = await SeedAsync(ActionReferenceScheme.RunningNumber);
        using (var db = quorum.Open(Viewer.System))
        {
            db.Actions.Add(new ActionItem { BodyId = data.Body, MeetingId = data.Meetings[0], Sequence = 1, Reference = "Action 02", Text = "Imported", Owners = [await db.People.SingleAsync()] });
            await db.SaveChangesAsync();
        }

        (await RaiseAsync(data.Meetings[0], data.Person, (string?)null)).ShouldBe(["Action 03"]);
    }

    [Fact]
    public async Task ActionsRaisedTogether_CountInOrder_AndOnlyInTheirOwnBodysRunningNumber()
    {
        var data = await SeedAsync(ActionReferenceScheme.RunningNumber);
        using var db = quorum.Open(Viewer.System);
        var meeting = await db.Meetings.SingleAsync(m => m.Id == data.Meetings[0]);
        var otherMeeting = await db.Meetings.SingleAsync(m => m.Id == data.OtherMeeting);
        var owner = await db.People.SingleAsync();

        var audit = await ActionRegister.RaiseAsync(db, otherMeeting, null, [owner], "Audit the accounts", null);
        var raised = new List<ActionItem>();
        for (var i = 0; i < 3; i++)
            raised.Add(await ActionRegister.RaiseAsync(db, meeting, null, [owner], $"Report {i + 1}", null));

        (audit.Reference, audit.Sequence).ShouldBe(("CC 01/01", 1));
        raised.Select(a => (a.Reference, a.Sequence)).ShouldBe([("Action 01", 1), ("Action 02", 2), ("Action 03", 3)]);
    }
}
