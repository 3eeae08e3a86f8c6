using Quorum.Access;
using Quorum.Accounts;
using Quorum.Bodies;
using Quorum.People;

namespace Quorum.Tests.Access;

/// <summary>Who a signed-in user, a calendar feed or a person is to the visibility rule: their account and the seats they hold today.</summary>
public sealed class ViewerLookupTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 5, 20);

    private readonly InMemoryQuorum quorum = new();
    private readonly Seeded data;

    public ViewerLookupTests() => data = Seed();

    public void Dispose() => quorum.Dispose();

    private sealed record Seeded(int Council, int Panel, int Board, int Old, int Future, int Ada, int Bob, string AdaUser, string BobUser, string Admin, string Token);

    private Seeded Seed()
    {
        using var db = quorum.Open(Viewer.System);
        Body Body(string name) => new() { Name = name, ShortName = name };
        var council = Body("CC");
        var panel = Body("AP");
        var board = Body("PB");
        var old = Body("OLD");
        var future = Body("NEW");
        var ada = new Person { FullName = "Ada Lovelace" };
        var bob = new Person { FullName = "Bob Brown" };
        db.AddRange(council, panel, board, old, future, ada, bob);
        db.Memberships.AddRange(
            new Membership { Body = council, Person = ada, Until = Today },
            new Membership { Body = council, Person = ada, Role = MembershipRole.Secretary, From = Today },
            new Membership { Body = panel, Person = ada, Role = MembershipRole.Chair },
            new Membership { Body = old, Person = ada, Role = MembershipRole.Secretary, Until = Today.AddDays(-1) },
            new Membership { Body = future, Person = ada, From = Today.AddDays(1) },
            new Membership { Body = board, Person = bob, Role = MembershipRole.Secretary });
        var adaUser = new QuorumUser { UserName = "ada@example.org", Email = "ada@example.org", Person = ada };
        var token = adaUser.ResetCalendarFeedToken();
        var bobUser = new QuorumUser { UserName = "bob@example.org", Email = "bob@example.org" };
        var admin = new QuorumUser { UserName = "root@example.org", Email = "root@example.org", IsAdministrator = true };
        db.Users.AddRange(adaUser, bobUser, admin);
        db.SaveChanges();
        return new Seeded(council.Id, panel.Id, board.Id, old.Id, future.Id, ada.Id, bob.Id, adaUser.Id, bobUser.Id, admin.Id, token);
    }

    [Fact]
    public async Task UnknownUser_IsAnonymous()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        (await ViewerLookup.ForUserAsync(db, "nobody", Today)).ShouldBeSameAs(Viewer.Anonymous);
    }

    [Fact]
    public async Task User_SeesTheBodiesOfTheSeatsHeldToday_AndClerksThoseHeldAsSecretary()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        var viewer = await ViewerLookup.ForUserAsync(db, data.AdaUser, Today);

        viewer.UserId.ShouldBe(data.AdaUser);
        viewer.Name.ShouldBe("ada@example.org");
        viewer.DisplayName.ShouldBe("Ada Lovelace");
        viewer.PersonId.ShouldBe(data.Ada);
        viewer.IsAdministrator.ShouldBeFalse();
        // A seat ending today and one starting today both count; one ended yesterday or starting tomorrow does not.
        viewer.MemberOf.ShouldBe([data.Council, data.Panel], ignoreOrder: true);
        viewer.ClerkOf.ShouldBe([data.Council]);
    }

    // Ada's seat ending today sits beside another on the same body: here it is the user's only seat.
    [Fact]
    public async Task User_WhoseOnlySeatEndsToday_StillSeesThatBody()
    {
        string userId;
        using (var db = quorum.Open(Viewer.System))
        {
            var cy = new Person { FullName = "Cy Leaving" };
            db.Memberships.Add(new Membership { BodyId = data.Panel, Person = cy, Until = Today });
            var user = new QuorumUser { UserName = "cy@example.org", Email = "cy@example.org", Person = cy };
            db.Users.Add(user);
            db.SaveChanges();
            userId = user.Id;
        }

        using var reader = quorum.Open(Viewer.Anonymous);
        (await ViewerLookup.ForUserAsync(reader, userId, Today)).MemberOf.ShouldBe([data.Panel]);
        (await ViewerLookup.ForUserAsync(reader, userId, Today.AddDays(1))).MemberOf.ShouldBeEmpty();
    }

    [Fact]
    public async Task UserWithoutAPerson_HoldsNoSeat_AndIsNamedByAddress()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        var viewer = await ViewerLookup.ForUserAsync(db, data.BobUser, Today);

        viewer.DisplayName.ShouldBe("bob@example.org");
        viewer.PersonId.ShouldBeNull();
        viewer.MemberOf.ShouldBeEmpty();
        viewer.ClerkOf.ShouldBeEmpty();
        viewer.IsSignedIn.ShouldBeTrue();
    }

    [Fact]
    public async Task Administrator_SeesEverything()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        var viewer = await ViewerLookup.ForUserAsync(db, data.Admin, Today);
        (viewer.IsAdministrator, viewer.SeesEverything).ShouldBe((true, true));
    }

    [Fact]
    public async Task CalendarFeed_IsReadAsItsOwner()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        var viewer = await ViewerLookup.ForCalendarFeedAsync(db, data.Token, Today);
        viewer.ShouldNotBeNull().UserId.ShouldBe(data.AdaUser);
        viewer.ClerkOf.ShouldBe([data.Council]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("not-a-token")]
    public async Task UnknownOrBlankFeedToken_IsNobody(string token)
    {
        using var db = quorum.Open(Viewer.Anonymous);
        (await ViewerLookup.ForCalendarFeedAsync(db, token, Today)).ShouldBeNull();
    }

    [Fact]
    public async Task PersonWithAnAccount_IsThatAccount()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        var viewer = await ViewerLookup.ForPersonAsync(db, data.Ada, Today);
        viewer.UserId.ShouldBe(data.AdaUser);
        viewer.MemberOf.ShouldBe([data.Council, data.Panel], ignoreOrder: true);
    }

    [Fact]
    public async Task PersonWithSeveralAccounts_IsTheirAdministratorAccount()
    {
        using (var db = quorum.Open(Viewer.System))
        {
            db.Users.Add(new QuorumUser { UserName = "ada.admin@example.org", Email = "ada.admin@example.org", PersonId = data.Ada, IsAdministrator = true });
            db.SaveChanges();
        }

        using var reader = quorum.Open(Viewer.Anonymous);
        var viewer = await ViewerLookup.ForPersonAsync(reader, data.Ada, Today);
        viewer.Name.ShouldBe("ada.admin@example.org");
        viewer.IsAdministrator.ShouldBeTrue();
    }

    [Fact]
    public async Task PersonWithoutAnAccount_SeesWhatTheirSeatsAllow()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        var viewer = await ViewerLookup.ForPersonAsync(db, data.Bob, Today);

        viewer.UserId.ShouldBeNull();
        viewer.Name.ShouldBe($"person {data.Bob}");
        viewer.PersonId.ShouldBe(data.Bob);
        viewer.IsAdministrator.ShouldBeFalse();
        viewer.MemberOf.ShouldBe([data.Board]);
        viewer.ClerkOf.ShouldBe([data.Board]);
    }

    [Fact]
    public async Task PersonWithoutAnAccount_HoldsOnlyTodaysSeats()
    {
        using (var db = quorum.Open(Viewer.System))
        {
            db.Memberships.AddRange(
                new Membership { BodyId = data.Council, PersonId = data.Bob, From = Today, Until = Today },
                new Membership { BodyId = data.Panel, PersonId = data.Bob, Until = Today.AddDays(-1) },
                new Membership { BodyId = data.Old, PersonId = data.Bob, From = Today.AddDays(1) },
                new Membership { BodyId = data.Board, PersonId = data.Bob, Role = MembershipRole.Member });
            db.SaveChanges();
        }

        using var reader = quorum.Open(Viewer.Anonymous);
        var viewer = await ViewerLookup.ForPersonAsync(reader, data.Bob, Today);
        viewer.MemberOf.ShouldBe([data.Council, data.Board], ignoreOrder: true);
        viewer.ClerkOf.ShouldBe([data.Board]);
    }

    [Fact]
    public void Viewer_StatesWhatEachKindOfViewerMayDo()
    {
        var member = new Viewer { UserId = "m", MemberOf = [1] };
        var clerk = new Viewer { UserId = "c", ClerkOf = [2] };

        (Viewer.Anonymous.IsSignedIn, Viewer.Anonymous.SeesContactDetails, Viewer.Anonymous.MayEditPeople).ShouldBe((false, false, false));
        (Viewer.System.IsSignedIn, Viewer.System.SeesEverything, Viewer.System.MayEdit(7), Viewer.System.SeesUnpublishedOf(7), Viewer.System.MayEditPeople)
            .ShouldBe((true, true, true, true, true));
        (member.SeesUnpublishedOf(1), member.SeesUnpublishedOf(2), member.MayEdit(1), member.MayEditPeople, member.SeesContactDetails)
            .ShouldBe((true, false, false, false, true));
        (clerk.SeesUnpublishedOf(2), clerk.SeesUnpublishedOf(1), clerk.MayEdit(2), clerk.MayEdit(1), clerk.MayEditPeople, clerk.SeesEverything)
            .ShouldBe((true, false, true, false, true, false));
    }
}
