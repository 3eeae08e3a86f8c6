using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Conduct;
using Quorum.Data;

namespace Quorum.Tests;

/// <summary>Bodies added and changed through the register: who may, what is refused, and what a change keeps.</summary>
public sealed class BodyRegisterTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 4, 15);

    private readonly InMemoryQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    private QuorumDb Open(Viewer viewer)
    {
        var db = quorum.Open(viewer);
        db.Clock = new FixedClock(new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        return db;
    }

    private static BodyDetails Details(string name = "Digital Leaders", string shortName = "DL") => new() { Name = name, ShortName = shortName };

    private async Task<int> CreateAsync(BodyDetails details)
    {
        using var db = Open(Viewer.System);
        return (await BodyRegister.CreateAsync(db, details)).Id;
    }

    private async Task<IReadOnlyDictionary<string, string>> ProblemsAsync(BodyDetails details, int? bodyId = null)
    {
        using var db = Open(Viewer.System);
        var body = bodyId is null ? null : await db.Bodies.SingleAsync(b => b.Id == bodyId);
        return await BodyRegister.ProblemsAsync(db, details, body);
    }

    private async Task<Body> UpdateAsync(int id, Func<Body, BodyDetails> details, Viewer? viewer = null)
    {
        using (var db = Open(viewer ?? Viewer.System))
        {
            var body = await db.Bodies.SingleAsync(b => b.Id == id);
            await BodyRegister.UpdateAsync(db, body, details(body));
        }

        using var reader = Open(Viewer.System);
        return await reader.Bodies.Include(b => b.FormerNames).SingleAsync(b => b.Id == id);
    }

    [Fact]
    public async Task NewBody_TakesTheDefaultsForWhatIsNotGiven()
    {
        var id = await CreateAsync(Details("  Digital Leaders ", " DL "));

        using var db = Open(Viewer.System);
        var body = await db.Bodies.SingleAsync(b => b.Id == id);
        body.Name.ShouldBe("Digital Leaders");
        body.ShortName.ShouldBe("DL");
        body.ActionPrefix.ShouldBe("");
        body.Kind.ShouldBe(BodyKind.Committee);
        body.ActionReferenceScheme.ShouldBe(Quorum.Actions.ActionReferenceScheme.Default);
        body.StandingItemTitles.ShouldBe(Body.DefaultStandingItems);
        body.MattersArisingItem.ShouldBe(Body.DefaultMattersArisingItem);
        body.TimeZone.ShouldBe("Europe/London");
        body.IsPublic.ShouldBeTrue();
        body.FormerNames.ShouldBeEmpty();
    }

    [Fact]
    public async Task NewBody_KeepsWhatIsGiven_Trimmed()
    {
        var id = await CreateAsync(Details() with
        {
            ActionPrefix = " DL ",
            Kind = BodyKind.Board,
            ActionReferenceScheme = " Action {n:00} ",
            StandingItems = [" Welcome ", "", "  ", "Minutes ", "AOB"],
            MattersArisingItem = " Minutes ",
            Quorum = 3,
            QuorumRounding = QuorumRounding.Down,
            QuorumMinimum = 2,
            Seats = 12,
            QuorumBasis = QuorumBasis.WholeNumber,
            AbsenceThreshold = 6,
            TimeZone = " Europe/Paris ",
            IsPublic = false,
            TermsOfReference = "To lead.",
        });

        using var db = Open(Viewer.System);
        var body = await db.Bodies.SingleAsync(b => b.Id == id);
        body.ActionPrefix.ShouldBe("DL");
        body.Kind.ShouldBe(BodyKind.Board);
        body.ActionReferenceScheme.ShouldBe("Action {n:00}");
        body.StandingItems.ShouldBe("Welcome\nMinutes\nAOB");
        body.MattersArisingItem.ShouldBe("Minutes");
        body.Quorum.ShouldBe(3);
        body.QuorumRounding.ShouldBe(QuorumRounding.Down);
        body.QuorumMinimum.ShouldBe(2);
        body.Seats.ShouldBe(12);
        body.QuorumBasis.ShouldBe(QuorumBasis.WholeNumber);
        body.AbsenceThreshold.ShouldBe(6);
        body.TimeZone.ShouldBe("Europe/Paris");
        body.IsPublic.ShouldBeFalse();
        body.TermsOfReference.ShouldBe("To lead.");
    }

    [Fact]
    public async Task QuorumFraction_IsStoredWithoutSpaces()
    {
        var id = await CreateAsync(Details() with { QuorumFraction = " 1 / 4 " });

        using var db = Open(Viewer.System);
        (await db.Bodies.SingleAsync(b => b.Id == id)).QuorumFraction.ShouldBe("1/4");
    }

    [Fact]
    public async Task BlankQuorumFraction_IsStoredAsNone()
    {
        var id = await CreateAsync(Details() with { QuorumFraction = "  " });

        using var db = Open(Viewer.System);
        (await db.Bodies.SingleAsync(b => b.Id == id)).QuorumFraction.ShouldBeNull();
    }

    [Fact]
    public async Task OnlyAnAdministrator_MayAddABody()
    {
        using var db = Open(new Viewer { UserId = "clerk", ClerkOf = [1] });
        await Should.ThrowAsync<EditNotAllowedException>(() => BodyRegister.CreateAsync(db, Details()));
        (await db.Bodies.IncludingWithheld().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task InvalidDetails_AreRefusedWithTheirProblems()
    {
        using var db = Open(Viewer.System);
        var refused = await Should.ThrowAsync<InvalidInputException>(() => BodyRegister.CreateAsync(db, Details(" ", "")));
        refused.Problems.Keys.ShouldBe(["name", "shortName"], ignoreOrder: true);
        (await db.Bodies.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task ValidDetails_HaveNoProblems() => (await ProblemsAsync(Details() with
    {
        Quorum = 1,
        QuorumMinimum = 500,
        Seats = 1000,
        AbsenceThreshold = 50,
        TimeZone = "Europe/London",
        ActionReferenceScheme = "{prefix} {meeting:00}/{seq:00}",
        StandingItems = ["Welcome", "Matters arising"],
        MattersArisingItem = "Matters arising",
    })).ShouldBeEmpty();

    [Theory]
    [InlineData(null, "Enter the body's name")]
    [InlineData("   ", "Enter the body's name")]
    public async Task MissingName_IsAProblem(string? name, string message) =>
        (await ProblemsAsync(Details() with { Name = name }))["name"].ShouldBe(message);

    [Fact]
    public async Task OverLongName_IsAProblem()
    {
        (await ProblemsAsync(Details(new string('n', 201)))).ShouldBe(new Dictionary<string, string> { ["name"] = "The name must be 200 characters or fewer" });
        (await ProblemsAsync(Details(new string('n', 200)))).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, "Enter a short name")]
    [InlineData("  ", "Enter a short name")]
    [InlineData("LG CIO", "The short name may use only letters, numbers and hyphens, like LCIOC")]
    [InlineData("LG_CIO", "The short name may use only letters, numbers and hyphens, like LCIOC")]
    public async Task BadShortName_IsAProblem(string? shortName, string message) =>
        (await ProblemsAsync(Details() with { ShortName = shortName })).ShouldBe(new Dictionary<string, string> { ["shortName"] = message });

    [Theory]
    [InlineData("LG-CIO-09")]
    [InlineData(" lgcio ")]
    public async Task ShortName_OfLettersNumbersAndHyphens_IsAccepted(string shortName) =>
        (await ProblemsAsync(Details() with { ShortName = shortName })).ShouldBeEmpty();

    [Fact]
    public async Task ShortNameOfFiftyCharacters_IsTheLongestAccepted()
    {
        (await ProblemsAsync(Details() with { ShortName = new string('A', 50) })).ShouldBeEmpty();
        (await ProblemsAsync(Details() with { ShortName = new string('A', 51) })).Keys.ShouldBe(["shortName"]);
    }

    [Fact]
    public async Task ShortNameOfAPrivateBody_IsStillTaken()
    {
        await CreateAsync(Details("Audit Panel", "AP") with { IsPublic = false });

        using var db = Open(new Viewer { UserId = "clerk" });
        (await BodyRegister.ProblemsAsync(db, Details("Another", " AP "), null))["shortName"].ShouldBe("Another body already uses the short name AP");
    }

    [Fact]
    public async Task ABodysOwnShortName_IsNotTakenFromItself()
    {
        var id = await CreateAsync(Details());
        (await ProblemsAsync(Details("Renamed", "DL"), id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task OverLongPrefix_IsAProblem()
    {
        (await ProblemsAsync(Details() with { ActionPrefix = new string('P', 31) }))["actionPrefix"].ShouldBe("The prefix must be 30 characters or fewer");
        (await ProblemsAsync(Details() with { ActionPrefix = new string('P', 30) })).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{prefix} {meeting:00}", "Use {prefix}, {meeting:00}, {seq:00} or {n:00}, with {seq} or {n} for the action's number, like {prefix} {meeting:00}/{seq:00}")]
    [InlineData("{prefix} {item}/{seq}", "Use {prefix}, {meeting:00}, {seq:00} or {n:00}, with {seq} or {n} for the action's number, like {prefix} {meeting:00}/{seq:00}")]
    public async Task SchemeWithoutANumber_OrWithAnUnknownPlaceholder_IsAProblem(string scheme, string message) =>
        (await ProblemsAsync(Details() with { ActionReferenceScheme = scheme }))["actionReferenceScheme"].ShouldBe(message);

    [Fact]
    public async Task OverLongScheme_IsAProblemOfLength()
    {
        var scheme = "{n}" + new string('x', 98);
        (await ProblemsAsync(Details() with { ActionReferenceScheme = scheme }))["actionReferenceScheme"].ShouldBe("The reference scheme must be 100 characters or fewer");
        (await ProblemsAsync(Details() with { ActionReferenceScheme = scheme[..100] })).ShouldBeEmpty();
    }

    [Fact]
    public async Task OverLongStandingItems_AreAProblem()
    {
        // Joined with a newline between them, blank lines dropped: 2 × 2000 + 1 characters.
        (await ProblemsAsync(Details() with { StandingItems = [new string('a', 2000), "  ", new string('b', 2000)], MattersArisingItem = "" }))["standingItems"]
            .ShouldBe("The standing items must be 4,000 characters or fewer");
        (await ProblemsAsync(Details() with { StandingItems = [new string('a', 2000), new string('b', 1999)], MattersArisingItem = "" })).ShouldBeEmpty();
    }

    [Fact]
    public async Task OverLongMattersArisingItem_IsAProblemOfLength() =>
        (await ProblemsAsync(Details() with { MattersArisingItem = new string('m', 501) }))["mattersArisingItem"].ShouldBe("The matters arising item must be 500 characters or fewer");

    [Fact]
    public async Task MattersArisingItem_MustBeAStandingItem()
    {
        (await ProblemsAsync(Details() with { StandingItems = ["Welcome", "Minutes"], MattersArisingItem = " Actions " }))["mattersArisingItem"]
            .ShouldBe("“Actions” is not one of the standing items: write it as it appears there, or leave it blank for none");
        (await ProblemsAsync(Details() with { StandingItems = [" Welcome ", " Minutes "], MattersArisingItem = " Minutes " })).ShouldBeEmpty();
        (await ProblemsAsync(Details() with { StandingItems = ["Welcome"], MattersArisingItem = "  " })).ShouldBeEmpty();
    }

    [Fact]
    public async Task MattersArisingItem_IsCheckedAgainstTheDefaultsForANewBody()
    {
        (await ProblemsAsync(Details() with { MattersArisingItem = "Any other business" })).ShouldBeEmpty();
        (await ProblemsAsync(Details() with { MattersArisingItem = "Actions" })).Keys.ShouldBe(["mattersArisingItem"]);
    }

    [Fact]
    public async Task MattersArisingItem_IsCheckedAgainstTheBodysCurrentItems()
    {
        var id = await CreateAsync(Details() with { StandingItems = ["Welcome", "Actions"], MattersArisingItem = "" });
        (await ProblemsAsync(Details() with { MattersArisingItem = "Actions" }, id)).ShouldBeEmpty();
        (await ProblemsAsync(Details() with { MattersArisingItem = "Any other business" }, id)).Keys.ShouldBe(["mattersArisingItem"]);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(500, false)]
    [InlineData(501, true)]
    public async Task Quorum_IsFromOneTo500Members(int quorum, bool refused) =>
        (await ProblemsAsync(Details() with { Quorum = quorum })).ShouldBe(refused
            ? new Dictionary<string, string> { ["quorum"] = "The quorum must be a number of members from 1 to 500" }
            : []);

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(500, false)]
    [InlineData(501, true)]
    public async Task QuorumMinimum_IsFromOneTo500Members(int minimum, bool refused) =>
        (await ProblemsAsync(Details() with { QuorumMinimum = minimum })).ShouldBe(refused
            ? new Dictionary<string, string> { ["quorumMinimum"] = "The fewest members for a quorum must be from 1 to 500" }
            : []);

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(1000, false)]
    [InlineData(1001, true)]
    public async Task Seats_AreFromOneTo1000(int seats, bool refused) =>
        (await ProblemsAsync(Details() with { Seats = seats })).ShouldBe(refused
            ? new Dictionary<string, string> { ["seats"] = "The number of seats must be from 1 to 1,000" }
            : []);

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(50, false)]
    [InlineData(51, true)]
    public async Task AbsenceThreshold_IsFromOneTo50Meetings(int threshold, bool refused) =>
        (await ProblemsAsync(Details() with { AbsenceThreshold = threshold })).ShouldBe(refused
            ? new Dictionary<string, string> { ["absenceThreshold"] = "The attendance rule must be a number of meetings from 1 to 50" }
            : []);

    [Theory]
    [InlineData("1/4", false)]
    [InlineData("one quarter", true)]
    [InlineData("5/4", true)]
    public async Task QuorumFraction_MustBeAFraction(string fraction, bool refused) =>
        (await ProblemsAsync(Details() with { QuorumFraction = fraction })).ShouldBe(refused
            ? new Dictionary<string, string> { ["quorumFraction"] = "Enter the quorum as a fraction such as 1/4 or 1/3" }
            : []);

    [Fact]
    public async Task QuorumAsANumberAndAFraction_IsAProblem() =>
        (await ProblemsAsync(Details() with { Quorum = 3, QuorumFraction = "1/4" })).ShouldBe(new Dictionary<string, string>
        {
            ["quorumFraction"] = "Give the quorum as a number of members or as a fraction, not both",
        });

    [Fact]
    public async Task UnknownTimeZone_IsAProblem()
    {
        (await ProblemsAsync(Details() with { TimeZone = "Europe/Atlantis" }))["timeZone"].ShouldBe("Enter a time zone such as Europe/London");
        (await ProblemsAsync(Details() with { TimeZone = " Europe/Paris " })).ShouldBeEmpty();
    }

    [Fact]
    public async Task ABody_CannotBePartOfItself()
    {
        var id = await CreateAsync(Details());
        (await ProblemsAsync(Details() with { ParentBodyId = id }, id))["parentBodyId"].ShouldBe("A body cannot be part of itself");
        var parent = await CreateAsync(Details("Council", "CC"));
        (await ProblemsAsync(Details() with { ParentBodyId = parent }, id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task NewName_KeepsTheOldOneFromTheDayGiven()
    {
        var id = await CreateAsync(Details("CIO Council", "DL"));

        var body = await UpdateAsync(id, _ => Details("Digital Leaders", "DL") with { RenamedOn = new DateOnly(2026, 3, 1) });

        body.Name.ShouldBe("Digital Leaders");
        body.FormerNames.Select(n => (n.Name, n.From, n.Until)).ShouldBe([("CIO Council", (DateOnly?)null, new DateOnly(2026, 3, 1))]);
    }

    [Fact]
    public async Task NewName_WithoutADate_TakesEffectToday()
    {
        var id = await CreateAsync(Details("CIO Council", "DL"));

        var body = await UpdateAsync(id, _ => Details(" Digital Leaders ", "DL"));

        body.Name.ShouldBe("Digital Leaders");
        body.FormerNames.Single().Until.ShouldBe(Today);
    }

    [Fact]
    public async Task SameName_IsNoRename()
    {
        var id = await CreateAsync(Details("Digital Leaders", "DL"));

        var body = await UpdateAsync(id, _ => Details(" Digital Leaders ", "DL2") with { RenamedOn = new DateOnly(2026, 3, 1) });

        body.ShortName.ShouldBe("DL2");
        body.FormerNames.ShouldBeEmpty();
    }

    [Fact]
    public async Task Update_LeavesWhatIsNotGiven_AndSetsTheRestAsGiven()
    {
        var id = await CreateAsync(Details() with
        {
            ActionPrefix = "DL",
            Kind = BodyKind.Board,
            ActionReferenceScheme = "Action {n:00}",
            StandingItems = ["Welcome", "Actions"],
            MattersArisingItem = "Actions",
            Quorum = 3,
            QuorumRounding = QuorumRounding.Down,
            QuorumMinimum = 2,
            Seats = 12,
            QuorumBasis = QuorumBasis.WholeNumber,
            AbsenceThreshold = 6,
            TimeZone = "Europe/Paris",
            IsPublic = false,
            TermsOfReference = "To lead.",
        });

        var body = await UpdateAsync(id, _ => Details());

        body.ActionPrefix.ShouldBe("DL");
        body.Kind.ShouldBe(BodyKind.Board);
        body.ActionReferenceScheme.ShouldBe("Action {n:00}");
        body.StandingItems.ShouldBe("Welcome\nActions");
        body.MattersArisingItem.ShouldBe("Actions");
        body.QuorumRounding.ShouldBe(QuorumRounding.Down);
        body.QuorumBasis.ShouldBe(QuorumBasis.WholeNumber);
        body.TimeZone.ShouldBe("Europe/Paris");
        body.IsPublic.ShouldBeFalse();
        // Set as given: a number left out is cleared.
        body.Quorum.ShouldBeNull();
        body.QuorumMinimum.ShouldBeNull();
        body.Seats.ShouldBeNull();
        body.AbsenceThreshold.ShouldBeNull();
        body.TermsOfReference.ShouldBeNull();
    }

    [Fact]
    public async Task MattersArisingItem_IsDroppedWhenItsStandingItemIs()
    {
        var id = await CreateAsync(Details() with { StandingItems = ["Welcome", "Actions"], MattersArisingItem = "Actions" });

        var body = await UpdateAsync(id, _ => Details() with { StandingItems = ["Welcome", "AOB"] });

        body.StandingItems.ShouldBe("Welcome\nAOB");
        body.MattersArisingItem.ShouldBeNull();
    }

    [Fact]
    public async Task BlankMattersArisingItem_MeansNone()
    {
        var id = await CreateAsync(Details());

        var body = await UpdateAsync(id, _ => Details() with { MattersArisingItem = " " });

        body.MattersArisingItem.ShouldBeNull();
        body.StandingItemTitles.ShouldBe(Body.DefaultStandingItems);
    }

    [Fact]
    public async Task ClerkOfTheBody_MayChangeIt()
    {
        var id = await CreateAsync(Details());

        var body = await UpdateAsync(id, _ => Details() with { TermsOfReference = "Revised." }, new Viewer { UserId = "clerk", ClerkOf = [id] });

        body.TermsOfReference.ShouldBe("Revised.");
    }

    [Fact]
    public async Task MemberOfTheBody_MayNotChangeIt()
    {
        var id = await CreateAsync(Details());

        await Should.ThrowAsync<EditNotAllowedException>(() => UpdateAsync(id, _ => Details() with { TermsOfReference = "Revised." }, new Viewer { UserId = "member", MemberOf = [id], ClerkOf = [id + 1] }));

        using var db = Open(Viewer.System);
        (await db.Bodies.SingleAsync(b => b.Id == id)).TermsOfReference.ShouldBeNull();
    }

    [Fact]
    public async Task InvalidChange_IsRefusedAndNothingIsSaved()
    {
        var id = await CreateAsync(Details());

        await Should.ThrowAsync<InvalidInputException>(() => UpdateAsync(id, _ => Details() with { Quorum = 0, TermsOfReference = "Revised." }));

        using var db = Open(Viewer.System);
        (await db.Bodies.SingleAsync(b => b.Id == id)).TermsOfReference.ShouldBeNull();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
