using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Notifications;
using Quorum.People;

namespace Quorum.Tests.Data;

/// <summary>What the database context itself decides: whose view it gives, today's date, meeting numbers, and how a save is wrapped.</summary>
public sealed class QuorumDbTests : IDisposable
{
    private static readonly DateTimeOffset Thursday = new(2026, 1, 8, 23, 30, 0, TimeSpan.Zero);

    private readonly InMemoryQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    [Fact]
    public void AViewer_SeesTheBodiesTheySitOnOrClerk_AndEditsThoseTheyClerk()
    {
        using var db = quorum.Open(new Viewer { UserId = "u1", PersonId = 12, MemberOf = [3, 5], ClerkOf = [5, 8] });

        db.VisibleBodyIds.ShouldBe([3, 5, 8]);
        db.ClerkBodyIds.ShouldBe([5, 8]);
        db.ViewerPersonId.ShouldBe(12);
        db.SeesEverything.ShouldBeFalse();

        db.Viewer = Viewer.System;
        (db.VisibleBodyIds, db.ClerkBodyIds, db.ViewerPersonId, db.SeesEverything).ShouldBe(([], [], -1, true));
    }

    [Fact]
    public void AClockAndSiteGivenToTheContext_AreItsOwn_AndOtherwiseTheSystemsAndTheDefault()
    {
        var options = new DbContextOptionsBuilder<QuorumDb>().UseSqlite("DataSource=:memory:").Options;
        var clock = new FixedClock(Thursday);
        var site = new MailSite(new Uri("https://quorum.example.org/"), "clerk@example.org");

        using (var given = new QuorumDb(options, clock, site))
            (given.Clock, given.Site).ShouldBe((clock, site));
        using var plain = new QuorumDb(options);
        (plain.Clock, plain.Site).ShouldBe((TimeProvider.System, MailSite.Default));
    }

    [Fact]
    public void Today_IsTheClocksDate()
    {
        using var db = quorum.Open(Viewer.System);
        db.Clock = new FixedClock(Thursday);

        db.Today.ShouldBe(DateOnly.FromDateTime(Thursday.ToLocalTime().DateTime));
    }

    [Fact]
    public async Task TheNextMeetingNumber_FollowsTheBodysHighest_CountingMeetingsTheViewerCannotSee()
    {
        int privateId, publicId;
        using (var seed = quorum.Open(Viewer.System))
        {
            var hidden = new Body { Name = "Private board", ShortName = "PB", IsPublic = false };
            var open = new Body { Name = "Council", ShortName = "C" };
            seed.Meetings.AddRange(
                new Meeting { Body = hidden, Number = 1, Date = new DateOnly(2026, 1, 8) },
                new Meeting { Body = hidden, Number = 4, Date = new DateOnly(2026, 2, 8) },
                new Meeting { Body = open, Number = 2, Date = new DateOnly(2026, 1, 9) });
            await seed.SaveChangesAsync();
            (privateId, publicId) = (hidden.Id, open.Id);
        }

        using var db = quorum.Open(Viewer.Anonymous);
        (await db.Meetings.CountAsync(m => m.BodyId == privateId)).ShouldBe(0);

        (await db.NextMeetingNumberInSeriesAsync(privateId)).ShouldBe(5);
        (await db.NextMeetingNumberInSeriesAsync(publicId)).ShouldBe(3);
        (await db.NextMeetingNumberInSeriesAsync(publicId + privateId + 1)).ShouldBe(1);
    }

    [Fact]
    public async Task ReadingAs_GivesAnotherViewersView_OfTheSameDatabase_WithTheSameClockAndSite()
    {
        using (var seed = quorum.Open(Viewer.System))
        {
            seed.Bodies.AddRange(new Body { Name = "Private board", ShortName = "PB", IsPublic = false }, new Body { Name = "Council", ShortName = "C" });
            await seed.SaveChangesAsync();
        }

        using var db = quorum.Open(Viewer.System);
        db.Clock = new FixedClock(Thursday);
        db.Site = new MailSite(new Uri("https://quorum.example.org/"), "clerk@example.org");
        var visitor = new Viewer { UserId = "u2", Name = "visitor" };

        using var asVisitor = db.ReadingAs(visitor);

        asVisitor.ShouldNotBeSameAs(db);
        asVisitor.Viewer.ShouldBe(visitor);
        asVisitor.Clock.ShouldBeSameAs(db.Clock);
        asVisitor.Site.ShouldBe(db.Site);
        (await asVisitor.Bodies.Select(b => b.ShortName).ToListAsync()).ShouldBe(["C"]);
        db.Viewer.ShouldBe(Viewer.System);
    }

    [Fact]
    public async Task ASave_IsLoggedAtTheClocksTime_InTheViewersName_AndIndexedForSearch()
    {
        using var db = quorum.Open(new Viewer { IsAdministrator = true, Name = "clerk" });
        db.Clock = new FixedClock(Thursday);
        var person = new Person { FullName = "Ada Lovelace" };
        db.People.Add(person);

        (await db.SaveChangesAsync()).ShouldBe(1);

        using var read = quorum.Open(Viewer.System);
        var logged = await read.AuditEvents.SingleAsync();
        (logged.EntityType, logged.EntityId, logged.Actor, logged.At).ShouldBe(("Person", $"{person.Id}", "clerk", Thursday.UtcDateTime));
        logged.At.Kind.ShouldBe(DateTimeKind.Utc);
        (await read.People.SingleAsync()).Created.Kind.ShouldBe(DateTimeKind.Utc);
        (await read.SearchDocuments.SingleAsync()).RecordId.ShouldBe(person.Id);
    }

    [Fact]
    public void SavingSynchronously_SavesAndLogsAlike()
    {
        using (var db = quorum.Open(Viewer.System))
        {
            db.People.Add(new Person { FullName = "Ada Lovelace" });
            db.SaveChanges().ShouldBe(1);
        }

        using var read = quorum.Open(Viewer.System);
        read.People.Single().FullName.ShouldBe("Ada Lovelace");
        read.AuditEvents.Single().Change.ShouldBe("Created");
    }

    [Fact]
    public async Task ASaveInsideTheCallersTransaction_IsCommittedOrRolledBackByTheCaller()
    {
        using (var db = quorum.Open(Viewer.System))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.People.Add(new Person { FullName = "Ada Lovelace" });
            await db.SaveChangesAsync();
            db.Database.CurrentTransaction.ShouldBeSameAs(transaction);
            await transaction.RollbackAsync();
        }

        using var read = quorum.Open(Viewer.System);
        (await read.People.AnyAsync()).ShouldBeFalse();
        (await read.AuditEvents.AnyAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task ASaveThatBreaksAUniqueIndex_WithNoActionRaised_IsRefusedAtOnce_AndSavesNothing()
    {
        var meetingId = await SeedMeetingAsync();
        var tries = new Tries();
        using var db = quorum.Open(Viewer.System, tries);
        var body = await db.Bodies.SingleAsync();
        db.People.Add(new Person { FullName = "Ada Lovelace" });
        db.Meetings.Add(new Meeting { BodyId = body.Id, Number = 1, Date = new DateOnly(2026, 2, 8) });

        var refused = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());

        QuorumDb.IsUniqueViolation(refused).ShouldBeTrue();
        tries.Count.ShouldBe(1);
        using var read = quorum.Open(Viewer.System);
        (await read.People.AnyAsync()).ShouldBeFalse();
        (await read.Meetings.SingleAsync()).Id.ShouldBe(meetingId);
    }

    [Fact]
    public async Task ASaveRaisingAnAction_ThatKeepsBreakingAUniqueIndex_IsTriedEightTimes_ThenRefused()
    {
        var meetingId = await SeedMeetingAsync();
        var tries = new Tries();
        using var db = quorum.Open(Viewer.System, tries);
        var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
        var owner = new Person { FullName = "Ada Lovelace" };
        await ActionRegister.RaiseAsync(db, meeting, null, [owner], "Write to the minister", null);
        db.Meetings.Add(new Meeting { BodyId = meeting.BodyId, Number = 1, Date = new DateOnly(2026, 2, 8) });

        var refused = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());

        QuorumDb.IsUniqueViolation(refused).ShouldBeTrue();
        tries.Count.ShouldBe(8);
        using var read = quorum.Open(Viewer.System);
        (await read.Actions.AnyAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task ASaveRaisingAnAction_InsideTheCallersTransaction_IsNotTriedAgain()
    {
        var meetingId = await SeedMeetingAsync();
        var tries = new Tries();
        using var db = quorum.Open(Viewer.System, tries);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
        await ActionRegister.RaiseAsync(db, meeting, null, [new Person { FullName = "Ada Lovelace" }], "Write to the minister", null);
        db.Meetings.Add(new Meeting { BodyId = meeting.BodyId, Number = 1, Date = new DateOnly(2026, 2, 8) });

        QuorumDb.IsUniqueViolation(await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync())).ShouldBeTrue();

        tries.Count.ShouldBe(1);
    }

    [Fact]
    public async Task TheOwnersOfARaisedAction_AreToldOnce_NotAgainAtTheNextSave()
    {
        var meetingId = await SeedMeetingAsync();
        using var db = quorum.Open(Viewer.System);
        var meeting = await db.Meetings.Include(m => m.Body).SingleAsync(m => m.Id == meetingId);
        var ada = new Person { FullName = "Ada Lovelace", Email = "ada@example.org" };
        db.Memberships.Add(new Membership { Body = meeting.Body!, Person = ada });
        await db.SaveChangesAsync();
        await ActionRegister.RaiseAsync(db, meeting, null, [ada], "Write to the minister", null);
        await db.SaveChangesAsync();
        (await db.OutboxMessages.CountAsync()).ShouldBe(1);

        ada.JobTitle = "Treasurer";
        await db.SaveChangesAsync();

        (await db.OutboxMessages.Select(m => m.Recipient).ToListAsync()).ShouldBe(["ada@example.org"]);
    }

    [Fact]
    public async Task AFailedSave_ThatBreaksNoUniqueIndex_IsNotTriedAgain()
    {
        var meetingId = await SeedMeetingAsync();
        var tries = new Tries();
        using var db = quorum.Open(Viewer.System, tries);
        var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
        await ActionRegister.RaiseAsync(db, meeting, null, [new Person { FullName = "Ada Lovelace" }], "Write to the minister", null);
        var vanished = new Person { Id = 999, FullName = "Never saved" };
        db.People.Attach(vanished);
        vanished.JobTitle = "Clerk";

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());

        tries.Count.ShouldBe(1);
    }

    [Fact]
    public void AUniqueViolation_IsKnownByEachDatabasesCode()
    {
        QuorumDb.IsUniqueViolation(Failed(new SqliteException("UNIQUE constraint failed", 19, 2067))).ShouldBeTrue();
        QuorumDb.IsUniqueViolation(Failed(new SqliteException("UNIQUE constraint failed: primary key", 19, 1555))).ShouldBeTrue();
        QuorumDb.IsUniqueViolation(Failed(new SqliteException("FOREIGN KEY constraint failed", 19, 787))).ShouldBeFalse();
        QuorumDb.IsUniqueViolation(Failed(new Npgsql.PostgresException("duplicate key", "ERROR", "ERROR", "23505"))).ShouldBeTrue();
        QuorumDb.IsUniqueViolation(Failed(new Npgsql.PostgresException("foreign key", "ERROR", "ERROR", "23503"))).ShouldBeFalse();
        QuorumDb.IsUniqueViolation(Failed(new InvalidOperationException("other"))).ShouldBeFalse();
        QuorumDb.IsUniqueViolation(new DbUpdateException("no cause")).ShouldBeFalse();

        static DbUpdateException Failed(Exception cause) => new("failed", cause);
    }

    private async Task<int> SeedMeetingAsync()
    {
        using var db = quorum.Open(Viewer.System);
        var meeting = new Meeting { Body = new Body { Name = "Council Committee", ShortName = "CC", ActionPrefix = "CC" }, Number = 1, Date = new DateOnly(2026, 1, 8) };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    /// <summary>Counts the context's tries at writing its changes.</summary>
    private sealed class Tries : SaveChangesInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
