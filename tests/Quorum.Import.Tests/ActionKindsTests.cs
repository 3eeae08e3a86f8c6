using System.Text;
using Quorum.Import.Minutes;

namespace Quorum.Import.Tests;

/// <summary>The ways minutes write actions, each read from a short document of its own.</summary>
public class ActionKindsTests
{
    private static MinutesDraft Read(string text, string name = "minutes.md") =>
        DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), name);

    private const string Attendance = "Minutes of the Finance Committee, 9 March 2021\n\nPresent: Alice Smith (AS), Bob Jones (BJo), Carol White\n\n";

    [Fact]
    public void OwnerMarkerUnderAParagraph_TakesTheParagraph_AndResolvesDeclaredInitials()
    {
        var draft = Read(Attendance + "1. Accounts\n\n1.1 The accounts were agreed. Bob will send them to the bank.\nACTION: BJO/AS\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.ShouldBe(["Bob Jones", "Alice Smith"]);
        action.Text.ShouldBe("Bob will send them to the bank.");
    }

    [Fact]
    public void OwnerMarkerUnderAParagraph_StartsAtTheSentenceNamingTheOwnerAsTheMarkerDoes()
    {
        var draft = Read(Attendance + "1. Bank\n\n1.1 Bob said the account would stay where it is. BJo will apply for a debit card.\nACTION: BJo\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.ShouldBe(["Bob Jones"]);
        action.Text.ShouldBe("BJo will apply for a debit card.");
    }

    [Fact]
    public void ActionOnName_GivesTheOwner_AndLeavesThePrefixOut()
    {
        var draft = Read(Attendance + "## 2. Bank\n\n- ACTION on Carol to move the account to the new bank\n- ACTION Bob: Ask for a debit card\n");

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([
            ("Carol White", "move the account to the new bank"),
            ("Bob Jones", "Ask for a debit card"),
        ]);
    }

    [Fact]
    public void ReviewOfEarlierActions_IsNotNewActions_TheClosingListIs()
    {
        var draft = Read(Attendance + "## 1. Review of actions from the previous meeting\n\n- ACTION Bob: Ask for a debit card\n\n## 2. Bank\n\nDiscussed.\n\n## 3. Actions\n\n- Alice Smith: Write to the auditors\n");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.ShouldBe(["Alice Smith"]);
    }

    [Fact]
    public void ReviewOfEarlierActions_ReadsALabelledActionNestedUnderAnEntry_NotTheEntriesWithTheirStatus()
    {
        var draft = Read(Attendance + "## Previous action item updates\n\n- ACTION Bob: Ask for a debit card\n  - ONGOING\n- Hall hire\n  - The hall has not replied yet\n  - **AI: Ask the hall for a written quote**\n- Newsletter\n  - AI: Print the spring issue\n    - Done\n\n## Bank\n\nDiscussed.\n");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Text.ShouldBe("Ask the hall for a written quote");
    }

    [Fact]
    public void NameWhatStatusBlocks_AreActions_UnlessClosed()
    {
        var draft = Read(Attendance + "Alice Smith: circulate the budget\nStatus: new\n\nBob Jones: renew the insurance\nStatus: closed\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.ShouldBe(["Alice Smith"]);
        action.Text.ShouldBe("circulate the budget");
    }

    [Fact]
    public void ActionDashNameDashDue_GivesOwnerAndDueDate()
    {
        var draft = Read(Attendance + "Action – Renew the insurance – Bob Jones – 31 March 2021\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.ShouldBe(["Bob Jones"]);
        action.Text.ShouldBe("Renew the insurance");
        action.Due.ShouldBe("2021-03-31");
    }

    [Fact]
    public void ClerkToLines_AreActions_ProseIsNot()
    {
        var draft = Read(Attendance + "4. Highways\nThe verge on Mill Lane is eroding.\nCLERK TO REPORT THE VERGE TO HIGHWAYS\nThe Chairman thanked everyone for coming to the meeting and said the clerk to the council would be on leave.\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.ShouldBe(["Clerk"]);
        action.Text.ShouldBe("REPORT THE VERGE TO HIGHWAYS");
    }

    [Fact]
    public void ActionItemsHeading_OverItemsOfBusinessWithTheirOwnRecord_GivesNoTasks()
    {
        var draft = Read(Attendance + "### ACTION ITEMS:\n\n1. **Purchase of a rescue boat** (Chief Lee)\n   **Action:** Approved. Motion carried 5-0.\n2. **Station roof repairs** (Director Ortiz)\n   Motion by Director Ortiz to award the contract; seconded.\n\n## Actions\n\n- Carol to book the hall\n");

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([("Carol White", "book the hall")]);
    }

    [Fact]
    public void ActionLabel_OverAMotion_IsNoTask()
    {
        var draft = Read(Attendance + "5. Contracts\nACTION: It was moved by Alice Smith and seconded by Bob Jones that the committee approve the cleaning contract.\n", "minutes.txt");

        draft.Actions.ShouldBeEmpty();
    }

    [Fact]
    public void ClerkToLine_TextLeavesOutTheOfficer_UnlessNothingElseIsLeft()
    {
        var draft = Read(Attendance + "5. Footpaths\nA resident asked about the stile.\nThe Clerk to respond accordingly.\n6. Trees\nThe oak needs surveying.\nClerk to write\n", "minutes.txt");

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([("Clerk", "respond accordingly."), ("Clerk", "Clerk to write")]);
    }

    [Fact]
    public void OfficeUnderASignature_IsNoTask_ButTheOfficersTasksAre()
    {
        var draft = Read(Attendance + "5. Trees\nThe oak needs surveying.\nClerk to write to the owner\nCLERK TO CONTACT HIGHWAYS\n\nRespectfully submitted,\n\nJane Chisaki\nLibrary Director\nSecretary to the Library Board\n\nLinda Keich\nClerk to Historic District\n", "minutes.txt");

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([("Clerk", "write to the owner"), ("Clerk", "CONTACT HIGHWAYS")]);
    }

    [Fact]
    public void ActionTable_FoundByItsHeader_ReadsOwnerAndDueColumns()
    {
        var draft = Read(Attendance + "| Ref | Action required | By whom | Deadline | Status |\n|---|---|---|---|---|\n| 4.1 | Renew the insurance | BJo | 31/03/2021 | open |\n| 4.2 | Pay the auditor | AS | 30/04/2021 | done |\n");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Reference.ShouldBe("4.1");
        action.Owners.ShouldBe(["Bob Jones"]);
        action.Due.ShouldBe("2021-03-31");
    }

    [Fact]
    public void OneColumnActionItemsTable_ReadsOwnersFromTheRows()
    {
        var draft = Read(Attendance + "## Action items\n\n| Action items |\n|---|\n| AS: Draft the budget |\n| Book the hall |\n");

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([("Alice Smith", "Draft the budget"), (string.Empty, "Book the hall")]);
    }

    [Fact]
    public void OwnerInTheRightHandMargin_IsTheActionsOwner()
    {
        var draft = Read(Attendance + "5. Website\n5.1 It was agreed to move the website to a new host\tAS\n5.2 The new pages were admired by all\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.ShouldBe(["Alice Smith"]);
        action.Text.ShouldBe("It was agreed to move the website to a new host");
    }

    [Fact]
    public void FamiliarFirstNames_ResolveToTheFullName()
    {
        var draft = Read("Present: Michael Fanning, Eddy Nakamura\n\nACTION: Mike and Eddy to finalize the errata content.\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.ShouldBe(["Michael Fanning", "Eddy Nakamura"]);
        action.Text.ShouldBe("finalize the errata content.");
    }

    [Theory]
    [InlineData("Action: CW to send the accounts to the bank.", "Carol White")]
    [InlineData("ACTION – CW – send the accounts to the bank", "Carol White")]
    [InlineData("Action: AS/CW to send the accounts to the bank.", "Alice Smith+Carol White")]
    [InlineData("Action: BJ to send the accounts to the bank.", "Bob Jones")]
    public void OwnersGivenAsInitials_ResolveFromTheAttendance(string line, string owners)
    {
        var draft = Read(Attendance + "1. Accounts\n\nThe accounts were discussed.\n" + line + "\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        string.Join('+', action.Owners).ShouldBe(owners);
        action.Text.ShouldContain("send the accounts to the bank");
    }

    private const string UsBoard = "RIVERSIDE WATER DISTRICT\nMinutes\nBoard of Directors Regular Meeting\nApril 7, 2020\n\n"
        + "ROLL CALL\nDirectors Present: Ted Costa, Marty Hanneman, Ken Miller\n\n";

    [Fact]
    public void ActionItemsOfAUsBoard_AreMattersVotedOn_NotTasks()
    {
        var draft = Read(UsBoard + "III. ACTION ITEMS\n\n1. Resolution 20-05 Calling for a General Election\n"
            + "Director Costa moved to adopt Resolution 20-05. Director Miller seconded. The motion carried 3-0.\n\n"
            + "2. Contract with Tesco Controls\nACTION: Director Miller moved to approve the contract; seconded by Director Hanneman. Motion carried 3-0.\n\n"
            + "IV. INFORMATION ITEMS\n\n1. General Manager's report\nNo action taken.\n", "minutes.txt");

        draft.Actions.ShouldBeEmpty();
        draft.Decisions.Count.ShouldBe(2);
    }

    [Fact]
    public void LabelAfterASentence_IsAnAction_AndOwnersAloneTakeTheSentenceBefore()
    {
        var draft = Read(Attendance + "## 1. Bank\n\n- The committee needs a new bank. **Action:** AS to compare three banks.\n- Anyone with a view on fees should write to Alice. **Action:** Carol White\n- Members asked for a call for action: none was set.\n");

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([
            ("Alice Smith", "compare three banks."),
            ("Carol White", "Anyone with a view on fees should write to Alice."),
        ]);
    }

    [Theory]
    [InlineData("Action: No action taken. The board gave direction to staff.")]
    [InlineData("ACTION: None")]
    [InlineData("**Action:** Approved the minutes of the meeting of 4 March.")]
    public void LabelWithNothingToDo_OrTheBoardsDisposition_IsNoAction(string line)
    {
        var draft = Read(Attendance + "## 1. Minutes\n\n" + line + "\n");

        draft.Actions.ShouldBeEmpty();
    }

    [Fact]
    public void ActionItemLabel_WithTextAfterIt_IsOneAction()
    {
        var draft = Read(Attendance + "1. Bank\nThe bank is slow.\nACTION item: Bob Jones said he will ask for a debit card\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.ShouldBe(["Bob Jones"]);
    }

    [Fact]
    public void SubheadsAndReportsUnderAnActionsLabel_AreNotActions()
    {
        var draft = Read(Attendance + "## Actions\n\n- For the audit:\n  - Alice Smith: Book the auditor\n- Carol White pointed out that the bank had written twice.\n- Bob Jones: Reply to the bank\n");

        draft.Actions.Select(a => a.Text).ShouldNotContain(t => t.Contains("For the audit") || t.Contains("pointed out"));
        draft.Actions.ShouldContain(a => a.Text == "Reply to the bank");
    }

    [Fact]
    public void TableWithAWhoColumn_AndAnItemColumn_IsAnActionTable()
    {
        var draft = Read(Attendance + "## Jobs\n\n| Who | Item |\n|---|---|\n| Carol White | Book the hall |\n| Alice Smith | Send the agenda |\n");

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([
            ("Carol White", "Book the hall"),
            ("Alice Smith", "Send the agenda"),
        ]);
    }

    [Fact]
    public void NumberedTableWithoutHeader_UnderAnActionLabel_IsActions_AndRestatesTheMentionAbove()
    {
        var draft = Read(Attendance + "## 1. Accounts\n\nAction BJo to send the accounts to the bank.\n\n## New and Ongoing Actions\n\n"
            + "| 4.1 | Send the accounts to the bank | BJo |\n|---|---|---|\n| 4.2 | Write to the auditors | AS |\n\n"
            + "## Completed Actions\n\n| 3.1 | Renew the insurance | BJo |\n|---|---|---|\n");

        draft.Actions.Select(a => (a.Reference, string.Join('+', a.Owners), a.Text)).ShouldBe([
            ("4.1", "Bob Jones", "Send the accounts to the bank"),
            ("4.2", "Alice Smith", "Write to the auditors"),
        ]);
    }

    [Fact]
    public void ActionOpeningWithAnAttendeeAndAVerb_GivesTheOwner()
    {
        var draft = Read(Attendance + "## 2. Bank\n\nACTION: AS pings the bank about the card\n\nACTION: Carol book the hall\n\nACTION: Review the budget\n");

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([
            ("Alice Smith", "pings the bank about the card"),
            ("Carol White", "book the hall"),
            (string.Empty, "Review the budget"),
        ]);
    }

    [Theory]
    [InlineData("The hall needs booking for the annual meeting. ACTION CW")]
    [InlineData("The hall needs booking for the annual meeting. Action CW")]
    [InlineData("The hall needs booking for the annual meeting (Action: CW).")]
    public void OwnersStraightAfterALabelClosingASentence_OwnTheSentence(string line)
    {
        var draft = Read(Attendance + "1. Hall\n" + line + "\n\n2. Close\nThe meeting closed.\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Owners.ShouldBe(["Carol White"]);
        action.Text.ShouldStartWith("The hall needs booking for the annual meeting");
    }

    [Fact]
    public void ProseAfterASentence_StartingWithTheWordActions_IsNoAction()
    {
        var draft = Read(Attendance + "1. Hall\nThe hall was discussed. Actions were reviewed by the Board.\n", "minutes.txt");

        draft.Actions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Action required: BJo to renew the insurance")]
    [InlineData("Action (BJo): renew the insurance")]
    [InlineData("ACTION: The Treasurer will renew the insurance")]
    public void LabelWithItsQualifierOrOwnerInBrackets_IsAnAction(string line)
    {
        var draft = Read(Attendance + "1. Insurance\nDiscussed.\n" + line + "\n", "minutes.txt");

        var action = draft.Actions.ShouldHaveSingleItem();
        action.Text.ShouldStartWith("renew the insurance");
        action.Owners.ShouldBe([line.Contains("Treasurer", StringComparison.Ordinal) ? "Treasurer" : "Bob Jones"]);
    }

    [Theory]
    [InlineData("## Next steps")]
    [InlineData("## Follow-up items")]
    [InlineData("## Tasks")]
    public void ClosingListUnderAnotherName_IsAListOfActions(string label)
    {
        var draft = Read(Attendance + "## 1. Bank\n\nDiscussed.\n\n" + label + "\n\n- Bob to renew the insurance\n- Book the hall (Carol)\n- Compare three banks – AS\n");

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([
            ("Bob Jones", "renew the insurance"), ("Carol White", "Book the hall"), ("Alice Smith", "Compare three banks"),
        ]);
    }

    [Fact]
    public void TaskLines_WithTheOwnerAfterADash_UnderAnActionsLabel_AreActions()
    {
        var draft = Read(Attendance + "1. Bank\nDiscussed.\n\nAction points\nRenew the insurance - Bob Jones\nAS – compare three banks\n", "minutes.txt");

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([("Bob Jones", "Renew the insurance"), ("Alice Smith", "compare three banks")]);
    }

    private const string Parish = "LITTLE WOLDHAM PARISH COUNCIL\nMinutes of the meeting held on Tuesday 14th May 2024\n"
        + "Present: Cllr J Baker (Chairman), Cllr Mrs P Wood, Cllr T Hughes, Cllr R Patel\nIn attendance: Mrs S Green (Clerk)\n\n24/31 Highways\nThe potholes on Church Lane have been reported again.\n";

    [Theory]
    [InlineData("CLLR HUGHES TO CONTACT HIGHWAYS.", "Cllr T Hughes")]
    [InlineData("Cllr Hughes to contact Highways about the potholes.", "Cllr T Hughes")]
    [InlineData("Councillor Hughes to contact Highways.", "Cllr T Hughes")]
    [InlineData("Cllr Wood and Cllr Patel to inspect the play area.", "Cllr Mrs P Wood+Cllr R Patel")]
    [InlineData("CLERK/CHAIR TO MEET THE HIGHWAYS OFFICER.", "Clerk+Chair")]
    public void CouncillorOrOfficersTask_OnALineOfItsOwn_IsAnAction(string line, string owners)
    {
        var draft = Read(Parish + line + "\n\n24/32 Close\nThe meeting closed at 9pm.\n", "minutes.txt");

        string.Join('+', draft.Actions.ShouldHaveSingleItem().Owners).ShouldBe(owners);
    }

    [Theory]
    [InlineData("Cllr Hughes will look into it.")]
    [InlineData("The potholes are worse and Cllr Hughes to contact Highways, who have not replied to the last three letters about it.")]
    public void CouncillorInProse_SetsNoTask(string line)
    {
        Read(Parish + line + "\n\n24/32 Close\nThe meeting closed at 9pm.\n", "minutes.txt").Actions.ShouldBeEmpty();
    }

    [Fact]
    public void OwnerByHonorificAndSurname_OrByInitialsWithoutTheHonorific_IsTheCouncillorOfTheAttendance()
    {
        var draft = Read(Parish + "Action: Cllr Hughes\n\n24/32 Play area\nThe swings need repainting before the summer.\tTH\n", "minutes.txt");

        draft.Actions.Select(a => string.Join('+', a.Owners)).ShouldBe(["Cllr T Hughes", "Cllr T Hughes"]);
    }

    // A PDF's "Action items | Person responsible | Deadline" table, printed out of step: each name a line above its task,
    // or beside the task above it; the names keep the tasks' order.
    [Fact]
    public void ActionTablePrintedOutOfStep_GivesEachTaskTheNextNameInTurn()
    {
        const string table = "Minutes of the Parent Council, 4 March 2025\n\nPresent: Olive Grant, Petra Lund, Quentin Marsh\n\n"
            + "1. Summer fair\n\nThe fair was discussed.\n\n"
            + "Action items\tPerson responsible\tDeadline\n\n"
            + "Olive\tEnter deadline here\n"
            + "Book the bouncy castle\n"
            + "Petra\n"
            + "Quentin\n"
            + "Ask the bakery for a quote\n"
            + "Print the posters for the fair\tOlive\n\n"
            + "Collect the raffle prizes\n\n"
            + "Agenda item:\tAOB\tPresenter:\tPetra\n";

        var draft = Read(table, "minutes.txt");

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([
            ("Olive Grant", "Book the bouncy castle"),
            ("Petra Lund", "Ask the bakery for a quote"),
            ("Quentin Marsh", "Print the posters for the fair"),
            ("Olive Grant", "Collect the raffle prizes"),
        ]);
    }

    // "Who | What" closing tables set the owner once, beside its first task or on a line of its own; a row that lists again
    // an action the minutes set above is that action, and gives it the owner it lacked.
    [Fact]
    public void WhoWhatTable_GivesTheTasksBelowAnOwnerToThem_AndDoesNotRepeatTheMinutesActions()
    {
        const string table = "Minutes of the Community Council, 4 March 2025\n\nPresent: Olive Grant, Petra Lund, Cllr Quentin Marsh\n\n"
            + "1. Paths\n\nThe river path is flooded again.\nACTION: Survey the river path for the flood repairs\n\n"
            + "2. Actions for the next meeting\n\n"
            + "Who\tWhat\tStatus\n\n"
            + "Olive\t-\tRiver path – flood repairs survey\n"
            + "-\tNotice board – ask the joiner for a\n"
            + "price for the glass\n\n"
            + "Quentin\n"
            + "-\tStreet lights – report the broken lamps\n\n"
            + "[End of Minutes]\n";

        var draft = Read(table, "minutes.txt");

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([
            ("Olive Grant", "Survey the river path for the flood repairs"),
            ("Olive Grant", "Notice board – ask the joiner for a price for the glass"),
            ("Cllr Quentin Marsh", "Street lights – report the broken lamps"),
        ]);
    }

    // "Follow up items" names a list of things to follow up: near the top of the minutes it is still no review of old actions.
    [Fact]
    public void FollowUpItems_EarlyInTheMinutes_HoldNewActions()
    {
        var filler = string.Concat(Enumerable.Range(4, 12).Select(n => $"{n}. Report {n}\nThe report was noted.\n\n"));
        var draft = Read(Attendance + "1. Apologies\nNone.\n\n2. Follow up items\n\na Bank\nThe bank has not replied.\nACTION: Carol to call the bank\n\n3. Hall\nNoted.\n\n" + filler, "minutes.txt");

        draft.Actions.ShouldHaveSingleItem().Owners.ShouldBe(["Carol White"]);
    }

    // "Agenda item: | Fundraising | Presenter: | Bob": the name after a label cell is the presenter, not a task's owner.
    [Fact]
    public void NameAfterALabelCell_IsNoMarginOwner()
    {
        var draft = Read(Attendance + "1. Accounts\n\nAgenda item:\tFundraising for the new roof\tPresenter:\tBJo\n\nThe accounts were agreed.\n", "minutes.txt");

        draft.Actions.ShouldBeEmpty();
    }

    // A markdown or HTML table cell written as points, one per line of the cell ("<br>"), under a column named for the
    // actions and who holds them: each point is an action, and says who holds it where it does.
    [Theory]
    [InlineData("minutes.md")]
    [InlineData("minutes.html")]
    public void ActionsCellWrittenAsPoints_GivesAnActionForEachPoint(string fileName)
    {
        var text = fileName.EndsWith(".md", StringComparison.Ordinal)
            ? Attendance + "## Discussion\n\n| Topic | Notes | Actions: Owner / Note |\n|---|---|---|\n"
                + "| Hall | <p>- The roof leaks.<br>- Quotes were compared.</p> | <p>- Book the roofer for April.<br>- Carol to tell the tenants.</p> |\n"
                + "| Fees | - Fees stay the same. | <p>- No specific actions identified.</p> |\n"
            : "<html><body><p>Minutes of the Finance Committee, 9 March 2021</p><p>Present: Alice Smith (AS), Bob Jones (BJo), Carol White</p>"
                + "<h2>Discussion</h2><table><tr><th>Topic</th><th>Notes</th><th>Actions: Owner / Note</th></tr>"
                + "<tr><td>Hall</td><td><p>- The roof leaks.<br>- Quotes were compared.</p></td><td><p>- Book the roofer for April.<br>- Carol to tell the tenants.</p></td></tr>"
                + "<tr><td>Fees</td><td>- Fees stay the same.</td><td><p>- No specific actions identified.</p></td></tr></table></body></html>";

        var draft = Read(text, fileName);

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([
            (string.Empty, "Book the roofer for April."),
            ("Carol White", "tell the tenants."),
        ]);
    }

    // A PDF's attendance wrapped inside a bracket ("Petra Lund (Head" over "teacher), …") is one line again, so the names
    // after the wrap are read and a first name in an action finds its person.
    [Fact]
    public void PdfAttendanceWrappedInsideABracket_StillGivesEveryNameForTheOwners()
    {
        var pdf = SampleDocuments.Pdf([
            "Minutes of the Parent Council, 4 March 2025",
            string.Empty,
            "Attendees:\tOlive Grant (Chair), Petra Lund (Head",
            "teacher), Quentin Marsh (Treasurer)",
            string.Empty,
            "1. Summer fair",
            "ACTION: Petra to book the hall",
            "ACTION: Quentin to pay the deposit",
        ]);

        var draft = DocumentImporter.ReadMinutes(pdf, "minutes.pdf");

        draft.Actions.Select(a => string.Join('+', a.Owners)).ShouldBe(["Petra Lund", "Quentin Marsh"]);
    }

    // "ACTION:" printed beside a column of tasks: the line under the labelled one that sets a task for someone present is an action too.
    [Fact]
    public void TaskStraightUnderALabelledAction_IsAnActionOfItsOwn()
    {
        var draft = Read(Attendance + "1. Accounts\n\nThe auditor has not replied.\nACTION: Reminder to be sent to the auditor\nCarol to draft the year-end report\nThe meeting moved on.\n", "minutes.txt");

        draft.Actions.Select(a => (string.Join('+', a.Owners), a.Text)).ShouldBe([
            (string.Empty, "Reminder to be sent to the auditor"),
            ("Carol White", "Carol to draft the year-end report"),
        ]);
    }
}
