using System.Globalization;
using Quorum.Search;

namespace Quorum.Tests.Search;

public class SearchFacetsTests
{
    [Fact]
    public void NoDates_NeedNoWords() =>
        SearchFacets.Dates(null, null).ShouldBeEmpty();

    [Fact]
    public void ARangeWithinAMonth_IsThatMonth() =>
        SearchFacets.Dates(new DateOnly(2024, 5, 2), new DateOnly(2024, 5, 2)).ShouldBe(["m202405"]);

    [Fact]
    public void ARange_IsCoveredByTheFewestMonthsYearsDecadesAndCenturies() =>
        SearchFacets.Dates(new DateOnly(2018, 11, 30), new DateOnly(2021, 2, 1))
            .ShouldBe(["m201811", "m201812", "y2019", "y2020", "m202101", "m202102"]);

    [Fact]
    public void WholeDecades_AreOneWordEach() =>
        SearchFacets.Dates(new DateOnly(2009, 12, 1), new DateOnly(2030, 1, 31))
            .ShouldBe(["m200912", "e201", "e202", "m203001"]);

    [Fact]
    public void OpenEnds_RunToTheYears1000And2999() =>
        SearchFacets.Dates(new DateOnly(1999, 12, 1), null)
            .ShouldBe(["m199912", "c20", "c21", "c22", "c23", "c24", "c25", "c26", "c27", "c28", "c29"]);

    [Fact]
    public void AnOpenStart_CoversEveryCenturyBeforeTheEnd() =>
        SearchFacets.Dates(null, new DateOnly(2000, 1, 1))
            .ShouldBe(["c10", "c11", "c12", "c13", "c14", "c15", "c16", "c17", "c18", "c19", "m200001"]);

    [Fact]
    public void ARangeEndingBeforeItStarts_HasNoWords() =>
        SearchFacets.Dates(new DateOnly(2021, 1, 1), new DateOnly(2020, 1, 1)).ShouldBeEmpty();

    [Fact]
    public void FacetWords_AreTheBodyAndKindWithALetterBefore()
    {
        SearchFacets.Body(12).ShouldBe("b12");
        SearchFacets.Kind(SearchKinds.Decision).ShouldBe("kdecision");
    }

    [Fact]
    public void EveryMonthOfARange_IsCoveredOnce()
    {
        for (var start = new DateOnly(1995, 1, 15); start < new DateOnly(2032, 1, 1); start = start.AddMonths(7))
        {
            for (var end = start; end < start.AddYears(40); end = end.AddMonths(5))
            {
                var covered = new List<string>();
                foreach (var word in SearchFacets.Dates(start, end))
                {
                    var (first, months) = word[0] switch
                    {
                        'c' => (new DateOnly(int.Parse(word[1..], CultureInfo.InvariantCulture) * 100, 1, 1), 1200),
                        'e' => (new DateOnly(int.Parse(word[1..], CultureInfo.InvariantCulture) * 10, 1, 1), 120),
                        'y' => (new DateOnly(int.Parse(word[1..], CultureInfo.InvariantCulture), 1, 1), 12),
                        _ => (new DateOnly(int.Parse(word[1..5], CultureInfo.InvariantCulture), int.Parse(word[5..], CultureInfo.InvariantCulture), 1), 1),
                    };
                    covered.AddRange(Enumerable.Range(0, months).Select(m => first.AddMonths(m).ToString("yyyyMM", CultureInfo.InvariantCulture)));
                }

                var expected = new List<string>();
                for (var m = new DateOnly(start.Year, start.Month, 1); m <= end; m = m.AddMonths(1))
                    expected.Add(m.ToString("yyyyMM", CultureInfo.InvariantCulture));
                covered.ShouldBe(expected);
            }
        }
    }
}
