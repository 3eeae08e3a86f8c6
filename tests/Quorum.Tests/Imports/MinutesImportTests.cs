using Quorum.Imports;
using Quorum.People;

namespace Quorum.Tests.Imports;

public class MinutesImportTests
{
    private static readonly Person BobHart = new() { Id = 1, FullName = "Bob Hart" };
    private static readonly Person AnnHart = new() { Id = 2, FullName = "Dr Ann Hart" };
    private static readonly Person Clara = new() { Id = 3, FullName = "Clara Oswald" };

    [Theory]
    [InlineData("Bob Hart")]
    [InlineData("  bob hart ")]
    [InlineData("Cllr Bob Hart")]
    [InlineData("Councillor Bob Hart")]
    [InlineData("Cllr. Bob Hart")]
    [InlineData("Mr Dr Bob Hart")]
    public void APersonIsNamed_ByTheirFullName_WithOrWithoutATitle(string name) =>
        MinutesImport.Named([BobHart, AnnHart, Clara], name).ShouldBeSameAs(BobHart);

    [Fact]
    public void ATitledPersonOnRecord_AnswersToTheirNameWithoutTheTitle() =>
        MinutesImport.Named([BobHart, AnnHart, Clara], "Ann Hart").ShouldBeSameAs(AnnHart);

    [Fact]
    public void ASurnameAlone_NamesTheOnePersonWhoHasIt()
    {
        MinutesImport.Named([BobHart, Clara], "Councillor Hart").ShouldBeSameAs(BobHart);
        MinutesImport.Named([BobHart, Clara], "Mrs Oswald").ShouldBeSameAs(Clara);
        MinutesImport.Named([BobHart, BobHart, Clara], "Councillor Hart").ShouldBeSameAs(BobHart);
    }

    [Fact]
    public void ASurnameTwoPeopleShare_NamesNobody() =>
        MinutesImport.Named([BobHart, AnnHart, Clara], "Councillor Hart").ShouldBeNull();

    [Fact]
    public void AFullNameTwoRecordsShare_NamesNobody()
    {
        var otherBob = new Person { Id = 9, FullName = "Bob Hart" };
        MinutesImport.Named([BobHart, otherBob], "Bob Hart").ShouldBeNull();
    }

    [Fact]
    public void ANameNobodyAnswersTo_NamesNobody()
    {
        MinutesImport.Named([BobHart, Clara], "Dan Smith").ShouldBeNull();
        MinutesImport.Named([], "Bob Hart").ShouldBeNull();
    }

    [Fact]
    public void ANameNoOneHasInFull_FallsBackToTheOnePersonWithItsSurname()
    {
        MinutesImport.Named([BobHart], "Rob Hart").ShouldBeSameAs(BobHart);
        MinutesImport.Named([BobHart, Clara], "Hart").ShouldBeSameAs(BobHart);
    }
}
