using System.Text;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Meetings;
using Quorum.Papers;

namespace Quorum.Tests.Papers;

public sealed class PaperRegisterTests : IDisposable
{
    private readonly InMemoryQuorum quorum = new();
    private readonly string folder = Directory.CreateTempSubdirectory("quorum-papers-").FullName;
    private readonly int body;
    private readonly int meeting;
    private readonly int item;
    private readonly int otherItem;

    public PaperRegisterTests()
    {
        using var db = quorum.Open(Viewer.System);
        var council = new Body { Name = "Council Committee", ShortName = "CC" };
        var first = new Meeting { Body = council, Number = 1, Date = new DateOnly(2026, 3, 1) };
        var second = new Meeting { Body = council, Number = 2, Date = new DateOnly(2026, 4, 1) };
        first.AgendaItems.Add(new AgendaItem { Title = "Budget", Number = "1" });
        second.AgendaItems.Add(new AgendaItem { Title = "Budget", Number = "1" });
        db.Meetings.AddRange(first, second);
        db.SaveChanges();
        (body, meeting, item, otherItem) = (council.Id, first.Id, first.AgendaItems[0].Id, second.AgendaItems[0].Id);
    }

    public void Dispose()
    {
        quorum.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private Viewer Clerk => new() { UserId = "clerk", Name = "Clara Clerk", DisplayName = "Clara Clerk", ClerkOf = [body] };

    private async Task<Paper> Add(Viewer viewer, NewPaper input, string? content = "minutes")
    {
        using var db = quorum.Open(viewer);
        var m = await db.Meetings.SingleAsync(x => x.Id == meeting);
        using var stream = content is null ? null : new MemoryStream(Encoding.UTF8.GetBytes(content));
        return await PaperRegister.AddAsync(db, new DiskPaperStore(folder), (_, _, _) => null, m, input, stream);
    }

    private static NewPaper Valid => new() { Title = " Budget report ", Author = "  ", Circulation = Circulation.Public, FileName = "budget.txt", ContentType = "text/plain" };

    private async Task<IReadOnlyDictionary<string, string>> Problems(NewPaper input, string? content = "minutes") =>
        (await Should.ThrowAsync<InvalidInputException>(() => Add(Clerk, input, content))).Problems;

    [Fact]
    public async Task ClerkOfTheBody_AddsAPaperWithItsFirstVersion()
    {
        var paper = await Add(Clerk, Valid with { AgendaItemId = item });
        using var db = quorum.Open(Viewer.System);
        var saved = await db.Papers.Include(p => p.Versions).SingleAsync(p => p.Id == paper.Id);
        (saved.Title, saved.Author, saved.BodyId, saved.MeetingId, saved.AgendaItemId).ShouldBe(("Budget report", (string?)null, body, (int?)meeting, (int?)item));
        saved.Versions.ShouldHaveSingleItem().Number.ShouldBe(1);
    }

    [Fact]
    public async Task MemberOfTheBody_MayNotAddAPaper()
    {
        await Should.ThrowAsync<EditNotAllowedException>(() => Add(new Viewer { UserId = "m", MemberOf = [body] }, Valid));
        using var db = quorum.Open(Viewer.System);
        (await db.Papers.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task ClerkOfAnotherBody_MayNotAddAPaper() =>
        await Should.ThrowAsync<EditNotAllowedException>(() => Add(new Viewer { UserId = "c", ClerkOf = [body + 1] }, Valid));

    [Fact]
    public async Task MissingTitleAndFile_AreReportedByField()
    {
        var problems = await Problems(Valid with { Title = " " }, content: null);
        problems.ShouldBe(new Dictionary<string, string> { ["title"] = "Enter the paper's title", ["file"] = "Choose a file to upload" }, ignoreOrder: true);
    }

    [Fact]
    public async Task AnItemOfAnotherMeeting_IsRefused() =>
        (await Problems(Valid with { AgendaItemId = otherItem }))["agendaItemId"].ShouldBe("Choose an item on this meeting's agenda, or none");

    [Fact]
    public async Task AnUnknownLegacyMarking_IsRefused() =>
        (await Problems(Valid with { LegacyMarking = "SQUIGGLE" }))["legacyMarking"].ShouldBe("Enter a marking such as PROTECT or RESTRICTED, or leave it blank");

    [Fact]
    public async Task ASensitivePaper_CannotBePublic() =>
        (await Problems(Valid with { Marking = ProtectiveMarking.OfficialSensitive })).ShouldBe(
            new Dictionary<string, string> { ["circulation"] = "A paper marked OFFICIAL-SENSITIVE cannot be public: choose who it is circulated to." });

    [Fact]
    public async Task CirculationToBodies_NeedsABody() =>
        (await Problems(Valid with { Circulation = Circulation.MembersOfBodies }))["circulation"].ShouldBe("Choose the bodies whose members may see the paper.");

    [Fact]
    public async Task CirculationToPeople_NeedsAPerson() =>
        (await Problems(Valid with { Circulation = Circulation.NamedPeople }))["circulation"].ShouldBe("Choose the people who may see the paper.");
}
