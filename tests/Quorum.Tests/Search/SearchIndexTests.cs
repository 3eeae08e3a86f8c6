using Quorum.Search;

namespace Quorum.Tests.Search;

public class SearchIndexTests
{
    private static readonly DateOnly Day = new(2031, 3, 12);

    [Fact]
    public void AMinute_IsFoundByItsItemNumberAndTitle_AndItsText() =>
        Row(SearchIndex.ForMinute(4, 2, Day, "3.1", "Budget", "The budget was noted."))
            .ShouldBe(("minute", 4, (int?)2, (DateOnly?)Day, "3.1 Budget", "The budget was noted."));

    [Fact]
    public void AnAgendaItem_IsFoundByItsTitleAlone() =>
        Row(SearchIndex.ForAgendaItem(5, 2, Day, "Budget")).ShouldBe(("item", 5, (int?)2, (DateOnly?)Day, "Budget", ""));

    [Fact]
    public void ADecision_IsTitledByItsNumber() =>
        Row(SearchIndex.ForDecision(6, 2, Day, 12, "Approved")).ShouldBe(("decision", 6, (int?)2, (DateOnly?)Day, "Decision 12", "Approved"));

    [Fact]
    public void AnAction_IsTitledByItsReference() =>
        Row(SearchIndex.ForAction(7, 2, Day, "NDLC 01/02", "Report")).ShouldBe(("action", 7, (int?)2, (DateOnly?)Day, "NDLC 01/02", "Report"));

    [Fact]
    public void APaper_IsFoundByItsAuthorAndText_EitherMayBeMissing()
    {
        Row(SearchIndex.ForPaper(8, 2, Day, "Strategy", "Ada", "Words")).ShouldBe(("paper", 8, (int?)2, (DateOnly?)Day, "Strategy", "Ada\nWords"));
        SearchIndex.ForPaper(8, 2, null, "Strategy", null, "Words").Text.ShouldBe("Words");
        SearchIndex.ForPaper(8, 2, null, "Strategy", "Ada", null).Text.ShouldBe("Ada");
        SearchIndex.ForPaper(8, 2, null, "Strategy", null, null).Date.ShouldBeNull();
    }

    [Fact]
    public void APerson_HasNoBodyOrDate_AndIsFoundByJobTitleAndOrganisation()
    {
        Row(SearchIndex.ForPerson(9, "Ada Lovelace", "Chief Information Officer", "Northshire"))
            .ShouldBe(("person", 9, (int?)null, (DateOnly?)null, "Ada Lovelace", "Chief Information Officer\nNorthshire"));
        SearchIndex.ForPerson(9, "Ada", null, "Northshire").Text.ShouldBe("Northshire");
        SearchIndex.ForPerson(9, "Ada", "Clerk", null).Text.ShouldBe("Clerk");
        SearchIndex.ForPerson(9, "Ada", null, null).Text.ShouldBe("");
    }

    [Theory]
    [InlineData("minute", true)]
    [InlineData("item", true)]
    [InlineData("decision", true)]
    [InlineData("action", true)]
    [InlineData("paper", true)]
    [InlineData("person", true)]
    [InlineData("Minute", false)]
    [InlineData("meeting", false)]
    [InlineData(null, false)]
    public void OnlyTheSixKinds_AreKnown(string? kind, bool known) =>
        SearchKinds.IsKnown(kind).ShouldBe(known);

    [Fact]
    public void TheKinds_AreOfferedInThisOrder_UnderTheirPlainNames() =>
        SearchKinds.All.ShouldBe(
        [
            ("minute", "Minutes"), ("item", "Agenda items"), ("decision", "Decisions"), ("action", "Actions"), ("paper", "Papers"), ("person", "People"),
        ]);

    private static (string, int, int?, DateOnly?, string, string) Row(SearchDocument d) => (d.Kind, d.RecordId, d.BodyId, d.Date, d.Title, d.Text);
}
