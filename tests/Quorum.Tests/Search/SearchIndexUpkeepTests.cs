using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Decisions;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.People;
using Quorum.Search;

namespace Quorum.Tests.Search;

/// <summary>The index follows every save: records added, edited and deleted, and the records whose words others borrow.</summary>
public sealed class SearchIndexUpkeepTests : IDisposable
{
    private static readonly DateOnly Day = new(2025, 3, 6);

    private readonly SearchableQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    private sealed record Saved(int Body, int Meeting, int Item, int Minute, int Decision, int Action, int Paper, int Person, int Organisation);

    /// <summary>One of each kind, under one item of one meeting.</summary>
    private async Task<Saved> ArchiveAsync()
    {
        await using var db = quorum.Open(Viewer.System);
        var body = new Body { Name = "Council Committee", ShortName = "CC", ActionPrefix = "CC" };
        var organisation = new Organisation { Name = "Northshire Council" };
        var person = new Person { FullName = "Ada Lovelace", JobTitle = "Chief Information Officer", Organisation = organisation };
        db.AddRange(body, person);
        var meeting = new Meeting { Body = body, Number = 1, Date = Day };
        var item = meeting.AddAgendaItem("Wetland survey");
        item.Minute = new Minute { Text = "Members discussed the heronry." };
        meeting.MarkHeld();
        meeting.StartMinutes();
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        var decision = await DecisionRegister.RecordAsync(db, meeting, item, "The heronry is protected.", null);
        var action = await ActionRegister.RaiseAsync(db, meeting, item, [person], "Map the heronry.", null);
        var paper = new Paper { BodyId = body.Id, MeetingId = meeting.Id, AgendaItemId = item.Id, Title = "Heronry report", Author = "Ada Lovelace", Text = "The heronry in spring." };
        paper.Classify(ProtectiveMarking.Official, null, Circulation.Public, [], []);
        db.Papers.Add(paper);
        await db.SaveChangesAsync();
        return new Saved(body.Id, meeting.Id, item.Id, item.Minute.Id, decision.Id, action.Id, paper.Id, person.Id, organisation.Id);
    }

    private async Task<List<(string, int, int?, DateOnly?, string, string)>> DocumentsAsync()
    {
        await using var db = quorum.Open(Viewer.System);
        return [.. (await db.SearchDocuments.ToListAsync())
            .Select(d => (d.Kind, d.RecordId, d.BodyId, d.Date, d.Title, d.Text))
            .OrderBy(d => d.Kind, StringComparer.Ordinal)];
    }

    private async Task<List<(string Kind, int Id)>> FoundAsync(string text)
    {
        await using var db = quorum.Open(Viewer.System);
        return [.. (await SiteSearch.RunAsync(db, new SearchRequest(text, PageSize: SiteSearch.MaxPageSize))).Hits.Select(h => (h.Kind, h.Id)).Order()];
    }

    private async Task ChangeAsync(Func<QuorumDb, Task> change)
    {
        await using var db = quorum.Open(Viewer.System);
        await change(db);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task EachRecordAdded_IsWrittenAsItsDocument()
    {
        var s = await ArchiveAsync();

        (await DocumentsAsync()).ShouldBe(
        [
            ("action", s.Action, s.Body, Day, "CC 01/01", "Map the heronry."),
            ("decision", s.Decision, s.Body, Day, "Decision 1", "The heronry is protected."),
            ("item", s.Item, s.Body, Day, "Wetland survey", ""),
            ("minute", s.Minute, s.Body, Day, "1 Wetland survey", "Members discussed the heronry."),
            ("paper", s.Paper, s.Body, Day, "Heronry report", "Ada Lovelace\nThe heronry in spring."),
            ("person", s.Person, null, null, "Ada Lovelace", "Chief Information Officer\nNorthshire Council"),
        ]);
        (await FoundAsync("heronry")).ShouldBe(
            [("action", s.Action), ("decision", s.Decision), ("minute", s.Minute), ("paper", s.Paper)]);
    }

    [Fact]
    public async Task EachRecordFound_IsShownWithItsMeetingsDateAndItsBodysName()
    {
        var s = await ArchiveAsync();

        await using var db = quorum.Open(Viewer.System);
        var hits = new List<SearchHit>();
        foreach (var word in new[] { "heronry", "wetland", "lovelace" })
            hits.AddRange((await SiteSearch.RunAsync(db, new SearchRequest(word, PageSize: SiteSearch.MaxPageSize))).Hits);

        hits.Select(h => (h.Kind, h.Id, h.Date, h.BodyName)).Distinct().OrderBy(h => h.Kind, StringComparer.Ordinal).ShouldBe(
        [
            ("action", s.Action, (DateOnly?)Day, (string?)"Council Committee"),
            ("decision", s.Decision, Day, "Council Committee"),
            ("item", s.Item, Day, "Council Committee"),
            ("minute", s.Minute, Day, "Council Committee"),
            ("paper", s.Paper, Day, "Council Committee"),
            ("person", s.Person, null, null),
        ]);
    }

    [Fact]
    public async Task AMeetingBodyOrOrganisation_HasNoDocumentOfItsOwn()
    {
        await ChangeAsync(db =>
        {
            var body = new Body { Name = "Heronry Board", ShortName = "HB" };
            db.AddRange(body, new Organisation { Name = "Heronry Trust" }, new Meeting { Body = body, Number = 1, Date = Day, Title = "Heronry meeting" });
            return Task.CompletedTask;
        });

        (await DocumentsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task AnEditedMinute_IsFoundByItsNewWords_AndNoLongerByItsOld()
    {
        var s = await ArchiveAsync();

        await ChangeAsync(async db => (await db.Minutes.SingleAsync()).Text = "Members discussed the snowplough.");

        (await FoundAsync("snowplough")).ShouldBe([("minute", s.Minute)]);
        (await FoundAsync("discussed heronry")).ShouldBeEmpty();
        (await DocumentsAsync()).Single(d => d.Item1 == "minute").Item6.ShouldBe("Members discussed the snowplough.");
    }

    [Fact]
    public async Task ARenamedItem_RenamesItsMinutesDocumentToo()
    {
        var s = await ArchiveAsync();

        await ChangeAsync(async db => (await db.AgendaItems.SingleAsync()).Title = "Marsh survey");

        (await FoundAsync("marsh")).ShouldBe([("item", s.Item), ("minute", s.Minute)]);
        (await FoundAsync("wetland")).ShouldBeEmpty();
        var documents = await DocumentsAsync();
        documents.Single(d => d.Item1 == "minute").Item5.ShouldBe("1 Marsh survey");
        documents.Single(d => d.Item1 == "item").Item5.ShouldBe("Marsh survey");
    }

    [Fact]
    public async Task AMeetingMoved_MovesTheDatesOfEverythingRecordedAtIt()
    {
        var s = await ArchiveAsync();
        var moved = new DateOnly(2026, 1, 20);

        await ChangeAsync(async db => (await db.Meetings.SingleAsync()).Date = moved);

        (await DocumentsAsync()).Where(d => d.Item1 != "person").Select(d => (d.Item1, d.Item4)).ShouldBe(
            [("action", moved), ("decision", moved), ("item", moved), ("minute", moved), ("paper", moved)]);
        await using var db = quorum.Open(Viewer.System);
        (await SiteSearch.CandidatesAsync(db, new SearchRequest("heronry", From: new DateOnly(2026, 1, 1)))).Count.ShouldBe(4);
        (await SiteSearch.CandidatesAsync(db, new SearchRequest("heronry", To: new DateOnly(2025, 12, 31)))).ShouldBeEmpty();
    }

    [Fact]
    public async Task AMeetingMovedToAnotherBody_HasItsItemsAndMinutesFoundUnderThatBody()
    {
        var s = await ArchiveAsync();
        var panel = 0;

        await ChangeAsync(async db =>
        {
            var body = new Body { Name = "Wetlands Panel", ShortName = "WP" };
            db.Bodies.Add(body);
            await db.SaveChangesAsync();
            panel = body.Id;
            (await db.Meetings.SingleAsync()).BodyId = panel;
        });

        (await DocumentsAsync()).Where(d => d.Item1 is "item" or "minute").Select(d => d.Item3).ShouldBe([panel, panel]);
        await using var db = quorum.Open(Viewer.System);
        (await SiteSearch.CandidatesAsync(db, new SearchRequest("wetland", BodyId: panel))).Count.ShouldBe(2);
        (await SiteSearch.CandidatesAsync(db, new SearchRequest("wetland", BodyId: s.Body))).ShouldBeEmpty();
    }

    [Fact]
    public async Task ARenamedOrganisation_RenamesItsPeoplesDocuments()
    {
        var s = await ArchiveAsync();

        await ChangeAsync(async db => (await db.Organisations.SingleAsync()).Name = "Southshire Council");

        (await DocumentsAsync()).Single(d => d.Item1 == "person").ShouldBe(("person", s.Person, null, null, "Ada Lovelace", "Chief Information Officer\nSouthshire Council"));
        (await FoundAsync("southshire")).ShouldBe([("person", s.Person)]);
        (await FoundAsync("northshire")).ShouldBeEmpty();
    }

    [Fact]
    public async Task ADeletedRecord_LeavesTheIndex()
    {
        var s = await ArchiveAsync();

        await ChangeAsync(async db =>
        {
            db.Decisions.Remove(await db.Decisions.SingleAsync());
            db.Papers.Remove(await db.Papers.SingleAsync());
        });
        (await FoundAsync("heronry")).ShouldBe([("action", s.Action), ("minute", s.Minute)]);

        await ChangeAsync(async db =>
        {
            db.Actions.Remove(await db.Actions.SingleAsync());
            var item = await db.AgendaItems.Include(i => i.Minute).SingleAsync();
            db.Minutes.Remove(item.Minute!);
            db.AgendaItems.Remove(item);
        });
        (await FoundAsync("heronry")).ShouldBeEmpty();
        (await FoundAsync("wetland")).ShouldBeEmpty();
        (await DocumentsAsync()).Select(d => d.Item1).ShouldBe(["person"]);

        await ChangeAsync(async db => db.People.Remove(await db.People.SingleAsync()));
        (await DocumentsAsync()).ShouldBeEmpty();
        (await FoundAsync("lovelace")).ShouldBeEmpty();
    }
}
