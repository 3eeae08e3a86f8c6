using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Conduct;
using Quorum.Imports;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Tests.Imports;

/// <summary>Reviewed minutes saved into a body: what is saved, what is left out with a note, and what is refused.</summary>
public sealed class MinutesImportSaveTests : IDisposable
{
    private static readonly DateOnly Day = new(2024, 5, 2);

    private readonly InMemoryQuorum quorum = new();
    private readonly int body;

    public MinutesImportSaveTests()
    {
        using var db = quorum.Open(Viewer.System);
        var council = new Body { Name = "Council Committee", ShortName = "CC", TimeZone = "Europe/Dublin", MattersArisingItem = "Review of actions" };
        db.Bodies.Add(council);
        db.SaveChanges();
        body = council.Id;
    }

    public void Dispose() => quorum.Dispose();

    private Viewer Clerk => new() { UserId = "clerk", Name = "clerk@example.org", ClerkOf = [body] };

    private static ReviewedMinutes Minutes(string sha = "abc123") => new() { Sha256 = sha, FileName = "minutes-2024-05.docx", Date = Day };

    private static ReviewedPerson Present(string name, int? id = null, string? organisation = null, string? role = null) =>
        new(name, organisation, role, AttendanceStatus.Present, id);

    /// <summary>Saves as the review page does: the meeting first, then its conduct, in one transaction.</summary>
    private async Task<(int Meeting, List<string> Notes)> ImportAsync(ReviewedMinutes minutes, Viewer? viewer = null)
    {
        await using var db = quorum.Open(viewer ?? Clerk);
        var council = await db.Bodies.SingleAsync(b => b.Id == body);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var (meeting, notes) = await MinutesImport.SaveAsync(db, council, minutes);
        await db.SaveChangesAsync();
        var conduct = await MinutesImport.RecordConductAsync(db, meeting, minutes);
        await transaction.CommitAsync();
        return (meeting.Id, [.. notes, .. conduct]);
    }

    private async Task<Meeting> MeetingAsync(int id)
    {
        await using var db = quorum.Open(Viewer.System);
        return await db.Meetings.AsNoTracking()
            .Include(m => m.Location)
            .Include(m => m.Attendance).ThenInclude(a => a.Person).ThenInclude(p => p!.Organisation)
            .Include(m => m.AgendaItems).ThenInclude(i => i.Minute)
            .Include(m => m.AgendaItems).ThenInclude(i => i.Parent)
            .AsSplitQuery()
            .SingleAsync(m => m.Id == id);
    }

    private async Task<int> PersonAsync(string name, string? organisation = null)
    {
        await using var db = quorum.Open(Viewer.System);
        var person = new Person { FullName = name, Organisation = organisation is null ? null : new Organisation { Name = organisation } };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }

    private async Task<T> ReadAsync<T>(Func<Quorum.Data.QuorumDb, Task<T>> read)
    {
        await using var db = quorum.Open(Viewer.System);
        return await read(db);
    }

    [Fact]
    public async Task TheMinutes_BecomeAHeldMeetingWithDraftMinutes_NumberedNextInTheBodysSeries()
    {
        await using (var db = quorum.Open(Viewer.System))
        {
            db.Meetings.Add(new Meeting { BodyId = body, Number = 1, Date = new DateOnly(2024, 3, 1) });
            await db.SaveChangesAsync();
        }

        var (id, notes) = await ImportAsync(Minutes() with
        {
            StartTime = new TimeOnly(10, 0),
            EndTime = new TimeOnly(12, 30),
            Title = "  Annual meeting ",
            Venue = " Callander Room ",
        });

        notes.ShouldBeEmpty();
        var meeting = await MeetingAsync(id);
        (meeting.BodyId, meeting.Number, meeting.Date, meeting.StartTime, meeting.EndTime, meeting.Title, meeting.TimeZone, meeting.Kind)
            .ShouldBe((body, 2, Day, (TimeOnly?)new TimeOnly(10, 0), (TimeOnly?)new TimeOnly(12, 30), (string?)"Annual meeting", "Europe/Dublin", MeetingKind.Ordinary));
        (meeting.State, meeting.MinutesState).ShouldBe((MeetingState.Held, MinutesState.Draft));
        meeting.Location!.Name.ShouldBe("Callander Room");
    }

    [Fact]
    public async Task ABlankTitleOrVenue_IsNone_AndAKnownVenueIsReused()
    {
        int known;
        await using (var db = quorum.Open(Viewer.System))
        {
            var location = new Location { Name = "Council Chamber" };
            db.Locations.Add(location);
            await db.SaveChangesAsync();
            known = location.Id;
        }

        var blank = await MeetingAsync((await ImportAsync(Minutes("one") with { Title = "  ", Venue = " " })).Meeting);
        var chamber = await MeetingAsync((await ImportAsync(Minutes("two") with { Venue = "Council Chamber " })).Meeting);

        (blank.Title, blank.LocationId).ShouldBe((null, null));
        chamber.LocationId.ShouldBe(known);
        (await ReadAsync(db => db.Locations.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task TheAttendance_IsPeopleMatchedOrNew_EachOnce_WithTheirStatusRoleAndOrganisation()
    {
        var ada = await PersonAsync("Ada Lovelace");
        await PersonAsync("Someone Else", "Northshire Council");

        var (id, _) = await ImportAsync(Minutes() with
        {
            People =
            [
                Present("Ada L.", ada, role: "Chair"),
                Present(" Bob Hart ", organisation: " Northshire Council ", role: "Member"),
                new ReviewedPerson("Clara Oswald", "northshire council", null, AttendanceStatus.Apologies, null),
                new ReviewedPerson("Dan Smith", "Kestrel Digital", "Presenter", AttendanceStatus.Presenting, null),
                new ReviewedPerson("Ada again", null, null, AttendanceStatus.Apologies, ada),
            ],
        });

        var meeting = await MeetingAsync(id);
        meeting.Attendance.OrderBy(a => a.Person!.FullName).Select(a => (a.Person!.FullName, a.Status, a.Role, a.OrganisationName, a.Person.Organisation?.Name)).ShouldBe(
        [
            ("Ada Lovelace", AttendanceStatus.Present, (string?)"Chair", (string?)null, (string?)null),
            ("Bob Hart", AttendanceStatus.Present, "Member", " Northshire Council ", "Northshire Council"),
            ("Clara Oswald", AttendanceStatus.Apologies, null, "northshire council", "Northshire Council"),
            ("Dan Smith", AttendanceStatus.Presenting, "Presenter", "Kestrel Digital", "Kestrel Digital"),
        ]);
        meeting.Attendance.Single(a => a.Person!.FullName == "Ada Lovelace").PersonId.ShouldBe(ada);
        (await ReadAsync(db => db.Organisations.OrderBy(o => o.Name).Select(o => o.Name).ToListAsync())).ShouldBe(["Kestrel Digital", "Northshire Council"]);
        (await ReadAsync(db => db.People.CountAsync())).ShouldBe(5);
    }

    [Fact]
    public async Task ANewNameGivenTwice_IsOnePerson_AttendingOnce_AsFirstListed()
    {
        var (id, _) = await ImportAsync(Minutes() with
        {
            People =
            [
                Present("Bob Hart", role: "Chair"),
                new ReviewedPerson(" bob hart ", null, "Clerk", AttendanceStatus.InAttendance, null),
                Present("Bob Harte"),
            ],
        });

        var meeting = await MeetingAsync(id);
        meeting.Attendance.OrderBy(a => a.Person!.FullName).Select(a => (a.Person!.FullName, a.Status, a.Role)).ShouldBe(
        [
            ("Bob Hart", AttendanceStatus.Present, (string?)"Chair"),
            ("Bob Harte", AttendanceStatus.Present, null),
        ]);
        (await ReadAsync(db => db.People.CountAsync())).ShouldBe(2);
    }

    [Fact]
    public async Task Items_KeepTheirPrintedNumbers_NestUnderTheirParent_AndCarryTheirMinutesAndExemptions()
    {
        var (id, _) = await ImportAsync(Minutes() with
        {
            Items =
            [
                new ReviewedItem("1", "Welcome", false, "The chair welcomed members."),
                new ReviewedItem("2", "Minutes of the last meeting and Matters Arising", false, ""),
                new ReviewedItem("5", "Finance", false, null),
                new ReviewedItem("5.1", "Budget", false, "The budget was noted."),
                new ReviewedItem("5.1.2", "Detail", false, null),
                new ReviewedItem("7.1", "Orphan", false, null),
                new ReviewedItem("8", "Land sale", true, "The price was agreed."),
                new ReviewedItem(null, "Any other business", false, null),
            ],
        });

        var items = (await MeetingAsync(id)).AgendaItems.OrderBy(i => i.Title, StringComparer.Ordinal).ToList();
        items.Select(i => (i.Number, i.Title, i.Parent?.Title, i.Minute?.Text, i.IsExempt, i.Kind)).ShouldBe(
        [
            ("7", "Any other business", (string?)null, (string?)null, false, AgendaItemKind.Ordinary),
            ("5.1", "Budget", "Finance", "The budget was noted.", false, AgendaItemKind.Ordinary),
            ("5.1.2", "Detail", null, null, false, AgendaItemKind.Ordinary),
            ("5", "Finance", null, null, false, AgendaItemKind.Ordinary),
            ("8", "Land sale", null, "The price was agreed.", true, AgendaItemKind.Ordinary),
            ("2", "Minutes of the last meeting and Matters Arising", null, null, false, AgendaItemKind.MattersArising),
            ("7.1", "Orphan", null, null, false, AgendaItemKind.Ordinary),
            ("1", "Welcome", null, "The chair welcomed members.", false, AgendaItemKind.Ordinary),
        ]);
        items.Single(i => i.IsExempt).Exemption!.Ground.ShouldBe(MinutesImport.GroundNotStated);
        MinutesImport.GroundNotStated.ShouldBe("Not stated in the imported minutes");
    }

    [Fact]
    public async Task TheMattersArisingItem_IsTheBodysOwnOrOneSoTitled_OnlyTheFirst()
    {
        var (id, _) = await ImportAsync(Minutes() with
        {
            Items =
            [
                new ReviewedItem("1", "Apologies", false, null),
                new ReviewedItem("2", "review of ACTIONS", false, null),
                new ReviewedItem("3", "Matters arising", false, null),
            ],
        });

        (await MeetingAsync(id)).AgendaItems.OrderBy(i => i.Number).Select(i => i.Kind)
            .ShouldBe([AgendaItemKind.Ordinary, AgendaItemKind.MattersArising, AgendaItemKind.Ordinary]);
    }

    [Fact]
    public async Task Actions_AreRaisedUnderTheirItem_WithTheirPrintedReference_OwnersAndDueDate()
    {
        var ada = await PersonAsync("Ada Lovelace");
        var due = new DateOnly(2024, 6, 30);

        var (id, notes) = await ImportAsync(Minutes() with
        {
            People = [Present("Ada Lovelace", ada), Present("Bob Hart")],
            Items = [new ReviewedItem("3", "Finance", false, null)],
            Actions =
            [
                new ReviewedAction(" CC 01/01 ", ["ada lovelace", "Bob Hart", "Ada Lovelace"], " Report on the budget ", due, "3"),
                new ReviewedAction(null, ["Bob Hart"], "Book the room", null, "9"),
            ],
        });

        notes.ShouldBeEmpty();
        var actions = await ReadAsync(db => db.Actions.Include(a => a.Owners).Include(a => a.AgendaItem).OrderBy(a => a.Text).ToListAsync());
        actions.Select(a => (a.MeetingId, a.Reference, a.Text, a.DueDate, a.AgendaItem?.Number, string.Join(", ", a.Owners.Select(o => o.FullName).Order())))
            .ShouldBe(
            [
                (id, "01/02", "Book the room", (DateOnly?)null, (string?)null, "Bob Hart"),
                (id, "CC 01/01", "Report on the budget", due, "3", "Ada Lovelace, Bob Hart"),
            ]);
        actions[1].Owners.Single(o => o.FullName == "Ada Lovelace").Id.ShouldBe(ada);
    }

    [Fact]
    public async Task AnOwnerNotInTheAttendance_IsFoundOrAddedByFullName_OrLeftOutWithANote()
    {
        var eve = await PersonAsync("Eve Moneypenny");

        var (_, notes) = await ImportAsync(Minutes() with
        {
            Actions =
            [
                new ReviewedAction("A1", ["Eve Moneypenny", "Frank Castle", "Frank Castle", "Treasurer"], "Pay the invoice", null, null),
                new ReviewedAction("A2", ["Frank Castle"], "Chase the invoice", null, null),
                new ReviewedAction("A3", ["Treasurer", "chair"], "Close the account", null, null),
                new ReviewedAction(" ", ["Clerk"], "Circulate the minutes", null, null),
                new ReviewedAction("A5", [], "Nobody's job", null, null),
            ],
        });

        notes.ShouldBe(
        [
            "Action A1: owner “Treasurer” was not matched to a person.",
            "Action A3: owner “Treasurer” was not matched to a person.",
            "Action A3: owner “chair” was not matched to a person.",
            "Action A3 was not saved: it has no owner Quorum could match.",
            "Action Circulate the minutes: owner “Clerk” was not matched to a person.",
            "Action Circulate the minutes was not saved: it has no owner Quorum could match.",
            "Action A5 was not saved: it has no owner Quorum could match.",
        ]);
        var actions = await ReadAsync(db => db.Actions.Include(a => a.Owners).OrderBy(a => a.Reference).ToListAsync());
        actions.Select(a => (a.Reference, string.Join(", ", a.Owners.Select(o => o.FullName).Order())))
            .ShouldBe([("A1", "Eve Moneypenny, Frank Castle"), ("A2", "Frank Castle")]);
        actions[0].Owners.Single(o => o.FullName == "Eve Moneypenny").Id.ShouldBe(eve);
        actions[1].Owners.Single().Id.ShouldBe(actions[0].Owners.Single(o => o.FullName == "Frank Castle").Id);
        (await ReadAsync(db => db.People.CountAsync(p => p.FullName == "Frank Castle"))).ShouldBe(1);
    }

    [Fact]
    public async Task AnOwnerGivenByRole_IsTheOnePersonAtTheMeetingInThatRole()
    {
        var (_, notes) = await ImportAsync(Minutes() with
        {
            People =
            [
                Present("Pat Rowe", role: "Clerk"),
                Present("Jo Harper", role: "Chair"),
                Present("Sam Lind", role: "Member"),
                Present("Dee Evans", role: "Member"),
            ],
            Actions =
            [
                new ReviewedAction("A1", ["clerk"], "Obtain quotes", null, null),
                new ReviewedAction("A2", ["Chair", "Clerk"], "Write to the county", null, null),
                new ReviewedAction("A3", ["Member"], "Inspect the footpath", null, null),
            ],
        });

        notes.ShouldBe(
        [
            "Action A3: owner “Member” was not matched to a person.",
            "Action A3 was not saved: it has no owner Quorum could match.",
        ]);
        var actions = await ReadAsync(db => db.Actions.Include(a => a.Owners).OrderBy(a => a.Reference).ToListAsync());
        actions.Select(a => (a.Reference, string.Join(", ", a.Owners.Select(o => o.FullName).Order())))
            .ShouldBe([("A1", "Pat Rowe"), ("A2", "Jo Harper, Pat Rowe")]);
    }

    [Fact]
    public async Task AnActionWithoutText_IsLeftOutWithANote()
    {
        var (_, notes) = await ImportAsync(Minutes() with
        {
            People = [Present("Bob Hart")],
            Actions = [new ReviewedAction("A1", ["Bob Hart"], "  ", null, null)],
        });

        notes.ShouldBe(["Action A1 was not saved: the minutes give no text for it."]);
        (await ReadAsync(db => db.Actions.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task AReferenceAlreadyUsed_IsKeptWithACopyNumber_AndSaidSo()
    {
        var people = new[] { Present("Bob Hart") };
        await ImportAsync(Minutes("one") with { People = people, Actions = [new ReviewedAction("CC 3", ["Bob Hart"], "First", null, null)] });

        var (_, notes) = await ImportAsync(Minutes("two") with
        {
            People = people,
            Actions =
            [
                new ReviewedAction("CC 3", ["Bob Hart"], "Second", null, null),
                new ReviewedAction(" CC 3", ["Bob Hart"], "Third", null, null),
            ],
        });

        notes.ShouldBe(
        [
            "Action CC 3 is already used in Council Committee; this one was saved as CC 3 (2).",
            "Action CC 3 is already used in Council Committee; this one was saved as CC 3 (3).",
        ]);
        (await ReadAsync(db => db.Actions.OrderBy(a => a.Reference).Select(a => a.Reference + ": " + a.Text).ToListAsync()))
            .ShouldBe(["CC 3: First", "CC 3 (2): Second", "CC 3 (3): Third"]);
    }

    [Fact]
    public async Task Decisions_AreRecordedUnderTheirItem_InTheBodysSeries_SkippingBlankOnesWithANote()
    {
        var (id, notes) = await ImportAsync(Minutes() with
        {
            Items = [new ReviewedItem("4", "Budget", false, null)],
            Decisions =
            [
                new ReviewedDecision("The budget was approved.", "4"),
                new ReviewedDecision(" ", "4"),
                new ReviewedDecision("The next meeting is in June.", "12"),
            ],
        });

        notes.ShouldBe(["Decision 2 was not saved: the minutes give no text for it."]);
        (await ReadAsync(db => db.Decisions.Include(d => d.AgendaItem).OrderBy(d => d.Number).ToListAsync()))
            .Select(d => (d.MeetingId, d.Number, d.Text, d.AgendaItem?.Number))
            .ShouldBe([(id, 1, "The budget was approved.", (string?)"4"), (id, 2, "The next meeting is in June.", null)]);
    }

    [Fact]
    public async Task ACarriedMotion_IsTheItemsDecision_NotRecordedTwice()
    {
        var (_, notes) = await ImportAsync(Minutes() with
        {
            People = [Present("Bob Hart"), Present("Clara Oswald")],
            Items = [new ReviewedItem("4", "Budget", false, null), new ReviewedItem("5", "Fees", false, null), new ReviewedItem("6", "Hall", false, null)],
            Decisions =
            [
                new ReviewedDecision("RESOLVED: The Budget be approved.", "4"),
                new ReviewedDecision("RESOLVED that the fees be raised.", "5"),
                new ReviewedDecision("RESOLVED that the budget be approved.", "5"),
                new ReviewedDecision("The hall is let.", "6"),
            ],
            Motions =
            [
                new ReviewedMotion("4", "That the budget be approved", "Cllr Hart", "Clara Oswald", MotionOutcome.Carried, null, null, null),
                new ReviewedMotion("5", "That the fees be raised", "Bob Hart", null, MotionOutcome.Lost, null, null, null),
                new ReviewedMotion("6", "…", "Bob Hart", null, MotionOutcome.Carried, null, null, null),
            ],
        });

        notes.ShouldBeEmpty();
        (await ReadAsync(db => db.Decisions.Include(d => d.AgendaItem).OrderBy(d => d.Number).Select(d => d.AgendaItem!.Number + ": " + d.Text).ToListAsync()))
            .ShouldBe(["5: RESOLVED that the fees be raised.", "5: RESOLVED that the budget be approved.", "6: The hall is let.", "4: That the budget be approved", "6: …"]);
        (await ReadAsync(db => db.Motions.OrderBy(m => m.Id).Select(m => m.Outcome).ToListAsync())).ShouldBe([MotionOutcome.Carried, MotionOutcome.Lost, MotionOutcome.Carried]);
    }

    [Fact]
    public async Task TheSameDocument_IsNotImportedTwiceIntoABody_ButMayGoIntoAnother()
    {
        int other;
        await using (var db = quorum.Open(Viewer.System))
        {
            var board = new Body { Name = "Audit Board", ShortName = "AB" };
            db.Bodies.Add(board);
            await db.SaveChangesAsync();
            other = board.Id;
        }

        var (id, _) = await ImportAsync(Minutes());

        await using (var db = quorum.Open(Clerk))
        {
            (await MinutesImport.AlreadyImportedAsync(db, body, "abc123")).ShouldBeTrue();
            (await MinutesImport.AlreadyImportedAsync(db, body, "abc124")).ShouldBeFalse();
            (await MinutesImport.AlreadyImportedAsync(db, other, "abc123")).ShouldBeFalse();
            var council = await db.Bodies.SingleAsync(b => b.Id == body);
            var refused = await Should.ThrowAsync<DomainException>(() => MinutesImport.SaveAsync(db, council, Minutes() with { Items = [new ReviewedItem("1", "Welcome", false, null)] }));
            refused.Message.ShouldBe("minutes-2024-05.docx has already been imported into Council Committee.");
            db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).ShouldBeEmpty();
        }

        await using (var db = quorum.Open(Viewer.System))
        {
            var board = await db.Bodies.SingleAsync(b => b.Id == other);
            await MinutesImport.SaveAsync(db, board, Minutes());
            await db.SaveChangesAsync();
        }

        var imported = await ReadAsync(db => db.ImportedDocuments.OrderBy(d => d.Id).ToListAsync());
        imported.Select(d => (d.BodyId, d.Sha256, d.FileName, d.ImportedBy)).ShouldBe(
            [(body, "abc123", "minutes-2024-05.docx", "clerk@example.org"), (other, "abc123", "minutes-2024-05.docx", "system")]);
        imported[0].MeetingId.ShouldBe(id);
        imported[0].ImportedAt.ShouldBe(DateTime.UtcNow, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task AnImporterWithNoName_IsRecordedAsUnknown()
    {
        await ImportAsync(Minutes(), new Viewer { IsAdministrator = true });

        (await ReadAsync(db => db.ImportedDocuments.Select(d => d.ImportedBy).SingleAsync())).ShouldBe("unknown");
    }

    [Fact]
    public async Task AnItemTheMeetingRefuses_StopsTheImport_BeforeAnythingIsSaved()
    {
        await using var db = quorum.Open(Clerk);
        var council = await db.Bodies.SingleAsync(b => b.Id == body);

        var refused = await Should.ThrowAsync<DomainException>(() => MinutesImport.SaveAsync(db, council, Minutes() with
        {
            Venue = "New Hall",
            People = [Present("Bob Hart", organisation: "Northshire")],
            Items = [new ReviewedItem("1", "Welcome", false, null), new ReviewedItem("2", "  ", false, null)],
        }));

        refused.Message.ShouldBe("Enter the item's title.");
        await db.SaveChangesAsync();
        (await ReadAsync(d => d.Meetings.CountAsync())).ShouldBe(0);
        (await ReadAsync(d => d.People.CountAsync())).ShouldBe(0);
        (await ReadAsync(d => d.Locations.CountAsync())).ShouldBe(0);
        (await ReadAsync(d => d.ImportedDocuments.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task ASaveThatFails_SavesNothingOfTheImport()
    {
        await using (var db = quorum.Open(Clerk))
        {
            var council = await db.Bodies.SingleAsync(b => b.Id == body);
            await MinutesImport.SaveAsync(db, council, Minutes() with
            {
                Venue = "New Hall",
                People = [Present("Bob Hart", organisation: "Northshire")],
                Items = [new ReviewedItem("1", "Welcome", false, "Noted."), new ReviewedItem("2", new string('x', 501), false, null)],
                Actions = [new ReviewedAction("A1", ["Bob Hart"], "Report", null, "1")],
                Decisions = [new ReviewedDecision("Agreed.", "1")],
            });
            await Should.ThrowAsync<InvalidInputException>(() => db.SaveChangesAsync());
        }

        (await ReadAsync(d => d.Meetings.CountAsync())).ShouldBe(0);
        (await ReadAsync(d => d.AgendaItems.CountAsync())).ShouldBe(0);
        (await ReadAsync(d => d.People.CountAsync())).ShouldBe(0);
        (await ReadAsync(d => d.Organisations.CountAsync())).ShouldBe(0);
        (await ReadAsync(d => d.Locations.CountAsync())).ShouldBe(0);
        (await ReadAsync(d => d.Actions.CountAsync())).ShouldBe(0);
        (await ReadAsync(d => d.Decisions.CountAsync())).ShouldBe(0);
        (await ReadAsync(d => d.ImportedDocuments.CountAsync())).ShouldBe(0);
        await using (var db = quorum.Open(Clerk))
            (await MinutesImport.AlreadyImportedAsync(db, body, "abc123")).ShouldBeFalse();
    }

    [Fact]
    public async Task ConductThatFailsAfterTheMeetingIsSaved_TakesTheMeetingWithIt()
    {
        await using (var db = quorum.Open(Clerk))
        {
            var council = await db.Bodies.SingleAsync(b => b.Id == body);
            await using var transaction = await db.Database.BeginTransactionAsync();
            var (meeting, _) = await MinutesImport.SaveAsync(db, council, Minutes() with
            {
                People = [Present("Bob Hart")],
                Items = [new ReviewedItem("1", "Budget", false, null)],
            });
            await db.SaveChangesAsync();
            await MinutesImport.RecordConductAsync(db, meeting, Minutes() with
            {
                Motions = [new ReviewedMotion("1", "That the budget be approved", "Bob Hart", null, MotionOutcome.Carried, null, null, null)],
            });

            // The clerk cancels, or the page fails, before the commit.
        }

        (await ReadAsync(d => d.Meetings.CountAsync())).ShouldBe(0);
        (await ReadAsync(d => d.Motions.CountAsync())).ShouldBe(0);
        (await ReadAsync(d => d.ImportedDocuments.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Declarations_AreRecordedForThoseAttending_UnderTheirItem_OrLeftOutWithANote()
    {
        var (id, notes) = await ImportAsync(Minutes() with
        {
            People = [Present("Bob Hart"), Present("Clara Oswald")],
            Items = [new ReviewedItem("4", "Land sale", false, null)],
            Declarations =
            [
                new ReviewedDeclaration("Cllr Hart", " 4 ", InterestKind.DisclosablePecuniary, "Owns the land", false, false),
                new ReviewedDeclaration("Clara Oswald", "4", InterestKind.NonRegistrable, " ", true, false),
                new ReviewedDeclaration("Dan Smith", "4", InterestKind.OtherRegistrable, "Neighbour", false, false),
                new ReviewedDeclaration("Bob Hart", "9", InterestKind.OtherRegistrable, "Neighbour", false, false),
                new ReviewedDeclaration("Bob Hart", null, InterestKind.OtherRegistrable, "Neighbour", false, false),
                new ReviewedDeclaration("Clara Oswald", "4", InterestKind.OtherRegistrable, new string('x', 2001), false, false),
            ],
        });

        notes.ShouldBe(
        [
            "The declaration of Dan Smith was not saved: Dan Smith is not someone in the attendance list.",
            "The declaration of Bob Hart was not saved: the minutes have no item 9.",
            "The declaration of Bob Hart was not saved: the minutes have no item named for it.",
            "The declaration of Clara Oswald was not saved: The nature of the interest must be 2,000 characters or fewer",
        ]);
        (await ReadAsync(db => db.Declarations.Include(d => d.Person).OrderBy(d => d.Id).ToListAsync()))
            .Select(d => (d.MeetingId, d.Person!.FullName, d.Kind, d.Nature, d.LeftTheRoom, d.TookNoPart))
            .ShouldBe(
            [
                (id, "Bob Hart", InterestKind.DisclosablePecuniary, "Owns the land", false, true),
                (id, "Clara Oswald", InterestKind.NonRegistrable, MinutesImport.NatureNotStated, true, true),
            ]);
        MinutesImport.NatureNotStated.ShouldBe("Not stated in the imported minutes");
    }

    [Fact]
    public async Task AMotion_IsMovedAndPut_AsTheMinutesRecordIt()
    {
        var (_, notes) = await ImportAsync(Minutes() with
        {
            People = [Present("Bob Hart"), Present("Clara Oswald"), Present("Dan Smith")],
            Items = [new ReviewedItem("4", "Budget", false, null)],
            Motions =
            [
                new ReviewedMotion("4", "That the budget be approved", "Bob Hart", "Clara Oswald", null, 2, 1, 0),
                new ReviewedMotion("4", "That the fees be frozen", "Clara Oswald", null, null, null, null, null),
                new ReviewedMotion("4", "That the reserves be used", "Dan Smith", "Bob Hart", MotionOutcome.Withdrawn, null, null, null),
            ],
        });

        notes.ShouldBeEmpty();
        (await ReadAsync(db => db.Motions.Include(m => m.Mover).Include(m => m.Seconder).OrderBy(m => m.Id).ToListAsync()))
            .Select(m => (m.Text, m.Mover!.FullName, m.Seconder?.FullName, m.Outcome, m.VotesFor, m.VotesAgainst))
            .ShouldBe(
            [
                ("That the budget be approved", "Bob Hart", (string?)"Clara Oswald", MotionOutcome.Carried, (int?)2, (int?)1),
                ("That the fees be frozen", "Clara Oswald", null, MotionOutcome.Moved, null, null),
                ("That the reserves be used", "Dan Smith", "Bob Hart", MotionOutcome.Withdrawn, null, null),
            ]);
        (await ReadAsync(db => db.Decisions.Select(d => d.Text).ToListAsync())).ShouldBe(["That the budget be approved"]);
    }

    [Fact]
    public async Task AMotionTheRulesRefuse_IsLeftOutWithANote_ItsWordsKeptAsADecisionWhenCarried()
    {
        var longText = "That the committee approves the revised budget for the coming year and the reserves policy";
        var sixty = "That the minutes be signed by the chair " + new string('x', 20);
        sixty.Length.ShouldBe(60);
        var (_, notes) = await ImportAsync(Minutes() with
        {
            People = [Present("Bob Hart"), Present("Clara Oswald"), new ReviewedPerson("Eve Moneypenny", null, null, AttendanceStatus.Apologies, null)],
            Items = [new ReviewedItem("4", "Budget", false, null)],
            Motions =
            [
                new ReviewedMotion("9", "That the minutes be signed", "Bob Hart", null, MotionOutcome.Carried, null, null, null),
                new ReviewedMotion("9", sixty, "Bob Hart", null, null, null, null, null),
                new ReviewedMotion(null, "That the hall be let", "Bob Hart", null, MotionOutcome.Carried, null, null, null),
                new ReviewedMotion("4", longText, "Dan Smith", null, MotionOutcome.Carried, null, null, null),
                new ReviewedMotion("4", "That the fees be frozen", "Dan Smith", null, MotionOutcome.Lost, null, null, null),
                new ReviewedMotion("4", "That the fees be raised", "Eve Moneypenny", null, null, 3, 0, null),
                new ReviewedMotion("4", "That the grant be paid", "Bob Hart", "Zed Zebra", null, 9, 0, null),
                new ReviewedMotion("4", "That the loan be repaid", "Clara Oswald", null, null, 0, 2, null),
            ],
        });

        notes.ShouldBe(
        [
            "The motion “That the minutes be signed” was not saved: the minutes have no item 9.",
            $"The motion “{sixty}” was not saved: the minutes have no item 9.",
            "The motion “That the hall be let” was not saved: the minutes have no item named for it.",
            "The motion “That the committee approves the revised budget for the comin…” was not saved: the mover, Dan Smith, is not someone in the attendance list.",
            "The motion “That the fees be frozen” was not saved: the mover, Dan Smith, is not someone in the attendance list.",
            "The motion “That the fees be raised” was not saved: Eve Moneypenny is not recorded as present at the meeting",
            "The motion “That the grant be paid”: the seconder, Zed Zebra, is not someone in the attendance list, so none is recorded.",
            "The motion “That the grant be paid” was saved as moved, not as put to the vote: More votes than the 2 members present",
        ]);
        (await ReadAsync(db => db.Motions.OrderBy(m => m.Id).Select(m => m.Text + ": " + m.Outcome).ToListAsync()))
            .ShouldBe(["That the grant be paid: Moved", "That the loan be repaid: Lost"]);
        (await ReadAsync(db => db.Decisions.OrderBy(d => d.Number).Select(d => d.Text).ToListAsync()))
            .ShouldBe([longText, "That the fees be raised", "That the grant be paid"]);
    }

    [Fact]
    public async Task ACarriedMotionRefusedLast_StillKeepsItsWordsAsADecision()
    {
        // Nothing is saved after the last motion: the kept decision must be saved by the import itself.
        var (_, notes) = await ImportAsync(Minutes() with
        {
            People = [Present("Bob Hart")],
            Items = [new ReviewedItem("4", "Budget", false, null)],
            Motions = [new ReviewedMotion("4", "That the budget be approved", "Dan Smith", null, MotionOutcome.Carried, null, null, null)],
        });

        notes.ShouldBe(["The motion “That the budget be approved” was not saved: the mover, Dan Smith, is not someone in the attendance list."]);
        (await ReadAsync(db => db.Decisions.Select(d => d.Text).ToListAsync())).ShouldBe(["That the budget be approved"]);
    }

    [Fact]
    public async Task ABlankSeconder_IsNoSeconder_AndNoNote()
    {
        var (_, notes) = await ImportAsync(Minutes() with
        {
            People = [Present("Bob Hart")],
            Items = [new ReviewedItem("4", "Budget", false, null)],
            Motions = [new ReviewedMotion("4", "That the budget be approved", "Bob Hart", "", null, null, null, null)],
        });

        notes.ShouldBeEmpty();
        (await ReadAsync(db => db.Motions.Select(m => m.SeconderId).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task MinutesWithNoDeclarationsOrMotions_HaveNoConductToRecord()
    {
        var (_, notes) = await ImportAsync(Minutes() with { Items = [new ReviewedItem("1", "Welcome", false, null)] });

        notes.ShouldBeEmpty();
        (await ReadAsync(db => db.Motions.CountAsync())).ShouldBe(0);
        (await ReadAsync(db => db.Declarations.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task AnUploadAwaitingReview_IsTheClerksAlone_AndWhatWasImported_TheBodysMembers()
    {
        await ImportAsync(Minutes());
        int pending;
        await using (var db = quorum.Open(Viewer.System))
        {
            var upload = new PendingImport
            {
                BodyId = body,
                Sha256 = "def456",
                FileName = "status.xlsx",
                Kind = "status",
                DraftJson = "{}",
                CreatedBy = "clerk@example.org",
                CreatedAt = new DateTime(2024, 5, 3, 9, 0, 0, DateTimeKind.Utc),
            };
            db.PendingImports.Add(upload);
            await db.SaveChangesAsync();
            pending = upload.Id;
        }

        var member = new Viewer { UserId = "ada", MemberOf = [body] };
        var otherClerk = new Viewer { UserId = "other", ClerkOf = [body + 1] };
        foreach (var (viewer, uploads, imported) in new[] { (Clerk, 1, 1), (member, 0, 1), (otherClerk, 0, 0), (Viewer.Anonymous, 0, 0) })
        {
            await using var db = quorum.Open(viewer);
            (await db.PendingImports.CountAsync()).ShouldBe(uploads);
            (await db.ImportedDocuments.CountAsync()).ShouldBe(imported);
        }

        await using (var db = quorum.Open(Clerk))
        {
            var upload = await db.PendingImports.SingleAsync(p => p.Id == pending);
            (upload.BodyId, upload.Kind, upload.ProgrammeId, upload.CreatedAt).ShouldBe((body, "status", (int?)null, new DateTime(2024, 5, 3, 9, 0, 0)));
            (await db.MayEditAsync(upload)).ShouldBeTrue();
            (await db.MayEditAsync(await db.ImportedDocuments.SingleAsync())).ShouldBeTrue();
        }

        await using (var db = quorum.Open(otherClerk))
            (await db.MayEditAsync(Owner.Of<ImportedDocument>(1))).ShouldBeFalse();
    }

    [Fact]
    public async Task AnUploadOfNoKindGiven_IsMinutes()
    {
        await using (var db = quorum.Open(Viewer.System))
        {
            db.PendingImports.Add(new PendingImport { BodyId = body, Sha256 = "def456", FileName = "minutes.docx", DraftJson = "{}", CreatedBy = "clerk@example.org" });
            await db.SaveChangesAsync();
        }

        (await ReadAsync(db => db.PendingImports.Select(p => p.Kind).SingleAsync())).ShouldBe("minutes");
    }
}
