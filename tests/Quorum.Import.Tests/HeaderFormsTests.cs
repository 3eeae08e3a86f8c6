using System.Text;
using Quorum.Import.Minutes;
using Quorum.Import.Text;

namespace Quorum.Import.Tests;

/// <summary>How the top of a page dates the meeting and names the body, in the forms of site generators and societies.</summary>
public class HeaderFormsTests
{
    private static MinutesDraft Read(string text, string name = "minutes.md") =>
        DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), name);

    private const string Rest = "\n\n## 1. Apologies\n\nSid Swami submits his apologies.\n\n## 2. Treasurer's report\n\nBalance brought forward: $1264.87\n";

    [Fact]
    public void UnfencedMetadataBlock_IsFrontMatter()
    {
        var lines = MarkdownExtractor.Extract("title: 2005 AGM\nslug: 2005-agm\ndate: 2022-08-26 12:03:03 UTC+12:00\ntags:\ntype: text\n\n# Minutes of WLUG AGM - 26 September 2005\n");

        lines.Where(l => l.Kind == LineKind.FrontMatter).Select(l => l.Text).ShouldBe(["title: 2005 AGM", "slug: 2005-agm", "date: 2022-08-26 12:03:03 UTC+12:00", "tags:", "type: text"]);
        lines.ShouldContain(l => l.Kind == LineKind.Heading && l.Text == "Minutes of WLUG AGM - 26 September 2005");
    }

    [Fact]
    public void HtmlPageWithFrontMatter_KeepsItApartFromTheMarkup()
    {
        const string page = "---\nlayout: minutes\ntitle: Minutes - Meeting of March 4, 2009\n---\n<p>The meeting was held in the library.</p>\n<p>Present: Ann Lee, Tom Reid</p>\n";

        var lines = HtmlExtractor.Extract(page);

        lines.Where(l => l.Kind == LineKind.FrontMatter).Select(l => l.Text).ShouldBe(["layout: minutes", "title: Minutes - Meeting of March 4, 2009"]);
        lines.ShouldContain(l => l.Text == "The meeting was held in the library.");
        lines.ShouldNotContain(l => l.Text.Contains("---", StringComparison.Ordinal));
        var draft = Read(page, "minutes.html");
        draft.Body.ShouldNotBe("layout");
        draft.MeetingDate.ShouldBe("2009-03-04");
    }

    [Theory]
    [InlineData("Title: Finance Committee\nDate: 12 March 2020\nVenue: Village Hall\n\nPresent: Ann Lee, Tom Reid\n")]
    [InlineData("date: 12 March 2020\ntime: 7pm\nvenue: Village Hall\n\nPresent: Ann Lee, Tom Reid\n")]
    public void LabelledMinutesHeader_IsNoMetadataBlock(string text)
    {
        MarkdownExtractor.Extract(text).ShouldNotContain(l => l.Kind == LineKind.FrontMatter);
    }

    [Fact]
    public void ConversionStampInMetadata_GivesWayToTheHeadingDate()
    {
        var draft = Read("title: 2005 AGM\nslug: 2005-agm\ndate: 2022-08-26 12:03:03 UTC+12:00\ntags:\n\n# Minutes of WLUG AGM - 26 September 2005" + Rest);

        draft.MeetingDate.ShouldBe("2005-09-26");
    }

    [Fact]
    public void TimestampedFrontMatter_GivesWayToTheHeadingDate()
    {
        var draft = Read("---\ntitle: Committee\ndate: 2023-01-04 03:04:57\n---\n\n# Committee meeting of the Garden Club, 20 April 2013" + Rest);

        draft.MeetingDate.ShouldBe("2013-04-20");
    }

    [Fact]
    public void TimestampedFrontMatter_StillDatesMinutesThatGiveNoOtherDate()
    {
        var draft = Read("---\ntitle: Committee\ndate: 2023-01-04 03:04:57\n---\n\n# Committee meeting of the Garden Club" + Rest);

        draft.MeetingDate.ShouldBe("2023-01-04");
    }

    [Fact]
    public void PlainFrontMatterDate_DatesTheMeeting()
    {
        var draft = Read("---\ntitle: Exec Minutes\ndate: 2006-11-17\n---\n\n# Exec minutes, published 1 December 2006" + Rest);

        draft.MeetingDate.ShouldBe("2006-11-17");
    }

    [Theory]
    [InlineData("# Minutes of WLUG AGM - 26 September 2005", "WLUG")]
    [InlineData("# Minutes of WLUG 2007 AGM - 24 September 2007", "WLUG")]
    [InlineData("# Minutes of the Milltown Allotment Society Annual General Meeting - 5 March 2019", "Milltown Allotment Society")]
    public void GeneralMeetingAfterTheName_IsTheMeeting_NotTheBody(string title, string body)
    {
        Read(title + Rest).Body.ShouldBe(body);
    }

    [Fact]
    public void WhenAWikiPageWasCreated_IsNotTheMeetingDate()
    {
        var draft = Read("# TSC : 2016 04 28 TSC Minutes\n\nCreated by Ry Jones on Oct 01, 2019\n\nTechnical Steering Committee (TSC) Meeting\n\nApril 28, 2016 (7:00am - 8:30am PT) via GoToMeeting" + Rest);

        draft.MeetingDate.ShouldBe("2016-04-28");
    }

    [Fact]
    public void KindOfMeetingAlone_IsNoBody()
    {
        var draft = Read("WARRENVILLE PUBLIC LIBRARY DISTRICT\nMinutes of the Regular Meeting of the Board of Trustees\nWednesday, April 15, 2020, 7:00 p.m.\n\n1. Call to order\nDone.\n", "minutes.txt");

        draft.Body.ShouldBe("Warrenville Public Library District Board");
    }

    [Theory]
    [InlineData("APPROVED DECEMBER 11 2019\n\nHISTORIC DISTRICT COMMISSION\nSeptember 23 – Room 901\n", "2019-09-23")]
    [InlineData("APPROVED JANUARY 8, 2020\n\nHISTORIC DISTRICT COMMISSION\nDecember 11 – Room 267\n", "2019-12-11")]
    [InlineData("APPROVED NOVEMBER 18, 2020\n\nHISTORIC DISTRICT COMMISSION REMOTE MEETING\nSpecial Called Meeting July 29, 2020, ROOM 267\n", "2020-07-29")]
    public void ApprovalStampAtTheTop_IsNotTheMeetingDate_ButMayGiveItsYear(string top, string date)
    {
        var draft = Read(top + "\nMINUTES\n\nMEMBERS PRESENT: Mr. Tom Haley (Chairperson)\nMs. Kim Porter\n\nWith a quorum present, Chairman Haley called the meeting to order.\n", "minutes.txt");

        draft.MeetingDate.ShouldBe(date);
    }

    [Fact]
    public void ApprovalStampAtTheTop_IsNotTheTitle()
    {
        var draft = Read("APPROVED DECEMBER 11 2019\n\nHISTORIC DISTRICT COMMISSION\nSeptember 23 – Room 901\n\nMINUTES\n\nMEMBERS PRESENT: Mr. Tom Haley (Chairperson)\nMs. Kim Porter\n", "minutes.txt");

        draft.Title.ShouldBe("HISTORIC DISTRICT COMMISSION");
    }

    [Fact]
    public void MinutesFromAWeekday_UnderATwoLineHeading_NameNoBody()
    {
        var draft = Read("Milltown Special Service Area #4\nCommission Meeting Minutes\n\nMinutes from Monday, January 29, 2018 – 9:00am at the Library\n\nCommissioners Present: Ann Lee, Tom Reid\n", "minutes.txt");

        // The body is the two lines of the heading or none; never the weekday nor the bare word "Commission".
        draft.Body.ShouldNotBe("Monday");
        draft.Body.ShouldNotBe("Commission");
    }

    [Theory]
    [InlineData("The Working Group met in Leeds on March 30th - April 1st, 2022, hosted by the university.")]
    [InlineData("The Working Group met in Leeds from Wednesday 30 March – Friday 1 April 2022.")]
    public void MeetingOverDaysOfTwoMonths_IsDatedByItsFirstDay(string opening)
    {
        var draft = Read($"Standards Working Group\n\n{opening}\n\nPresent: Ann Lee, Tom Reid\n\n1. Drafts\nThe drafts were reviewed.\n", "minutes.txt");

        draft.MeetingDate.ShouldBe("2022-03-30");
    }

    [Fact]
    public void MeetingDateWhoseYearABrokenLineCarriesOver_IsRead()
    {
        var draft = Read("Riverside Residents Association\nAnnual General Meeting Minutes\n\nThe Chair opened the meeting; the agenda, as circulated for the AGM on June 9,\n"
            + "2021, was approved.\n\nThe minutes of the AGM of June 10, 2020 were approved.\n\nPresent: Ann Lee, Tom Reid\n", "minutes.txt");

        draft.MeetingDate.ShouldBe("2021-06-09");
    }

    [Theory]
    [InlineData("1.5 Approval of previous minutes [Minutes of 2021-09-17 Meeting #44]\nApproved without objection.")]
    [InlineData("1. Confirmation of Previous Minutes\nhttps://example.org/minutes/2021-09-17-minutes.md")]
    [InlineData("1. Opening\nThe chair opened the meeting.\n2. Future meetings\nOctober 14, 2021\nOctober 28, 2021")]
    public void DateOfThePreviousMinutesOrOfMeetingsToCome_DoesNotDateThisMeeting(string opening)
    {
        var draft = Read($"Standards Technical Committee\n\n{opening}\n\nPresent: Ann Lee, Tom Reid\n\n2. Drafts\nThe drafts were reviewed.\n", "2021-09-30-minutes.txt");

        draft.MeetingDate.ShouldBe("2021-09-30");
    }

    [Fact]
    public void FiguresOfAClerkWhoWritesMonthFirst_DateTheMeetingMonthFirst()
    {
        var draft = Read("Maple Grove Homeowners Association\nBoard Meeting Minutes\n6/3/2021\n\nPresent: Ann Lee, Tom Reid\n\n"
            + "The May meeting minutes were approved.\n\nThe pool opens June 12 and the next meeting is July 1.\n", "minutes.txt");

        draft.MeetingDate.ShouldBe("2021-06-03");
    }

    [Fact]
    public void FiguresOfAClerkWhoWritesDayFirst_DateTheMeetingDayFirst()
    {
        var draft = Read("Maple Grove Residents Association\nCommittee Meeting Minutes\n6/3/2021\n\nPresent: Ann Lee, Tom Reid\n\n"
            + "The February minutes were approved.\n\nThe hall is booked for 20 March and the next meeting is 3 April.\n", "minutes.txt");

        draft.MeetingDate.ShouldBe("2021-03-06");
    }
}
