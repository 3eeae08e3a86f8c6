using System.Text;
using Quorum.Import.Minutes;

namespace Quorum.Import.Tests;

/// <summary>How other publishers give the date of the body's next meeting, each from a short document.</summary>
public class NextMeetingFormsTests
{
    private static MinutesDraft Read(string text, string name = "minutes.txt") => DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), name);

    private const string December = "Milltown Parish Council\nMinutes of the meeting held on Tuesday 10th December 2019 at 7.30pm\n\n"
        + "Present: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown\n\n1. Welcome\nAll welcomed.\n2. Planning\nNone.\n";

    [Theory]
    [InlineData("3. Close\nThe meeting closed at 9.15pm. Next meeting: Tuesday 14th January 2020 at 7.30pm")]
    [InlineData("3. Close\nThe meeting closed at 9pm. The next meeting will be held on 14th January at 7.30pm.")]
    [InlineData("3. Close\nIt was agreed that the next meeting would be held on Tuesday 14th January.")]
    public void NextMeetingInJanuary_AfterDecembersMeeting_IsInTheNextYear(string close)
    {
        Read(December + close + "\n").NextMeetings.ShouldBe(["2020-01-14"]);
    }

    [Theory]
    [InlineData("3. Date for next video meeting\nnext zoom-meeting: 2020-01-14 19:30\n")]
    [InlineData("3. Close\nThe next online meeting will be held on Tuesday 14th January.\n")]
    [InlineData("19/143 Dates of Forthcoming Milltown Parish Council Meeting – Tuesday, 14th January at the Village Hall\n")]
    [InlineData("3. Close\nnext parish council meeting: Tuesday 14th January at the Village Hall\n")]
    public void NextMeetingLabel_NamingHowTheMeetingIsHeldOrTheBodyInFull_IsRead(string close)
    {
        Read(December + close).NextMeetings.ShouldBe(["2020-01-14"]);
    }

    [Fact]
    public void ScheduleForASeasonOverTwoYears_GivesTheDatesAfterThisMeeting()
    {
        var draft = Read("Milltown High School Parent Council\nMinutes of the meeting of 17 September 2019\n\nPresent: Ann Lee, Tom Reid\n\n"
            + "1. Business\na) 2019-20 Council Meeting Schedule: September 17th, November 5th, January 14th, March 3rd, with more meetings as needed.\n");

        draft.NextMeetings.ShouldBe(["2019-11-05", "2020-01-14", "2020-03-03"]);
    }

    [Fact]
    public void DatesConfirmedForTheYear_InTheClosingSentence_AreReadALineEach()
    {
        var draft = Read(December + "3. Dates of meetings\nCouncillors had seen a draft set of dates. The following dates were confirmed for 2020.\n"
            + "Monday 13th January\nMonday 9th March\nWednesday 13th May\n\n4. Close\nThe meeting closed at 9pm.\n");

        draft.NextMeetings.ShouldBe(["2020-01-13", "2020-03-09", "2020-05-13"]);
    }

    [Fact]
    public void MeetingWhoseVenueIsStillOpen_KeepsItsDate()
    {
        var draft = Read(December + "3. Future meeting dates\n1. Tuesday 14th January at 7pm at the Village Hall\n"
            + "2. Tuesday 10th March at 7pm – venue TBC (? the school)\n3. Tuesday 12th May – date to be confirmed\n");

        draft.NextMeetings.ShouldBe(["2020-01-14", "2020-03-10"]);
    }

    [Theory]
    [InlineData("3/15/2021", "4/9/2021")]
    [InlineData("15/3/2021", "9/4/2021")]
    public void NextMeetingInFigures_IsReadInTheOrderTheMinutesWriteTheirDates(string held, string next)
    {
        var draft = Read($"Maple Grove Residents Association\nBoard Meeting Minutes\n{held}\n\nPresent: Ann Lee, Tom Reid\n\n"
            + $"1. Pool\nThe pool opens in May.\n2. Next meeting\nNext meeting: {next} at 7 pm.\n");

        draft.MeetingDate.ShouldBe("2021-03-15");
        draft.NextMeetings.ShouldBe(["2021-04-09"]);
    }

    [Theory]
    [InlineData("o Next meeting – 9:00am Thursday, February 15th at Bistro Campagne")]
    [InlineData("\uF0B7 Next meeting – 9:00am Thursday, February 15th at Bistro Campagne")]
    [InlineData("o Z. Maiorca and T. Feinberg need to submit updated applications o Next meeting – 9:00am Thursday, February 15th at Bistro Campagne")]
    public void NextMeetingLabel_AfterAPdfBullet_EvenRunIntoTheLineAbove_IsRead(string line)
    {
        var draft = Read("Lincoln Square Special Service Area #21\nCommission Meeting Minutes\nMinutes from Monday, January 29, 2018 – 9:00am at Carbon Arc Bar & Board\n\n"
            + "Commissioners Present: Anthony Qaiyum, Zach Maiorca\n\nAnnouncements\n" + line + "\nMeeting adjourned at 11:25am\n");

        draft.NextMeetings.ShouldBe(["2018-02-15"]);
    }

    [Fact]
    public void NextMeetingInsideAnotherGroupsReport_IsThatGroupsMeeting()
    {
        var draft = Read("# Milltown Library Trustees, 10 March 2021\n\nPresent: A Smith, B Jones\n\n- Foundation Report (C. Brown)\n"
            + "  - The book sale raised $300.\n  - The next meeting is scheduled for March 24, 2021.\n- Friends of the Library Report\n"
            + "  - Next meeting March 25th, 6pm\n- Adjournment\n  - The meeting was adjourned at 8pm.\n  - Our next meeting is Wednesday, April 7, 2021.\n", "minutes.md");

        draft.NextMeetings.ShouldBe(["2021-04-07"]);
    }

    [Fact]
    public void NextMeetingNamedWithItsDate_InAnAdjournmentSentence_IsRead()
    {
        Read(December + "3. Close\nThe meeting adjourned at 9pm, the council cancelling the meeting of 24th December and making the next meeting on 7th January the first of the year.\n")
            .NextMeetings.ShouldBe(["2020-01-07"]);
    }

    [Theory]
    [InlineData("3. Meeting cadence\nThe members agreed to meet fortnightly. The chair then scheduled the next steering meeting for Thursday, 19th December at 7pm.")]
    [InlineData("3. Budget\nThe vote on the budget was deferred to a meeting on 19 December, when the final figures will be known.")]
    public void NextMeetingFixedInTheCourseOfTheMinutes_IsRead(string close)
    {
        Read(December + close + "\n").NextMeetings.ShouldBe(["2019-12-19"]);
    }

    [Fact]
    public void BoardsMeetingsOutOfItsUsualRound_SetInTheMinutes_AreRead()
    {
        Read(December + "3. Budget\nThe audit meeting will be December 17 at 6 pm and the budget meeting will be January 8 at 6 pm. A special meeting will be held on 21st January.\n")
            .NextMeetings.ShouldBe(["2019-12-17", "2020-01-08", "2020-01-21"]);
    }

    [Fact]
    public void PointPutOffToTheNextMeeting_ReadAsAnItem_GivesNoNextMeeting()
    {
        var draft = Read("# Milltown Steering Group, 5 February 2021\n\nPresent: A Smith, B Jones, C Brown\n\n"
            + "## Newsletter\n\nWill have an update next meeting\n\n## Will have an update next meeting\n\nAt the January 12 meeting the group asked for a newsletter.\n\n"
            + "## Website - deferred until next meeting\n\nDrafts seen on March 3.\n\n## Budget\n\nNoted.\n", "minutes.md");

        draft.NextMeetings.ShouldBeEmpty();
    }

    [Fact]
    public void NextMeetingInATableRow_IsRead()
    {
        var draft = Read("# Milltown Parish Council, 10 December 2019\n\nPresent: Cllr A Smith, Cllr B Jones\n\n## 1. Welcome\n\nAll welcomed.\n\n## 2. Close\n\n"
            + "| Date of next meeting | Tuesday 14th January 2020, 7.30pm |\n|---|---|\n", "minutes.md");

        draft.NextMeetings.ShouldBe(["2020-01-14"]);
    }

    [Fact]
    public void YearsMeetingDates_AfterThisMeeting_AreNextMeetings()
    {
        var draft = Read("Milltown Parish Council\nMinutes of the meeting held on Tuesday 10th September 2019 at 7.30pm\n\n"
            + "Present: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown\n\n1. Welcome\nAll welcomed.\n2. Other matters\n"
            + "Dates for 2019, 9th July, 8th October ,12th November\n\nSigned ..............\n");

        draft.NextMeetings.ShouldBe(["2019-10-08", "2019-11-12"]);
    }

    [Fact]
    public void ProposedDatesForNextYear_AreNotFirm()
    {
        var draft = Read(December + "3. Close\nDate of next meetings :\n14thth January\n\nProposed dates for 2020 – second Tuesday:\n11th February, 10th March\n");

        draft.NextMeetings.ShouldBe(["2020-01-14"]);
    }

    [Fact]
    public void NextMeetingLabelEndingInAColon_TakesTheDateBelow()
    {
        Read(December + "3. Close\nDate of next meeting : second Tuesday of the month, 7.30pm:\n14th January\n").NextMeetings.ShouldBe(["2020-01-14"]);
    }

    private const string May = "Finance Committee\nMinutes of the meeting held on 7 May 2024\n\nPresent: Alice Smith, Bob Jones\n\n1. Accounts\nNoted.\n\n2. Close\n";

    [Theory]
    [InlineData("The meeting was adjourned at 8:15 p.m. to the next regular meeting on June 4, 2024.", new[] { "2024-06-04" })]
    [InlineData("The meeting adjourned at 8:05 pm until the next regular meeting on Tuesday, June 4, 2024.", new[] { "2024-06-04" })]
    [InlineData("The Committee agreed to meet again on 4 June 2024.", new[] { "2024-06-04" })]
    [InlineData("Dates of future meetings: 4 June, 2 July and 6 August 2024", new[] { "2024-06-04", "2024-07-02", "2024-08-06" })]
    [InlineData("Future meeting dates: 4 June 2024, 2 July 2024", new[] { "2024-06-04", "2024-07-02" })]
    [InlineData("Upcoming meetings: June 4, 2024", new[] { "2024-06-04" })]
    [InlineData("Next meeting date: 6/14/2024", new[] { "2024-06-14" })]
    [InlineData("Next meeting: 4-Jun-2024", new[] { "2024-06-04" })]
    public void FutureMeetings_SaidOnAdjourning_OrListedUnderTheirOwnLabel_AreRead(string close, string[] dates)
    {
        Read(May + close + "\n").NextMeetings.ShouldBe(dates);
    }

    [Fact]
    public void ParagraphSayingItTwice_GivesBothDates()
    {
        var draft = Read("Milltown Harbour Commission\nMinutes of the Regular Meeting held on Wednesday, March 11, 2020\n\n"
            + "Present: Ann Smith (Chair), Ben Jones, Carol Brown\n\n1. Call to order\nCalled to order at 7:00 p.m.\n2. Scheduling\n"
            + "Jones cannot attend the regular meeting scheduled on Thursday, April 16, but hopes to join the work session. The commissioners decided by consensus to hold the work session on Tuesday, April 21, at 10:00.\n");

        draft.NextMeetings.ShouldBe(["2020-04-16", "2020-04-21"]);
    }

    // Conventions for the next meeting in general use, each after a made-up meeting of 10 December 2019.
    [Theory]
    [InlineData("Date of next meeting: Tuesday 14th January 2020 at 7.30pm", new[] { "2020-01-14" })]
    [InlineData("The next meeting will be held on Tuesday 14 January 2020 in the Village Hall.", new[] { "2020-01-14" })]
    [InlineData("Next meeting: 14/01/2020", new[] { "2020-01-14" })]
    [InlineData("Dates of future meetings:\n14 January 2020\n11 February 2020\n10 March 2020", new[] { "2020-01-14", "2020-02-11", "2020-03-10" })]
    [InlineData("Dates of future meetings:\n- Tuesday 14 January\n- Tuesday 11 February", new[] { "2020-01-14", "2020-02-11" })]
    [InlineData("It was agreed that the next meeting would take place on Tuesday 14th January 2020.", new[] { "2020-01-14" })]
    [InlineData("4. Date and time of next meeting\nTuesday 14th January 2020 at 7.30pm in the Village Hall.", new[] { "2020-01-14" })]
    [InlineData("4. Date of next meeting\nThe next meeting will be on the 14th of January.", new[] { "2020-01-14" })]
    [InlineData("Next meeting: Tuesday 14th January", new[] { "2020-01-14" })]
    [InlineData("Date of next meeting: 14 January 2020 (TBC)", new string[0])]
    [InlineData("Date of next meeting: to be confirmed", new string[0])]
    [InlineData("The next meeting of the Planning Committee will be held on 14 January 2020.", new string[0])]
    [InlineData("Next Planning Committee meeting: 14 January 2020", new string[0])]
    [InlineData("Next meeting\nThe chair thanked everyone for attending.\nTuesday 14th January 2020 at 7.30pm", new[] { "2020-01-14" })]
    [InlineData("Next meeting\nCommittee meeting 14 January 2020\nAGM 11 February 2020", new[] { "2020-01-14" })]
    [InlineData("Next meeting\nTrial run of the AGM 7 January 2020\nCommittee meeting (propose 14 January 2020)", new string[0])]
    [InlineData("Next board meet on 14/01/20", new[] { "2020-01-14" })]
    [InlineData("Next meeting\nCommittee meeting (propose 14 January 2020)", new string[0])]
    [InlineData("Date of next meeting\n\nACTIONS TO BE TAKEN\nBudget to be on the agenda for 14 January 2020", new string[0])]
    public void ConventionalNextMeetings_AreRead(string close, string[] dates)
    {
        Read(December + "3. Any other business\nNone.\n" + close + "\n").NextMeetings.ShouldBe(dates);
    }

    // Sayings of the next meeting that widen the usual ones, each after the made-up meeting of 7 May 2024.
    [Theory]
    [InlineData("Members agreed that the next meeting should be held on 4 June 2024.")]
    [InlineData("It was agreed the next meeting to be held on Tuesday 4 June.")]
    [InlineData("The chair noted that the next meeting date is 4 June.")]
    [InlineData("The meeting closed at 9.05pm, next meeting Tuesday 4th June.")]
    [InlineData("The meeting was adjourned until Tuesday 4 June 2024 at 7 p.m.")]
    [InlineData("The next meeting will be held on the 4th day of June, 2024.")]
    [InlineData("The next meeting will be held on Tuesday, June the 4th.")]
    public void NextMeetingSaidInOtherWords_IsRead(string close)
    {
        Read(May + close + "\n").NextMeetings.ShouldBe(["2024-06-04"]);
    }

    // Minutes set out as a table of numbered items: the label in a later cell, its date beside it or in the row below, or a sentence in a cell.
    [Theory]
    [InlineData("| 7 | Date of next meeting | Tuesday 4 June 2024 at 7pm |")]
    [InlineData("| 7 | Date of next meeting | |\n| | Tuesday 4 June 2024 at 7pm | |")]
    [InlineData("| 7 | Any other business | The next meeting will be held on 4 June 2024. |")]
    public void NextMeetingInATableOfNumberedItems_IsRead(string rows)
    {
        var draft = Read("# Finance Committee\n\nMinutes of the meeting held on 7 May 2024\n\nPresent: Alice Smith, Bob Jones\n\n"
            + "| Item | Title | Minute |\n|---|---|---|\n| 6 | Accounts | Noted. |\n" + rows + "\n", "minutes.md");

        draft.NextMeetings.ShouldBe(["2024-06-04"]);
    }

    [Theory]
    [InlineData("- Board retreat to set priorities for the coming year scheduled for January 18th at 9:00 AM")]
    [InlineData("- The committee's away day is scheduled for 18 January 2020.")]
    public void RetreatOrAwayDay_IsNoMeetingOfTheBody(string line)
    {
        Read(December + "3. Future meetings and planning\n" + line + "\n").NextMeetings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("3. Close\nThe next meeting is scheduled for the 7th at 7.30pm.", "2020-01-07")]
    [InlineData("3. Close\nThe next meeting will be held on Thursday the 19th.", "2019-12-19")]
    public void NextMeeting_ByTheDayOfTheMonthAlone_IsTheFirstSuchDayAfterThisMeeting(string close, string expected)
    {
        Read(December + close + "\n").NextMeetings.ShouldBe([expected]);
    }

    [Fact]
    public void SpecialMeetingDateSet_IsANextMeeting()
    {
        var draft = Read("CITY OF MILLTOWN\nCITY COUNCIL REGULAR MEETING MINUTES\nJanuary 14, 2025\n\nPresent: Mayor Ann Lee, Councilmember Tom Fox\n\n"
            + "1. Special meeting\nThe Council agreed to set a special meeting date of January 28, 2025 at 6:00 pm.\n2. Adjournment\nThe meeting adjourned at 7:10 pm.\n");

        draft.NextMeetings.ShouldBe(["2025-01-28"]);
    }

    [Theory]
    [InlineData("The Chair closed the meeting at 8.40pm and confirmed the next meeting as 14 January 2020.")]
    [InlineData("RESOLVED that the next meeting be held on 14 January 2020.")]
    [InlineData("There being no further business, the meeting adjourned at 8:30 pm until January 14, 2020.")]
    public void NextMeetingConfirmedResolvedOrAdjournedTo_IsRead(string line)
    {
        Read(December + "3. Close\n" + line + "\n").NextMeetings.ShouldBe(["2020-01-14"]);
    }

    [Theory]
    [InlineData("3. Close\nThe next EC meeting will be Tuesday, January 14th at 6:30pm.")]
    [InlineData("3. Close\nThe next Finance Council meeting will be January 14, 2020 from 1:30 – 4:30 at the hall.")]
    [InlineData("3. Next Strata Council Meeting Tuesday, January 14, 2020 at 6:30 pm.")]
    [InlineData("3. Date for next Open/Committee Meeting: 14th January WVI 7pm.")]
    [InlineData("19/112 DATE OF NEXT MEETING – The next Parish Council Meeting will take place on Tuesday, 14th\nJanuary at 7.30 p.m.")]
    public void NextMeeting_NamedWithTheBodysOwnWords_OrWrappedInsideItsDate_IsRead(string close)
    {
        Read(December + close + "\n").NextMeetings.ShouldBe(["2020-01-14"]);
    }

    [Fact]
    public void NextMeetingOfAnotherCommittee_NamedBeforeTheWordMeeting_IsNotTheBodys()
    {
        Read(December + "3. Close\nThe next Planning Committee meeting will be held on 7th January 2020.\n").NextMeetings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("# Riverside Garden Group, 21 April 2021\n\nPresent: Ann Lee, Tom Brown\n\n## Plant sale\n\nThe sale raised $300.\n\n### Next meeting: May 19\n\nAnn will book the hall.\n", "2021-05-19")]
    [InlineData("# Riverside Garden Group, 21 April 2021\n\nPresent: Ann Lee, Tom Brown\n\n## Plant sale\n\nThe sale raised $300.\n\n## Next meeting Date: 18th May 2021\n", "2021-05-18")]
    public void NextMeetingHeading_GivingTheDateItself_IsRead(string text, string expected)
    {
        Read(text, "minutes.md").NextMeetings.ShouldBe([expected]);
    }

    [Fact]
    public void NumberedNextMeetingItem_GivingTheDateInItsTitle_IsRead()
    {
        var draft = Read("Riverside Parents Association\nMinutes of the meeting of May 19, 2020\n\nPresent: Ann Lee, Tom Brown, Raj Patel\n\n"
            + "1. Welcome\nAnn opened the meeting.\n\n2. Treasurer's report\nThe balance is $2,140.\n\n"
            + "3. Next Meeting: June 16th, 2020, 6:30 pm via video call, or the school library if it reopens\n\n4. Adjournment\nThe meeting closed at 8pm.\n");

        draft.NextMeetings.ShouldBe(["2020-06-16"]);
    }

    [Fact]
    public void NextMeetingHeadingNamingTheKindOfMeeting_IsReadOverTheDateBelow()
    {
        var draft = Read("# Minutes for 2025-01-17\n\n## Present\n\n* Ann Lee\n* Tom Brown\n\n## Topics\n\nThe podcast was discussed.\n\n"
            + "### Next committee meeting\n\n* 21 Feb @ 2pm; Ann to send the invite\n", "minutes.md");

        draft.NextMeetings.ShouldBe(["2025-02-21"]);
    }

    [Fact]
    public void DateInBracketsAfterTheNextMeeting_IsRead()
    {
        var draft = Read(December + "3. Actions\nAnn to send out the agenda a week ahead of the next meeting (14th Jan) and ask Tom to minute it.\n");

        draft.NextMeetings.ShouldBe(["2020-01-14"]);
    }

    // The annual meeting given its date in the minutes, not as "the next meeting", after the made-up meeting of 10 December 2019.
    [Theory]
    [InlineData("3. Annual meeting\nThe annual meeting has been scheduled for Saturday, 8 February 2020 at the Village Hall.", new[] { "2020-02-08" })]
    [InlineData("3. Annual meeting\nAnnual meeting date discussed and moved to 8 February 2020.", new[] { "2020-02-08" })]
    [InlineData("3. Chair's business\nThe Chair confirmed the date of the next AGM to take place on 8th February 2020.", new[] { "2020-02-08" })]
    [InlineData("3. New business\nAnnual General Meeting 8 February 2020\nNotice was given of the posts open for election.", new[] { "2020-02-08" })]
    [InlineData("3. Correspondence\nThe County Association's AGM will be held on 8 February 2020.", new string[0])]
    [InlineData("3. Minutes\nThe minutes of the AGM held on 3 December 2019 were approved.", new string[0])]
    [InlineData("3. Correspondence\nCounty Association: call for resolutions for AGM to be held on 8 February 2020.", new string[0])]
    [InlineData("3. Close\nNext committee meeting:\nThursday 16 January 2020, 6pm\nat the school.\n\nAnnual General Meeting: Sunday 9 February 2020", new[] { "2020-01-16" })]
    public void AnnualMeetingGivenItsDate_IsANextMeeting(string close, string[] dates)
    {
        Read(December + close + "\n").NextMeetings.ShouldBe(dates);
    }

    // The body's own meeting named with its date, by the body's name, its usual round or its month, after the made-up meeting of 10 December 2019.
    [Theory]
    [InlineData("3. Planning\nThe Council will decide how to respond to the application at its regular meeting on 14th January.", new[] { "2020-01-14" })]
    [InlineData("3. Hall\nThe hall is booked, and the clerk noted that the meeting for January would be on the 14th of January.", new[] { "2020-01-14" })]
    [InlineData("3. Dates\nMilltown Parish Council meeting on 14 January 2020, 7.30pm at the Village Hall.", new[] { "2020-01-14" })]
    [InlineData("3. Dates\nThe MPC meeting: 7pm Tuesday 14 January at the Village Hall.", new[] { "2020-01-14" })]
    [InlineData("3. Correspondence\nThe County Highways meeting on 14 January 2020 will discuss the bypass.", new string[0])]
    [InlineData("3. Minutes\nThe minutes of the Milltown Parish Council meeting on 12 November 2019 were approved.", new string[0])]
    public void OwnMeeting_NamedByTheBodyItsRoundOrItsMonth_WithItsDate_IsANextMeeting(string close, string[] dates)
    {
        Read(December + close + "\n").NextMeetings.ShouldBe(dates);
    }

    // A team's meeting named for the topic of the part of the minutes it stands in, after the made-up meeting of 10 December 2019.
    [Theory]
    [InlineData("3. Fundraising\nThe fair raised £400.\nNEXT Fundraising meeting – Weds 8th January at 6.30 pm.\n4. Close\nNext meeting: Tuesday 14th January 2020", new[] { "2020-01-14" })]
    [InlineData("3. Allotments\nThe waiting list is long.\nThe next Allotments committee meeting will be held on 8 January.\n4. Close\nNext meeting: Tuesday 14th January 2020", new[] { "2020-01-14" })]
    [InlineData("3. Allotments\nThe waiting list is long.\nThe next Council meeting will be held on 14 January.", new[] { "2020-01-14" })]
    public void NextMeetingNamedForTheTopicItStandsUnder_IsTheTeamsNotTheBodys(string close, string[] dates)
    {
        Read(December + close + "\n").NextMeetings.ShouldBe(dates);
    }

    // Each way of saying a meeting's date was fixed goes with each meeting it may be said of, after the made-up meeting of 10 December 2019.
    [Theory]
    [InlineData("3. Close\nThe next meeting has been confirmed for Tuesday 14th January.")]
    [InlineData("3. Close\nAn additional meeting will be held on 14 January to finish the budget.")]
    [InlineData("3. Close\nThe Chair arranged an organisational meeting for 14 January.")]
    [InlineData("3. Close\nThe clerk noted the next meeting as Tuesday 14th January.")]
    public void MeetingDateFixed_InAnyOfTheWordsForFixingIt_IsRead(string close)
    {
        Read(December + close + "\n").NextMeetings.ShouldBe(["2020-01-14"]);
    }
}
