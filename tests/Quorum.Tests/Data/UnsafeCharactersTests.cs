using Quorum.Access;
using Quorum.Data;
using Quorum.People;

namespace Quorum.Tests.Data;

public class UnsafeCharactersTests
{
    [Theory]
    [InlineData('\0')]
    [InlineData('\u0001')]
    [InlineData('\b')]
    [InlineData('\u000B')]
    [InlineData('\u000C')]
    [InlineData('\u001F')]
    [InlineData('\u007F')]
    [InlineData('\u0085')]
    [InlineData('\u009F')]
    [InlineData('\u061C')]
    [InlineData('\u200E')]
    [InlineData('\u200F')]
    [InlineData('\u202A')]
    [InlineData('\u202B')]
    [InlineData('\u202C')]
    [InlineData('\u202D')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2067')]
    [InlineData('\u2068')]
    [InlineData('\u2069')]
    public void AControlOrDirectionCharacter_IsUnsafe_AndStripped(char unsafeCharacter)
    {
        var text = $"exe{unsafeCharacter}.txt";

        UnsafeCharacters.Contains(text).ShouldBeTrue();
        UnsafeCharacters.Strip(text).ShouldBe("exe.txt");
    }

    [Theory]
    [InlineData("Tab\tstays")]
    [InlineData("Line\nbreaks\r\nstay")]
    [InlineData(" Space, é, — and ’ stay ")]
    [InlineData("\u00A0 no-break space and \u00A1 after the C1 range stay")]
    [InlineData("\u200D joiner stays")]
    [InlineData("")]
    public void OrdinaryText_IsSafe_AndKeptAsItIs(string text)
    {
        UnsafeCharacters.Contains(text).ShouldBeFalse();
        UnsafeCharacters.Strip(text).ShouldBeSameAs(text);
    }

    [Fact]
    public void Strip_RemovesEveryUnsafeCharacter_WhereverItIs()
    {
        UnsafeCharacters.Strip("\0\u202EAgenda\u0007 item\u2069\u007F").ShouldBe("Agenda item");
        UnsafeCharacters.Strip("\u202E\u202E").ShouldBe("");
    }

    [Fact]
    public void StripFrom_CleansAddedAndChangedText_AndLeavesUnchangedRecordsAlone()
    {
        using var quorum = new InMemoryQuorum();
        using var db = quorum.Open(Viewer.System);
        var unchanged = new Person { Id = 7, FullName = "Kept\u202E as read", Email = "kept\0@example.org" };
        var changed = new Person { Id = 8, FullName = "Bea", JobTitle = "Clerk" };
        db.People.AttachRange(unchanged, changed);
        changed.JobTitle = "Chief\u0007 clerk";
        var added = new Person { FullName = "Ada\0 Lovelace\u2066", JobTitle = "Chair" };
        db.People.Add(added);

        UnsafeCharacters.StripFrom(db);

        added.FullName.ShouldBe("Ada Lovelace");
        added.JobTitle.ShouldBe("Chair");
        changed.JobTitle.ShouldBe("Chief clerk");
        unchanged.FullName.ShouldBe("Kept\u202E as read");
        unchanged.Email.ShouldBe("kept\0@example.org");
    }

    [Fact]
    public void Saving_StripsUnsafeCharacters_FromWhatIsStored()
    {
        using var quorum = new InMemoryQuorum();
        using (var db = quorum.Open(Viewer.System))
        {
            db.People.Add(new Person { FullName = "Exe\u202Etxt.doc" });
            db.SaveChanges();
        }

        using var read = quorum.Open(Viewer.System);
        read.People.Single().FullName.ShouldBe("Exetxt.doc");
    }
}
