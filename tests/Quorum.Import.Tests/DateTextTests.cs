using System.Text;
using Quorum.Import.Minutes;

namespace Quorum.Import.Tests;

public class DateTextTests
{
    [Theory]
    [InlineData("NOTES FROM LOCAL CIO COUNCIL CONFERENCE CALL THURSDAY 7TH JANUARY 2010", "2010-01-07")]
    [InlineData("MINUTES OF MEETING HELD ON THURSDAY 8th January 2009", "2009-01-08")]
    [InlineData("DSF Board monthly meeting, March 14, 2024", "2024-03-14")]
    [InlineData("Node Foundation TSC Meeting 2015-07-01", "2015-07-01")]
    [InlineData("on Tuesday, August 9, 2016.", "2016-08-09")]
    [InlineData("deadline 31/03/09", "2009-03-31")]
    [InlineData("9th December 2015 15:00GMT", "2015-12-09")]
    [InlineData("Date of next meeting: 5thth March 2021", "2021-03-05")]
    [InlineData("Date of next meeting: 5th th March 2021", "2021-03-05")]
    [InlineData("to be held on the 4th day of June, 2024 at 7:00 p.m.", "2024-06-04")]
    [InlineData("on Tuesday, June the 4th, 2024", "2024-06-04")]
    [InlineData("Next meeting date: 3/15/2016", "2016-03-15")]
    [InlineData("Next meeting: 15-Mar-2016", "2016-03-15")]
    [InlineData("due 15-Mar-16", "2016-03-15")]
    [InlineData("Date:6/19/96", "1996-06-19")]
    [InlineData("held on 02/11/49", "2049-11-02")]
    [InlineData("held on 04/03/2016", "2016-03-04")]
    public void WrittenDates_AreReadAsIsoDates(string text, string expected)
    {
        DateText.FindFirst(text, null)!.Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);
    }

    [Fact]
    public void DateWithoutYear_TakesTheYearGiven()
    {
        DateText.FindFirst("Monday 17th May", 2010)!.Date.ShouldBe(new DateOnly(2010, 5, 17));
    }

    [Fact]
    public void DateWithoutYear_AndNoYearGiven_IsNotRead()
    {
        DateText.FindFirst("Monday 17th May", null).ShouldBeNull();
    }

    [Fact]
    public void ThirtyFirstOfFebruary_IsInvalidNotRolledOver()
    {
        var mention = DateText.FindFirst("31/02/2010", null)!;
        mention.IsInvalid.ShouldBeTrue();
        mention.Date.ShouldBeNull();
    }

    [Fact]
    public void ThirtyFirstOfFebruary_IsNullWithWarning()
    {
        var text = "MINUTES OF THE PARISH COUNCIL MEETING HELD ON 31/02/2010\n\nPresent:\nAlice Smith\tChair\n\n1. Apologies\nNone.\n";
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), "parish.txt");
        draft.MeetingDate.ShouldBeNull();
        draft.Warnings.ShouldContain(w => w.Contains("31/02/2010", StringComparison.Ordinal));
    }

    [Fact]
    public void MonthAndYear_IsIsoYearMonth()
    {
        DateText.FindAll("by March 2010", null, includeMonthOnly: true).Single().Iso.ShouldBe("2010-03");
    }

    [Fact]
    public void MonthsThatCannotBeEither_AreNoDate()
    {
        DateText.FindFirst("version 13/15/2016", null).ShouldBeNull();
    }

    [Theory]
    [InlineData("Board meeting 6/3/2021\nNext meeting: July 1, at the library", true)]
    [InlineData("Board meeting 6/3/2021\nNext meeting: 3 April, at the library", false)]
    [InlineData("Board meeting 6/3/2021\nThe May minutes were approved; the pool opens 2021-06-12.", true)]
    [InlineData("Board meeting 6/3/2021\nInvoice dated 6/17/2021", true)]
    [InlineData("Board meeting 6/3/2021\nInvoice dated 17/6/2021, next meeting July 1", false)]
    [InlineData("Board meeting 6/3/2021", false)]
    public void NumericOrder_IsTheDocumentsOwn(string document, bool monthFirst)
    {
        DateText.WritesMonthFirst(document).ShouldBe(monthFirst);
    }

    [Fact]
    public void MonthFirstDocument_ReadsBothSmallNumbersMonthFirst()
    {
        DateText.FindFirst("Board meeting 6/3/2021", null, monthFirst: true)!.Date.ShouldBe(new DateOnly(2021, 6, 3));
        DateText.FindFirst("Board meeting 16/3/2021", null, monthFirst: true)!.Date.ShouldBe(new DateOnly(2021, 3, 16));
    }
}
