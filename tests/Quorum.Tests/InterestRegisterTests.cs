using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Conduct;
using Quorum.Data;
using Quorum.People;

namespace Quorum.Tests;

/// <summary>Members' registers of interests kept a dated version at a time: what is recorded, refused and published.</summary>
public sealed class InterestRegisterTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private readonly InMemoryQuorum quorum = new();
    private readonly (int Council, int Ada, int Bob) data;

    public InterestRegisterTests()
    {
        using var db = quorum.Open(Viewer.System);
        var council = new Body { Name = "Council", ShortName = "CC" };
        var ada = new Person { FullName = "Ada Lovelace" };
        var bob = new Person { FullName = "Bob Brown" };
        db.AddRange(council, ada, bob, new Membership { Body = council, Person = ada });
        db.SaveChanges();
        data = (council.Id, ada.Id, bob.Id);
    }

    public void Dispose() => quorum.Dispose();

    private QuorumDb Open(Viewer viewer)
    {
        var db = quorum.Open(viewer);
        db.Clock = new FixedClock(new DateTimeOffset(Today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        return db;
    }

    private Viewer Clerk => new() { UserId = "clerk", ClerkOf = [data.Council] };

    private async Task<InterestRegisterVersion> RecordAsync(InterestRegisterInput input, int? person = null, Viewer? viewer = null)
    {
        using var db = Open(viewer ?? Clerk);
        var body = await db.Bodies.SingleAsync(b => b.Id == data.Council);
        var who = await db.People.SingleAsync(p => p.Id == (person ?? data.Ada));
        return await InterestRegister.RecordAsync(db, body, who, input);
    }

    private static InterestRegisterInput Register(DateOnly from, params InterestInput[] interests) => new(from, interests);

    [Fact]
    public async Task Register_KeepsItsEntriesTrimmed_AndLeavesOutBlankRows()
    {
        var version = await RecordAsync(Register(new DateOnly(2026, 5, 1),
            new InterestInput(InterestCategory.Land, null, "  12 High Street  "),
            new InterestInput(null, null, "   "),
            new InterestInput(InterestCategory.Employment, InterestHolder.SpouseOrPartner, "Teacher", IsSensitive: true)));

        using var db = Open(Viewer.System);
        var saved = await db.InterestRegisterVersions.Include(v => v.Interests).SingleAsync(v => v.Id == version.Id);
        (saved.BodyId, saved.PersonId, saved.EffectiveFrom, saved.PublishedOn).ShouldBe((data.Council, data.Ada, new DateOnly(2026, 5, 1), (DateOnly?)null));
        saved.Interests.OrderBy(i => i.Id).Select(i => (i.Category, i.Holder, i.Description, i.IsSensitive)).ShouldBe(
        [
            (InterestCategory.Land, InterestHolder.Member, "12 High Street", false),
            (InterestCategory.Employment, InterestHolder.SpouseOrPartner, "Teacher", true),
        ]);
    }

    [Fact]
    public async Task Register_RecordedAsPublished_IsPublishedToday()
    {
        var version = await RecordAsync(new InterestRegisterInput(new DateOnly(2026, 5, 1), [], Publish: true));
        version.PublishedOn.ShouldBe(Today);
    }

    [Fact]
    public async Task IncompleteEntries_AreRefusedByRow()
    {
        var refused = await Should.ThrowAsync<InvalidInputException>(() => RecordAsync(new InterestRegisterInput(null,
        [
            new InterestInput(InterestCategory.Land, null, "Field"),
            new InterestInput(null, null, "Shares"),
            new InterestInput(InterestCategory.Securities, null, " "),
            new InterestInput(InterestCategory.Contracts, null, new string('d', 2001)),
            new InterestInput(InterestCategory.Licences, null, null),
        ])));

        refused.Problems.ShouldBe(new Dictionary<string, string>
        {
            ["effectiveFrom"] = "Enter the date the register takes effect",
            ["interests[1].category"] = "Choose the category of the interest",
            ["interests[2].description"] = "Describe the interest",
            ["interests[3].description"] = "The description must be 2,000 characters or fewer",
            ["interests[4].description"] = "Describe the interest",
        });
        using var db = Open(Viewer.System);
        (await db.InterestRegisterVersions.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task DescriptionOf2000Characters_IsAccepted() =>
        (await RecordAsync(Register(Today, new InterestInput(InterestCategory.Land, null, new string('d', 2000))))).Interests.Single().Description.Length.ShouldBe(2000);

    [Fact]
    public async Task SomeoneWithoutASeat_HasNoRegisterOnTheBody()
    {
        var refused = await Should.ThrowAsync<InvalidInputException>(() => RecordAsync(Register(Today), data.Bob));
        refused.Problems.ShouldBe(new Dictionary<string, string> { ["personId"] = "Bob Brown holds no seat on Council" });
    }

    [Fact]
    public async Task NewVersion_StartsOnOrAfterTheLatest()
    {
        await RecordAsync(Register(new DateOnly(2026, 5, 1)));
        await RecordAsync(Register(new DateOnly(2026, 5, 1)));

        var refused = await Should.ThrowAsync<InvalidInputException>(() => RecordAsync(Register(new DateOnly(2026, 4, 30))));
        refused.Problems.ShouldBe(new Dictionary<string, string>
        {
            ["effectiveFrom"] = "The register already has a version from 1 May 2026: a new version starts on or after it",
        });
    }

    [Fact]
    public async Task NewVersion_StartsOnOrAfterTheLatestDate_NotJustTheFirst()
    {
        await RecordAsync(Register(new DateOnly(2026, 1, 1)));
        await RecordAsync(Register(new DateOnly(2026, 5, 1)));

        var refused = await Should.ThrowAsync<InvalidInputException>(() => RecordAsync(Register(new DateOnly(2026, 3, 1))));
        refused.Problems["effectiveFrom"].ShouldBe("The register already has a version from 1 May 2026: a new version starts on or after it");
    }

    [Fact]
    public async Task AnotherMembersRegister_AndTheMembersRegisterOnAnotherBody_DoNotDateTheirs()
    {
        int parish;
        using (var db = Open(Viewer.System))
        {
            var other = new Body { Name = "Parish", ShortName = "PP" };
            db.AddRange(other,
                new Membership { BodyId = data.Council, PersonId = data.Bob },
                new Membership { Body = other, PersonId = data.Ada });
            db.SaveChanges();
            parish = other.Id;
            db.InterestRegisterVersions.AddRange(
                new InterestRegisterVersion { BodyId = data.Council, PersonId = data.Bob, EffectiveFrom = new DateOnly(2026, 5, 1) },
                new InterestRegisterVersion { BodyId = parish, PersonId = data.Ada, EffectiveFrom = new DateOnly(2026, 5, 1) });
            db.SaveChanges();
        }

        (await RecordAsync(Register(new DateOnly(2026, 3, 1)))).EffectiveFrom.ShouldBe(new DateOnly(2026, 3, 1));
    }

    [Theory]
    [InlineData(InterestCategory.Employment, "Employment, office, trade, profession or vocation")]
    [InlineData(InterestCategory.Sponsorship, "Sponsorship")]
    [InlineData(InterestCategory.Contracts, "Contracts")]
    [InlineData(InterestCategory.Land, "Land")]
    [InlineData(InterestCategory.Licences, "Licences")]
    [InlineData(InterestCategory.CorporateTenancies, "Corporate tenancies")]
    [InlineData(InterestCategory.Securities, "Securities")]
    public void EachCategory_HasTheNameTheRegulationsGiveIt(InterestCategory category, string label) =>
        InterestRegisterVersion.Label(category).ShouldBe(label);

    [Fact]
    public async Task OnlyTheBodysClerk_MayRecordARegister()
    {
        await Should.ThrowAsync<EditNotAllowedException>(() => RecordAsync(Register(Today), viewer: new Viewer { UserId = "member", MemberOf = [data.Council], ClerkOf = [data.Council + 1] }));
    }

    [Fact]
    public async Task Publishing_DatesTheVersionToday_Once()
    {
        var version = await RecordAsync(Register(new DateOnly(2026, 5, 1)));

        using (var db = Open(Clerk))
            await InterestRegister.PublishAsync(db, await db.InterestRegisterVersions.SingleAsync(v => v.Id == version.Id));

        using var again = Open(Clerk);
        var published = await again.InterestRegisterVersions.SingleAsync(v => v.Id == version.Id);
        published.PublishedOn.ShouldBe(Today);
        (await Should.ThrowAsync<DomainException>(() => InterestRegister.PublishAsync(again, published))).Message.ShouldBe("This version was published on 1 June 2026.");
    }

    [Fact]
    public async Task OnlyTheBodysClerk_MayPublishAVersion()
    {
        var version = await RecordAsync(Register(new DateOnly(2026, 5, 1)));

        // The member herself sees her unpublished register, but publishing it is the clerk's.
        using (var db = Open(new Viewer { UserId = "ada", PersonId = data.Ada, MemberOf = [data.Council], ClerkOf = [data.Council + 1] }))
            await Should.ThrowAsync<EditNotAllowedException>(async () => await InterestRegister.PublishAsync(db, await db.InterestRegisterVersions.SingleAsync(v => v.Id == version.Id)));

        using var reader = Open(Viewer.System);
        (await reader.InterestRegisterVersions.SingleAsync()).PublishedOn.ShouldBeNull();
    }

    [Fact]
    public async Task Versions_AreListedNewestFirst_ThePublicSeeingOnlyPublishedOnes()
    {
        var first = await RecordAsync(new InterestRegisterInput(new DateOnly(2026, 1, 1), [new InterestInput(InterestCategory.Land, null, "Field")], Publish: true));
        var second = await RecordAsync(new InterestRegisterInput(new DateOnly(2026, 3, 1), [], Publish: true));
        var sameDay = await RecordAsync(new InterestRegisterInput(new DateOnly(2026, 3, 1), []));

        using (var clerk = Open(Clerk))
            (await InterestRegister.Versions(clerk).Select(v => v.Id).ToListAsync()).ShouldBe([sameDay.Id, second.Id, first.Id]);

        using var anonymous = Open(Viewer.Anonymous);
        var shown = await InterestRegister.Versions(anonymous).ToListAsync();
        shown.Select(v => v.Id).ShouldBe([second.Id, first.Id]);
        shown[1].Person!.FullName.ShouldBe("Ada Lovelace");
        shown[1].Body!.ShortName.ShouldBe("CC");
        shown[1].Interests.Single().Description.ShouldBe("Field");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
