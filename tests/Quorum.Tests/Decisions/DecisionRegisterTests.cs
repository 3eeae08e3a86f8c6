using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Decisions;
using Quorum.Meetings;

namespace Quorum.Tests.Decisions;

public sealed class DecisionRegisterTests : IDisposable
{
    private readonly InMemoryQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    private (int Body, int Meeting) Seed(bool isPublic = true, bool withExemptDecision = false)
    {
        using var db = quorum.Open(Viewer.System);
        var body = new Body { Name = "Council Committee", ShortName = "CC", IsPublic = isPublic };
        var meeting = new Meeting { Body = body, Number = 1, Date = new DateOnly(2026, 3, 1) };
        db.Meetings.Add(meeting);
        db.SaveChanges();
        if (withExemptDecision)
        {
            var item = new AgendaItem { MeetingId = meeting.Id, Title = "Staffing", Number = "1" };
            item.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 1" });
            db.AgendaItems.Add(item);
            db.SaveChanges();
            db.Decisions.Add(new Decision { BodyId = body.Id, MeetingId = meeting.Id, AgendaItemId = item.Id, Number = 1, Text = "Withheld" });
            db.SaveChanges();
        }

        return (body.Id, meeting.Id);
    }

    [Fact]
    public async Task Numbering_CountsDecisionsTheViewerCannotSee()
    {
        var (body, meeting) = Seed(withExemptDecision: true);
        using var db = quorum.Open(new Viewer { UserId = "clerk", ClerkOf = [body + 1] });
        var decision = await DecisionRegister.RecordAsync(db, await db.Meetings.SingleAsync(m => m.Id == meeting), null, "Agreed", null);
        decision.Number.ShouldBe(2);
    }

    [Fact]
    public async Task Numbering_CountsDecisionsRecordedEarlierInTheSameSave()
    {
        var (_, meeting) = Seed();
        using var db = quorum.Open(Viewer.System);
        var m = await db.Meetings.SingleAsync(x => x.Id == meeting);
        var first = await DecisionRegister.RecordAsync(db, m, null, "First", null);
        var second = await DecisionRegister.RecordAsync(db, m, null, "Second", null);
        (first.Number, second.Number).ShouldBe((1, 2));
        await db.SaveChangesAsync();
        (await DecisionRegister.RecordAsync(db, m, null, "Third", null)).Number.ShouldBe(3);
    }

    [Fact]
    public async Task Numbering_FollowsTheHighestNumberAlreadyGivenInTheSameSave()
    {
        var (_, meeting) = Seed();
        using var db = quorum.Open(Viewer.System);
        var m = await db.Meetings.SingleAsync(x => x.Id == meeting);
        var numbers = new List<int>();
        foreach (var text in new[] { "First", "Second", "Third", "Fourth" })
            numbers.Add((await DecisionRegister.RecordAsync(db, m, null, text, null)).Number);
        numbers.ShouldBe([1, 2, 3, 4]);
    }

    [Fact]
    public async Task Numbering_IsPerBody()
    {
        var (body, _) = Seed(withExemptDecision: true);
        using var db = quorum.Open(Viewer.System);
        var other = new Meeting { Body = new Body { Name = "Audit Panel", ShortName = "AP" }, Number = 1, Date = new DateOnly(2026, 3, 2) };
        db.Meetings.Add(other);
        await db.SaveChangesAsync();
        other.BodyId.ShouldNotBe(body);
        (await DecisionRegister.RecordAsync(db, other, null, "Agreed", null)).Number.ShouldBe(1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task EmptyText_IsRefused(string text)
    {
        var (_, meeting) = Seed();
        using var db = quorum.Open(Viewer.System);
        var m = await db.Meetings.SingleAsync(x => x.Id == meeting);
        (await Should.ThrowAsync<DomainException>(() => DecisionRegister.RecordAsync(db, m, null, text, null))).Message.ShouldBe("Enter what was decided.");
        db.ChangeTracker.Entries<Decision>().ShouldBeEmpty();
    }

    [Fact]
    public async Task TextAndRename_AreTrimmed_AndABlankRenameIsNone()
    {
        var (body, meeting) = Seed();
        using var db = quorum.Open(Viewer.System);
        var m = await db.Meetings.SingleAsync(x => x.Id == meeting);
        var renaming = await DecisionRegister.RecordAsync(db, m, null, "  Renamed  ", "  Audit Committee ");
        var plain = await DecisionRegister.RecordAsync(db, m, null, "Noted", "   ");
        (renaming.Text, renaming.RenamesBodyTo, renaming.BodyId, renaming.IsRecommendation).ShouldBe(("Renamed", "Audit Committee", body, false));
        plain.RenamesBodyTo.ShouldBeNull();
    }

    [Fact]
    public void ApplyRename_RenamesOnce()
    {
        var body = new Body { Name = "Council Committee", ShortName = "CC" };
        var decision = new Decision { Text = "Renamed", RenamesBodyTo = "Audit Committee" };
        decision.ApplyRename(body, new DateOnly(2026, 3, 1));
        body.Name.ShouldBe("Audit Committee");
        decision.RenameAppliedOn.ShouldBe(new DateOnly(2026, 3, 1));
        Should.Throw<DomainException>(() => decision.ApplyRename(body, new DateOnly(2026, 4, 1))).Message.ShouldBe("The rename was already applied on 1 March 2026.");
    }

    [Fact]
    public void ApplyRename_WithoutANewName_IsRefused()
    {
        var decision = new Decision { Text = "Noted" };
        Should.Throw<DomainException>(() => decision.ApplyRename(new Body { Name = "A", ShortName = "A" }, new DateOnly(2026, 3, 1)))
            .Message.ShouldBe("This decision does not rename the body.");
    }
}
