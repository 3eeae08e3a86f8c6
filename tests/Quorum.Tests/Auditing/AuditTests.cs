using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;

namespace Quorum.Tests.Auditing;

public sealed class AuditTests : IDisposable
{
    private readonly InMemoryQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    private int SeedBody()
    {
        using var db = quorum.Open(new Viewer { UserId = "u1", Name = "Clara Clerk", IsAdministrator = true });
        var body = new Body { Name = "Council Committee", ShortName = "CC" };
        db.Bodies.Add(body);
        db.SaveChanges();
        return body.Id;
    }

    [Fact]
    public async Task Creating_WritesAnEventWithTheAfterValues()
    {
        var id = SeedBody();
        using var db = quorum.Open(Viewer.System);
        var events = await AuditAccess.HistoryOf(db, "Body", id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync();
        var created = events.ShouldHaveSingleItem();
        (created.Change, created.Actor, created.Before).ShouldBe(("Created", "Clara Clerk", (string?)null));
        created.After.ShouldNotBeNull().ShouldContain("Council Committee");
    }

    [Fact]
    public async Task Updating_WritesAnEventWithBeforeAndAfter()
    {
        var id = SeedBody();
        using (var db = quorum.Open(Viewer.System))
        {
            var body = await db.Bodies.SingleAsync(b => b.Id == id);
            body.ShortName = "CX";
            await db.SaveChangesAsync();
        }

        using var reader = quorum.Open(Viewer.System);
        var events = await AuditAccess.HistoryOf(reader, "Body", id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync();
        events.Select(e => e.Change).ShouldBe(["Created", "Updated"]);
        events[1].Actor.ShouldBe("system");
        events[1].Before.ShouldNotBeNull().ShouldContain("\"CC\"");
        events[1].After.ShouldNotBeNull().ShouldContain("\"CX\"");
    }

    [Fact]
    public async Task Deleting_WritesAnEventWithBeforeOnly()
    {
        var id = SeedBody();
        using (var db = quorum.Open(Viewer.System))
        {
            db.Bodies.Remove(await db.Bodies.SingleAsync(b => b.Id == id));
            await db.SaveChangesAsync();
        }

        using var reader = quorum.Open(Viewer.System);
        var deleted = (await AuditAccess.HistoryOf(reader, "Body", id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync()).Last();
        (deleted.Change, deleted.After).ShouldBe(("Deleted", (string?)null));
        deleted.Before.ShouldNotBeNull().ShouldContain("Council Committee");
    }

    [Fact]
    public async Task History_OfOneRecord_LeavesOutOtherRecordsOfItsKind()
    {
        var id = SeedBody();
        using (var db = quorum.Open(Viewer.System))
        {
            db.Bodies.Add(new Body { Name = "Audit Panel", ShortName = "AP" });
            db.SaveChanges();
        }

        using var reader = quorum.Open(Viewer.System);
        var events = await AuditAccess.HistoryOf(reader, "Body", id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync();
        events.ShouldHaveSingleItem().After.ShouldNotBeNull().ShouldContain("Council Committee");
    }

    [Fact]
    public async Task History_IsReadByTheBodysClerkAndAdministrators_NotByOthers()
    {
        var id = SeedBody();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        async Task<bool> May(Viewer viewer)
        {
            using var db = quorum.Open(viewer);
            return await AuditAccess.MayReadHistoryAsync(db, "Body", key);
        }

        (await May(new Viewer { UserId = "admin", IsAdministrator = true })).ShouldBeTrue();
        (await May(new Viewer { UserId = "clerk", ClerkOf = [id] })).ShouldBeTrue();
        (await May(new Viewer { UserId = "other", ClerkOf = [id + 1] })).ShouldBeFalse();
        (await May(new Viewer { UserId = "member", MemberOf = [id] })).ShouldBeFalse();
        (await May(Viewer.Anonymous)).ShouldBeFalse();
    }

    [Fact]
    public async Task History_OfAnUnknownTypeOrKey_IsRefused()
    {
        var id = SeedBody();
        using var db = quorum.Open(new Viewer { UserId = "clerk", ClerkOf = [id] });
        (await AuditAccess.MayReadHistoryAsync(db, "Nonsense", id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ShouldBeFalse();
        (await AuditAccess.MayReadHistoryAsync(db, "Body", "abc")).ShouldBeFalse();
    }
}
