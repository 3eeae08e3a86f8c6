using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Auditing;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Tests.Auditing;

/// <summary>What a save writes to the audit log, and what it stamps on the records it saves.</summary>
public sealed class AuditTrailTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 15, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Tuesday = new(2026, 3, 3, 14, 40, 0, TimeSpan.Zero);

    private readonly InMemoryQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    private QuorumDb Open(Viewer viewer, DateTimeOffset now)
    {
        var db = quorum.Open(viewer);
        db.Clock = new FixedClock(now);
        return db;
    }

    private int AddBody(Viewer viewer)
    {
        using var db = Open(viewer, Monday);
        var body = new Body { Name = "Council Committee", ShortName = "CC" };
        db.Bodies.Add(body);
        db.SaveChanges();
        return body.Id;
    }

    private async Task<List<AuditEvent>> EventsOfAsync(string type, string id)
    {
        using var db = quorum.Open(Viewer.System);
        return await db.AuditEvents.Where(e => e.EntityType == type && e.EntityId == id).OrderBy(e => e.Id).ToListAsync();
    }

    [Fact]
    public async Task ANewRecord_IsVersionOne_CreatedAndModifiedWhenSaved_AndLoggedThen()
    {
        var id = AddBody(Viewer.System);

        using var db = quorum.Open(Viewer.System);
        var body = await db.Bodies.SingleAsync(b => b.Id == id);
        (body.Version, body.Created, body.Modified).ShouldBe((1L, Monday.UtcDateTime, Monday.UtcDateTime));
        (await EventsOfAsync("Body", $"{id}")).ShouldHaveSingleItem().At.ShouldBe(Monday.UtcDateTime);
    }

    [Fact]
    public async Task AChangedRecord_GoesUpAVersion_AndKeepsWhenItWasCreated()
    {
        var id = AddBody(Viewer.System);
        using (var db = Open(Viewer.System, Tuesday))
        {
            (await db.Bodies.SingleAsync(b => b.Id == id)).Name = "Council Board";
            await db.SaveChangesAsync();
        }

        using var reader = quorum.Open(Viewer.System);
        var body = await reader.Bodies.SingleAsync(b => b.Id == id);
        (body.Version, body.Created, body.Modified).ShouldBe((2L, Monday.UtcDateTime, Tuesday.UtcDateTime));
        (await EventsOfAsync("Body", $"{id}")).Select(e => (e.Change, e.At)).ShouldBe([("Created", Monday.UtcDateTime), ("Updated", Tuesday.UtcDateTime)]);
    }

    [Fact]
    public async Task ASaveThatChangesNothing_WritesNoEvent_AndKeepsTheVersion()
    {
        var id = AddBody(Viewer.System);
        using (var db = Open(Viewer.System, Tuesday))
        {
            _ = await db.Bodies.SingleAsync(b => b.Id == id);
            await db.SaveChangesAsync();
        }

        using var reader = quorum.Open(Viewer.System);
        (await reader.Bodies.SingleAsync(b => b.Id == id)).Version.ShouldBe(1L);
        (await EventsOfAsync("Body", $"{id}")).Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("Clara Clerk", "u1", "Clara Clerk")]
    [InlineData(null, "u1", "u1")]
    [InlineData(null, null, "anonymous")]
    public async Task TheActor_IsTheViewersName_ElseTheirAccount_ElseAnonymous(string? name, string? userId, string actor)
    {
        var id = AddBody(new Viewer { Name = name, UserId = userId, IsAdministrator = true });

        (await EventsOfAsync("Body", $"{id}")).ShouldHaveSingleItem().Actor.ShouldBe(actor);
    }

    [Fact]
    public async Task TheAuditLog_CannotBeChanged()
    {
        AddBody(Viewer.System);

        using var db = quorum.Open(Viewer.System);
        var logged = await db.AuditEvents.FirstAsync();
        logged.Actor = "someone else";
        Should.Throw<InvalidOperationException>(() => db.SaveChanges()).Message.ShouldBe("The audit log cannot be changed.");
    }

    [Fact]
    public async Task TheAuditLog_CannotBeDeletedFrom()
    {
        AddBody(Viewer.System);

        using var db = quorum.Open(Viewer.System);
        db.AuditEvents.Remove(await db.AuditEvents.FirstAsync());
        Should.Throw<InvalidOperationException>(() => db.SaveChanges()).Message.ShouldBe("The audit log cannot be changed.");
    }

    [Fact]
    public async Task Accounts_AndTheirRoles_AreNotCopiedIntoTheLog()
    {
        using (var db = quorum.Open(Viewer.System))
        {
            var user = new Quorum.Accounts.QuorumUser { UserName = "clara", Email = "clara@example.org", PasswordHash = "secret-hash", SecurityStamp = "stamp" };
            var role = new Microsoft.AspNetCore.Identity.IdentityRole("Administrator") { Id = "admin" };
            db.Users.Add(user);
            db.Roles.Add(role);
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
            await db.SaveChangesAsync();
        }

        using var reader = quorum.Open(Viewer.System);
        (await reader.AuditEvents.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task QuorumsOwnSettings_AreNotLogged()
    {
        using (var db = quorum.Open(Viewer.System))
        {
            db.Set<Setting>().Add(new Setting { Key = Setting.DemoData, Value = "yes" });
            await db.SaveChangesAsync();
        }

        using var reader = quorum.Open(Viewer.System);
        (await reader.AuditEvents.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AnExemptItem_IsLoggedWithItsGround()
    {
        int itemId;
        using (var db = quorum.Open(Viewer.System))
        {
            var meeting = new Meeting { Body = new Body { Name = "Council Committee", ShortName = "CC" }, Number = 1, Date = new DateOnly(2026, 1, 10) };
            var item = new AgendaItem { Meeting = meeting, Title = "Staffing", Number = "1", Position = 1 };
            item.MarkExempt(new Exemption { Ground = "1" });
            db.AddRange(meeting, item);
            await db.SaveChangesAsync();
            itemId = item.Id;
        }

        var created = (await EventsOfAsync("AgendaItem", $"{itemId}")).ShouldHaveSingleItem();
        created.After.ShouldNotBeNull().ShouldContain("\"Exemption.Ground\":\"1\"");
    }

    [Fact]
    public async Task ALinkBetweenTwoRecords_IsLoggedUnderItsTableWithBothKeys()
    {
        int itemId, personId;
        using (var db = quorum.Open(Viewer.System))
        {
            var meeting = new Meeting { Body = new Body { Name = "Council Committee", ShortName = "CC" }, Number = 1, Date = new DateOnly(2026, 1, 10) };
            var person = new Person { FullName = "Ada Lovelace" };
            var item = new AgendaItem { Meeting = meeting, Title = "Budget", Number = "1", Position = 1, Presenters = [person] };
            db.AddRange(meeting, item);
            await db.SaveChangesAsync();
            (itemId, personId) = (item.Id, person.Id);
        }

        using var reader = quorum.Open(Viewer.System);
        var link = await reader.AuditEvents.SingleAsync(e => e.EntityType == "AgendaItemPresenters");
        (link.Change, link.EntityId).ShouldBe(("Created", $"{itemId},{personId}"));
    }
}
