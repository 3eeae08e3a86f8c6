using Quorum.Access;
using Quorum.Bodies;
using Quorum.Meetings;

namespace Quorum.Tests.Access;

/// <summary>
/// What open data and the meeting page show of an agenda: an item the viewer may not read keeps its
/// number and place, and its ground on the page, nothing else.
/// </summary>
public sealed class OpenAgendaTests : IDisposable
{
    private readonly InMemoryQuorum quorum = InMemoryQuorum.CompilingEveryQuery();
    private readonly Seeded data;

    public OpenAgendaTests() => data = Seed();

    public void Dispose() => quorum.Dispose();

    private sealed record Seeded(int Council, int Meeting, int Later, int Private, int Welcome, int Land, int LandPart, int Staffing, int Budget, int PrivateItem)
    {
        public Viewer Member => new() { UserId = "member", MemberOf = [Council] };
    }

    /// <summary>
    /// The council's first meeting: 1 Welcome, 2 Land sale (exempt, para 3) with 2.1 Valuation,
    /// 3 Staffing (exempt, a ground of its own); its second: 1 Budget; the panel (private) meets once.
    /// </summary>
    private Seeded Seed()
    {
        using var db = quorum.Open(Viewer.System);
        var council = new Body { Name = "Council Committee", ShortName = "CC" };
        var panel = new Body { Name = "Audit Panel", ShortName = "AP", IsPublic = false };
        var meeting = new Meeting { Body = council, Number = 1, Date = new DateOnly(2026, 1, 10) };
        var later = new Meeting { Body = council, Number = 2, Date = new DateOnly(2026, 2, 10) };
        var hidden = new Meeting { Body = panel, Number = 1, Date = new DateOnly(2026, 1, 12) };
        db.AddRange(council, panel, meeting, later, hidden);
        db.SaveChanges();
        // Added out of order, so that ids and places differ.
        var staffing = new AgendaItem { MeetingId = meeting.Id, Title = "Staffing", Number = "3", Position = 3 };
        staffing.MarkExempt(new Exemption { Ground = "Standing order 12" });
        var budget = new AgendaItem { MeetingId = later.Id, Title = "Budget", Number = "1", Position = 1 };
        var land = new AgendaItem { MeetingId = meeting.Id, Title = "Land sale", Number = "2", Position = 2 };
        land.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3" });
        var welcome = new AgendaItem { MeetingId = meeting.Id, Title = "Welcome", Number = "1", Position = 1 };
        var privateItem = new AgendaItem { MeetingId = hidden.Id, Title = "Audit findings", Number = "1", Position = 1 };
        db.AgendaItems.AddRange(staffing, budget, land, welcome, privateItem);
        db.SaveChanges();
        var part = new AgendaItem { MeetingId = meeting.Id, ParentId = land.Id, Title = "Valuation", Number = "2.1", Position = 1 };
        db.AgendaItems.Add(part);
        db.SaveChanges();
        return new Seeded(council.Id, meeting.Id, later.Id, hidden.Id, welcome.Id, land.Id, part.Id, staffing.Id, budget.Id, privateItem.Id);
    }

    private static List<(int Id, string Number, int Order, string? Title, bool IsPublic)> Shown(IEnumerable<OpenAgendaItem> items) =>
        [.. items.Select(i => (i.Id, i.Number, i.Order, i.Title, i.IsPublic))];

    [Fact]
    public async Task Agenda_ShowsWithheldItemsByNumberAndPlaceAlone()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        var agenda = await OpenData.AgendaOfAsync(db, [data.Meeting]);

        Shown(agenda).ShouldBe(
        [
            (data.Welcome, "1", 100, "Welcome", true),
            (data.Land, "2", 200, null, false),
            (data.LandPart, "2.1", 201, "Valuation", true),
            (data.Staffing, "3", 300, null, false),
        ]);
        agenda.ShouldAllBe(i => i.MeetingId == data.Meeting);
    }

    [Fact]
    public async Task Agenda_ShowsAMemberTheExemptTitles_StillMarkedNotPublic()
    {
        using var db = quorum.Open(data.Member);
        Shown(await OpenData.AgendaOfAsync(db, [data.Meeting])).ShouldBe(
        [
            (data.Welcome, "1", 100, "Welcome", true),
            (data.Land, "2", 200, "Land sale", false),
            (data.LandPart, "2.1", 201, "Valuation", true),
            (data.Staffing, "3", 300, "Staffing", false),
        ]);
    }

    [Fact]
    public async Task Agenda_ListsMeetingsInOrder_AndLeavesOutThoseTheViewerCannotSee()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        var agenda = await OpenData.AgendaOfAsync(db, [data.Private, data.Later, data.Meeting]);

        agenda.Select(i => i.Id).ShouldBe([data.Welcome, data.Land, data.LandPart, data.Staffing, data.Budget]);
    }

    [Fact]
    public async Task Agenda_OfNoMeetings_IsEmpty()
    {
        using var db = quorum.Open(Viewer.System);
        (await OpenData.AgendaOfAsync(db, [])).ShouldBeEmpty();
    }

    [Fact]
    public async Task OneItem_IsShownAsOnTheAgenda()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        Shown([(await OpenData.AgendaItemAsync(db, data.Land))!]).ShouldBe([(data.Land, "2", 200, null, false)]);
        Shown([(await OpenData.AgendaItemAsync(db, data.LandPart))!]).ShouldBe([(data.LandPart, "2.1", 201, "Valuation", true)]);
    }

    [Fact]
    public async Task OneItem_OfAMeetingNotSeen_OrUnknown_IsNothing()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        (await OpenData.AgendaItemAsync(db, data.PrivateItem)).ShouldBeNull();
        (await OpenData.AgendaItemAsync(db, 9999)).ShouldBeNull();
    }

    [Fact]
    public async Task ItemsAfter_SkipMeetingsNotSeen_InIdOrder()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        var (items, scannedTo, more) = await OpenData.AgendaItemsAfterAsync(db, 0, 10, q => q);

        items.Select(i => i.Id).ShouldBe([data.Staffing, data.Budget, data.Land, data.Welcome, data.LandPart]);
        items.Single(i => i.Id == data.Land).Title.ShouldBeNull();
        scannedTo.ShouldBe(data.LandPart);
        more.ShouldBeFalse();
    }

    [Fact]
    public async Task ItemsAfter_StopAtTheLimit_AndSayThereIsMore()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        var (items, scannedTo, more) = await OpenData.AgendaItemsAfterAsync(db, 0, 2, q => q);

        items.Select(i => i.Id).ShouldBe([data.Staffing, data.Budget]);
        scannedTo.ShouldBe(data.Budget);
        more.ShouldBeTrue();

        var (rest, restTo, restMore) = await OpenData.AgendaItemsAfterAsync(db, scannedTo, 2, q => q);
        rest.Select(i => i.Id).ShouldBe([data.Land, data.Welcome]);
        (restTo, restMore).ShouldBe((data.Welcome, true));
    }

    [Fact]
    public async Task ItemsAfter_EndingOnTheLastItem_SayThereIsNoMore()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        var (items, scannedTo, more) = await OpenData.AgendaItemsAfterAsync(db, data.Land, 2, q => q);

        items.Select(i => i.Id).ShouldBe([data.Welcome, data.LandPart]);
        (scannedTo, more).ShouldBe((data.LandPart, false));
    }

    [Fact]
    public async Task ItemsAfter_TheLastItem_AreNone()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        var (items, scannedTo, more) = await OpenData.AgendaItemsAfterAsync(db, data.LandPart, 5, q => q);

        items.ShouldBeEmpty();
        (scannedTo, more).ShouldBe((data.LandPart, false));
    }

    [Fact]
    public async Task ItemsAfter_KeepTheCallersFilter()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        var (items, _, _) = await OpenData.AgendaItemsAfterAsync(db, 0, 10, q => q.Where(i => i.MeetingId == data.Later));
        items.Select(i => i.Id).ShouldBe([data.Budget]);
    }

    [Fact]
    public async Task ItemsAfter_ShowAMemberThePrivateBodysItems()
    {
        using var db = quorum.Open(new Viewer { UserId = "auditor", MemberOf = [data.Council + 1] });
        var (items, _, _) = await OpenData.AgendaItemsAfterAsync(db, data.LandPart - 2, 10, q => q);
        items.Select(i => i.Id).ShouldBe([data.PrivateItem, data.LandPart]);
        items.Single(i => i.Id == data.PrivateItem).Title.ShouldBe("Audit findings");
    }

    [Fact]
    public async Task WithheldItems_AreListedForTheirMeetingWithTheirGround()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        var withheld = await WithheldItems.ForMeetingAsync(db, data.Meeting);

        withheld.OrderBy(w => w.Number).ShouldBe([new WithheldItem("2", "LGA 1972 Sch 12A para 3"), new WithheldItem("3", "Standing order 12")]);
        withheld.OrderBy(w => w.Number).Select(w => w.GroundLabel).ShouldBe(
        [
            "LGA 1972 Sch 12A para 3 (Financial or business affairs of any particular person)",
            "Standing order 12",
        ]);
    }

    [Fact]
    public async Task WithheldItems_AreNoneForAMember()
    {
        using var db = quorum.Open(data.Member);
        (await WithheldItems.ForMeetingAsync(db, data.Meeting)).ShouldBeEmpty();
    }

    [Fact]
    public async Task WithheldItems_AreNoneForAMeetingNotSeen_OrWithoutExemptItems()
    {
        using (var db = quorum.Open(Viewer.System))
        {
            var exempt = new AgendaItem { MeetingId = data.Private, Title = "Fraud", Number = "2", Position = 2 };
            exempt.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 7" });
            db.AgendaItems.Add(exempt);
            db.SaveChanges();
        }

        using var reader = quorum.Open(Viewer.Anonymous);
        (await WithheldItems.ForMeetingAsync(reader, data.Private)).ShouldBeEmpty();
        (await WithheldItems.ForMeetingAsync(reader, data.Later)).ShouldBeEmpty();
    }
}
