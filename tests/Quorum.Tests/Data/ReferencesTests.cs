using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.People;

namespace Quorum.Tests.Data;

public class ReferencesTests
{
    [Theory]
    [InlineData("ParentBodyId", "parentBodyId")]
    [InlineData("X", "x")]
    [InlineData("ownerIds", "ownerIds")]
    [InlineData("", "")]
    public void FieldName_LowersTheFirstLetterOnly(string property, string field) =>
        References.FieldName(property).ShouldBe(field);

    [Theory]
    [InlineData("AgendaItem", "agenda item")]
    [InlineData("Body", "body")]
    [InlineData("OutboxMessage", "outbox message")]
    [InlineData("ActionItemOwner", "action item owner")]
    [InlineData("KPI", "kpi")]
    public void Noun_SpellsATypeNameAsLowerCaseWords(string typeName, string noun) =>
        References.Noun(typeName).ShouldBe(noun);

    [Fact]
    public async Task AReferenceToNoRecord_IsRefused_NamingTheField()
    {
        using var quorum = new InMemoryQuorum();
        using var db = quorum.Open(Viewer.System);
        db.People.Add(new Person { FullName = "Ada", OrganisationId = 99 });
        db.Bodies.Add(new Body { Name = "Board", ShortName = "B", ParentBodyId = 42 });

        var refused = await Should.ThrowAsync<InvalidInputException>(() => References.ThrowIfMissingAsync(db));

        refused.Problems.Count.ShouldBe(2);
        refused.Problems["organisationId"].ShouldBe("There is no organisation with the id 99");
        refused.Problems["parentBodyId"].ShouldBe("There is no body with the id 42");
    }

    [Fact]
    public async Task Saving_AReferenceToNoRecord_IsRefused_AndSavesNothing()
    {
        using var quorum = new InMemoryQuorum();
        using (var db = quorum.Open(Viewer.System))
        {
            db.People.Add(new Person { FullName = "Ada", OrganisationId = 99 });
            (await Should.ThrowAsync<InvalidInputException>(() => db.SaveChangesAsync())).Problems.Keys.ShouldBe(["organisationId"]);
        }

        using var read = quorum.Open(Viewer.System);
        (await read.People.AnyAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task TheReferencesOfARecordReadOrBeingDeleted_AreNotLookedUp()
    {
        using var quorum = new InMemoryQuorum();
        using var db = quorum.Open(Viewer.System);
        db.People.Attach(new Person { Id = 5, FullName = "Ada", OrganisationId = 99 });
        var leaving = new Person { Id = 6, FullName = "Bea", OrganisationId = 98 };
        db.People.Attach(leaving);
        db.People.Remove(leaving);

        await Should.NotThrowAsync(() => References.ThrowIfMissingAsync(db));
    }

    [Fact]
    public async Task AReferenceToASavedRecord_OrOneSavedAlongside_IsAccepted()
    {
        using var quorum = new InMemoryQuorum();
        int organisationId;
        using (var seed = quorum.Open(Viewer.System))
        {
            var organisation = new Organisation { Name = "Northshire" };
            seed.Organisations.Add(organisation);
            seed.SaveChanges();
            organisationId = organisation.Id;
        }

        using var db = quorum.Open(Viewer.System);
        db.People.Add(new Person { FullName = "Ada", OrganisationId = organisationId });
        var added = new Organisation { Name = "Southshire" };
        db.Organisations.Add(added);
        db.People.Add(new Person { FullName = "Bea", Organisation = added });

        await Should.NotThrowAsync(() => References.ThrowIfMissingAsync(db));
    }

    [Fact]
    public async Task AReferenceToAPrivateBody_IsCheckedPastTheVisibilityRule()
    {
        using var quorum = new InMemoryQuorum();
        int privateId;
        using (var seed = quorum.Open(Viewer.System))
        {
            var board = new Body { Name = "Private board", ShortName = "PB", IsPublic = false };
            seed.Bodies.Add(board);
            seed.SaveChanges();
            privateId = board.Id;
        }

        using var db = quorum.Open(Viewer.Anonymous);
        (await db.Bodies.AnyAsync(b => b.Id == privateId)).ShouldBeFalse();
        db.Bodies.Add(new Body { Name = "Sub-group", ShortName = "SG", ParentBodyId = privateId });

        await Should.NotThrowAsync(() => References.ThrowIfMissingAsync(db));
    }

    [Fact]
    public async Task AnUnchangedReference_OfAChangedRecord_IsNotLookedUp()
    {
        using var quorum = new InMemoryQuorum();
        using var db = quorum.Open(Viewer.System);
        var person = new Person { Id = 5, FullName = "Ada", OrganisationId = 99 };
        db.People.Attach(person);
        person.FullName = "Ada Lovelace";

        await Should.NotThrowAsync(() => References.ThrowIfMissingAsync(db));

        person.OrganisationId = 98;
        var refused = await Should.ThrowAsync<InvalidInputException>(() => References.ThrowIfMissingAsync(db));
        refused.Problems.ShouldBe(new Dictionary<string, string> { ["organisationId"] = "There is no organisation with the id 98" });
    }

    [Fact]
    public async Task AReferenceToARecordBeingDeleted_IsRefused()
    {
        using var quorum = new InMemoryQuorum();
        using var db = quorum.Open(Viewer.System);
        var organisation = new Organisation { Id = 3, Name = "Gone" };
        db.Organisations.Attach(organisation);
        db.Organisations.Remove(organisation);
        db.People.Add(new Person { FullName = "Ada", OrganisationId = 3 });

        var refused = await Should.ThrowAsync<InvalidInputException>(() => References.ThrowIfMissingAsync(db));
        refused.Problems["organisationId"].ShouldBe("There is no organisation with the id 3");
    }

    [Fact]
    public async Task AllWithIds_ReturnsEachRecordOnce_AndNamesEveryMissingId()
    {
        using var quorum = new InMemoryQuorum();
        using var db = quorum.Open(Viewer.System);
        var (ada, bea) = (new Person { FullName = "Ada" }, new Person { FullName = "Bea" });
        db.People.AddRange(ada, bea);
        await db.SaveChangesAsync();

        (await db.People.AllWithIdsAsync([ada.Id, bea.Id, ada.Id], "ownerIds")).Select(p => p.FullName).Order().ShouldBe(["Ada", "Bea"]);
        (await db.People.AllWithIdsAsync(null, "ownerIds")).ShouldBeEmpty();
        (await db.People.AllWithIdsAsync([], "ownerIds")).ShouldBeEmpty();

        var refused = await Should.ThrowAsync<InvalidInputException>(() => db.People.AllWithIdsAsync([ada.Id, 500, 501, 500], "ownerIds"));
        refused.Problems.ShouldBe(new Dictionary<string, string> { ["ownerIds"] = "There is no person with the id 500, 501" });
    }
}
