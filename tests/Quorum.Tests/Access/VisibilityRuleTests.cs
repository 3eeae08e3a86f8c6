using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Conduct;
using Quorum.Contracts;
using Quorum.Data;
using Quorum.Decisions;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.People;

namespace Quorum.Tests.Access;

/// <summary>
/// One small council, read by five viewers. The council's committee is public; its panel sits in
/// private. Each record kind has one row per case the rule distinguishes, so that each viewer's
/// list names exactly what the rule lets through.
/// </summary>
public sealed class VisibilityFixture : IDisposable
{
    private readonly SqliteConnection connection = new("DataSource=:memory:");

    public int Council { get; }

    public int Panel { get; }

    public int MemberX { get; }

    public int MemberY { get; }

    public int PublishedRegister { get; }

    public VisibilityFixture()
    {
        connection.Open();
        using var db = Open(Viewer.System);
        db.Database.EnsureCreated();

        var council = new Body { Name = "Council Committee", ShortName = "CC" };
        var panel = new Body { Name = "Audit Panel", ShortName = "AP", IsPublic = false };
        var x = new Person { FullName = "Ada Member" };
        var y = new Person { FullName = "Bea Member" };
        var supplier = new Organisation { Name = "Kestrel Digital Ltd" };
        db.AddRange(council, panel, x, y, supplier);

        var published = Meeting(db, council, 1, MinutesState.Published);
        var draft = Meeting(db, council, 2, MinutesState.Draft);
        var panelMeeting = Meeting(db, panel, 1, MinutesState.Published);
        var open1 = Item(published, "1 open", exempt: false);
        var exempt1 = Item(published, "1 exempt", exempt: true);
        var open2 = Item(draft, "2 open", exempt: false);
        var exempt2 = Item(draft, "2 exempt", exempt: true);
        var open3 = Item(panelMeeting, "3 open", exempt: false);
        db.SaveChanges();

        var number = 0;
        foreach (var (meeting, item, text) in new (Meeting, AgendaItem?, string)[]
        {
            (published, open1, "1 open"), (published, exempt1, "1 exempt"), (published, null, "1 general"),
            (draft, open2, "2 open"), (draft, exempt2, "2 exempt"), (draft, null, "2 general"),
            (panelMeeting, open3, "3 open"),
        })
        {
            db.Decisions.Add(new Decision { BodyId = meeting.BodyId, MeetingId = meeting.Id, AgendaItemId = item?.Id, Number = ++number, Text = text });
        }

        Paper(db, council, published, open1, "public on open item", Circulation.Public, [], []);
        Paper(db, council, published, exempt1, "public on exempt item", Circulation.Public, [], []);
        Paper(db, council, draft, null, "public agenda pack", Circulation.Public, [], []);
        Paper(db, council, null, null, "for the panel", Circulation.MembersOfBodies, [panel], []);
        Paper(db, council, null, null, "for Ada", Circulation.NamedPeople, [], [x]);
        Paper(db, panel, panelMeeting, open3, "public on the panel's item", Circulation.Public, [], []);

        Contract(db, council, supplier, "Hosting", restricted: true);
        Contract(db, council, supplier, "Cleaning", restricted: false);
        Contract(db, panel, supplier, "Internal audit", restricted: false);

        var register = new InterestRegisterVersion { BodyId = council.Id, PersonId = x.Id, EffectiveFrom = new DateOnly(2026, 5, 1), PublishedOn = new DateOnly(2026, 5, 2) };
        register.Interests.Add(new RegisteredInterest { Category = InterestCategory.Land, Description = "Land" });
        register.Interests.Add(new RegisteredInterest { Category = InterestCategory.Securities, Description = "Home", IsSensitive = true });
        var unpublished = new InterestRegisterVersion { BodyId = council.Id, PersonId = y.Id, EffectiveFrom = new DateOnly(2026, 5, 1) };
        unpublished.Interests.Add(new RegisteredInterest { Category = InterestCategory.Employment, Description = "Draft" });
        db.AddRange(register, unpublished);
        db.SaveChanges();

        Council = council.Id;
        Panel = panel.Id;
        MemberX = x.Id;
        MemberY = y.Id;
        PublishedRegister = register.Id;
    }

    public QuorumDb Open(Viewer viewer) =>
        new(new DbContextOptionsBuilder<QuorumDb>().UseSqlite(connection).CompilingEveryQuery().Options) { Viewer = viewer };

    public void Dispose() => connection.Dispose();

    private static Meeting Meeting(QuorumDb db, Body body, int number, MinutesState minutes)
    {
        var meeting = new Meeting { Body = body, Number = number, Date = new DateOnly(2026, 3, number) };
        db.Meetings.Add(meeting);
        db.Entry(meeting).Property(m => m.MinutesState).CurrentValue = minutes;
        return meeting;
    }

    private static AgendaItem Item(Meeting meeting, string title, bool exempt)
    {
        var item = new AgendaItem { Title = title, Number = title, Minute = new Minute { Text = title } };
        if (exempt)
            item.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3" });
        meeting.AgendaItems.Add(item);
        return item;
    }

    private static void Paper(QuorumDb db, Body body, Meeting? meeting, AgendaItem? item, string title, Circulation circulation, Body[] bodies, Person[] people)
    {
        var paper = new Paper { BodyId = body.Id, MeetingId = meeting?.Id, AgendaItemId = item?.Id, Title = title };
        paper.Classify(ProtectiveMarking.Official, null, circulation, bodies, people);
        db.Papers.Add(paper);
    }

    private static void Contract(QuorumDb db, Body body, Organisation supplier, string title, bool restricted) =>
        db.Contracts.Add(new Contract
        {
            BodyId = body.Id,
            OrganisationId = supplier.Id,
            Title = title,
            Category = "Services",
            SupplierName = supplier.Name,
            StartDate = new DateOnly(2026, 1, 1),
            EndDate = new DateOnly(2028, 12, 31),
            CommercialDetailsRestricted = restricted,
            Terms = new ContractTerms { WholeLifeValue = 100_000m },
        });
}

public class VisibilityRuleTests(VisibilityFixture data) : IClassFixture<VisibilityFixture>
{
    private Viewer CouncilMember => new() { UserId = "ada", PersonId = data.MemberX, MemberOf = [data.Council] };

    private Viewer PanelMember => new() { UserId = "bea", PersonId = data.MemberY, MemberOf = [data.Panel] };

    private Viewer CouncilClerk => new() { UserId = "clerk", ClerkOf = [data.Council] };

    private static Viewer Administrator => new() { UserId = "admin", IsAdministrator = true };

    private string[] Bodies(Viewer viewer)
    {
        using var db = data.Open(viewer);
        return [.. db.Bodies.OrderBy(b => b.Name).Select(b => b.ShortName)];
    }

    private string[] Meetings(Viewer viewer)
    {
        using var db = data.Open(viewer);
        return [.. db.Meetings.OrderBy(m => m.BodyId).ThenBy(m => m.Number).Select(m => m.Body!.ShortName + m.Number)];
    }

    private string[] Items(Viewer viewer)
    {
        using var db = data.Open(viewer);
        return [.. db.AgendaItems.Select(i => i.Title).OrderBy(t => t)];
    }

    private string[] Minutes(Viewer viewer)
    {
        using var db = data.Open(viewer);
        return [.. db.Minutes.Select(n => n.Text).OrderBy(t => t)];
    }

    private string[] Decisions(Viewer viewer)
    {
        using var db = data.Open(viewer);
        return [.. db.Decisions.Select(d => d.Text).OrderBy(t => t)];
    }

    private string[] Papers(Viewer viewer)
    {
        using var db = data.Open(viewer);
        return [.. db.Papers.Select(p => p.Title).OrderBy(t => t)];
    }

    private string[] Contracts(Viewer viewer)
    {
        using var db = data.Open(viewer);
        return [.. db.Contracts.Select(c => c.Title).OrderBy(t => t)];
    }

    private string[] ContractTerms(Viewer viewer)
    {
        using var db = data.Open(viewer);
        return [.. db.ContractTerms.Select(t => t.Contract!.Title).OrderBy(t => t)];
    }

    private string[] Interests(Viewer viewer)
    {
        using var db = data.Open(viewer);
        return [.. db.RegisteredInterests.Select(r => r.Description).OrderBy(t => t)];
    }

    private int InterestRegisters(Viewer viewer)
    {
        using var db = data.Open(viewer);
        return db.InterestRegisterVersions.Count();
    }

    // Bodies and meetings

    [Fact]
    public void AnonymousViewer_SeesOnlyPublicBodies() => Bodies(Viewer.Anonymous).ShouldBe(["CC"]);

    [Fact]
    public void MemberOfAPrivateBody_SeesItBesideThePublicOnes() => Bodies(PanelMember).ShouldBe(["AP", "CC"]);

    [Fact]
    public void MemberOfAPublicBody_DoesNotSeeAnotherBodysPrivateOne() => Bodies(CouncilMember).ShouldBe(["CC"]);

    [Fact]
    public void ClerkOfAPublicBody_DoesNotSeeAPrivateBody() => Bodies(CouncilClerk).ShouldBe(["CC"]);

    [Fact]
    public void Administrator_SeesEveryBody() => Bodies(Administrator).ShouldBe(["AP", "CC"]);

    [Fact]
    public void AnonymousViewer_SeesMeetingsOfPublicBodiesOnly() => Meetings(Viewer.Anonymous).ShouldBe(["CC1", "CC2"]);

    [Fact]
    public void MemberOfAPrivateBody_SeesItsMeetings() => Meetings(PanelMember).ShouldBe(["CC1", "CC2", "AP1"]);

    [Fact]
    public void MemberOfAPublicBody_DoesNotSeeAPrivateBodysMeetings() => Meetings(CouncilMember).ShouldBe(["CC1", "CC2"]);

    [Fact]
    public void Administrator_SeesEveryMeeting() => Meetings(Administrator).ShouldBe(["CC1", "CC2", "AP1"]);

    // Agenda items

    [Fact]
    public void AnonymousViewer_DoesNotSeeExemptItems() => Items(Viewer.Anonymous).ShouldBe(["1 open", "2 open"]);

    [Fact]
    public void MemberOfTheBody_SeesItsExemptItems() => Items(CouncilMember).ShouldBe(["1 exempt", "1 open", "2 exempt", "2 open"]);

    [Fact]
    public void MemberOfAnotherBody_DoesNotSeeExemptItems() => Items(PanelMember).ShouldBe(["1 open", "2 open", "3 open"]);

    [Fact]
    public void ClerkOfTheBody_SeesItsExemptItems() => Items(CouncilClerk).ShouldBe(["1 exempt", "1 open", "2 exempt", "2 open"]);

    [Fact]
    public void Administrator_SeesEveryItem() => Items(Administrator).Length.ShouldBe(5);

    // Minutes

    [Fact]
    public void AnonymousViewer_SeesOnlyPublishedMinutesOfOpenItems() => Minutes(Viewer.Anonymous).ShouldBe(["1 open"]);

    [Fact]
    public void MemberOfTheBody_SeesDraftAndExemptMinutes() => Minutes(CouncilMember).ShouldBe(["1 exempt", "1 open", "2 exempt", "2 open"]);

    [Fact]
    public void MemberOfAnotherBody_DoesNotSeeExemptOrDraftMinutes() => Minutes(PanelMember).ShouldBe(["1 open", "3 open"]);

    [Fact]
    public void ClerkOfTheBody_SeesDraftAndExemptMinutes() => Minutes(CouncilClerk).ShouldBe(["1 exempt", "1 open", "2 exempt", "2 open"]);

    [Fact]
    public void Administrator_SeesEveryMinute() => Minutes(Administrator).Length.ShouldBe(5);

    // Decisions

    [Fact]
    public void AnonymousViewer_SeesDecisionsOfPublishedMinutesNotUnderExemptItems() => Decisions(Viewer.Anonymous).ShouldBe(["1 general", "1 open"]);

    [Fact]
    public void MemberOfTheBody_SeesAllItsDecisions() => Decisions(CouncilMember).ShouldBe(["1 exempt", "1 general", "1 open", "2 exempt", "2 general", "2 open"]);

    [Fact]
    public void MemberOfAnotherBody_SeesOnlyPublishedOpenDecisionsOfThisOne() => Decisions(PanelMember).ShouldBe(["1 general", "1 open", "3 open"]);

    [Fact]
    public void ClerkOfTheBody_SeesAllItsDecisions() => Decisions(CouncilClerk).Length.ShouldBe(6);

    [Fact]
    public void Administrator_SeesEveryDecision() => Decisions(Administrator).Length.ShouldBe(7);

    // Papers

    [Fact]
    public void AnonymousViewer_SeesPublicPapersOfOpenItemsOnly() => Papers(Viewer.Anonymous).ShouldBe(["public agenda pack", "public on open item"]);

    [Fact]
    public void MemberOfTheBody_SeesPublicPapersOfExemptItemsAndThoseNamingThem() =>
        Papers(CouncilMember).ShouldBe(["for Ada", "public agenda pack", "public on exempt item", "public on open item"]);

    [Fact]
    public void MemberOfABodyCirculatedTo_SeesThePaperButNotExemptOnes() =>
        Papers(PanelMember).ShouldBe(["for the panel", "public agenda pack", "public on open item", "public on the panel's item"]);

    [Fact]
    public void MemberOfAPublicBody_DoesNotSeeAPublicPaperOfAPrivateBody() =>
        Papers(CouncilMember).ShouldNotContain("public on the panel's item");

    [Fact]
    public void ClerkOfThePapersBody_SeesEveryPaperOfIt() => Papers(CouncilClerk).Length.ShouldBe(5);

    [Fact]
    public void Administrator_SeesEveryPaper() => Papers(Administrator).Length.ShouldBe(6);

    // Contracts

    [Fact]
    public void AnonymousViewer_SeesContractsOfPublicBodies() => Contracts(Viewer.Anonymous).ShouldBe(["Cleaning", "Hosting"]);

    [Fact]
    public void MemberOfAPrivateBody_SeesItsContracts() => Contracts(PanelMember).ShouldBe(["Cleaning", "Hosting", "Internal audit"]);

    [Fact]
    public void Administrator_SeesTheContractsOfEveryBody() => Contracts(Administrator).ShouldBe(["Cleaning", "Hosting", "Internal audit"]);

    [Fact]
    public void AnonymousViewer_DoesNotSeeRestrictedContractTerms() => ContractTerms(Viewer.Anonymous).ShouldBe(["Cleaning"]);

    [Fact]
    public void MemberOfTheBody_SeesRestrictedContractTerms() => ContractTerms(CouncilMember).ShouldBe(["Cleaning", "Hosting"]);

    [Fact]
    public void MemberOfAnotherBody_DoesNotSeeRestrictedContractTerms() => ContractTerms(PanelMember).ShouldBe(["Cleaning", "Internal audit"]);

    [Fact]
    public void ClerkOfTheBody_SeesRestrictedContractTerms() => ContractTerms(CouncilClerk).ShouldBe(["Cleaning", "Hosting"]);

    [Fact]
    public void Administrator_SeesEveryContractsTerms() => ContractTerms(Administrator).Length.ShouldBe(3);

    // Registers of interests

    [Fact]
    public void AnonymousViewer_SeesPublishedRegistersOnly() => InterestRegisters(Viewer.Anonymous).ShouldBe(1);

    [Fact]
    public void AnonymousViewer_SeesThePublishedRegister_NotTheDraft()
    {
        using var db = data.Open(Viewer.Anonymous);
        db.InterestRegisterVersions.Select(v => v.PersonId).ToList().ShouldBe([data.MemberX]);
    }

    [Fact]
    public void Member_SeesTheirOwnUnpublishedRegister() => InterestRegisters(PanelMember).ShouldBe(2);

    [Fact]
    public void ClerkOfTheBody_SeesUnpublishedRegisters() => InterestRegisters(CouncilClerk).ShouldBe(2);

    // An administrator's interests pass their own filter before their register's is asked: the registers are counted apart.
    [Fact]
    public void Administrator_SeesEveryRegister_PublishedOrNot() => InterestRegisters(Administrator).ShouldBe(2);

    [Fact]
    public void AnonymousViewer_DoesNotSeeSensitiveInterests() => Interests(Viewer.Anonymous).ShouldBe(["Land"]);

    [Fact]
    public void Member_SeesTheirOwnSensitiveInterest() => Interests(CouncilMember).ShouldBe(["Home", "Land"]);

    [Fact]
    public void AnotherMember_DoesNotSeeASensitiveInterest() => Interests(PanelMember).ShouldBe(["Draft", "Land"]);

    [Fact]
    public void ClerkOfTheBody_SeesSensitiveInterests() => Interests(CouncilClerk).ShouldBe(["Draft", "Home", "Land"]);

    [Fact]
    public void Administrator_SeesEveryInterest() => Interests(Administrator).Length.ShouldBe(3);

    [Fact]
    public async Task AnonymousViewer_IsToldOnlyTheCategoryOfAWithheldInterest()
    {
        using var db = data.Open(Viewer.Anonymous);
        (await WithheldInterests.ForVersionsAsync(db, [data.PublishedRegister])).ShouldBe([new WithheldInterest(data.PublishedRegister, InterestCategory.Securities)]);
    }

    [Fact]
    public async Task Member_IsToldOfNoWithheldInterestInTheirOwnRegister()
    {
        using var db = data.Open(CouncilMember);
        (await WithheldInterests.ForVersionsAsync(db, [data.PublishedRegister])).ShouldBeEmpty();
    }

    [Fact]
    public async Task WithheldInterests_AreNotListedForARegisterTheViewerCannotSee()
    {
        using var db = data.Open(Viewer.Anonymous);
        var unpublished = db.InterestRegisterVersions.IncludingWithheld().Where(v => v.PublishedOn == null).Select(v => v.Id).Single();
        (await WithheldInterests.ForVersionsAsync(db, [unpublished])).ShouldBeEmpty();
    }

    // The allow-listed bypass

    [Fact]
    public void IncludingWithheld_ReadsPastTheRule()
    {
        using var db = data.Open(Viewer.Anonymous);
        db.AgendaItems.IncludingWithheld().Count().ShouldBe(5);
        db.Minutes.IncludingWithheld().Count().ShouldBe(5);
        db.Papers.IncludingWithheld().Count().ShouldBe(6);
    }
}
