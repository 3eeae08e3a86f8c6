using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.People;

namespace Quorum.Tests.Data;

public class FieldLengthsTests
{
    [Fact]
    public void AValueAsLongAsItsField_IsAccepted_AndOneCharacterMore_IsRefusedNamingTheField()
    {
        using var quorum = new InMemoryQuorum();
        using var db = quorum.Open(Viewer.System);
        var person = new Person { FullName = new string('a', 200), Phone = new string('1', 50) };
        db.People.Add(person);

        Should.NotThrow(() => FieldLengths.ThrowIfTooLong(db));

        person.FullName = new string('a', 201);
        person.Phone = new string('1', 51);
        var refused = Should.Throw<InvalidInputException>(() => FieldLengths.ThrowIfTooLong(db));
        refused.Problems.ShouldBe(new Dictionary<string, string>
        {
            ["fullName"] = "The full name must be 200 characters or fewer (it has 201)",
            ["phone"] = "The phone must be 50 characters or fewer (it has 51)",
        });
    }

    [Fact]
    public void TheLimitAndLength_AreWrittenWithThousandsSeparators()
    {
        using var quorum = new InMemoryQuorum();
        using var db = quorum.Open(Viewer.System);
        db.Bodies.Add(new Body { Name = "Board", ShortName = "B", ActionPrefix = new string('x', 1234) });

        var refused = Should.Throw<InvalidInputException>(() => FieldLengths.ThrowIfTooLong(db));
        refused.Problems.ShouldBe(new Dictionary<string, string> { ["actionPrefix"] = "The action prefix must be 30 characters or fewer (it has 1,234)" });
    }

    [Fact]
    public void AnUnchangedOverlongValue_OfAChangedRecord_IsLeftAlone()
    {
        using var quorum = new InMemoryQuorum();
        using var db = quorum.Open(Viewer.System);
        var person = new Person { Id = 4, FullName = new string('a', 300), JobTitle = "Clerk" };
        db.People.Attach(person);

        Should.NotThrow(() => FieldLengths.ThrowIfTooLong(db));
        person.JobTitle = "Chief clerk";
        Should.NotThrow(() => FieldLengths.ThrowIfTooLong(db));

        person.JobTitle = new string('c', 201);
        Should.Throw<InvalidInputException>(() => FieldLengths.ThrowIfTooLong(db)).Problems.Keys.ShouldBe(["jobTitle"]);
    }

    [Fact]
    public void Saving_AnOverlongValue_IsRefused()
    {
        using var quorum = new InMemoryQuorum();
        using var db = quorum.Open(Viewer.System);
        db.People.Add(new Person { FullName = new string('a', 201) });

        Should.Throw<InvalidInputException>(() => db.SaveChanges()).Problems.Keys.ShouldBe(["fullName"]);
    }

    [Fact]
    public void ProblemWith_ChecksTheTrimmedValue_AgainstTheModelsLimit()
    {
        using var quorum = new InMemoryQuorum();
        using var db = quorum.Open(Viewer.System);

        FieldLengths.ProblemWith<Person>(db, nameof(Person.FullName), new string('a', 201), "Name").ShouldBe("Name must be 200 characters or fewer");
        FieldLengths.ProblemWith<Person>(db, nameof(Person.FullName), $"  {new string('a', 200)}  ", "Name").ShouldBeNull();
        FieldLengths.ProblemWith<Person>(db, nameof(Person.FullName), null, "Name").ShouldBeNull();
        FieldLengths.ProblemWith<Person>(db, nameof(Person.Email), new string('e', 1001), "Email").ShouldBe("Email must be 320 characters or fewer");
        Should.Throw<InvalidOperationException>(() => FieldLengths.ProblemWith<Person>(db, nameof(Person.Id), "1", "Id"))
            .Message.ShouldBe("Person.Id declares no length");
    }

    [Fact]
    public void Of_GivesTheDeclaredLimit_OrNull()
    {
        using var quorum = new InMemoryQuorum();
        using var db = quorum.Open(Viewer.System);

        FieldLengths.Of<Person>(db, nameof(Person.Email)).ShouldBe(320);
        FieldLengths.Of<Body>(db, nameof(Body.ShortName)).ShouldBe(50);
        FieldLengths.Of<Person>(db, nameof(Person.Id)).ShouldBeNull();
        FieldLengths.Of<Person>(db, "NoSuchProperty").ShouldBeNull();
        FieldLengths.Of<string>(db, "Length").ShouldBeNull();
    }
}
