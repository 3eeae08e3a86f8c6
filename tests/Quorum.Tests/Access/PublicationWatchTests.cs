using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.People;

namespace Quorum.Tests.Access;

/// <summary>
/// What a save tells open-data harvesters: a record the public could see and no longer can leaves a
/// tombstone dated by the save; one that comes back loses it and counts as modified; a change to an
/// embedded record marks the record that embeds it as modified.
/// </summary>
public sealed class PublicationWatchTests : IDisposable
{
    private static readonly DateTime Published = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Withdrawn = new(2026, 2, 10, 14, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime Restored = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    private readonly InMemoryQuorum quorum = InMemoryQuorum.CompilingEveryQuery();
    private readonly SettableClock clock = new(Published);
    private readonly Seeded data;

    public PublicationWatchTests() => data = Seed();

    public void Dispose() => quorum.Dispose();

    private sealed record Seeded(int Body, int Meeting, int Venue, int OpenItem, int OtherItem, int Paper, int ItemPaper, int File, int Person, int Seat);

    private QuorumDb Open()
    {
        var db = quorum.Open(Viewer.System);
        db.Clock = clock;
        return db;
    }

    private Seeded Seed()
    {
        using var db = Open();
        var body = new Body { Name = "Council Committee", ShortName = "CC" };
        var venue = new Location { Name = "Guildhall" };
        var meeting = new Meeting { Body = body, Number = 1, Date = new DateOnly(2026, 1, 20), Location = venue };
        var open = new AgendaItem { Meeting = meeting, Title = "Budget", Number = "1", Position = 1 };
        var other = new AgendaItem { Meeting = meeting, Title = "Land sale", Number = "2", Position = 2 };
        var person = new Person { FullName = "Ada Lovelace", ConsentsToPublication = true };
        var seat = new Membership { Body = body, Person = person };
        db.AddRange(body, venue, meeting, open, other, person, seat);
        db.SaveChanges();
        var paper = PublicPaper(body, meeting, null, "Budget report");
        var itemPaper = PublicPaper(body, meeting, other, "Valuation");
        db.Papers.AddRange(paper, itemPaper);
        db.SaveChanges();
        var file = new PaperVersion { PaperId = paper.Id, Number = 1, FileName = "budget.pdf", ContentType = "application/pdf", Sha256 = "ab", UploadedBy = "clerk", UploadedAt = Published };
        db.PaperVersions.Add(file);
        db.SaveChanges();
        return new Seeded(body.Id, meeting.Id, venue.Id, open.Id, other.Id, paper.Id, itemPaper.Id, file.Id, person.Id, seat.Id);
    }

    private static Paper PublicPaper(Body body, Meeting meeting, AgendaItem? item, string title)
    {
        var paper = new Paper { BodyId = body.Id, MeetingId = meeting.Id, AgendaItemId = item?.Id, Title = title };
        paper.Classify(ProtectiveMarking.Official, null, Circulation.Public, [], []);
        return paper;
    }

    private void Change(Action<QuorumDb> change, DateTime at)
    {
        clock.Now = at;
        using var db = Open();
        change(db);
        db.SaveChanges();
    }

    private List<(string Kind, int Id, DateTime Created, DateTime Withdrawn, int? Body)> Tombstones()
    {
        using var db = Open();
        return [.. db.WithdrawnRecords.AsNoTracking().OrderBy(w => w.Kind).ThenBy(w => w.EntityId).AsEnumerable()
            .Select(w => (w.Kind, w.EntityId, w.Created, w.Withdrawn, w.BodyId))];
    }

    private void MakeBodyPublic(bool isPublic, DateTime at) =>
        Change(db => db.Bodies.Single(b => b.Id == data.Body).IsPublic = isPublic, at);

    [Fact]
    public void BodyMadePrivate_WithdrawsEverythingThePublicSawThroughIt()
    {
        MakeBodyPublic(false, Withdrawn);

        Tombstones().ShouldBe(
        [
            (OpenDataKind.AgendaItem, data.OpenItem, Published, Withdrawn, null),
            (OpenDataKind.AgendaItem, data.OtherItem, Published, Withdrawn, null),
            (OpenDataKind.File, data.File, Published, Withdrawn, null),
            (OpenDataKind.Location, data.Venue, Published, Withdrawn, null),
            (OpenDataKind.Meeting, data.Meeting, Published, Withdrawn, data.Body),
            (OpenDataKind.Membership, data.Seat, Published, Withdrawn, null),
            (OpenDataKind.Organization, data.Body, Published, Withdrawn, null),
            (OpenDataKind.Paper, data.Paper, Published, Withdrawn, null),
            (OpenDataKind.Paper, data.ItemPaper, Published, Withdrawn, null),
        ]);
    }

    [Fact]
    public void BodyMadePublicAgain_LosesItsTombstonesAndCountsAsModified()
    {
        MakeBodyPublic(false, Withdrawn);
        MakeBodyPublic(true, Restored);

        Tombstones().ShouldBeEmpty();
        using var db = Open();
        db.Bodies.Single().Modified.ShouldBe(Restored);
        db.Meetings.Single().Modified.ShouldBe(Restored);
        db.AgendaItems.Select(i => i.Modified).ToList().ShouldBe([Restored, Restored]);
        db.Papers.Select(p => p.Modified).ToList().ShouldBe([Restored, Restored]);
        db.Memberships.Single().Modified.ShouldBe(Restored);
        db.Locations.Single().Modified.ShouldBe(Restored);
        // The person holds no seat of their own on the body: their record did not come back.
        db.People.Single().Modified.ShouldBe(Published);
    }

    [Fact]
    public void WithdrawnAgain_KeepsOneTombstoneDatedByTheLatestSave()
    {
        MakeBodyPublic(false, Withdrawn);
        MakeBodyPublic(true, Restored);
        var again = Restored.AddDays(1);
        MakeBodyPublic(false, again);

        var stones = Tombstones();
        stones.Count.ShouldBe(9);
        stones.ShouldAllBe(s => s.Withdrawn == again);
    }

    [Fact]
    public void ATombstoneAlreadyKept_IsRedatedNotRepeated()
    {
        Change(db => db.WithdrawnRecords.Add(new WithdrawnRecord { Kind = OpenDataKind.Organization, EntityId = data.Body, Created = Published, Withdrawn = Published }), Published);
        MakeBodyPublic(false, Withdrawn);

        Tombstones().Where(s => s.Kind == OpenDataKind.Organization).ShouldBe([(OpenDataKind.Organization, data.Body, Published, Withdrawn, null)]);
    }

    [Fact]
    public void ItemMadeExempt_KeepsItsPlaceButWithdrawsItsPaper()
    {
        Change(db => db.AgendaItems.Single(i => i.Id == data.OtherItem).MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3" }), Withdrawn);

        Tombstones().ShouldBe([(OpenDataKind.Paper, data.ItemPaper, Published, Withdrawn, null)]);
        using var db = Open();
        // The meeting embeds its agenda: harvesters must find it changed.
        db.Meetings.Single().Modified.ShouldBe(Withdrawn);
    }

    [Fact]
    public void ExemptionCleared_BringsThePaperBack()
    {
        Change(db => db.AgendaItems.Single(i => i.Id == data.OtherItem).MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3" }), Withdrawn);
        Change(db => db.AgendaItems.Single(i => i.Id == data.OtherItem).ClearExemption(), Restored);

        Tombstones().ShouldBeEmpty();
        using var db = Open();
        db.Papers.Single(p => p.Id == data.ItemPaper).Modified.ShouldBe(Restored);
        db.Papers.Single(p => p.Id == data.Paper).Modified.ShouldBe(Published);
    }

    [Fact]
    public void MeetingDeleted_IsListedUnderItsBody()
    {
        Change(db =>
        {
            db.Papers.RemoveRange(db.Papers.Include(p => p.Versions));
            db.AgendaItems.RemoveRange(db.AgendaItems);
            db.Meetings.Remove(db.Meetings.Single());
        }, Withdrawn);

        var stones = Tombstones();
        stones.ShouldContain((OpenDataKind.Meeting, data.Meeting, Published, Withdrawn, (int?)data.Body));
        stones.ShouldContain((OpenDataKind.AgendaItem, data.OpenItem, Published, Withdrawn, (int?)null));
        stones.ShouldContain((OpenDataKind.Paper, data.Paper, Published, Withdrawn, (int?)null));
        stones.ShouldContain((OpenDataKind.File, data.File, Published, Withdrawn, (int?)null));
        // No public meeting is held at the venue any more.
        stones.ShouldContain((OpenDataKind.Location, data.Venue, Published, Withdrawn, (int?)null));
        stones.Count.ShouldBe(7);
    }

    [Fact]
    public void MeetingMovedElsewhere_WithdrawsTheVenueItLeft()
    {
        Change(db => db.Meetings.Single().Location = new Location { Name = "Town Hall" }, Withdrawn);

        Tombstones().ShouldBe([(OpenDataKind.Location, data.Venue, Published, Withdrawn, null)]);
    }

    [Fact]
    public void VenueStillUsedByAnotherPublicMeeting_StaysPublic()
    {
        Change(db => db.Meetings.Add(new Meeting { BodyId = data.Body, Number = 2, Date = new DateOnly(2026, 2, 20), LocationId = data.Venue }), Published);
        Change(db => db.Meetings.Single(m => m.Id == data.Meeting).Location = new Location { Name = "Town Hall" }, Withdrawn);

        Tombstones().ShouldBeEmpty();
    }

    [Fact]
    public void ConsentWithdrawn_WithdrawsThePersonAndTheirSeats()
    {
        Change(db => db.People.Single().ConsentsToPublication = false, Withdrawn);

        Tombstones().ShouldBe(
        [
            (OpenDataKind.Membership, data.Seat, Published, Withdrawn, null),
            (OpenDataKind.Person, data.Person, Published, Withdrawn, null),
        ]);
    }

    [Fact]
    public void SeatDeleted_IsWithdrawnAndItsPersonAndBodyCountAsModified()
    {
        Change(db => db.Memberships.Remove(db.Memberships.Single()), Withdrawn);

        Tombstones().ShouldBe([(OpenDataKind.Membership, data.Seat, Published, Withdrawn, null)]);
        using var db = Open();
        db.People.Single().Modified.ShouldBe(Withdrawn);
        db.Bodies.Single().Modified.ShouldBe(Withdrawn);
    }

    [Fact]
    public void SeatAdded_MarksItsPersonAndBodyModified_AndWithdrawsNothing()
    {
        Change(db => db.Memberships.Add(new Membership { BodyId = data.Body, PersonId = data.Person, Role = MembershipRole.Chair }), Withdrawn);

        Tombstones().ShouldBeEmpty();
        using var db = Open();
        db.People.Single().Modified.ShouldBe(Withdrawn);
        db.Bodies.Single().Modified.ShouldBe(Withdrawn);
        db.Meetings.Single().Modified.ShouldBe(Published);
    }

    [Fact]
    public void AttendanceRecorded_MarksTheMeetingModified()
    {
        Change(db => db.Attendance.Add(new Attendance { MeetingId = data.Meeting, PersonId = data.Person, Status = AttendanceStatus.Present }), Withdrawn);

        using var db = Open();
        db.Meetings.Single().Modified.ShouldBe(Withdrawn);
        db.People.Single().Modified.ShouldBe(Published);
    }

    [Fact]
    public void ItemMovedToAnotherMeeting_MarksBothMeetingsModified()
    {
        int second = 0;
        Change(db =>
        {
            var meeting = new Meeting { BodyId = data.Body, Number = 2, Date = new DateOnly(2026, 2, 20) };
            db.Meetings.Add(meeting);
            db.SaveChanges();
            second = meeting.Id;
        }, Published);
        Change(db => db.AgendaItems.Single(i => i.Id == data.OpenItem).MeetingId = second, Withdrawn);

        Tombstones().ShouldBeEmpty();
        using var db = Open();
        db.Meetings.OrderBy(m => m.Id).Select(m => m.Modified).ToList().ShouldBe([Withdrawn, Withdrawn]);
    }

    [Fact]
    public void NewMeeting_IsNotItselfTouched_AndNothingIsWithdrawn()
    {
        var later = Withdrawn;
        Change(db => db.Meetings.Add(new Meeting
        {
            BodyId = data.Body,
            Number = 2,
            Date = new DateOnly(2026, 2, 20),
            AgendaItems = [new AgendaItem { Title = "Opening", Number = "1", Position = 1 }],
        }), later);

        Tombstones().ShouldBeEmpty();
        using var db = Open();
        db.Meetings.OrderBy(m => m.Id).Select(m => m.Modified).ToList().ShouldBe([Published, later]);
    }

    [Fact]
    public void ChangesToAPrivateBody_LeaveNoTombstone()
    {
        MakeBodyPublic(false, Withdrawn);
        Change(db =>
        {
            db.AgendaItems.Single(i => i.Id == data.OpenItem).MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 1" });
            db.People.Single().ConsentsToPublication = false;
        }, Restored);

        var stones = Tombstones();
        stones.ShouldAllBe(s => s.Withdrawn == Withdrawn || s.Kind == OpenDataKind.Person);
        stones.Count.ShouldBe(10);
    }

    [Fact]
    public void PaperVersionDeleted_IsWithdrawnAsAFile()
    {
        Change(db => db.PaperVersions.Remove(db.PaperVersions.Single()), Withdrawn);

        Tombstones().ShouldBe([(OpenDataKind.File, data.File, Published, Withdrawn, null)]);
    }

    [Fact]
    public void PaperRecirculatedToMembers_IsWithdrawnWithItsFiles()
    {
        Change(db =>
        {
            var paper = db.Papers.Include(p => p.CirculatedToBodies).Single(p => p.Id == data.Paper);
            paper.Classify(ProtectiveMarking.OfficialSensitive, null, Circulation.MembersOfBodies, [db.Bodies.Single()], []);
        }, Withdrawn);

        Tombstones().ShouldBe(
        [
            (OpenDataKind.File, data.File, Published, Withdrawn, null),
            (OpenDataKind.Paper, data.Paper, Published, Withdrawn, null),
        ]);
    }

    [Fact]
    public void VenueDeleted_IsWithdrawn()
    {
        Change(db =>
        {
            db.Meetings.Single().LocationId = null;
            db.Locations.Remove(db.Locations.Single());
        }, Withdrawn);

        Tombstones().ShouldBe([(OpenDataKind.Location, data.Venue, Published, Withdrawn, null)]);
    }

    [Fact]
    public void ConsentGivenAgain_BringsThePersonAndTheirSeatBackAsModified()
    {
        Change(db => db.People.Single().ConsentsToPublication = false, Withdrawn);
        Change(db => db.People.Single().ConsentsToPublication = true, Restored);

        Tombstones().ShouldBeEmpty();
        using var db = Open();
        db.People.Single().Modified.ShouldBe(Restored);
        db.Memberships.Single().Modified.ShouldBe(Restored);
        db.Bodies.Single().Modified.ShouldBe(Published);
    }

    [Fact]
    public void BodyDeleted_WithdrawsEverythingThePublicSawThroughIt()
    {
        Change(db => db.Bodies.Remove(db.Bodies.Single()), Withdrawn);

        Tombstones().ShouldBe(
        [
            (OpenDataKind.AgendaItem, data.OpenItem, Published, Withdrawn, null),
            (OpenDataKind.AgendaItem, data.OtherItem, Published, Withdrawn, null),
            (OpenDataKind.File, data.File, Published, Withdrawn, null),
            (OpenDataKind.Location, data.Venue, Published, Withdrawn, null),
            (OpenDataKind.Meeting, data.Meeting, Published, Withdrawn, data.Body),
            (OpenDataKind.Membership, data.Seat, Published, Withdrawn, null),
            (OpenDataKind.Organization, data.Body, Published, Withdrawn, null),
            (OpenDataKind.Paper, data.Paper, Published, Withdrawn, null),
            (OpenDataKind.Paper, data.ItemPaper, Published, Withdrawn, null),
        ]);
    }

    [Fact]
    public void MeetingMovedToAPrivateBody_IsWithdrawnWithItsAgendaPapersAndVenue_UnderTheBodyThePublicKnew()
    {
        var panel = PrivateBody();
        Change(db => db.Meetings.Single().BodyId = panel, Withdrawn);

        Tombstones().ShouldBe(
        [
            (OpenDataKind.AgendaItem, data.OpenItem, Published, Withdrawn, null),
            (OpenDataKind.AgendaItem, data.OtherItem, Published, Withdrawn, null),
            (OpenDataKind.File, data.File, Published, Withdrawn, null),
            (OpenDataKind.Location, data.Venue, Published, Withdrawn, null),
            (OpenDataKind.Meeting, data.Meeting, Published, Withdrawn, data.Body),
            (OpenDataKind.Paper, data.Paper, Published, Withdrawn, null),
            (OpenDataKind.Paper, data.ItemPaper, Published, Withdrawn, null),
        ]);
    }

    [Fact]
    public void MeetingMovedBackToThePublicBody_LosesItsTombstonesAndCountsAsModified()
    {
        var panel = PrivateBody();
        Change(db => db.Meetings.Single().BodyId = panel, Withdrawn);
        Change(db => db.Meetings.Single().BodyId = data.Body, Restored);

        Tombstones().ShouldBeEmpty();
        using var db = Open();
        db.AgendaItems.Select(i => i.Modified).ToList().ShouldBe([Restored, Restored]);
        db.Papers.Select(p => p.Modified).ToList().ShouldBe([Restored, Restored]);
        db.Locations.Single().Modified.ShouldBe(Restored);
        db.Bodies.Single(b => b.Id == data.Body).Modified.ShouldBe(Published);
    }

    [Fact]
    public void ItemMovedToAPrivateBodysMeeting_IsWithdrawnWithItsPaper()
    {
        var panel = PrivateBody();
        int panelMeeting = 0;
        Change(db =>
        {
            var meeting = new Meeting { BodyId = panel, Number = 1, Date = new DateOnly(2026, 2, 20) };
            db.Meetings.Add(meeting);
            db.SaveChanges();
            panelMeeting = meeting.Id;
        }, Published);
        Change(db => db.AgendaItems.Single(i => i.Id == data.OtherItem).MeetingId = panelMeeting, Withdrawn);

        Tombstones().ShouldBe(
        [
            (OpenDataKind.AgendaItem, data.OtherItem, Published, Withdrawn, null),
            (OpenDataKind.Paper, data.ItemPaper, Published, Withdrawn, null),
        ]);
    }

    [Fact]
    public void VenueWithdrawn_ComesBackWhenAMeetingIsHeldThereAgain()
    {
        Change(db => db.Meetings.Single().Location = new Location { Name = "Town Hall" }, Withdrawn);
        Change(db => db.Meetings.Add(new Meeting { BodyId = data.Body, Number = 2, Date = new DateOnly(2026, 3, 20), LocationId = data.Venue }), Restored);

        Tombstones().ShouldBeEmpty();
        using var db = Open();
        db.Locations.Single(l => l.Id == data.Venue).Modified.ShouldBe(Restored);
    }

    [Fact]
    public void MeetingMovedBackToAWithdrawnVenue_BringsTheVenueBack()
    {
        Change(db => db.Meetings.Single().Location = new Location { Name = "Town Hall" }, Withdrawn);
        Change(db => db.Meetings.Single().LocationId = data.Venue, Restored);

        Tombstones().Select(s => s.Kind).ShouldBe([OpenDataKind.Location]);
        Tombstones().Single().Id.ShouldNotBe(data.Venue);
        using var db = Open();
        db.Locations.Single(l => l.Id == data.Venue).Modified.ShouldBe(Restored);
    }

    [Fact]
    public void ARecordComingBack_LiftsOnlyItsOwnTombstone()
    {
        Change(db =>
        {
            var paper = db.Papers.Include(p => p.CirculatedToBodies).Single(p => p.Id == data.Paper);
            paper.Classify(ProtectiveMarking.OfficialSensitive, null, Circulation.MembersOfBodies, [db.Bodies.Single()], []);
            db.AgendaItems.Single(i => i.Id == data.OtherItem).MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3" });
        }, Withdrawn);
        Change(db => db.AgendaItems.Single(i => i.Id == data.OtherItem).ClearExemption(), Restored);

        Tombstones().ShouldBe(
        [
            (OpenDataKind.File, data.File, Published, Withdrawn, null),
            (OpenDataKind.Paper, data.Paper, Published, Withdrawn, null),
        ]);
    }

    [Fact]
    public void BodyMadePrivate_WithdrawsItsMeetingHeldNowhere()
    {
        int nowhere = 0;
        Change(db =>
        {
            var meeting = new Meeting { BodyId = data.Body, Number = 2, Date = new DateOnly(2026, 2, 20) };
            db.Meetings.Add(meeting);
            db.SaveChanges();
            nowhere = meeting.Id;
        }, Published);
        MakeBodyPublic(false, Withdrawn);

        Tombstones().ShouldContain((OpenDataKind.Meeting, nowhere, Published, Withdrawn, (int?)data.Body));
        Tombstones().Count.ShouldBe(10);
    }

    [Fact]
    public void ItemMadeExempt_WithdrawsAPaperFiledUnderTheItemAlone()
    {
        int annex = 0;
        Change(db =>
        {
            var paper = new Paper { BodyId = data.Body, AgendaItemId = data.OtherItem, Title = "Valuation annex" };
            paper.Classify(ProtectiveMarking.Official, null, Circulation.Public, [], []);
            db.Papers.Add(paper);
            db.SaveChanges();
            annex = paper.Id;
        }, Published);
        Change(db => db.AgendaItems.Single(i => i.Id == data.OtherItem).MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3" }), Withdrawn);

        Tombstones().ShouldBe(
        [
            (OpenDataKind.Paper, data.ItemPaper, Published, Withdrawn, null),
            (OpenDataKind.Paper, annex, Published, Withdrawn, null),
        ]);
    }

    [Fact]
    public void RecordsOnlyReadInASave_AreNotMarkedModified()
    {
        Change(db =>
        {
            // Loaded, so tracked and unchanged, as a page that shows them before a save would leave them.
            db.AgendaItems.Load();
            db.Memberships.Load();
            db.Bodies.Single().Name = "Council Committee (renamed)";
        }, Withdrawn);

        Tombstones().ShouldBeEmpty();
        using var db = Open();
        db.Meetings.Single().Modified.ShouldBe(Published);
        db.People.Single().Modified.ShouldBe(Published);
    }

    [Fact]
    public void VenueDeletedWhileAMeetingIsHeldThere_IsWithdrawn()
    {
        Change(db => db.Locations.Remove(db.Locations.Single()), Withdrawn);

        Tombstones().ShouldBe([(OpenDataKind.Location, data.Venue, Published, Withdrawn, null)]);
    }

    [Fact]
    public void ItemChangedWithItsMeetingLoaded_MarksTheMeetingModified()
    {
        Change(db =>
        {
            var meeting = db.Meetings.Include(m => m.AgendaItems).Single();
            meeting.AgendaItems.Single(i => i.Id == data.OpenItem).Title = "Budget 2026/27";
        }, Withdrawn);

        using var db = Open();
        db.Meetings.Single().Modified.ShouldBe(Withdrawn);
    }

    [Fact]
    public void SeatAddedWithItsBodyAndPersonLoaded_MarksBothModified()
    {
        Change(db => db.Memberships.Add(new Membership { Body = db.Bodies.Single(), Person = db.People.Single(), Role = MembershipRole.Chair }), Withdrawn);

        using var db = Open();
        db.Bodies.Single().Modified.ShouldBe(Withdrawn);
        db.People.Single().Modified.ShouldBe(Withdrawn);
    }

    [Fact]
    public void PaperChanged_MarksItsMeetingModified()
    {
        Change(db => db.Papers.Single(p => p.Id == data.Paper).Title = "Budget report (revised)", Withdrawn);

        Tombstones().ShouldBeEmpty();
        using var db = Open();
        db.Meetings.Single().Modified.ShouldBe(Withdrawn);
    }

    [Fact]
    public void AfterASave_TheContextReadsAsItsOwnViewerAgain()
    {
        var clerk = new Viewer { UserId = "clerk", ClerkOf = [data.Body] };
        using var db = quorum.Open(clerk);
        db.Clock = clock;
        db.AgendaItems.Single(i => i.Id == data.OtherItem).MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3" });
        db.SaveChanges();

        // The watch reads as an anonymous visitor during the save; the clerk must still see the exempt item.
        db.Viewer.ShouldBe(clerk);
        db.AgendaItems.Count().ShouldBe(2);
    }

    private int PrivateBody()
    {
        var panel = new Body { Name = "Audit Panel", ShortName = "AP", IsPublic = false };
        Change(db => db.Bodies.Add(panel), Published);
        return panel.Id;
    }

    private sealed class SettableClock(DateTime now) : TimeProvider
    {
        public DateTime Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => new(Now);

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
