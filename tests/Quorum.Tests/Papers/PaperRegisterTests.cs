using System.Security.Cryptography;
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

    private static readonly DateTimeOffset Now = new(2026, 3, 2, 14, 5, 0, TimeSpan.Zero);

    private async Task<Paper> Add(Viewer viewer, NewPaper input, string? content = "minutes", PaperTextReader? readText = null)
    {
        using var db = quorum.Open(viewer);
        db.Clock = new FixedClock(Now);
        var m = await db.Meetings.SingleAsync(x => x.Id == meeting);
        using var stream = content is null ? null : new MemoryStream(Encoding.UTF8.GetBytes(content));
        return await PaperRegister.AddAsync(db, new DiskPaperStore(folder), readText ?? ((_, _, _) => null), m, input, stream);
    }

    private async Task<Paper> SavedAsync(int id)
    {
        using var db = quorum.Open(Viewer.System);
        return await db.Papers.Include(p => p.Versions).Include(p => p.CirculatedToBodies).SingleAsync(p => p.Id == id);
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

    [Fact]
    public async Task TheFirstVersion_RecordsTheFileTheUploaderAndTheTime()
    {
        var paper = await Add(Clerk, Valid with { FileName = @"C:\Reports\budget.txt" });

        var version = (await SavedAsync(paper.Id)).Versions.ShouldHaveSingleItem();
        (version.FileName, version.ContentType, version.Size, version.UploadedBy, version.UploadedAt).ShouldBe(("budget.txt", "text/plain", 7L, "Clara Clerk", Now.UtcDateTime));
        version.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("minutes"))));
        version.Sha512.ShouldBe(Convert.ToHexStringLower(SHA512.HashData(Encoding.UTF8.GetBytes("minutes"))));
    }

    [Fact]
    public async Task ThePapersWords_AreReadFromTheStoredFile_ForSearch()
    {
        var paper = await Add(Clerk, Valid, content: "The budget for 2026", readText: (store, sha, fileName) =>
        {
            using var read = new StreamReader(store.OpenRead(sha));
            return $"{fileName}: {read.ReadToEnd()}";
        });

        (await SavedAsync(paper.Id)).Text.ShouldBe("budget.txt: The budget for 2026");
    }

    [Fact]
    public async Task APaperForNoItem_IsOnTheMeetingUnplaced_WithItsAuthorTrimmed()
    {
        var paper = await Add(Clerk, Valid with { Author = " Director of Finance " });

        var saved = await SavedAsync(paper.Id);
        (saved.MeetingId, saved.AgendaItemId, saved.Author).ShouldBe(((int?)meeting, (int?)null, "Director of Finance"));
    }

    [Fact]
    public async Task APaperLargerThanAFewBytes_IsAccepted() =>
        (await SavedAsync((await Add(Clerk, Valid, content: new string('x', 100_000))).Id)).Versions.Single().Size.ShouldBe(100_000);

    [Fact]
    public async Task AnEmptyFile_IsReportedAgainstTheFile() =>
        (await Problems(Valid, content: "")).ShouldBe(new Dictionary<string, string> { ["file"] = "The file is empty." });

    [Fact]
    public async Task ALegacyMarking_SetsTodaysMarking_AndIsKept()
    {
        (await Problems(Valid with { LegacyMarking = "restricted" }))["circulation"]
            .ShouldBe("A paper marked OFFICIAL-SENSITIVE cannot be public: choose who it is circulated to.");

        var paper = await Add(Clerk, Valid with { LegacyMarking = " restricted ", Circulation = Circulation.MembersOfBodies, BodyIds = [body] });

        var saved = await SavedAsync(paper.Id);
        (saved.Marking, saved.LegacyMarking, saved.MarkingLabel).ShouldBe((ProtectiveMarking.OfficialSensitive, "RESTRICTED", "OFFICIAL-SENSITIVE (was RESTRICTED)"));
        saved.CirculatedToBodies.ShouldHaveSingleItem().Id.ShouldBe(body);
    }

    [Fact]
    public async Task AnOverLongLegacyMarking_IsRefused_ThoughItReadsAsOne() =>
        (await Problems(Valid with { LegacyMarking = "RESTRICTED " + new string('X', 50), Circulation = Circulation.MembersOfBodies, BodyIds = [body] }))
            .ShouldBe(new Dictionary<string, string> { ["legacyMarking"] = "Enter a marking such as PROTECT or RESTRICTED, or leave it blank" });

    [Fact]
    public async Task OverLongTitleAndAuthor_AreReportedByField()
    {
        var problems = await Problems(Valid with { Title = new string('t', 301), Author = new string('a', 201) });
        problems.ShouldBe(new Dictionary<string, string>
        {
            ["title"] = "The title must be 300 characters or fewer",
            ["author"] = "The author must be 200 characters or fewer",
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task AnUnknownBody_IsRefused() =>
        (await Problems(Valid with { Circulation = Circulation.MembersOfBodies, BodyIds = [body + 100] })).Keys.ShouldBe(["bodyIds"]);

    [Fact]
    public async Task AnUnknownPerson_IsRefused() =>
        (await Problems(Valid with { Circulation = Circulation.NamedPeople, PersonIds = [999] })).Keys.ShouldBe(["personIds"]);

    [Fact]
    public async Task AnUploadWithoutAFileName_IsKeptAsPaper() =>
        (await SavedAsync((await Add(Clerk, new NewPaper { Title = "Budget", Circulation = Circulation.Public })).Id)).Versions.Single().FileName.ShouldBe("paper");
}
