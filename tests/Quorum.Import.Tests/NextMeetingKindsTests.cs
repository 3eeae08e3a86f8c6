using System.Text;
using Quorum.Import.Minutes;

namespace Quorum.Import.Tests;

/// <summary>How minutes name their next meeting, each from a short document.</summary>
public class NextMeetingKindsTests
{
    private static MinutesDraft Read(string text) => DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), "minutes.txt");

    private const string Header = "Minutes of the Friends of the Library trustees, 26th January 2016\n\nPresent: Alan Holzer, Mike Stephens\n\n1. Welcome\nAll welcomed.\n\n";

    [Fact]
    public void NextMeetingSaidInASentence_TakesTheFirstDate_NotAnotherEventAfterIt()
    {
        var draft = Read(Header + "2. Date of next meeting\nIt was agreed that the next meeting will be 15th March 5:45pm followed by the AGM 26th April 6pm.\n");

        draft.NextMeetings.ShouldBe(["2016-03-15"]);
    }

    [Fact]
    public void AnnualMeetingAsTheNextMeeting_IsTheBodysOwn()
    {
        var draft = Read(Header + "2. Date of next meeting\n2.1 The AGM, 22nd March, 6pm at the library.\n");

        draft.NextMeetings.ShouldBe(["2016-03-22"]);
    }

    [Fact]
    public void NextMeetingDateOnTheFollowingLine_IsRead()
    {
        var draft = Read(Header + "2. Any other business\nNone.\n\nThe next meeting will be the annual meeting of the trustees to be held on\nWednesday 9th March 2016\n");

        draft.NextMeetings.ShouldBe(["2016-03-09"]);
    }

    [Fact]
    public void TentativeNextMeeting_IsLeftOut()
    {
        var draft = Read(Header + "2. Any other business\nThe next meeting will be held on 9th March 2016, to be confirmed.\n");

        draft.NextMeetings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Date of next meeting: Tuesday 15th March 2016 at 7.30pm in the Village Hall")]
    [InlineData("Next meeting: 15 March 2016 1pm, the weekend after the grant deadline")]
    [InlineData("DATE OF NEXT MEETING\nThe next meeting will be held on Tuesday 15 March 2016.")]
    [InlineData("Date and time of next meeting - 15/03/2016, 7pm")]
    [InlineData("The date of the next meeting was confirmed as 15th March 2016.")]
    [InlineData("E. Next Meeting Date - March 15, 2016")]
    [InlineData("FL 12/1516 Date of next meeting Tuesday 15 March at 1830")]
    [InlineData("The trustees decided by consensus to hold the next meeting on Tuesday, March 15, at 10:00.")]
    [InlineData("Smith cannot attend the regular meeting scheduled on Tuesday, March 15, but will send a report.")]
    [InlineData("Next Meeting\n- 2016-03-15 20:00 (tentatively kept to the second Tuesday of every month, subject to change)")]
    [InlineData("Next face to face to be hosted by the host university on 15 March 2016. Please register to attend.")]
    public void NextMeetingInItsManyForms_IsRead(string said)
    {
        var draft = Read(Header + "2. Any other business\nNone.\n\n" + said + "\n");

        draft.NextMeetings.ShouldBe(["2016-03-15"]);
    }

    [Fact]
    public void NextMeetingOfACommitteeReportedOn_IsNotTheBodysOwn()
    {
        var draft = Read(Header + "2. Committee reports\nA. Finance and Audit Committee – (Director Orzalli)\nNext Meeting: March 15, 2016 at 9:00 AM\n");

        draft.NextMeetings.ShouldBeEmpty();
    }
}
