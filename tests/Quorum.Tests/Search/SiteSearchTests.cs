using Quorum.Search;

namespace Quorum.Tests.Search;

public class SiteSearchTests
{
    [Fact]
    public void Terms_AreTheWordsOfTheQuery_WithoutPunctuationOrOperators() =>
        SiteSearch.Terms("\"café\" consultation* OR -budget: 2026/27").ShouldBe(["café", "consultation", "OR", "budget", "2026", "27"]);

    [Fact]
    public void Terms_KeepTheFirstOfWordsRepeatedInAnyCase() =>
        SiteSearch.Terms("Budget budget BUDGET report").ShouldBe(["Budget", "report"]);

    [Fact]
    public void Terms_AreAtMostTen()
    {
        SiteSearch.Terms("a b c d e f g h i j").Count.ShouldBe(10);
        SiteSearch.Terms("a b c d e f g h i j k l").ShouldBe(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("*** \"\" -")]
    public void AQueryWithNoWords_HasNoTerms(string? text) =>
        SiteSearch.Terms(text).ShouldBeEmpty();
}
