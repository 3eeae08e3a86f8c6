using Quorum.Kpis;

namespace Quorum.Tests.Kpis;

/// <summary>The quarter a measure's values are reported for: its months, its neighbours, its order and how it is read.</summary>
public class QuarterTests
{
    [Theory]
    [InlineData(1, "2025-01-01", "2025-03-31")]
    [InlineData(2, "2025-04-01", "2025-06-30")]
    [InlineData(3, "2025-07-01", "2025-09-30")]
    [InlineData(4, "2025-10-01", "2025-12-31")]
    public void AQuarter_RunsFromItsFirstDayToItsLast(int number, string start, string end)
    {
        var quarter = new Quarter(2025, number);

        (quarter.Start, quarter.End).ShouldBe((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-01-01", 1)]
    [InlineData("2026-03-31", 1)]
    [InlineData("2026-04-01", 2)]
    [InlineData("2026-06-30", 2)]
    [InlineData("2026-07-01", 3)]
    [InlineData("2026-10-01", 4)]
    public void ADay_FallsInTheQuarterOfItsMonth(string day, int number) =>
        Quarter.Of(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(new Quarter(2026, number));

    [Fact]
    public void TheNextAndPreviousQuarter_StayInTheYearUntilItsEnd()
    {
        new Quarter(2025, 2).Next.ShouldBe(new Quarter(2025, 3));
        new Quarter(2025, 3).Previous.ShouldBe(new Quarter(2025, 2));
        new Quarter(2025, 1).Previous.ShouldBe(new Quarter(2024, 4));
        new Quarter(2025, 4).Next.ShouldBe(new Quarter(2026, 1));
    }

    [Theory]
    [InlineData("2000-Q1", true)]
    [InlineData("2100-Q4", true)]
    [InlineData("2101-Q1", false)]
    [InlineData("1999-Q4", false)]
    [InlineData("Q1 2000", true)]
    [InlineData("Q4 2101", false)]
    public void TheYear_IsFrom2000To2100(string text, bool read) =>
        Quarter.TryParse(text, out _).ShouldBe(read);

    [Fact]
    public void WrittenEitherWay_TheYearAndTheNumberAreRead()
    {
        Quarter.Parse("2031-Q2").ShouldBe(new Quarter(2031, 2));
        Quarter.Parse("Q3 2032").ShouldBe(new Quarter(2032, 3));
        Quarter.Parse("2033/q4").ShouldBe(new Quarter(2033, 4));
    }

    [Fact]
    public void WhatIsNotAQuarter_IsRefusedWithAnExample()
    {
        Should.Throw<FormatException>(() => Quarter.Parse("2025-07")).Message.ShouldBe("“2025-07” is not a quarter like 2025-Q3");
        Quarter.TryParse("2025-Q9", out var quarter).ShouldBeFalse();
        quarter.ShouldBeNull();
    }

    [Fact]
    public void Quarters_AreOrderedByYearThenNumber()
    {
        var (late2024, early2025, mid2025, sameAsEarly2025) = (new Quarter(2024, 4), new Quarter(2025, 1), new Quarter(2025, 2), new Quarter(2025, 1));

        bool[] before = [late2024 < early2025, early2025 < mid2025, early2025 <= mid2025, early2025 <= sameAsEarly2025];
        bool[] after = [early2025 > late2024, mid2025 > early2025, mid2025 >= early2025, early2025 >= sameAsEarly2025];
        bool[] neither = [early2025 < late2024, mid2025 < early2025, early2025 < sameAsEarly2025, late2024 > early2025, early2025 > mid2025, early2025 > sameAsEarly2025, mid2025 <= early2025, early2025 >= mid2025];
        before.ShouldAllBe(b => b);
        after.ShouldAllBe(b => b);
        neither.ShouldAllBe(b => !b);
        early2025.CompareTo(sameAsEarly2025).ShouldBe(0);
        new[] { mid2025, late2024, early2025 }.Max().ShouldBe(mid2025);
    }

    [Fact]
    public void AQuarter_IsWrittenWithAFourFigureYear() =>
        (new Quarter(2025, 3).ToString(), new Quarter(999, 1).ToString()).ShouldBe(("2025-Q3", "0999-Q1"));

    [Fact]
    public void AQuarter_NamesItsMonths() =>
        (new Quarter(2025, 1).Months, new Quarter(2025, 3).Months).ShouldBe(("January to March 2025", "July to September 2025"));

    [Fact]
    public void AMeasureWithNoValues_HasNoLatestQuarter_AndNobodyToRank()
    {
        var kpi = new Kpi { Name = "Calls answered", Unit = "%", Direction = KpiDirection.HigherIsBetter, Target = 90 };

        KpiBenchmark.LatestPeriod(kpi).ShouldBeNull();
        var benchmark = KpiBenchmark.Of(kpi);
        (benchmark.Period, benchmark.Standings.Count).ShouldBe(((Quarter?)null, 0));
    }
}
