using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Tests;

/// <summary>An action keeps its meeting's date and whether its minutes are published, in step with the meeting.</summary>
public sealed class ActionMeetingCopiesTests : IDisposable
{
    private static readonly DateOnly March = new(2026, 3, 5);
    private static readonly DateOnly April = new(2026, 4, 16);
    private readonly InMemoryQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    private async Task<(int Meeting, int Other, int Person)> SeedAsync()
    {
        using var db = quorum.Open(Viewer.System);
        var body = new Body { Name = "Council Committee", ShortName = "CC", IsPublic = true };
        var meeting = new Meeting { Body = body, Number = 1, Date = March };
        var other = new Meeting { Body = body, Number = 2, Date = March.AddDays(14) };
        var person = new Person { FullName = "Ada Lovelace" };
        db.AddRange(meeting, other, person);
        await db.SaveChangesAsync();
        return (meeting.Id, other.Id, person.Id);
    }

    private async Task<ActionItem> RaiseAsync(int meetingId, int personId, string text)
    {
        using var db = quorum.Open(Viewer.System);
        var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
        var action = await ActionRegister.RaiseAsync(db, meeting, null, [await db.People.SingleAsync(p => p.Id == personId)], text, null);
        await db.SaveChangesAsync();
        return action;
    }

    private async Task<DateOnly> StoredDateAsync(int actionId)
    {
        using var db = quorum.Open(Viewer.System);
        return await db.Actions.Where(a => a.Id == actionId).Select(a => a.MeetingDate).SingleAsync();
    }

    [Fact]
    public async Task ARaisedAction_TakesItsMeetingsDate()
    {
        var (meeting, _, person) = await SeedAsync();

        var action = await RaiseAsync(meeting, person, "Report on costs");

        action.MeetingDate.ShouldBe(March);
        (await StoredDateAsync(action.Id)).ShouldBe(March);
    }

    [Fact]
    public async Task AnActionAddedByItsMeetingsIdAlone_TakesTheMeetingsDate()
    {
        var (_, other, person) = await SeedAsync();
        using var db = quorum.Open(Viewer.System);
        var body = await db.Meetings.Where(m => m.Id == other).Select(m => m.BodyId).SingleAsync();
        var action = new ActionItem { BodyId = body, MeetingId = other, Sequence = 1, Reference = "CC 02/01", Text = "Write to the minister", Owners = [await db.People.SingleAsync(p => p.Id == person)] };
        db.Actions.Add(action);

        await db.SaveChangesAsync();

        (await StoredDateAsync(action.Id)).ShouldBe(March.AddDays(14));
    }

    [Fact]
    public async Task MovingAMeeting_CarriesItsActionsToTheNewDate_InTheSameSave()
    {
        var (meeting, other, person) = await SeedAsync();
        var first = await RaiseAsync(meeting, person, "Report on costs");
        var second = await RaiseAsync(meeting, person, "Write to the minister");
        var elsewhere = await RaiseAsync(other, person, "Publish the strategy");

        using (var db = quorum.Open(Viewer.System))
        {
            // One of the meeting's actions is loaded in the same context, the other is not.
            var loaded = await db.Actions.SingleAsync(a => a.Id == first.Id);
            var moving = await db.Meetings.SingleAsync(m => m.Id == meeting);
            moving.Date = April;
            await db.SaveChangesAsync();
            loaded.MeetingDate.ShouldBe(April);
        }

        (await StoredDateAsync(first.Id)).ShouldBe(April);
        (await StoredDateAsync(second.Id)).ShouldBe(April);
        (await StoredDateAsync(elsewhere.Id)).ShouldBe(March.AddDays(14));
        using var read = quorum.Open(Viewer.System);
        // The date is the meeting's: the action itself is not changed, so its version (the API's ETag) stays.
        (await read.Actions.SingleAsync(a => a.Id == second.Id)).Version.ShouldBe(second.Version);
        (await read.Actions.SingleAsync(a => a.Id == first.Id)).Version.ShouldBe(first.Version);
    }

    [Fact]
    public async Task ReschedulingAMeeting_LeavesItsActionsWithTheMeetingTheyWereRaisedAt()
    {
        var (meeting, _, person) = await SeedAsync();
        var action = await RaiseAsync(meeting, person, "Report on costs");

        using (var db = quorum.Open(Viewer.System))
        {
            var original = await db.Meetings.Include(m => m.Body).SingleAsync(m => m.Id == meeting);
            db.Meetings.Add(original.RescheduleTo(April, null, null, 3, "Clash"));
            await db.SaveChangesAsync();
        }

        (await StoredDateAsync(action.Id)).ShouldBe(March);
    }

    private async Task PublishMinutesAsync(int meetingId)
    {
        using var db = quorum.Open(Viewer.System);
        var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
        // Published minutes are frozen to the model's own methods: set as the meeting stands after approval.
        db.Entry(meeting).Property(m => m.MinutesState).CurrentValue = MinutesState.Published;
        await db.SaveChangesAsync();
    }

    private async Task<bool> StoredPublicationAsync(int actionId)
    {
        using var db = quorum.Open(Viewer.System);
        return await db.Actions.Where(a => a.Id == actionId).Select(a => a.MinutesPublished).SingleAsync();
    }

    private bool SeenByThePublic(int actionId)
    {
        using var db = quorum.Open(Viewer.Anonymous);
        return db.Actions.Any(a => a.Id == actionId);
    }

    [Fact]
    public async Task AnActionRaisedBeforeItsMinutesArePublished_IsMarkedUnpublished_AndFollowsThePublication()
    {
        var (meeting, other, person) = await SeedAsync();
        var first = await RaiseAsync(meeting, person, "Report on costs");
        var second = await RaiseAsync(meeting, person, "Write to the minister");
        var elsewhere = await RaiseAsync(other, person, "Publish the strategy");
        first.MinutesPublished.ShouldBeFalse();
        (await StoredPublicationAsync(first.Id)).ShouldBeFalse();

        using (var db = quorum.Open(Viewer.System))
        {
            // One of the meeting's actions is loaded in the same context, the other is not.
            var loaded = await db.Actions.SingleAsync(a => a.Id == first.Id);
            var publishing = await db.Meetings.SingleAsync(m => m.Id == meeting);
            db.Entry(publishing).Property(m => m.MinutesState).CurrentValue = MinutesState.Published;
            await db.SaveChangesAsync();
            loaded.MinutesPublished.ShouldBeTrue();
            db.Entry(loaded).State.ShouldBe(EntityState.Unchanged);
        }

        (await StoredPublicationAsync(first.Id)).ShouldBeTrue();
        (await StoredPublicationAsync(second.Id)).ShouldBeTrue();
        (await StoredPublicationAsync(elsewhere.Id)).ShouldBeFalse();
        SeenByThePublic(second.Id).ShouldBeTrue();
        SeenByThePublic(elsewhere.Id).ShouldBeFalse();
        using var read = quorum.Open(Viewer.System);
        // Publication is the meeting's: the action itself is not changed, so its version stays.
        (await read.Actions.SingleAsync(a => a.Id == second.Id)).Version.ShouldBe(second.Version);
    }

    [Fact]
    public async Task AnActionRaisedAtPublishedMinutes_IsMarkedPublished()
    {
        var (meeting, _, person) = await SeedAsync();
        await PublishMinutesAsync(meeting);

        var action = await RaiseAsync(meeting, person, "Report on costs");

        (await StoredPublicationAsync(action.Id)).ShouldBeTrue();
        SeenByThePublic(action.Id).ShouldBeTrue();
    }

    [Fact]
    public async Task AnActionAddedByItsMeetingsIdAlone_TakesTheMeetingsPublication()
    {
        var (_, other, person) = await SeedAsync();
        await PublishMinutesAsync(other);
        using var db = quorum.Open(Viewer.System);
        var body = await db.Meetings.Where(m => m.Id == other).Select(m => m.BodyId).SingleAsync();
        var action = new ActionItem { BodyId = body, MeetingId = other, Sequence = 1, Reference = "CC 02/01", Text = "Write to the minister", Owners = [await db.People.SingleAsync(p => p.Id == person)] };
        db.Actions.Add(action);

        await db.SaveChangesAsync();

        (await StoredPublicationAsync(action.Id)).ShouldBeTrue();
    }

    [Fact]
    public async Task TheCopyOnlyNarrows_TheMeetingDecidesWhatThePublicSees()
    {
        var (meeting, other, person) = await SeedAsync();
        var unpublished = await RaiseAsync(meeting, person, "Report on costs");
        await PublishMinutesAsync(other);
        var published = await RaiseAsync(other, person, "Write to the minister");

        // Copies out of step with their meetings, as a write past the model could leave them.
        using (var db = quorum.Open(Viewer.System))
        {
            await db.Actions.Where(a => a.Id == unpublished.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.MinutesPublished, true));
            await db.Actions.Where(a => a.Id == published.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.MinutesPublished, false));
        }

        SeenByThePublic(unpublished.Id).ShouldBeFalse();
        SeenByThePublic(published.Id).ShouldBeFalse();
    }
}
