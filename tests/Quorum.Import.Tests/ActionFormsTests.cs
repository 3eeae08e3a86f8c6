using System.Text;
using Quorum.Import.Minutes;

namespace Quorum.Import.Tests;

/// <summary>Forms of actions and decisions as other publishers write them, each read from a short document of its own.</summary>
public class ActionFormsTests
{
    private static MinutesDraft Read(string text, string name = "minutes.md") =>
        DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), name);

    private const string Attendance = "Minutes of the Finance Committee, 9 March 2021\n\nPresent: Alice Smith, Bob Jones, Carol White\n\n";

    private static (string Owners, string Text) Pair(ActionDraft a) => (string.Join('+', a.Owners), a.Text);

    [Fact]
    public void ActionNameTo_GivesTheOwnerAndTheTask()
    {
        var draft = Read(Attendance + "1. Accounts\nThe accounts were discussed.\nACTION: Alice Smith to send the accounts to the bank by 30 April 2021.\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        Pair(action).ShouldBe(("Alice Smith", "send the accounts to the bank by 30 April 2021."));
        action.Due.ShouldBe("2021-04-30");
    }

    [Theory]
    [InlineData("3/15/2021", "4/5/21")]
    [InlineData("15/3/2021", "5/4/21")]
    public void DueDateInFigures_IsReadInTheOrderTheMinutesWriteTheirDates(string held, string due)
    {
        var draft = Read($"Maple Grove Residents Association\nBoard Meeting Minutes\n{held}\n\nPresent: Ann Lee, Tom Reid\n\n"
            + $"1. Pool\nThe pool opens in May.\nACTION: Ann Lee to get three quotes for the pool fence by {due}.\n", "minutes.txt");

        draft.Actions.ShouldHaveSingleItem().Due.ShouldBe("2021-04-05");
    }

    [Fact]
    public void ActionNameInCapitals_AtTheEndOfAParagraph_TakesTheParagraph()
    {
        var draft = Read(Attendance + "1. Hall\nThe hall roof leaks again and a roofer should be asked for a quote. Action: CAROL\n\n2. Close\nThe meeting closed.\n", "minutes.txt");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Carol White", "The hall roof leaks again and a roofer should be asked for a quote."));
    }

    [Fact]
    public void OwnerAndDeadlineAfterTheLabel_TakeTheSentenceBefore()
    {
        var draft = Read(Attendance + "1. Hall\nThe hall was discussed. Three quotes for the roof are to be sought. Action: Bob Jones by 30 April\n\n2. Close\nThe meeting closed.\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        Pair(action).ShouldBe(("Bob Jones", "Three quotes for the roof are to be sought."));
        action.Due.ShouldBe("2021-04-30");
    }

    [Fact]
    public void FullNameAfterTheLabelWithoutAColon_TakesTheSentenceBefore()
    {
        var draft = Read(Attendance + "1. Hall\nThe hall was discussed. The caretaker is to be thanked in writing. Action Carol White, by end May\n\n2. Close\nThe meeting closed.\n", "minutes.txt");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Carol White", "The caretaker is to be thanked in writing."));
    }

    [Fact]
    public void OwnersWrappedOntoTheNextLine_AreReadWithTheLabel()
    {
        var draft = Read(Attendance + "1. Hall\nThe hall was discussed. The caretaker is to be thanked in writing. Action Alice\nSmith, by 30 April\nThe kitchen was cleaned.\n\n2. Close\nThe meeting closed.\n", "minutes.txt");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Alice Smith", "The caretaker is to be thanked in writing."));
    }

    [Fact]
    public void TwoLabelledParagraphsRunIntoOneLine_AreTwoActions()
    {
        var draft = Read(Attendance + "1. Hall\nThe hall was discussed. The roof is to be inspected. Action: Bob Jones by 30 April The caretaker is to be thanked. Action: Carol White by 2 May\n\n2. Close\nThe meeting closed.\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([("Bob Jones", "The roof is to be inspected."), ("Carol White", "The caretaker is to be thanked.")]);
    }

    [Fact]
    public void TaskThenOwnersAndDeadline_InTheClosingClause()
    {
        var draft = Read(Attendance + "1. Hall\nThe hall was discussed. Action: ask the county to cut the verge, Alice Smith and Bob Jones by 3 May\n\n2. Close\nThe meeting closed.\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        Pair(action).ShouldBe(("Alice Smith+Bob Jones", "ask the county to cut the verge"));
        action.Due.ShouldBe("2021-05-03");
    }

    [Fact]
    public void ActionPlanUpdate_IsNoReviewOfEarlierActions()
    {
        var draft = Read(Attendance + "1. Matters\n\nAction Plan - short update\n\nThe plan for the year is to be printed. Action: Carol White by 2 May\n\n2. Close\nThe meeting closed.\n\n3. Other\nNothing.\n\n4. More\nNothing.\n", "minutes.txt");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Carol White", "The plan for the year is to be printed."));
    }

    [Fact]
    public void ItemNumberRunIntoItsTitle_EndsTheReviewOfEarlierActions()
    {
        var draft = Read(Attendance + "**1.Minutes and actions from the previous meeting**\n- The minutes were agreed.\n\n**2.Accounts**\n- The accounts were discussed.\n\n**ACTION – Bob Jones to send the accounts to the bank**\n");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Bob Jones", "send the accounts to the bank"));
    }

    [Fact]
    public void ActionListEntryWrappedOntoTheNextLine_KeepsTheListOpen()
    {
        var draft = Read(Attendance + "1. Hall\nDiscussed.\n\nActions Summary\n\nAS/BJ to compare the quotes for the roof and the\n/ gutters.\n\nCW to book the hall.\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([("Alice Smith+Bob Jones", "compare the quotes for the roof and the / gutters."), ("Carol White", "book the hall.")]);
    }

    [Fact]
    public void ClosingSummaryOfActions_IsAListOfActions()
    {
        var draft = Read(Attendance + "## 1. Bank\n\nDiscussed.\n\n## Summary of actions\n\n1. AS to compare three banks\n2. Carol White to book the hall\n");

        draft.Actions.Select(Pair).ShouldBe([("Alice Smith", "compare three banks"), ("Carol White", "book the hall")]);
    }

    [Fact]
    public void ActionPointsLabel_IsAListOfActions()
    {
        var draft = Read(Attendance + "1. Bank\nDiscussed.\n\nAction points\n- BJ to renew the insurance\n- CW to book the hall\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([("Bob Jones", "renew the insurance"), ("Carol White", "book the hall")]);
    }

    [Fact]
    public void BracketedActionMarker_IsAnAction()
    {
        var draft = Read(Attendance + "1. Bank\n[ACTION] Alice Smith to compare three banks.\nThe fees are too high. [ACTION: CW]\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([("Alice Smith", "compare three banks."), ("Carol White", "The fees are too high.")]);
    }

    [Fact]
    public void TaskListEntries_WithAHandle_AreActions()
    {
        var draft = Read("# Meeting 2023-04-01\n\nAttendees: @alice, @bob\n\n## Notes\n\n- The release is late.\n- [ ] @alice draft the release notes\n- [x] @bob tag the release\n- [ ] Bob Jones: update the changelog\n");

        draft.Actions.Select(Pair).ShouldBe([("@alice", "draft the release notes"), ("Bob Jones", "update the changelog")]);
    }

    [Theory]
    [InlineData("| Action | Lead | Deadline |\n|---|---|---|\n| Renew the insurance | Bob Jones | 31 March 2021 |\n")]
    [InlineData("| Item | Action | Who | By |\n|---|---|---|---|\n| 4 | Renew the insurance | BJ | 31/03/2021 |\n")]
    [InlineData("| Action | Owner | Date |\n|---|---|---|\n| Renew the insurance | Bob | 31.03.2021 |\n")]
    [InlineData("| No. | Action | Responsible | Due date |\n|---|---|---|---|\n| 1 | Renew the insurance | Bob Jones | 2021-03-31 |\n")]
    public void ActionTables_ReadOwnerAndDueColumns(string table)
    {
        var draft = Read(Attendance + "## Actions\n\n" + table);

        var action = draft.Actions.ShouldHaveSingleItem();
        Pair(action).ShouldBe(("Bob Jones", "Renew the insurance"));
        action.Due.ShouldBe("2021-03-31");
    }

    [Fact]
    public void ActionTable_WithoutAnActionsLabel_IsFoundByItsHeader()
    {
        var draft = Read(Attendance + "## 4. Insurance\n\nDiscussed.\n\n| Action | Who | When |\n|---|---|---|\n| Renew the insurance | BJ | 31 March 2021 |\n");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Bob Jones", "Renew the insurance"));
    }

    [Fact]
    public void TaskWithItsOwnerInBrackets_IsAnAction_WhenTheOwnerAttended()
    {
        var draft = Read("UofT Coders Executive Meeting\nMarch 10, 2016\nAttending: Madeleine, Luke, Lina, Elliott\n\nBank Account\n- BMO Community Account ($2.50/mo) -> waived if balance >$5000\n- Executives set up as signing officers\n\nElections\n- Put constitution into council (Lina)\n- Write up roles for each position (see notes)\n\nSummer Plans\n- Survey for summer events and current members (Madeleine et al.)\n", "minutes.txt");

        draft.Actions.Select(a => string.Join('+', a.Owners)).ShouldBe(["Lina", "Madeleine"]);
    }

    [Fact]
    public void UpperCaseClerkTo_InsideANumberedItem_IsAnAction()
    {
        var draft = Read(Attendance + "5. Highways\n5.1 The verge on Mill Lane is eroding. CLERK TO REPORT TO HIGHWAYS.\n", "minutes.txt");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Clerk", "REPORT TO HIGHWAYS."));
    }

    [Fact]
    public void OwnerMarginHoldingAName_IsTheActionsOwner()
    {
        var draft = Read(Attendance + "5. Website\n5.1 It was agreed to move the website to a new host\tClerk\n5.2 The new pages were admired by all\n", "minutes.txt");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Clerk", "It was agreed to move the website to a new host"));
    }

    [Fact]
    public void CommitteeShortFormBeforeTo_OwnsTheAction_ButAThingToBeDoneDoesNot()
    {
        var draft = Read(Attendance + "## Action Items\n\nFinCo to monitor curation spend against the budget\n\nAlice Smith and team to draft the new structure\n\nNewsletter to go out in May\n");

        draft.Actions.Where(a => a.Owners.Count > 0).Select(Pair).ShouldBe([("FinCo", "monitor curation spend against the budget"), ("Alice Smith", "draft the new structure")]);
    }

    [Fact]
    public void NicknameFromTheAttendance_ResolvesToTheFullName()
    {
        var draft = Read("# Exec meeting, 17 November 2006\n\n## Present\n\nAndrew Wheat (Candle)  \nSean Connolly (Morlark)\n\n## Joblist\n\n| Who | What |\n|-----|------|\n| Candle | poke the pub for prices |\n| Morlark | add events to the website |\n");

        draft.Actions.Select(Pair).ShouldBe([("Andrew Wheat", "poke the pub for prices"), ("Sean Connolly", "add events to the website")]);
    }

    [Fact]
    public void TabSeparatedActionLog_ReadsReferencesOwnersAndWrappedRows()
    {
        var draft = Read(Attendance + "ACTIONS TO BE TAKEN\nITEM\tBY WHOM\tBY WHEN\n12/2021\tSend the signed minutes to the website\tClerk\tasap\n"
            + "14b/2021 Ask three firms to quote for the roof repairs and\tBob Jones\t30 April 2021\nreport back\n"
            + "15/2021 Meet the caretaker to agree a proposal for the next Alice Smith/Bob\tasap\nCommittee meeting on hours and pay.\tJones/Clerk\n\n1. Apologies\nNone.\n", "minutes.txt");

        draft.Actions.Select(a => (a.Reference, string.Join('+', a.Owners), a.Text)).ShouldBe([
            ("12/2021", "Clerk", "Send the signed minutes to the website"),
            ("14b/2021", "Bob Jones", "Ask three firms to quote for the roof repairs and report back"),
            ("15/2021", "Alice Smith+Bob Jones+Clerk", "Meet the caretaker to agree a proposal for the next Committee meeting on hours and pay."),
        ]);
        draft.Actions[1].Due.ShouldBe("2021-04-30");
    }

    [Fact]
    public void InlineActionLabel_AfterASentence_IsReadEvenWhereTheAttendanceRunsOn()
    {
        var draft = Read("# Committee\n\nAttendees: Zoë Turner (Chair); Alan Smith\n\n## Purpose\n\n- All agreed to keep the branding. Action: ZT to pull together the existing communications.\n");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Zoë Turner", "pull together the existing communications."));
    }

    [Fact]
    public void ActionsAmongBulletsAPdfRanTogether_AreEachRead_AndAStatusAloneIsNoLabel()
    {
        var draft = Read("Committee Meeting - Minutes\n\nAttendees: Alice Smith (AS), Bob Jones (BJ), Carol White (CW)\n\n"
            + "1\tAdoption of Previous Minutes\tAS\n● Unanimous adoption of previous minutes\n\n2\tPast Events\tBJ\n"
            + "○ We ran out of plates at the social ■ Action CW: Buy plates and cups ■ Bulk is cheaper\n● Action Carried Forward\n■ Action BJ: Book the hall\n\n3\tAny Other Business\tCW\n● None\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([("Carol White", "Buy plates and cups"), ("Bob Jones", "Book the hall")]);
    }

    [Fact]
    public void ActionLogNumberedByMonth_KeepsItsReferencesAcrossWrappedAndSpacedRows()
    {
        var draft = Read("Minutes of the Parish Council, 31 October 2024\n\nPresent: Nick Oakhill (NO), Cathy Fleet (CF)\n\nACTION LIST SUMMARY\nNo\tAction\tOwner Update\n"
            + "Oct24.01 Playground - Clerk to respond to Kompan\tClerk\nagreeing to the maintenance contract\n\nOct24.02 NO to instruct Fernwood to carry out work on the\tNO\ntree outside the village hall\n", "minutes.txt");

        draft.Actions.Select(a => a.Reference).ShouldBe(["Oct24.01", "Oct24.02"]);
        draft.Actions[0].Text.ShouldContain("agreeing to the maintenance contract");
        draft.Actions[1].Owners.ShouldBe(["Nick Oakhill"]);
    }

    [Fact]
    public void CodeBeforeTheActionLabel_IsTheReference_AndInitialsBeforeADashTheOwner()
    {
        var draft = Read(Attendance + "## Development\n\n- BJ - We need a release plan.\n- FIN-TC-2021-07:Action: BJ - Draft the release plan by the end of April.\n");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Reference.ShouldBe("FIN-TC-2021-07");
        action.Owners.ShouldBe(["Bob Jones"]);
        action.Text.ShouldStartWith("Draft the release plan");
    }

    [Fact]
    public void LoginHandleBeforeWill_IsTheOwnerItStandsFor()
    {
        var draft = Read(Attendance + "## Budget\n\n- Action item: cwhite will ask the bank about the fees.\n");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Carol White", "ask the bank about the fees."));
    }

    [Theory]
    [InlineData("Action Description | Owner | Due")]
    [InlineData("Agreed Actions | Responsible Officer | Target Date")]
    [InlineData("Action | Lead Officer | Timescale")]
    [InlineData("Actions agreed | Person responsible | Deadline")]
    [InlineData("Action to be taken | By whom | By when")]
    [InlineData("Action | Owner/Lead | Date due")]
    public void ActionTableHeaders_InMoreWords_NameTheTaskOwnerAndDueColumns(string header)
    {
        var draft = Read(Attendance + "## 1. Bank\n\nDiscussed.\n\n## 2. Close\n\nClosed.\n\n| " + header + " |\n|---|---|---|\n| Renew the insurance | BJ | 30 June 2021 |\n");

        var action = draft.Actions.ShouldHaveSingleItem();
        Pair(action).ShouldBe(("Bob Jones", "Renew the insurance"));
        action.Due.ShouldBe("2021-06-30");
    }

    [Fact]
    public void TableWithOwnersInItsRightHandColumn_AndNoHeader_GivesAnActionPerOwnedRow()
    {
        var draft = Read(Attendance + "| 1 | Apologies. None were received. | |\n|---|---|---|\n"
            + "| 2 | Insurance. The insurance is due for renewal and three quotes will be sought. | BJ |\n| 3 | Hall. The hall needs booking for the annual meeting. | CW |\n");

        draft.Actions.Select(a => (a.Reference, string.Join('+', a.Owners))).ShouldBe([("2", "Bob Jones"), ("3", "Carol White")]);
        draft.Actions[0].Text.ShouldBe("Insurance. The insurance is due for renewal and three quotes will be sought.");
    }

    [Fact]
    public void DueCellNamingAMonthInFull_IsTheDueDate_NotAnOwner()
    {
        var draft = Read(Attendance + "Minute\tAction\tWho\tWhen\n21/05\tSeek three insurance quotes\tBJ\tJune 2021\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        Pair(action).ShouldBe(("Bob Jones", "Seek three insurance quotes"));
        action.Due.ShouldBe("2021-06");
    }

    // The conventions below are those many public bodies share, each written as a made-up document in every format.
    private static readonly string[] Committee = ["Minutes of the Finance Committee held on 9 March 2021", "", "Present: Alice Smith, Bob Jones, Carol White", ""];

    private static MinutesDraft ReadLines(string fileName, params string[] lines) =>
        DocumentImporter.ReadMinutes(SampleDocuments.InFormat([.. Committee, .. lines], fileName), fileName);

    public static TheoryData<string, string> StatusBlockOwners => SampleDocuments.InEveryFormat("Bob Jones", "BJ", "Bob");

    // "Name: what to do" with "Status: new" under it: a tracker's way of setting a task, written out in the minutes.
    [Theory]
    [MemberData(nameof(StatusBlockOwners))]
    public void Convention_NameWhatStatusBlocks_AreActionsUnlessClosed(string owner, string fileName)
    {
        var draft = ReadLines(fileName, "## 1. Insurance", "The policy runs out in May.", "", owner + ": renew the insurance", "Status: new", "",
            "Carol White: book the hall for the annual meeting", "Status: Open", "", "Alice Smith: pay the caretaker", "Status: closed", "", "## 2. Close", "The meeting closed.");

        draft.Actions.Select(Pair).ShouldBe([("Bob Jones", "renew the insurance"), ("Carol White", "book the hall for the annual meeting")]);
    }

    public static TheoryData<string, string> ActionNameToLines => SampleDocuments.InEveryFormat(
        "ACTION: Bob Jones to renew the insurance by 30 April 2021.",
        "Action: BJ to renew the insurance by 30 April 2021.",
        "ACTION: Bob to renew the insurance by 30 April 2021",
        "Action – Bob Jones to renew the insurance by 30 April 2021.",
        "ACTION - BJ to renew the insurance by 30/04/2021");

    // "ACTION: Name to do something": the label, then who and what.
    [Theory]
    [MemberData(nameof(ActionNameToLines))]
    public void Convention_ActionLabelNameTo_GivesOwnerTaskAndDue(string line, string fileName)
    {
        var draft = ReadLines(fileName, "## 1. Insurance", "The policy runs out in May.", line, "", "## 2. Close", "The meeting closed.");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.ShouldBe(["Bob Jones"]);
        action.Text.ShouldStartWith("renew the insurance");
        action.Due.ShouldBe("2021-04-30");
    }

    public static TheoryData<string, string> ActionDashOwnerDashDueLines => SampleDocuments.InEveryFormat(
        "Action – Bob Jones – 30 April 2021",
        "Action - BJ - 30/04/2021",
        "ACTION – Bob – 30 April 2021",
        "Action – Bob Jones – by 30 April 2021");

    // "Action – Name – due date" under the paragraph it closes: the paragraph is what is to be done.
    [Theory]
    [MemberData(nameof(ActionDashOwnerDashDueLines))]
    public void Convention_ActionDashOwnerDashDue_UnderAParagraph_TakesTheParagraph(string line, string fileName)
    {
        var draft = ReadLines(fileName, "## 1. Insurance", "The insurance must be renewed before the premium rises.", line, "", "## 2. Close", "The meeting closed.");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.ShouldBe(["Bob Jones"]);
        action.Text.ShouldBe("The insurance must be renewed before the premium rises.");
        action.Due.ShouldBe("2021-04-30");
    }

    public static TheoryData<string, string> InitialsOnlyLines => SampleDocuments.InEveryFormat("Action: BJ", "ACTION: BJ", "Action: BJ/CW", "Action: CW, BJ", "Action: BJ and CW");

    // "Action: JS" under a minute: initials the attendance list makes plain, owning the minute above.
    [Theory]
    [MemberData(nameof(InitialsOnlyLines))]
    public void Convention_ActionInitialsAlone_ResolveFromTheAttendance_AndTakeTheMinute(string line, string fileName)
    {
        var draft = ReadLines(fileName, "## 1. Insurance", "Three quotes for the insurance are to be sought.", line, "", "## 2. Close", "The meeting closed.");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.ShouldContain("Bob Jones");
        action.Owners.All(o => o is "Bob Jones" or "Carol White").ShouldBeTrue();
        action.Text.ShouldBe("Three quotes for the insurance are to be sought.");
    }

    public static TheoryData<string, string> ClosingLists => SampleDocuments.InEveryFormat(
        "Actions|1. |2. ", "Action points|- |- ", "Summary of actions|1. |2. ", "SUMMARY OF ACTIONS|* |* ", "Action Points|1) |2) ", "Actions agreed|- |- ");

    // A closing list of actions, numbered or bulleted, each "Name to do X by date".
    [Theory]
    [MemberData(nameof(ClosingLists))]
    public void Convention_ClosingListOfActions_EachEntryIsAnAction(string shape, string fileName)
    {
        var parts = shape.Split('|');
        var draft = ReadLines(fileName, "## 1. Insurance", "Discussed at length.", "", "## 2. Hall", "Discussed.", "", parts[0],
            parts[1] + "Bob Jones to renew the insurance by 30 April 2021", parts[2] + "CW to book the hall by 14 May 2021");

        draft.Actions.Select(Pair).ShouldBe([("Bob Jones", "renew the insurance by 30 April 2021"), ("Carol White", "book the hall by 14 May 2021")]);
        draft.Actions.Select(a => a.Due).ShouldBe(["2021-04-30", "2021-05-14"]);
    }

    public static TheoryData<string, string> ActionTableShapes => SampleDocuments.InEveryFormat(
        "No\tAction\tOwner\tDue\tStatus",
        "Action\tLead\tDeadline\tStatus",
        "Owner\tAction\tDue\tStatus",
        "Responsible\tDeadline\tAction\tStatus",
        "No\tStatus\tAction\tWho\tBy when",
        "Action\tBy when\tResponsible\tStatus");

    // An action table: columns named for the task, who and when, in any order, header in the first row. A closed row is done.
    [Theory]
    [MemberData(nameof(ActionTableShapes))]
    public void Convention_ActionTable_InAnyColumnOrder_ReadsTaskOwnerAndDue(string header, string fileName)
    {
        var columns = header.Split('\t');
        string Row(string no, string task, string owner, string due, string status) => string.Join('\t', columns.Select(c => c switch
        {
            "No" => no,
            "Action" => task,
            "Owner" or "Lead" or "Responsible" or "Who" => owner,
            "Due" or "Deadline" or "By when" => due,
            _ => status,
        }));
        var draft = ReadLines(fileName, "## 1. Insurance", "Discussed.", "", header, Row("1", "Renew the insurance", "Bob Jones", "30/04/2021", "New"),
            Row("2", "Pay the caretaker", "Alice Smith", "01/03/2021", "Complete"), "", "## 2. Close", "The meeting closed.");

        var action = draft.Actions.ShouldHaveSingleItem();
        Pair(action).ShouldBe(("Bob Jones", "Renew the insurance"));
        action.Due.ShouldBe("2021-04-30");
    }

    public static TheoryData<string, string> ClerkToLines => SampleDocuments.InEveryFormat(
        "CLERK TO write to the highways authority about the pothole.",
        "CLERK TO WRITE TO THE HIGHWAYS AUTHORITY ABOUT THE POTHOLE.",
        "Clerk to write to the highways authority about the pothole.",
        "The pothole is growing. CLERK TO write to the highways authority about the pothole.");

    // Parish minutes set the clerk's tasks as a line of their own, often in capitals: "CLERK TO write to …".
    [Theory]
    [MemberData(nameof(ClerkToLines))]
    public void Convention_ClerkTo_IsAnAction(string line, string fileName)
    {
        var draft = ReadLines(fileName, "## 5. Highways", "The pothole on Mill Lane was reported again.", "", line, "", "## 6. Close", "The meeting closed.");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.Select(o => o.ToUpperInvariant()).ShouldBe(["CLERK"]);
        action.Text.ToLowerInvariant().ShouldContain("write to the highways authority");
    }

    public static TheoryData<string, string> MarginOwners => SampleDocuments.InEveryFormat("BJ", "Clerk", "BJ/CW");

    // Minutes printed with an action column down the right-hand margin: the owner stands beside the minute.
    [Theory]
    [MemberData(nameof(MarginOwners))]
    public void Convention_OwnerInTheRightHandMargin_OwnsTheMinute(string owner, string fileName)
    {
        var draft = ReadLines(fileName, "## 5. Hall", "5.1 The hall roof leaks and a roofer is to be asked to quote.\t" + owner, "5.2 The new curtains were admired by all.", "", "## 6. Close", "The meeting closed.");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.ShouldNotBeEmpty();
        action.Text.ShouldContain("roofer is to be asked to quote");
    }

    public static TheoryData<string, string> ActionByLines => SampleDocuments.InEveryFormat("Action by: Bob Jones", "Action by: BJ", "ACTION BY: BJ", "Action By: Bob");

    // "Action by: Name" under a minute: the minute is the task, the name its owner.
    [Theory]
    [MemberData(nameof(ActionByLines))]
    public void Convention_ActionByName_UnderAMinute_OwnsTheMinute(string line, string fileName)
    {
        var draft = ReadLines(fileName, "## 1. Insurance", "Three quotes for the insurance are to be sought.", line, "", "## 2. Close", "The meeting closed.");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Bob Jones", "Three quotes for the insurance are to be sought."));
    }

    [Fact]
    public void ToDoLabels_WithTheOwnerInBracketsOrAfterTheLabel_AreActions()
    {
        var draft = Read("# Committee notes, 9 March 2021\n\nAttendees:\n\n* Alice Smith\n* Bob Jones\n\n## Website\n\nThe front page is out of date.\n\nTODO(Alice): Redraw the front page.\n\nTODO Bob: Check the links.\n\nTODO - look up the hosting bill\n");

        draft.Actions.Select(Pair).ShouldBe([("Alice Smith", "Redraw the front page."), ("Bob Jones", "Check the links.")]);
    }

    [Fact]
    public void BoldActionItemLabel_IsAnAction_AndInitialsBeforeAVerbAreNot()
    {
        var draft = Read("# Council meeting 9 March 2021\n\nAttending: Alice, Bob\n\n## Releases\n\n* Release rota\n  * Nobody has volunteered yet\n  * **AI: Ask the mailing list for volunteers**\n* AI asked whether the rota could rotate monthly\n");

        draft.Actions.Select(Pair).ShouldBe([("", "Ask the mailing list for volunteers")]);
    }

    [Fact]
    public void SlashedActionItemLabel_IsAnAction_OwnedByWhoeverVolunteered()
    {
        var draft = Read("# Steering committee, 9 March 2021\n\nAttendees: Alice Smith, Bob Jones\n\n## New members\n\n* Bob reviewed the pipeline.\n"
            + "* A/I: Alice volunteered to draft a list of prospects for review.\n* A/I - not a label when a dash follows it\n");

        draft.Actions.Select(Pair).ShouldBe([("Alice Smith", "Alice volunteered to draft a list of prospects for review.")]);
    }

    [Fact]
    public void ActionLabelAfterADecisionOnOneBullet_IsAnAction()
    {
        var draft = Read("# Committee notes, 9 March 2021\n\nAttendees:\n\n* Alice Smith\n* Bob Jones\n\n## Decisions/Actions\n\n"
            + "* **Decision:** Mentoring Scheme Approved for a Trial **Action:** Hold an email vote.\n* **Decision:** Testing Action Plans Are Kept\n");

        draft.Actions.Select(Pair).ShouldBe([("", "Hold an email vote.")]);
    }

    [Fact]
    public void TwoLabelsJoinedIntoOneParagraph_AreTwoActions()
    {
        var draft = Read("# Committee notes, 9 March 2021\n\nAttendees:\n\n* Alice Smith\n* Bob Jones\n\n## Report\n\nTODO(Alice): Put together a draft.\nTODO(Bob): Collect paragraphs from everyone.\n");

        draft.Actions.Select(Pair).ShouldBe([("Alice Smith", "Put together a draft."), ("Bob Jones", "Collect paragraphs from everyone.")]);
    }

    [Fact]
    public void StepsNestedUnderAnActionItemsEntry_AreEachAnAction_OwnedByAPersonHeadingThem()
    {
        var draft = Read("# Committee notes, 9 March 2021\n\nAttendees:\n\n* Alice Smith\n* Bob Jones\n\n## Action items\n\n* Security reporting:\n    1. Check who reads the security inbox\n    2. Create a mailing list for the group\n* Bob Jones:\n    * Renew the domain\n    * Alice Smith to update the readme\n");

        draft.Actions.Select(Pair).ShouldBe([
            ("", "Check who reads the security inbox"), ("", "Create a mailing list for the group"),
            ("Bob Jones", "Renew the domain"), ("Alice Smith", "update the readme"),
        ]);
        draft.Actions.ShouldAllBe(a => a.Reference == null);
    }

    [Fact]
    public void EtceteraClosingASentence_EndsIt_SoTheActionTakesOnlyTheSentenceBeforeTheLabel()
    {
        var draft = Read(Attendance + "1. Stall\nThe stall needs leaflets, posters, banners etc. Anyone who can help is to contact Carol. Action: All\n\n2. Close\nThe meeting closed.\n", "minutes.txt");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("All", "Anyone who can help is to contact Carol."));
        Sentences.Split("Bring cups, plates etc. to the hall. The caretaker will open up.").Length.ShouldBe(2);
    }

    public static TheoryData<string, string> NoOwnerCells => SampleDocuments.InEveryFormat("Unclear", "TBC", "?");

    // An owner column that says nobody has the task yet ("Unclear", "TBC"): the action stands, with no owner.
    [Theory]
    [MemberData(nameof(NoOwnerCells))]
    public void Convention_OwnerCellSayingNobodyYet_LeavesTheActionWithoutAnOwner(string cell, string fileName)
    {
        var draft = ReadLines(fileName, "## 1. Hall", "Discussed.", "", "Action\tOwner", "Renew the hall insurance\tBob Jones", "Find a new caretaker for the hall\t" + cell, "", "## 2. Close", "The meeting closed.");

        draft.Actions.Select(Pair).ShouldBe([("Bob Jones", "Renew the hall insurance"), ("", "Find a new caretaker for the hall")]);
    }

    [Fact]
    public void ActionItems_UnderAnEarlierMeetingsHeading_AreNotThisMeetings()
    {
        var draft = Read("# Community call, 9 March 2021\n\nAttendees:\n\n* Alice Smith\n* Bob Jones\n\n## Action items\n\n* Bob Jones to renew the domain\n\n"
            + "## Previous meetings\n\n### Last meeting 2021-02-23\n\n#### Action items\n\n* Alice Smith to pay the caretaker\n* Website\n\n#### Discussion\n\n* The caretaker asked about the keys.\n");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Bob Jones", "renew the domain"));
    }

    [Fact]
    public void ActionLabelBeforeAGroupInLowerCase_GivesTheGroup()
    {
        var draft = Read("# Steering committee, 9 March 2021\n\nAttendees:\n\n* Alice Smith\n* Bob Jones\n\n## Roadmap\n\n* The draft roadmap was shown.\n* ACTION all: Please comment on the draft roadmap!\n");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("All", "Please comment on the draft roadmap!"));
    }

    [Fact]
    public void ActionSharedOutAmongPeople_IsOwnedByEachOfThem()
    {
        var draft = Read("# Committee notes, 9 March 2021\n\nAttendees:\n\n* Alice Smith\n* Bob Jones\n\n## Announcements\n\n* **ACTION ITEM**: We need one list of places to announce events. Alice to draft the list and Bob to add it to the wiki.\n");

        draft.Actions.ShouldHaveSingleItem().Owners.ShouldBe(["Alice Smith", "Bob Jones"]);
    }

    public static TheoryData<string, string> MinuteTableHeaders => SampleDocuments.InEveryFormat("Discussion\tAction by", "Notes\tWho", "Minute\tAction");

    // Minutes written as a table, a row to each minute, with a column of who is to act: a row with an owner is an action,
    // its minute the task; a row without one records a minute only.
    [Theory]
    [MemberData(nameof(MinuteTableHeaders))]
    public void Convention_TableOfMinutesWithAColumnOfWho_MakesEachOwnedRowAnAction(string header, string fileName)
    {
        var draft = ReadLines(fileName, "## 1. Hall", "Discussed.", "", header, "The roof leaks and a roofer is to be asked for a quote.\tBJ",
            "The new curtains were admired by everyone at the meeting.\t", "The annual meeting is to be held in the hall in May.\tCarol", "", "## 2. Close", "The meeting closed.");

        draft.Actions.Select(Pair).ShouldBe([
            ("Bob Jones", "The roof leaks and a roofer is to be asked for a quote."), ("Carol White", "The annual meeting is to be held in the hall in May."),
        ]);
    }

    [Fact]
    public void TableOfMinutes_WithItemNumbersBesideTheDiscussion_TakesTheDiscussionAsTheTask()
    {
        var draft = Read(Attendance + "## 1. Hall\n\n| Item | Discussion | Owner |\n|---|---|---|\n| 1.1 | The roof leaks and a roofer is to be asked for a quote. | BJ |\n| 1.2 | The new curtains were admired by everyone. | |\n");

        var action = draft.Actions.ShouldHaveSingleItem();
        (action.Reference, Pair(action)).ShouldBe(("1.1", ("Bob Jones", "The roof leaks and a roofer is to be asked for a quote.")));
    }

    [Fact]
    public void DashedActionsAPdfWrapped_KeepTheirSecondLine_AndADashRunIntoTheWordIsABullet()
    {
        var pdf = SampleDocuments.Pdf([
            "Minutes of the Parent Council, 9 March 2021", string.Empty,
            "Present: Alice Smith, Bob Jones, Nora Black, Carol White", string.Empty,
            "3. Fundraising", "The summer fair was discussed at length and a date in June was preferred by most members.", string.Empty,
            "ACTIONS:",
            "- Letter to go out to all parents asking for volunteers who would help at the summer fair on the day itself. Parent",
            "Council to follow up with BJ.",
            "-NB to contact the sports club to see if its hall is free on 28/11.", string.Empty,
            "4. Any other business", "None.",
        ]);

        var draft = DocumentImporter.ReadMinutes(pdf, "minutes.pdf");

        draft.Actions.Select(Pair).ShouldBe([
            (string.Empty, "Letter to go out to all parents asking for volunteers who would help at the summer fair on the day itself. Parent Council to follow up with BJ."),
            ("Nora Black", "contact the sports club to see if its hall is free on 28/11."),
        ]);
    }

    [Fact]
    public void AnActionAPdfWrapped_BeforeTheMonthOfItsDueDate_KeepsTheDate()
    {
        var pdf = SampleDocuments.Pdf([
            "Minutes of the Planning Committee held on Wednesday 14 October 2026", string.Empty,
            "Present: Councillors Jane Hart (Chairman), Tom Bell, Ann Cole", string.Empty,
            "24. APPEAL DECISIONS", "The Committee noted the outcome of the appeals listed in the report.",
            "ACTION: Sarah Lee to circulate the inspector's decision letters to Members by 21",
            "October 2026.", string.Empty,
            "25. DATE OF NEXT MEETING", "The next meeting will be held on Wednesday 11 November 2026.",
        ]);

        var draft = DocumentImporter.ReadMinutes(pdf, "minutes.pdf");

        var action = draft.Actions.ShouldHaveSingleItem();
        (action.Text, action.Due).ShouldBe(("circulate the inspector's decision letters to Members by 21 October 2026.", "2026-10-21"));
    }

    [Fact]
    public void InitialsOfTwoPeople_GoToTheOneWhoseEveryNamePartGivesThem()
    {
        var draft = Read("Minutes of the Parent Council, 9 March 2021\n\nPresent: Dana Grey, Derek Paul Gunn, Carol White\n\n1. Hall\nACTION: DG to book the hall.\nACTION: DPG to pay the deposit.\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([("Dana Grey", "book the hall."), ("Derek Paul Gunn", "pay the deposit.")]);
    }

    [Fact]
    public void ActionAfterWhatWasAgreed_TakesTheAgreedTask_NotTheTopicBeforeIt()
    {
        var draft = Read(Attendance + "4. Matters arising\n- Club night venue - following the new guidance it was agreed to ask the Legion whether its hall is free on Thursdays. Action Bob Jones, by end Dec\n\n5. Close\nThe meeting closed.\n", "minutes.txt");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Bob Jones", "ask the Legion whether its hall is free on Thursdays."));
    }

    [Fact]
    public void MembersOfTheBody_OwnAnActionAsAGroupDoes()
    {
        var draft = Read(Attendance + "## Actions\n\n* Committee members to send their spring event ideas to Carol.\n"
            + "* All trustees are asked to read the draft budget before the next meeting.\n\n## Close\n\nThe meeting closed.\n");

        draft.Actions.Select(Pair).ShouldBe([
            ("Committee members", "send their spring event ideas to Carol."),
            ("All trustees", "read the draft budget before the next meeting."),
        ]);
    }

    [Fact]
    public void ActionItemsTakenOnInNotes_AreActionsOfThoseWhoTookThem()
    {
        var draft = Read("Board notes, 9 March 2021\n\nPresent: Alice Smith, Bob Jones, Carol White\n\n### Topics\n\n"
            + "* Will send a card to the retiring caretaker, Carol takes action item\n"
            + "* The hall booking form has been approved, Bob takes action item to send\n"
            + "* Alice Smith took the action item to renew the insurance before it lapses\n"
            + "* The group took an action to ask their members which evenings suit them\n", "minutes.md");

        draft.Actions.Select(Pair).ShouldBe([
            ("Carol White", "Will send a card to the retiring caretaker"),
            ("Bob Jones", "send: The hall booking form has been approved"),
            ("Alice Smith", "renew the insurance before it lapses"),
            ("The group", "ask their members which evenings suit them"),
        ]);
    }

    [Fact]
    public void BoardTakingActionOnAMatter_IsNoActionItem()
    {
        var draft = Read("Board minutes, 9 March 2021\n\nPresent: Alice Smith, Bob Jones, Carol White\n\n1. Roof\nThe Board took action to approve the roofing contract.\n", "minutes.txt");

        draft.Actions.ShouldBeEmpty();
    }

    [Fact]
    public void NumberedActionWithOwnerInBrackets_IsReadOnceThoughTheClosingListRepeatsIt()
    {
        var draft = Read("# Working Group Call — Minutes\n\n**Date:** 2021-03-09\n\n**Present:** Alice Smith, Bob Jones, Carol White\n\n### 1. Repositories\n\n"
            + "**Bob Jones:** we need somewhere for the new draft\n\n> ***Action #1: create a repository for the draft (Bob Jones)***\n{: #action1 .action}\n\n"
            + "### 2. Action Items\n\n* [Action #1](#action1): create a repository for the draft (Bob Jones)\n");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Reference.ShouldBe("1");
        Pair(action).ShouldBe(("Bob Jones", "create a repository for the draft"));
    }

    [Fact]
    public void OneLabelOverSeveralOwnersTasks_PartedBySemicolons_SetsEach()
    {
        var draft = Read(Attendance + "1. Hall\nThe inspection report was noted.\nACTIONS: AS to obtain quotes for the roof; BJ to contact the insurers.\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([("Alice Smith", "obtain quotes for the roof"), ("Bob Jones", "contact the insurers.")]);
    }

    [Fact]
    public void OwnerAndDateInBracketsAfterTheTask_OwnAndDateIt()
    {
        var draft = Read(Attendance + "1. Hall\nThe lighting is failing.\nAction: replace the hall lighting (Carol White, 30 April 2021)\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        Pair(action).ShouldBe(("Carol White", "replace the hall lighting"));
        action.Due.ShouldBe("2021-04-30");
    }

    [Fact]
    public void OwnerLabelledAfterTheTask_OwnsIt_AndIsNoPartOfIt()
    {
        var draft = Read(Attendance + "1. Website\nThe website is out of date.\nAction: update the members page. Owner: Bob Jones\n", "minutes.txt");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Bob Jones", "update the members page"));
    }

    [Theory]
    [InlineData("Responsible person")]
    [InlineData("Assigned to")]
    [InlineData("Action by")]
    [InlineData("Resp")]
    public void OwnerLabelledAfterTheTask_InAnOwnerColumnsWord_OwnsIt(string label)
    {
        var draft = Read(Attendance + $"1. Website\nThe website is out of date.\nAction: update the members page. {label}: Bob Jones\n", "minutes.txt");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Bob Jones", "update the members page"));
    }

    [Fact]
    public void NumberedClosingList_OfOwnerTaskAndWhen_SetApartByDashes_SetsEachWithoutTheLooseDue()
    {
        var draft = Read(Attendance + "1. Hall\nThe roof leaks.\n\n2. Bank\nThe mandate was discussed.\n\n3. Close\nThe meeting closed.\n\n"
            + "Action points\n1. Carol White - obtain quotes for the roof - ASAP\n2. Bob Jones - update the bank mandate - next meeting\n3. Alice Smith - book the hall - 30 April 2021\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([("Carol White", "obtain quotes for the roof"), ("Bob Jones", "update the bank mandate"), ("Alice Smith", "book the hall")]);
        draft.Actions.Select(a => a.Reference).ShouldBe(["1", "2", "3"]);
        draft.Actions.Select(a => a.Due).ShouldBe([null, null, "2021-04-30"]);
        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Hall", "Bank", "Close"]);
    }

    [Fact]
    public void NumberedLineUnderActionPoints_ThatNamesNobodyOfTheAttendance_IsNoAction()
    {
        var draft = Read(Attendance + "1. Hall\nThe roof leaks.\n\nAction points\n1. Carol White - obtain quotes for the roof\n\n2. Finance - the accounts were noted\n", "minutes.txt");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Carol White", "obtain quotes for the roof"));
    }

    [Theory]
    [InlineData("AP1: BJ to renew the insurance.", "AP1")]
    [InlineData("AP 2 – BJ to renew the insurance.", "AP2")]
    public void NumberedActionPoint_IsLabelled_AndKeepsItsReference(string line, string reference)
    {
        var draft = Read(Attendance + "1. Insurance\nThe policy runs out in May.\n" + line + "\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        Pair(action).ShouldBe(("Bob Jones", "renew the insurance."));
        action.Reference.ShouldBe(reference);
    }

    [Fact]
    public void OwnerInTheMarginOfAPlainTextFile_SetApartBySpaces_OwnsTheLine()
    {
        var draft = Read(Attendance + "1. Roads\n    Potholes on the High Street are getting worse.                    AS\n    The verge on Mill Lane was not cut.                     BJ\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([("Alice Smith", "Potholes on the High Street are getting worse."), ("Bob Jones", "The verge on Mill Lane was not cut.")]);
    }

    [Fact]
    public void GivenNameOfAnAttendeeListedByInitial_ResolvesToTheOnlyOneWithThatInitial()
    {
        var draft = Read("Minutes of the Grants Panel, 4 May 2022\n\nPresent: R. Okafor, T. Lindqvist, M. Baird\n\n1. Grants\nThe round was discussed.\nACTION: Tessa to circulate the scoring sheet.\n", "minutes.txt");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("T. Lindqvist", "circulate the scoring sheet."));
    }

    [Fact]
    public void TaskListUnderAnActionItemsHeading_LeavesTheBoxOutOfOwnerAndTask_AndDropsTickedEntries()
    {
        var draft = Read(Attendance + "## Notes\n- The release was discussed.\n\n## Action items\n- [ ] Carol to draft the release notes (by 2021-03-31)\n- [x] Bob Jones: update the changelog\n- [ ] Alice Smith: book the venue\n");

        draft.Actions.Select(Pair).ShouldBe([("Carol White", "draft the release notes (by 2021-03-31)"), ("Alice Smith", "book the venue")]);
        draft.Actions[0].Due.ShouldBe("2021-03-31");
    }

    [Fact]
    public void OwnerAndDueLinesUnderAnAction_GiveItsOwnerAndDeadline()
    {
        var draft = Read(Attendance + "1. Budget\nThe budget was noted.\nAction: The Treasurer to circulate the revised forecast.\nOwner: Bob Jones\nDue: 30 April 2021\n\n2. Close\nThe meeting closed.\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.ShouldBe(["Bob Jones"]);
        action.Text.ShouldContain("circulate the revised forecast");
        action.Due.ShouldBe("2021-04-30");
    }

    [Theory]
    [InlineData("Action by: Bob Jones", "Target date: 30 April 2021")]
    [InlineData("Responsible officer – Bob Jones", "By when: 30 April 2021")]
    [InlineData("Assigned to: Bob Jones", "When: 30 April 2021")]
    public void FieldLinesUnderAnAction_NamedAsAnActionTableNamesItsColumns_GiveItsOwnerAndDeadline(string owner, string due)
    {
        var draft = Read(Attendance + $"1. Budget\nThe budget was noted.\nAction: The Treasurer to circulate the revised forecast.\n{owner}\n{due}\n\n2. Close\nThe meeting closed.\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.ShouldBe(["Bob Jones"]);
        action.Due.ShouldBe("2021-04-30");
    }

    [Fact]
    public void DateLineUnderAnAction_IsNoDeadline()
    {
        var draft = Read(Attendance + "1. Budget\nThe budget was noted.\nAction: Bob Jones to circulate the revised forecast.\nDate: 9 March 2021\n\n2. Close\nThe meeting closed.\n", "minutes.txt");

        draft.Actions.ShouldHaveSingleItem().Due.ShouldBeNull();
    }

    [Fact]
    public void ActionUnderTheItemAfterAReviewOfEarlierActions_IsANewAction()
    {
        var draft = Read(Attendance + "FC/11 Actions carried forward\nFC/09 Bench repair - Bob Jones - complete.\n\nFC/12 Grants\nIt was resolved to award £300 to the scouts.\nAction: Alice Smith to write to the scouts.\n\nFC/13 Close\nThe meeting closed.\n", "minutes.txt");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Alice Smith", "write to the scouts."));
    }

    [Fact]
    public void LoginHandleOfAnAttendee_InATaskList_ResolvesToTheirName()
    {
        var draft = Read(Attendance + "## Actions\n- [ ] @bjones: tag the release\n- [ ] @zzhang: update the website\n");

        draft.Actions.Select(Pair).ShouldBe([("Bob Jones", "tag the release"), ("@zzhang", "update the website")]);
    }

    [Fact]
    public void LabelledActionWhoseTaskReviewsSomething_IsAnActionOfThisMeeting_OwnedByABodyNamedInTheTitle()
    {
        var draft = Read("Riverside Residents Association and Portal\nMinutes of the liaison meeting held on 14 October 2024\n\n"
            + "Present: Ian Walsh (Chair), Priya Shah (Secretary), Tom Green\n\n1. Parking\nResidents have complained about parking on the verge.\n\n"
            + "[Action: Portal to review the parking signs.]\n\n2. Bins\nThe committee discussed the bins.\n\n"
            + "[Action: Portal to order new bins.]\n\n3. Lighting\nLights are out on the path.\n\n[Action: Council to repair the lights.]\n");

        draft.Actions.Select(a => (string.Join("|", a.Owners), a.Text)).ShouldBe([
            ("Portal", "review the parking signs."), ("Portal", "order new bins."), ("Council", "repair the lights.")]);
    }

    [Fact]
    public void TopicThenDash_GivesTheOwnerAfterTheDash_NotTheTopic()
    {
        var draft = Read(Attendance + "## Actions\n\n- Strategic Plan – Carol to review the draft and send comments\n- Hall Booking Calendar – Email the caretaker about the spring dates\n");

        draft.Actions.Select(Pair).ShouldBe([
            ("Carol White", "review the draft and send comments"),
            ("", "Hall Booking Calendar – Email the caretaker about the spring dates"),
        ]);
    }

    [Theory]
    [InlineData("Action: Head of Finance to present the revised budget", "Head of Finance")]
    [InlineData("Action: Board Clerk White to book the room for the training", "Carol White")]
    public void OwnerNamedByPost_IsThePostOrTheHolderNamedAfterIt(string line, string owner)
    {
        var draft = Read(Attendance + "## 1. Budget\n\n" + line + "\n");

        draft.Actions.ShouldHaveSingleItem().Owners.ShouldBe([owner]);
    }

    [Fact]
    public void OneReference_InTheDiscussionAndTheClosingTable_IsOneAction()
    {
        var draft = Read("# Data Standards Advisory Board\n\nMinutes of meeting held on 14 June 2023\n\n**Attendees**\n\n* Priya Mehta\n* Simon Okafor\n\n"
            + "## 1. Address data\n\n**Action 23/07:** Priya Mehta to circulate the recommendation paper to members by 30 June.\n\n## Actions\n\n"
            + "| Ref | Action | Owner | Due |\n|---|---|---|---|\n| 23/07 | Circulate the recommendation paper | Priya Mehta | 30 June 2023 |\n"
            + "| 23/08 | Send details of the open call | Simon Okafor | July 2023 |\n", "minutes.md");

        draft.Actions.Select(a => a.Reference).ShouldBe(["23/07", "23/08"]);
        draft.Actions[0].Due.ShouldBe("2023-06-30");
    }

    [Fact]
    public void ActionLogInColumnsSetOutWithSpaces_IsReadAsATable()
    {
        var draft = Read("Milltown Allotment Society\nCommittee meeting, 4 March 2025\n\nPresent: Ann Lee (AL, chair), Tom Fox (TF), Jo Hart (JH), Raj Patel (RP)\n\n"
            + "1. Water supply\nThe meter on plot 14 is leaking.\n\nACTIONS\nWho      Action                                        Status\n"
            + "AL       Send the draft budget to the treasurer         New\nTF/JH    Book the hall for the AGM                      Ongoing\n"
            + "RP       Chase the insurance renewal                    New\n\nNext meeting: 1 April 2025\n", "minutes.txt");

        draft.Actions.Select(a => (string.Join(" + ", a.Owners), a.Text)).ShouldBe([
            ("Ann Lee", "Send the draft budget to the treasurer"), ("Tom Fox + Jo Hart", "Book the hall for the AGM"), ("Raj Patel", "Chase the insurance renewal")]);
        draft.Attendees[0].Role.ShouldBe("Chair");
    }

    [Theory]
    [InlineData("Clerk to write to the County Council about the blocked drain – ACTION CLERK", "CLERK", "Clerk to write to the County Council about the blocked drain.")]
    [InlineData("The Clerk is to write to the County Council about the blocked drain. Clerk to action.", "Clerk", "The Clerk is to write to the County Council about the blocked drain.")]
    public void OwnerMarkedAfterTheTask_OwnsIt(string line, string owner, string task)
    {
        var draft = Read("Ashcombe Parish Council\nMinutes of the meeting held on Tuesday 5 March 2024\n\nPresent: Cllr Ann Lee (Chair), Cllr Tom Fox\n"
            + "In attendance: Mrs K Bell (Clerk)\n\n1. Highways\n" + line + "\n\n2. Close\nThe meeting closed at 9pm.\n", "minutes.txt");

        draft.Actions.Select(a => (string.Join(" + ", a.Owners), a.Text)).ShouldBe([(owner, task)]);
    }
    private const string Group = "# Riverside modelling group minutes\n\n3 March 2022\n\nParticipants: Ann Lee (AL), Tom Fox (TF), Sue Day (SD)\n\n## Finance\n\nThe treasurer reported.\n\n";

    [Fact]
    public void ClosingListNumberedByItem_GivesTheReferenceAndTheOwners()
    {
        var draft = Read(Group + "## Open and new actions:\n\n * 2.4: AL/TF: Create a scoping note on the river.\n * 2.5: AL to find out which period suits.\n"
            + " - 3.1 Tom to arrange a meeting with the bank.\n");

        draft.Actions.Select(a => (a.Reference, string.Join('+', a.Owners), a.Text)).ShouldBe([
            ("2.4", "Ann Lee+Tom Fox", "Create a scoping note on the river."),
            ("2.5", "Ann Lee", "find out which period suits."),
            ("3.1", "Tom Fox", "arrange a meeting with the bank."),
        ]);
    }

    [Fact]
    public void RegisterKeptInTheMinutes_ItsHeadingIsNoAction_AndItsOpenMarkNoPartOfTheTask()
    {
        var draft = Read(Group + "## Business\n\n- ACTIONS: Who / What / When / With\n- ACTION: TODO: Sue: Confirm the bank's new address.\n- ACTION: TODO: Tom to renew the insurance\n");

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([("Sue Day", "Confirm the bank's new address."), ("Tom Fox", "renew the insurance")]);
    }

    [Fact]
    public void MembersMarkedAbsentInAnAttendanceListAtTheFoot_AreNoOpenTasks()
    {
        var discussion = string.Concat(Enumerable.Range(1, 12).Select(k => $"## Topic {k}\n\n* The group discussed topic {k}.\n\n"));
        var draft = Read("# 2025-01-16 : TSC Minutes\n\n" + discussion + "## Action items\n\n* [ ] Open an issue on meeting times (Ann)\n\n"
            + "## Attended by\n\n### Voting members\n\n* [X] Ann Lee, Riverside University\n* [X] Tom Fox, Hillside Ltd\n* [ ] Bob Stone, Hillside Ltd\n");

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([("Ann Lee", "Open an issue on meeting times")]);
        draft.Attendees.Select(p => p.Name).ShouldBe(["Ann Lee", "Tom Fox"]);
    }
    [Fact]
    public void ActionLabelThenOneWhoAgreed_GivesTheOwner()
    {
        var draft = Read(Attendance.Replace("Carol White", "Gregory Chen", StringComparison.Ordinal) + "1. Experts\nThe group wants more experts.\nAction Gregory agreed to take the lead on compiling a list of experts.\n\n2. Close\nThe meeting closed.\n", "minutes.txt");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Gregory Chen", "Gregory agreed to take the lead on compiling a list of experts."));
    }

    [Theory]
    [InlineData("ACTION: JBR to invite the validation group.", "Joseph Rickert")]
    [InlineData("ACTION: Norm to publish the release.", "Norman Walsh")]
    public void OwnersByInitialsWithAMiddleOneOrByAFamiliarName_AreResolved(string line, string owner)
    {
        var draft = Read("Minutes of the Technical Committee, 9 March 2021\n\nPresent: Joseph Rickert, Norman Walsh, Paul Grosso\n\n1. Release\nDiscussed.\n" + line + "\n", "minutes.txt");

        draft.Actions.ShouldHaveSingleItem().Owners.ShouldBe([owner]);
    }

    private const string Register = "MONTHLY TRUSTEE MEETING\nTUESDAY 19th MARCH 2019\n\nPresent\tApologies\nSteve Scott (Chair)\tPaul Jones (Cricket Club)\n"
        + "Kevin Farnham (Film Society)\nPatricia Burrell (WI)\n\n1. HOUSE REPORT\nPB noted the Public liability insurance needs to be reviewed and renewed.\n\nACTION: KF\n\n"
        + "2. NEXT MEETING\nTuesday 23rd April 2019.\n\n3. OUTSTANDING ACTIONS\n\nDATE\tNUMBER ACTION\tOWNER TARGET DATE\n"
        + "21/08/2018 027\tReview legal and data requirements in\tKF\t31/12/2018\nrespect of CCTV.\n"
        + "20/11/2018 040\tLetter for car parking permits.\tAdmin &\tOngoing\nLegal\n"
        + "08/01/2019 041\tQuestions\tfrom\tCP to\tbe\tSS\t19/03/2019\nforwarded/answered\n"
        + "19/03/2019 053\tKF to renew Public Liability Insurance.\tKF\t13/04/2019\n";

    [Fact]
    public void AClosingRegisterOfOutstandingActions_IsTheMeetingsActionList_AndTakesThePlaceOfTheMarginActionItRepeats()
    {
        var draft = Read(Register, "minutes.txt");

        draft.Actions.Select(a => (a.Reference, string.Join('+', a.Owners), a.Text, a.Due)).ShouldBe([
            ("027", "Kevin Farnham", "Review legal and data requirements in respect of CCTV.", "2018-12-31"),
            ("040", "Admin+Legal", "Letter for car parking permits.", null),
            ("041", "Steve Scott", "Questions from CP to be forwarded/answered", "2019-03-19"),
            ("053", "Kevin Farnham", "renew Public Liability Insurance.", "2019-04-13"),
        ]);
    }

    [Fact]
    public void PresentAndApologiesColumns_HeadedWithoutColons_AreTwoLists()
    {
        var draft = Read(Register, "minutes.txt");

        draft.Attendees.Select(p => p.Name).ShouldBe(["Steve Scott", "Kevin Farnham", "Patricia Burrell"]);
        draft.Apologies.Select(p => p.Name).ShouldBe(["Paul Jones"]);
    }

    [Fact]
    public void OutstandingActionsEarlyInTheMinutes_AreTheLastMeetingsAndNoneOfThisOnes()
    {
        var draft = Read("MONTHLY TRUSTEE MEETING\nTUESDAY 19th MARCH 2019\n\nPresent: Steve Scott, Kevin Farnham, Patricia Burrell\n\n1. OUTSTANDING ACTIONS\n\n"
            + "DATE\tNUMBER ACTION\tOWNER TARGET DATE\n21/08/2018 027\tReview legal and data requirements\tKF\t31/12/2018\n\n"
            + "2. HOUSE REPORT\nThe hall was cleaned.\nACTION: KF to renew the Public Liability Insurance.\n\n3. PUBLIC RELATIONS\nNothing to report.\n\n4. AOB\nNone.\n\n"
            + "5. NEXT MEETING\nTuesday 23rd April 2019.\n", "minutes.txt");

        draft.Actions.ShouldHaveSingleItem().Text.ShouldBe("renew the Public Liability Insurance.");
    }

    [Theory]
    [InlineData("Action PE PH BM to attend the pre-planning meeting", "Mr P Evans+Mr P Harrison+Mrs B Molog")]
    [InlineData("Action NB, PE, BM subcommittee to meet and prepare a draft constitution", "Mr N Beaney+Mr P Evans+Mrs B Molog")]
    [InlineData("(ii)\tAction BM to contact the company", "Mrs B Molog")]
    [InlineData("Action Trustees to discuss opening hours for 2016", "Trustees")]
    public void ATrustsActionLines_NameTheirOwnersByInitialsFromTheRoll(string line, string owners)
    {
        var draft = Read("PEVENSEY TOWN TRUST\n\nMinutes of the meeting held on Wednesday 2 September 2015 7.00pm.\n\n"
            + "Present Mr P Evans (PE), Mrs B Molog (BM), Mr N Beaney (NB), Mr P Harrison (PH)\n\n1.\tCourt House\nDiscussed.\n" + line + "\n", "minutes.txt");

        draft.Attendees.Count.ShouldBe(4);
        string.Join('+', draft.Actions.ShouldHaveSingleItem().Owners).ShouldBe(owners);
    }

    [Fact]
    public void TheClerkInCapitals_MarksATask_OnALongLineOrABullet_AndIsWrittenClerk()
    {
        var draft = Read("WROXTON PARISH COUNCIL\nMINUTES OF THE MEETING ON 5th JANUARY 2026\n\nPresent: Cllr Harvey Marcovitch (Chair), Cllr Sarah Colbert\n\n"
            + "05/26 Salt bins\nOCC Highways are responsible for salt bins and contents. Salt/grit is provided annually.\n"
            + "CLERK to request a new bin for Church Road in Wroxton and enquire about top up.\n\n06/26 Clerk update\n"
            + "- CLERK to chase for promised repairs to Wroxton Church Steps.\n- Wroxton Quarry extension Clerk to confirm progress\n", "minutes.txt");

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([
            ("Clerk", "request a new bin for Church Road in Wroxton and enquire about top up."),
            ("Clerk", "chase for promised repairs to Wroxton Church Steps."),
        ]);
    }

    [Fact]
    public void ActionAndAFirstNameAfterAComma_CloseTheirSentenceAsItsOwner()
    {
        var draft = Read(Attendance + "1. Hall\n- The gutter over the porch is blocked again, action Bob.\n"
            + "- Are we insured? Check the policy wording, action Carol. Also ask the parish council.\n- Fire door still sticks, c/f action Bob.\n"
            + "- The caretaker reported that the boiler was serviced.\n- Further action will follow next year.\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([
            ("Bob Jones", "The gutter over the porch is blocked again"),
            ("Carol White", "Check the policy wording"),
            ("Bob Jones", "Fire door still sticks"),
        ]);
    }

    [Fact]
    public void GoalLines_WithOwnersInitialsAfterTheLastDash_AreActions()
    {
        var draft = Read("# Meeting: Core Team 2019-03-01\n\n### Attendees\n\nAB CD EF\n\n### Minutes\n\nServer moved to the new host - CD\n\n"
            + "Goal: Write the migration notes - AB  \nGoal: Review the test data - CD EF. Raised at the last call too.\nGoal: Book the venue - EF\n\n"
            + "Goal - Budget for hosting - ask finance - AB/CD  \nGoal - Agree a release plan\n");

        draft.Actions.Select(Pair).ShouldBe([
            ("AB", "Write the migration notes"),
            ("CD+EF", "Review the test data"),
            ("EF", "Book the venue"),
            ("AB+CD", "Budget for hosting - ask finance"),
        ]);
    }

    [Fact]
    public void ActionOnSomeoneTo_OnEveryoneAsOnOne_RunTogetherOrInsideAParagraph()
    {
        var draft = Read("# Council call, 3 March 2015\n\n**Present:** Ann Booth (AB), Carl Dunn (CD)\n\n## Release\n\n"
            + "**Action on AB to fix the date.**Action on everyone to review their open tickets before the release.\n\n"
            + "## Meeting\n\nShould we fund a second host [which? when?]. Action on CD to ask the host about rooms. Nothing else was raised.\n");

        draft.Actions.Select(Pair).ShouldBe([
            ("Ann Booth", "fix the date."),
            ("Everyone", "review their open tickets before the release."),
            ("Carl Dunn", "ask the host about rooms."),
        ]);
    }

    [Fact]
    public void NumberedActionsUnderItemsFromLastMeeting_AreReportsAndNoNewActions()
    {
        var draft = Read(Attendance + "2. Minutes\nItems from last meeting:\n\nAction 1 – Quote received from the glazier\nAction 2 – TBC\n\n"
            + "3. Hall\nThe porch light is broken.\nAction 3 – Bob Jones to replace the porch light\n", "minutes.txt");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Bob Jones", "replace the porch light"));
    }

    [Fact]
    public void ActionItemsLabelRunTogether_StillHeadsTheList()
    {
        var draft = Read(Attendance + "Weagreed to meet again.\n\nActionItems:\n\nBob to update the tracker, issue 3 – propose wording for the note.\n\nCarol to draft the process note.\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([
            ("Bob Jones", "update the tracker, issue 3 – propose wording for the note."),
            ("Carol White", "draft the process note."),
        ]);
    }

    [Fact]
    public void MarginOwnerBesideTheTailOfAWrappedSentence_TakesTheClauseAfterTheDash_AndNotAPaymentRow()
    {
        var draft = Read("OAKLEY PARISH COUNCIL\nMinutes of the meeting held on Monday 5th October 2020\n\nPresent: Cllrs. Ann Stone, Carl Dunn\nMary Pike, Clerk\n\n"
            + "20/101 HALL\nThe hall committee would like to present its plans to a wider\naudience – the Clerk was asked to liaise with the hall committee to arrange.\tClerk\n\n"
            + "20/102 GRANTS\nA grant may be available for the play area\nwork. It was agreed that the Clerk should apply before the deadline.\tClerk\n\n" + "20/103 PAYMENTS\n100231\t£512.40\tMary Pike\tClerk\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([
            ("Clerk", "the Clerk was asked to liaise with the hall committee to arrange."),
            ("Clerk", "apply before the deadline."),
        ]);
    }

    [Fact]
    public void GroupsShortNameInBracketsAfterALabelledTask_OwnsIt()
    {
        var draft = Read(Attendance + "1. Scope\nThe scope of the glossary was discussed.\n\nACTION: list the terms still undefined (GlossaryWG)\n\n"
            + "ACTION: Add Costs and Savings to the template. (GlossaryWG)\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([
            ("GlossaryWG", "list the terms still undefined"),
            ("GlossaryWG", "Add Costs and Savings to the template."),
        ]);
    }

    [Fact]
    public void LabelledActionWrappedOverPlainTextLines_IsReadToTheEndOfItsParagraph()
    {
        var draft = Read(Attendance + "1. Terms\nThe glossary was discussed.\n\nACTION (Carol): To propose other words for\n\"stored\" in the definition above.  We will try to agree\non one of them before the next call.\n\n"
            + "ACTION: Bob - draft two of the entries in the\nnew style and circulate them\n\n2. Close\nThe meeting closed.\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([
            ("Carol White", "To propose other words for \"stored\" in the definition above. We will try to agree on one of them before the next call."),
            ("Bob Jones", "draft two of the entries in the new style and circulate them"),
        ]);
    }

    [Fact]
    public void ActionLabelDatedByTheMeetingThatSetIt_IsNewOnlyWhenDatedThisMeeting()
    {
        var draft = Read(Attendance + "1. Actions\n\n   ACTION 2021-03-09: Alice to draft review questions about\n   the grant form.\n\n   ACTION 2021-03-09 Carol: Summarize the discussion of\n   the budget lines for the list.\n\n"
            + "   ACTION 2021-03-09: Bob to book the room for May.\n\n   ACTION 2021-01-12: Alice to check the bank mandate\n   and report back.\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([
            ("Alice Smith", "draft review questions about the grant form."),
            ("Carol White", "Summarize the discussion of the budget lines for the list."),
            ("Bob Jones", "book the room for May."),
        ]);
    }

    [Fact]
    public void ActionLabelInSquareBrackets_DatedOrNamedAnItem_GivesTheOwnerAndTheTask_EvenWhenSetAtAnEarlierMeeting()
    {
        var draft = Read(Attendance + "## Action items\n\n- [Action 2021-02-09] Alice will draft the grant questions.\n- [Action 2020-11-10] Bob and Carol will check the bank mandate.\n\n"
            + "## 2. Budget\n\nThe lines were discussed.\n\n[Action item] Carol will summarise the budget lines for the list.\n\n[ACTION 9/3/21] - Bob to book the room for May.\n");

        draft.Actions.Select(Pair).ShouldBe([
            ("Alice Smith", "draft the grant questions."),
            ("Bob Jones+Carol White", "check the bank mandate."),
            ("Carol White", "summarise the budget lines for the list."),
            ("Bob Jones", "book the room for May."),
        ]);
    }

    [Fact]
    public void OwnerMarkedAtTheEndOfAWrappedBullet_TakesTheWholeBullet()
    {
        var draft = Read(Attendance + "1. Process\n\n  * Add wording to the process document about\n    the mission statement, e.g. to section 4 --\n    Action: Carol.\n\n"
            + "  * Change the criteria in 4.3.1 so they are not\n    'exclusive' -- Action: Alice and Bob\n    Budget\n\n  * Agreed to review the fees\n    for next year -- Action: Bob\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([
            ("Carol White", "Add wording to the process document about the mission statement, e.g. to section 4"),
            ("Alice Smith+Bob Jones", "Change the criteria in 4.3.1 so they are not 'exclusive'"),
            ("Bob Jones", "Agreed to review the fees for next year"),
        ]);
    }

    [Fact]
    public void OwnersOfABulletWrappedOntoTheLineBelowItsLabel_OrNotedWithTheirPart_AreReadWithTheBullet()
    {
        var draft = Read(Attendance + "1. Process\n\n  * Agree the wording of the grant form with the\n    county (see page 4 of the pack) -- Action:\n    Alice, Carol\n\n"
            + "  * Ask the bank about the mandate --\n    Action: Bob (as treasurer)\n\n  * Book the hall for May -- ACTION:\n    Carol.\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([
            ("Alice Smith+Carol White", "Agree the wording of the grant form with the county (see page 4 of the pack)"),
            ("Bob Jones", "Ask the bank about the mandate"),
            ("Carol White", "Book the hall for May"),
        ]);
    }

    [Fact]
    public void InitialsLedTaskOverItsDeadline_IsAnAction_EvenInTheReviewOfEarlierActions()
    {
        var draft = Read("Council call, 2021-03-09\n\nReview of Actions\n\nThe following action items from the previous minutes were reviewed:\n\n"
            + "Glossary* AS had circulated notes, and these had been discussed.\n\nAS to move the glossary to the new site and report.\n\n2021-04-10\n\n"
            + "Budget* BJ reported on the accounts.\n\nALL to send BJ their costs for the year\n\n2021-04-2 Website* CW reported no progress.\n\n"
            + "CW reported that the site was slow.\n", "minutes.md");

        draft.Actions.Select(a => (Pair(a), a.Due)).ShouldBe([
            (("AS", "move the glossary to the new site and report."), "2021-04-10"),
            (("ALL", "send BJ their costs for the year"), "2021-04-02"),
        ]);
    }

    [Fact]
    public void NextStepsOverShortParagraphs_EachIsAnAction_OwnedOrNot()
    {
        var draft = Read(Attendance + "1. Rules\nThe draft rules were reviewed.\n\nNext Steps:\n\nUpdate the rules tracker.\n\nBob check with the bank on the mandate.\n\n"
            + "Publish the draft after the AGM next month.\n\nThe meeting closed at nine.\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([
            (string.Empty, "Update the rules tracker."),
            ("Bob Jones", "check with the bank on the mandate."),
            (string.Empty, "Publish the draft after the AGM next month."),
        ]);
    }

    [Fact]
    public void ActionsLabelOverNumberedPoints_EachPointIsAnAction_OwnedByItsBracketOrNot()
    {
        var draft = Read(Attendance + "1. Old boiler\nThe boiler in the annexe failed twice this winter.\n\nActions:\n1. Phone the installer about the warranty. (Carol?)\n"
            + "2. Drain the system before the frost.\n3. New heating:\na. Ask three firms for quotes (Alice, Bob)\nb. Check the grant scheme for halls.\n"
            + "4. Write up the fault log for the insurer. (Bob)\na. Dates\nb. Engineer visits\n5. Replacement?\n\n2. Close\nThe meeting closed.\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([
            ("Carol White", "Phone the installer about the warranty."),
            (string.Empty, "Drain the system before the frost."),
            ("Alice Smith+Bob Jones", "Ask three firms for quotes"),
            (string.Empty, "Check the grant scheme for halls."),
            ("Bob Jones", "Write up the fault log for the insurer."),
        ]);
    }

    [Fact]
    public void OwnersInTheClosingBracket_MarkedDoneOrUnsure_StillOwnTheTask()
    {
        var draft = Read(Attendance + "1. Annexe\nThe annexe floor is damp.\n\nAction: Lift the carpet and dry the boards (Alice & Carol -- DONE).\n\n"
            + "Action: Book a surveyor for the walls (Bob?)\n\n2. Close\nThe meeting closed.\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([
            ("Alice Smith+Carol White", "Lift the carpet and dry the boards"),
            ("Bob Jones", "Book a surveyor for the walls"),
        ]);
    }

    [Fact]
    public void ActionInSquareBracketsClosingABullet_OwnsTheBullet_WhateverNoteFollowsTheOwner()
    {
        var draft = Read(Attendance + "1. Equipment\n\n- The old projector goes back to the hire shop [Action: Carol, DONE]\n"
            + "- The hall's fire extinguishers are due for their yearly check [Action: BobJ, booked for the 12th]\n- Nobody has the spare key.\n\n2. Close\nThe meeting closed.\n");

        draft.Actions.Select(Pair).ShouldBe([
            ("Carol White", "The old projector goes back to the hire shop"),
            ("Bob Jones", "The hall's fire extinguishers are due for their yearly check"),
        ]);
    }

    [Fact]
    public void GivenNameAndColonThenWhatTheyWillDo_IsTheirTask()
    {
        var draft = Read(Attendance + "1. Boiler\nThe boiler failed twice.\nCarol: Will phone the installer about the warranty.\n\n"
            + "Bob: Ask the bank for the new mandate forms.\n\nAlice: The accounts are in good order.\n\n2. Close\nThe meeting closed.\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([
            ("Carol White", "Will phone the installer about the warranty."),
            ("Bob Jones", "Ask the bank for the new mandate forms."),
        ]);
    }

    [Fact]
    public void ReviewLabelOverBullets_ReviewsThatListOnly_WhenNoHeadingEndsIt()
    {
        var draft = Read(Attendance + "Actions since the last meeting:\n- Bob: Renew the hall insurance [DONE]\n- Carol: Order the new chairs\n\n"
            + "Hall repairs:\nThe gutter over the porch is loose again.\nAlice: Will ask the roofer for a date.\n", "minutes.txt");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Alice Smith", "Will ask the roofer for a date."));
    }

    [Fact]
    public void RollLineWithInitialsInFront_GivesTheOwnerByNameAlone()
    {
        var draft = Read("Committee minutes, 3 May 2022\n\nAttendees\n- (AS) Alice Smith - Chair\n- (BJ) Bob Jones - Treasurer\n\nMinutes\n1. Hall\nDiscussed.\n\n"
            + "Actions\n- AS to book the hall\n- BJ to pay the deposit\n");

        draft.Actions.Select(Pair).ShouldBe([("Alice Smith", "book the hall"), ("Bob Jones", "pay the deposit")]);
    }

    [Fact]
    public void ListEntryWithABracketOpen_GoesOnOverTheLineBelow()
    {
        var draft = Read(Attendance + "1. Hall\nDiscussed.\n\nActions\n- AS to write to the hall (the key is with\nTHE CARETAKER until May)\n- BJ to pay the deposit\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([("Alice Smith", "write to the hall (the key is with THE CARETAKER until May)"), ("Bob Jones", "pay the deposit")]);
    }

    [Fact]
    public void InitialsAndADash_RunTogetherUnderTitles_AreOneActionEach()
    {
        var draft = Read(Attendance + "1. Hall\nDiscussed.\n\nActions\n\nHall hire\nAS - Book the hall for June BJ - Pay the deposit\n  - Deadline: 30 May\n\n"
            + "Newsletter\nCW - Draft the spring newsletter\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([("Alice Smith", "Book the hall for June"), ("Bob Jones", "Pay the deposit"), ("Carol White", "Draft the spring newsletter")]);
    }

    [Fact]
    public void LabelInLowerCase_InsideBullets_SetsTheTask()
    {
        var draft = Read(Attendance + "## Notes\n\n1. Hall\n    * the roof leaks\n    * action AS: ask the roofer for a quote\n    * action BJ - pay the deposit\n    * action all: read the lease\n");

        draft.Actions.Select(Pair).ShouldBe([("Alice Smith", "ask the roofer for a quote"), ("Bob Jones", "pay the deposit"), ("All", "read the lease")]);
    }

    [Fact]
    public void InitialsOfLoginHandles_ResolveToTheHandle()
    {
        var draft = Read("# Meeting 2023-04-01\n\n**Attendees:** @asmith, @bjones, @CarolWhite\n\n## Notes\n\n1. Hall\n    * action AS: ask the roofer for a quote\n    * action CW: draft the newsletter\n");

        draft.Actions.Select(a => string.Join('+', a.Owners)).ShouldBe(["@asmith", "@CarolWhite"]);
    }

    [Fact]
    public void HandleAfterTheEntry_OwnsIt()
    {
        var draft = Read("# Meeting 2023-04-01\n\n**Attendees:** @asmith, @bjones\n\n## Notes\n\n- The release is late.\n\n## Action items\n\n- draft the release notes @asmith\n- tag the release: @bjones\n");

        draft.Actions.Select(Pair).ShouldBe([("@asmith", "draft the release notes"), ("@bjones", "tag the release")]);
    }

    [Fact]
    public void PostAfterANameOnTheRoll_IsNoPartOfTheOwner()
    {
        var draft = Read("HARBOUR TRUST\nMINUTES 4 May 2022\n\nPresent Mr A Stone (AS), Mr D Wells (DW), Mrs C White Honorary Clerk (CW)\n\n1. Letters\nThe letters were read.\nAction CW to write to the bank.\n", "minutes.txt");

        draft.Attendees.Select(a => a.Name).ShouldContain("Mrs C White");
        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Mrs C White", "write to the bank."));
    }

    [Fact]
    public void TaskListEntryOwnedByAHandle_IsDueByItsDate_AndReadWithoutTheJoiningTo()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Steering Meeting - 2024-02-06\n\n## Attendees\n* Alice Moreno (Acme)\n* Chen Wei\n\n"
            + "## Notes\nThe release is nearly ready.\n\n## Action Items\n- [ ] @amoreno: cut the 2.4 release candidate by Feb 13\n- [ ] @cwei to update GOVERNANCE.md\n"), "minutes.md");

        draft.Actions.Select(a => (a.Text, a.Due)).ShouldBe([("cut the 2.4 release candidate by Feb 13", "2024-02-13"), ("update GOVERNANCE.md", (string?)null)]);
    }

    [Fact]
    public void GivenNameOwner_IsTheFullNameTheTextWrites_WhereTheAttendanceDoesNotHaveIt()
    {
        var draft = Read("Hillside Allotment Society\nCommittee Meeting, 3 May 2022\n\nPresent: Ann Lee, Tom Reid\n\n"
            + "1. Water\nThe report from Margaret Dunmore, Water Officer, was received. The east trough leaks.\nAction: Margaret to ask the plumber for a quote.\n\n"
            + "2. Shed\nThe shed lock is broken.\nAction: MD to buy a new lock.\n", "minutes.txt");

        draft.Actions.Select(Pair).ShouldBe([("Margaret Dunmore", "ask the plumber for a quote."), ("Margaret Dunmore", "buy a new lock.")]);
    }

    [Fact]
    public void GivenNameOwnerInAnActionTable_IsTheFullNameTheTextWrites_ThoughNoListOfNamesKnowsIt()
    {
        var draft = Read("# Hillside Allotment Society\n\nCommittee meeting, 3 May 2022\n\nPresent: Ann Lee, Tom Reid\n\n"
            + "## 1. Water\n\nPriya Nandakumar, Water Officer, reported that the east trough leaks.\n\n"
            + "## Actions\n\n| Action | Owner |\n|---|---|\n| Ask the plumber for a quote | Priya |\n| Buy a new lock | Tom |\n");

        draft.Actions.Select(Pair).ShouldBe([("Priya Nandakumar", "Ask the plumber for a quote"), ("Tom Reid", "Buy a new lock")]);
    }

    [Fact]
    public void GivenNameOwner_StaysAsWritten_WhereTheTextWritesTwoPeopleOfThatName_OrOnlyAFamiliarForm()
    {
        var draft = Read("Hillside Allotment Society\nCommittee Meeting, 3 May 2022\n\nPresent: Ann Lee, Tom Reid\n\n"
            + "1. Water\nLetters from Sam Patel and Sam Okafor were read, and one from Elizabeth Hardwick.\nAction: Sam to reply to both.\nAction: Liz to file them.\n", "minutes.txt");

        draft.Actions.Select(a => string.Join('+', a.Owners)).ShouldBe(["Sam", "Liz"]);
    }

    [Fact]
    public void OwnerWrittenBeforeTheLabel_OwnsTheTask_WithTheColonAfterTheLabelOrBeforeIt()
    {
        var draft = Read("# Hillside Allotment Society\n\nCommittee meeting, 3 May 2022\n\nPresent: Ann Lee, Tom Reid\n\n"
            + "## 1. Water\n\nThe east trough leaks.\n\n* Treas TODO: pay the plumber's invoice\n* TR action: ask for a second quote\n"
            + "* Sec & Chair TODO: write to the landlord\n* AL: Action item to check the stopcock\n\n"
            + "## 2. Shop\n\n* Suggested action: open the shop on Sundays\n");

        draft.Actions.Select(Pair).ShouldBe([
            ("Treas", "pay the plumber's invoice"), ("Tom Reid", "ask for a second quote"),
            ("Sec+Chair", "write to the landlord"), ("Ann Lee", "check the stopcock")]);
    }

    [Fact]
    public void ActionTableInAPdf_WithCellsCloserThanAColumnGap_AndAWrappedCell_IsReadByItsColumns()
    {
        // Each row's action ends a space or two short of the owner's column, and the first action wraps onto a line of its own.
        var pdf = SampleDocuments.PdfInColumns(
            ["Quayside Rowing Club", "Minutes of the committee meeting held on 3 April 2025", "", "Present: Ann Lee (Chair), Tom Hall, Jo Hart", "",
                "1. Regatta", "The regatta will be held in July.", "", "Actions", "Ref\tAction\tOwner\tDue",
                "1\tBook the marquee and the safety boats for the regatta\tTom Hall\t1 May 2025", "\tin July", "2\tOrder the medals for the junior races\tJo Hart\t15 May 2025",
                "3\tInvite the mayor to present the cups\tAnn Lee\t30 April 2025", "", "2. Next meeting", "The next meeting is on 8 May 2025."],
            40, 62, 313, 360);

        var draft = DocumentImporter.ReadMinutes(pdf, "minutes.pdf");

        draft.Actions.Select(a => (a.Text, string.Join('+', a.Owners), a.Due)).ShouldBe([
            ("Book the marquee and the safety boats for the regatta in July", "Tom Hall", (string?)"2025-05-01"),
            ("Order the medals for the junior races", "Jo Hart", "2025-05-15"),
            ("Invite the mayor to present the cups", "Ann Lee", "2025-04-30")]);
    }

    [Fact]
    public void OwnerInAPdfsRightHandMargin_OwnsTheParagraphBesideIt_AndStaysOutOfItsText()
    {
        // The margin's entries stand level with a paragraph's first or last line, one of them over three lines of its own;
        // "JM" fits two councillors, and the paragraph names which.
        var pdf = SampleDocuments.PdfInColumns(
            ["Millbrook Parish Council", "Minutes of the meeting held on 3 March 2025", "", "Present: Cllrs Ann Lee (Chair), Jenny Martin, Jim MacDonald", "",
                "Minute\tAction", "",
                "1. Footpaths", "It was reported that the path which runs alongside the river in the village is very\tClerk",
                "overgrown and cannot be used safely in winter. The Clerk will write to the County", "Council about the path.", "",
                "2. Village hall", "The roof of the village hall has leaked again over the winter and the hall trustees",
                "have asked the council to help with the cost of a repair. Cllr Martin will ask for",
                "three quotes for the repair of the roof before the next meeting.\tJM", "",
                "3. Grants", "The grant for the new play area has been agreed by the district council and the\tClerk to",
                "money will be paid into the council's account before the end of the month.\tinclude on", "\tPC agenda", "",
                "4. Next meeting", "The next meeting will be held in the village hall on 7 April 2025."],
            40, 440);

        var draft = DocumentImporter.ReadMinutes(pdf, "minutes.pdf");

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([
            ("Clerk", "The Clerk will write to the County Council about the path."),
            ("Jenny Martin", "Cllr Martin will ask for three quotes for the repair of the roof before the next meeting."),
            ("Clerk", "Clerk to include on PC agenda")]);
    }

    [Fact]
    public void RegisterInColumns_WithTheDateSetBeforeTheTargetDate_IsTheRecordOfTheActionsItListsAgain()
    {
        var draft = Read("Millbrook Hall Trust\nMinutes of the trustees' meeting held on 8 July 2025\n\nPresent: Kate Fenwick (KF), Sam Sharma (SS), Paul Byrne (PB)\n\n"
            + "1. Boiler\nKF reported that the boiler failed its service and asked that quotes for a replacement be obtained before the winter.\n\nACTION: KF\n\n"
            + "2. Action register\nDate\tNo.\tAction\tOwner\tTarget date\n08/07/2025\t014\tKF to obtain quotes for a replacement boiler before the winter\tKF\t31/08/2025\n"
            + "08/07/2025\t015\tRenew the hall's licence\tSS\t30/09/2025\n", "minutes.txt");

        draft.Actions.Select(a => (a.Reference, a.Text, string.Join('+', a.Owners), a.Due)).ShouldBe([
            ((string?)"014", "obtain quotes for a replacement boiler before the winter", "Kate Fenwick", (string?)"2025-08-31"),
            ("015", "Renew the hall's licence", "Sam Sharma", "2025-09-30")]);
    }

    [Fact]
    public void WholeMeetingAsOwner_EverybodyOrEveryoneElse_IsTheOwnerAsWritten()
    {
        var draft = Read("Riverside Chess Club\nCommittee minutes, 4 February 2025\n\nPresent: Ann Lee, Tom Reid, Jo Hart\n\n"
            + "## 1. Spring tournament\n\n* Action Tom Reid: Book the hall\n* Action everybody: Write a line about your role for the newsletter\n\n"
            + "## 2. Website\n\nActions\n* JH to update the fixtures page\n* Everyone else to send their photos to Jo\n", "minutes.md");

        draft.Actions.Select(Pair).ShouldBe([
            ("Tom Reid", "Book the hall"), ("Everybody", "Write a line about your role for the newsletter"),
            ("Jo Hart", "update the fixtures page"), ("Everyone else", "send their photos to Jo")]);
    }

    [Fact]
    public void NoteInBracketsAfterTheOwner_IsNoPartOfTheOwnerOrTheTask()
    {
        var draft = Read("Riverside Chess Club\nCommittee minutes, 4 February 2025\n\nPresent: Ann Lee, Tom Reid, Jo Hart\n\n"
            + "## 1. Summer camp\n\n- **ACTION** - everyone (lead: Ann?): think of openings to teach at the camp.\n- **ACTION** - Tom Reid (with Jo): ask the school for the hall.\n", "minutes.md");

        draft.Actions.Select(Pair).ShouldBe([("Everyone", "think of openings to teach at the camp."), ("Tom Reid", "ask the school for the hall.")]);
    }

    [Fact]
    public void GivenNameCutShort_IsTheOnePersonOfTheRollItCanStandFor()
    {
        var draft = Read(ChessClub("Rosa Finch, Tom Reid, Dev Patel") + "* Action Ros: Book the hall for the spring tournament\n");

        Pair(draft.Actions.ShouldHaveSingleItem()).ShouldBe(("Rosa Finch", "Book the hall for the spring tournament"));
    }

    [Fact]
    public void GivenNameCutShort_ThatTwoOfTheRollCouldBear_IsNobodyOfTheRoll()
    {
        var draft = Read(ChessClub("Rosa Finch, Rosie Hill, Tom Reid") + "* Action Ros: Book the hall for the spring tournament\n");

        draft.Actions.ShouldAllBe(a => !a.Owners.Contains("Rosa Finch") && !a.Owners.Contains("Rosie Hill"));
    }

    // A layout the readers were never shown: the owner before the task, a target date, a status that closes one row.
    private static readonly string[] OwnerFirstRegister =
    [
        "Harbour Lane Allotment Society", "Minutes of the committee meeting held on 6 May 2025", "", "Present: Ann Lee (Chair), Tom Hall, Jo Hart", "",
        "1. Water troughs", "The troughs on the lower plots leak and will be replaced before the summer.", "", "2. Actions",
        "Ref\tResponsible\tTask\tTarget date\tStatus",
        "A1\tTom Hall\tReplace the troughs on the lower plots\t31 May 2025\tOpen",
        "A2\tJo Hart\tSend the rent reminders\t15 May 2025\tDone",
        "A3\tAnn Lee\tBook the hall for the open day\t1 June 2025\tOpen",
        "", "3. Next meeting", "The next meeting is on 3 June 2025.",
    ];

    [Theory]
    [InlineData("minutes.txt")]
    [InlineData("minutes.md")]
    [InlineData("minutes.html")]
    [InlineData("minutes.docx")]
    [InlineData("minutes.pdf")]
    public void ActionTable_OfALayoutNeverSeen_IsReadByItsHeaderWords_InEveryFormat(string name)
    {
        var draft = DocumentImporter.ReadMinutes(InFormat(name, OwnerFirstRegister), name);

        draft.Actions.Select(a => (a.Reference, a.Text, string.Join('+', a.Owners), a.Due)).ShouldBe([
            ((string?)"A1", "Replace the troughs on the lower plots", "Tom Hall", (string?)"2025-05-31"),
            ("A3", "Book the hall for the open day", "Ann Lee", "2025-06-01")]);
    }

    // Layouts as clerks set them, each header in common words, the columns in any order and number: the header, and a row
    // with {n}, {what}, {who} and {when} where its cells stand.
    public static TheoryData<string, string, string> LayoutsInFormats()
    {
        (string, string)[] layouts =
        [
            ("No.\tAction\tOwner\tDue", "{n}\t{what}\t{who}\t{when}"), ("Action\tWho\tWhen", "{what}\t{who}\t{when}"),
            ("Item\tAction\tResponsible\tBy", "{n}\t{what}\t{who}\t{when}"), ("Owner\tAction\tDeadline", "{who}\t{what}\t{when}"),
            ("#\tAction point\tLead\tDue by", "{n}\t{what}\t{who}\t{when}"), ("What\tWho\tBy when", "{what}\t{who}\t{when}"),
        ];
        var data = new TheoryData<string, string, string>();
        foreach (var (header, row) in layouts)
        {
            foreach (var name in SampleDocuments.FormatNames)
                data.Add(header, row, name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LayoutsInFormats))]
    public void ActionTable_WithItsColumnsNamedInCommonWords_IsReadInAnyOrder_InEveryFormat(string header, string row, string name)
    {
        string Row(string n, string what, string who, string when) =>
            row.Replace("{n}", n, StringComparison.Ordinal).Replace("{what}", what, StringComparison.Ordinal).Replace("{who}", who, StringComparison.Ordinal).Replace("{when}", when, StringComparison.Ordinal);
        string[] lines = [.. OwnerFirstRegister[..9], header, Row("1", "Renew the insurance for the pavilion", "Tom Hall", "30 June 2025"),
            Row("2", "Order the seed potatoes", "Jo Hart", "15 July 2025"), "", "3. Next meeting", "The next meeting is on 3 June 2025."];

        var draft = DocumentImporter.ReadMinutes(InFormat(name, lines), name);

        draft.Actions.Select(a => (a.Text, string.Join('+', a.Owners), a.Due)).ShouldBe([
            ("Renew the insurance for the pavilion", "Tom Hall", (string?)"2025-06-30"), ("Order the seed potatoes", "Jo Hart", "2025-07-15")]);
    }

    [Theory]
    [InlineData("minutes.md")]
    [InlineData("minutes.docx")]
    [InlineData("minutes.txt")]
    public void StatusReportOrBudget_WithAColumnOfWhoLooksAfterEachRow_IsNoActionTable(string name)
    {
        string[] lines = [.. OwnerFirstRegister[..5], "1. Projects", "The secretary reported on the projects.", "Project\tDescription\tOwner\tStatus",
            "Pond\tThe new wildlife pond on plot 12\tTom Hall\tGreen", "Shed\tRebuilding the tool shed roof\tJo Hart\tAmber", "", "2. Budget",
            "Item\tDetails\tResponsible\tCost", "Seeds\tSeed order for the spring\tJo Hart\t£120", "Manure\tTwo loads for the lower plots\tTom Hall\t£80", "",
            "3. Next meeting", "The next meeting is on 3 June 2025."];

        DocumentImporter.ReadMinutes(InFormat(name, lines), name).Actions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("minutes.txt")]
    [InlineData("minutes.docx")]
    public void TableOfWhoLooksAfterWhat_UnderAnActionsLabel_IsAnActionTable(string name)
    {
        string[] lines = [.. OwnerFirstRegister[..9], "Description\tOwner", "Fix the gate on the lower path\tTom Hall", "Clear the compost bays\tJo Hart", "",
            "3. Next meeting", "The next meeting is on 3 June 2025."];

        var draft = DocumentImporter.ReadMinutes(InFormat(name, lines), name);

        draft.Actions.Select(Pair).ShouldBe([("Tom Hall", "Fix the gate on the lower path"), ("Jo Hart", "Clear the compost bays")]);
    }

    /// <summary>Lines as a document of the named format, each run of tab-separated lines one table with its first line the header.</summary>
    private static byte[] InFormat(string name, string[] lines)
    {
        bool Row(int i) => i >= 0 && i < lines.Length && lines[i].Contains('\t', StringComparison.Ordinal);
        string Cells(string line, string open, string close) => string.Concat(line.Split('\t').Select(c => $"{open}{System.Net.WebUtility.HtmlEncode(c)}{close}"));
        switch (Path.GetExtension(name))
        {
            case ".md":
                return Encoding.UTF8.GetBytes(string.Concat(lines.Select((l, i) => !Row(i) ? l + "\n\n"
                    : $"| {l.Replace("\t", " | ", StringComparison.Ordinal)} |\n" + (Row(i - 1) ? string.Empty : $"|{string.Concat(l.Split('\t').Select(_ => " --- |"))}\n")
                        + (Row(i + 1) ? string.Empty : "\n"))));
            case ".html":
                return Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>" + string.Concat(lines.Select((l, i) => !Row(i) ? $"<p>{System.Net.WebUtility.HtmlEncode(l)}</p>"
                    : (Row(i - 1) ? string.Empty : "<table>") + (Row(i - 1) ? $"<tr>{Cells(l, "<td>", "</td>")}</tr>" : $"<tr>{Cells(l, "<th>", "</th>")}</tr>") + (Row(i + 1) ? string.Empty : "</table>")))
                    + "</body></html>");
            case ".docx":
                return SampleDocuments.InFormat(lines, name);
            case ".pdf":
                // Each column as wide as its longest cell in 10-point Helvetica, and a gap.
                var widths = lines.Where(l => l.Contains('\t', StringComparison.Ordinal)).SelectMany(l => l.Split('\t').Select((c, k) => (k, c.Length)))
                    .GroupBy(c => c.k).OrderBy(g => g.Key).Select(g => g.Max(c => c.Length) * 5.5 + 16);
                return SampleDocuments.PdfInColumns(lines, [.. widths.Aggregate(new List<double> { 40 }, (edges, width) => [.. edges, edges[^1] + width])]);
            default:
                return Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        }
    }

    private static string ChessClub(string present) =>
        $"Riverside Chess Club\nCommittee minutes, 4 February 2025\n\nPresent: {present}\n\n## 1. Spring tournament\n\n";
}
