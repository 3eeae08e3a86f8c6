using System.Text;
using Quorum.Import.Minutes;

namespace Quorum.Import.Tests;

/// <summary>How other publishers number and title the items of their minutes, each from a short document.</summary>
public class AgendaFormsTests
{
    private static MinutesDraft Read(string text) => DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), "minutes.txt");

    private const string Header = "Minutes of the meeting of Northshire Police and Crime Panel held on 12 June 2019\n\n"
        + "Present: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown\nIn attendance: Mrs J Black (Clerk)\n\n";

    [Theory]
    [InlineData("Minute 45/2019", "Minute 46/2019", "Minute 47/2019", "45/2019")]
    [InlineData("TB/19/045", "TB/19/046", "TB/19/047", "TB/19/045")]
    [InlineData("GB19/45", "GB19/46", "GB19/47", "GB19/45")]
    [InlineData("PL.45", "PL.46", "PL.47", "PL.45")]
    [InlineData("PR/2", "PR/3", "PR/4", "PR/2")]
    public void MinuteReferences_WithTheApologiesFirst_AreItems(string first, string second, string third, string firstNumber)
    {
        var draft = Read(Header + $"{first} Apologies for absence\nApologies were received from Cllr D White.\n\n{second} Declarations of interest\nNone.\n\n{third} Police and Crime Plan\nThe plan was discussed.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Apologies for absence", "Declarations of interest", "Police and Crime Plan"]);
        draft.AgendaItems[0].Number.ShouldBe(firstNumber);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Cllr D White"]);
    }

    [Fact]
    public void MinuteReferences_RunningTheTitleOnAfterAColon_AreTitledBeforeIt()
    {
        var draft = Read(Header + "1201. Public forum: No members of the public were present.\n\n1202. Approval of minutes of previous meeting: Approved & signed as correct.\n\n"
            + "1203. Accounts for payment:-\nHall hire - £40 (Chq. No. 1203) – approved.\n\n"
            + "1204. Footpath repairs on Mill Lane: The clerk had written to the county council twice about the broken surface near the ford and had still not received a reply, so members asked her to write again.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Public forum", "Approval of minutes of previous meeting", "Accounts for payment", "Footpath repairs on Mill Lane"]);
        draft.AgendaItems.Select(i => i.Number).ShouldBe(["1201", "1202", "1203", "1204"]);
    }

    [Fact]
    public void APageLaidOutInATable_IsReadAsThePage_AndANumberedListInsideOnePartIsThatPartsList()
    {
        var html = "<html><body><table width=\"615\"><tr><td><p align=\"center\"><b>MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL<br>HELD ON WEDNESDAY 11th JUNE 2003</b></p>"
            + "<p>Present: Cllr Hale (Chairman), Cllr Mrs Lake, Cllr Dunn</p>"
            + "<p>Apologies were received from Cllr Nash.</p>"
            + "<p><b>MINUTES OF THE PREVIOUS MEETING</b></p><p>The minutes of the previous meeting were taken as read and agreed.</p>"
            + "<p><b>MATTERS ARISING</b></p><p>Cllr Hale reported that the bench had been repaired.</p>"
            + "<p><b>FINANCE</b></p><p>It was agreed to pay the grass cutting invoice of £345.00.</p>"
            + "<p><b>CORRESPONDENCE</b></p><p>Correspondence received up to 9 June 2003</p>"
            + "<p>1. County Council – Highways newsletter</p><p>2. NALC – Conference invitation</p><p>3. CPRE – Annual report</p><p>4. Police – Newsletter April 2003</p>"
            + "<p><b>COUNCILLORS' REPORTS</b></p><p>Cllr Dunn reported that the footpath needs clearing.</p>"
            + "<p>There being no further business the meeting closed at 9.10 pm.</p></td></tr></table></body></html>";

        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(html), "minutes.htm");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Cllr Hale", "Cllr Mrs Lake", "Cllr Dunn"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Cllr Nash"]);
        draft.AgendaItems.Select(i => i.Title).ShouldBe(["MINUTES OF THE PREVIOUS MEETING", "MATTERS ARISING", "FINANCE", "CORRESPONDENCE", "COUNCILLORS' REPORTS"]);
        draft.Decisions.Select(d => d.Text).ShouldContain("It was agreed to pay the grass cutting invoice of £345.00.");
    }

    [Fact]
    public void ATitleInTwoPartsAroundAColon_KeepsBoth_WhereNoMinuteRunsOnAfterIt()
    {
        var draft = Read("Minutes of the Cabinet\nDate: Tuesday, 3 November 2026\n\nPresent: Councillor Keith Glazier (Chair)\n\n"
            + "1 Minutes of the meeting held on 6 October 2026\n1.1 RESOLVED - to agree the minutes as a correct record.\n\n"
            + "2 Council Monitoring: Quarter 2 2026/27\n2.1 The Cabinet considered a report by the Chief Executive.\n\n"
            + "3 Highways Maintenance Contract\n3.1 It was RESOLVED to award the contract to Ringway Ltd.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Minutes of the meeting held on 6 October 2026", "Council Monitoring: Quarter 2 2026/27", "Highways Maintenance Contract"]);
    }

    [Theory]
    [InlineData("1. Apologies; Cllr D White, Cllr E Green")]
    [InlineData("1. Apologies\tCllr D White, Cllr E Green")]
    [InlineData("1. Apologies Cllr D White & Cllr E Green")]
    [InlineData("1. Apologies Mrs D White, Dr E Green")]
    public void NamesOnTheApologiesItemsLine_AreNotPartOfItsTitle(string first)
    {
        var draft = Read(Header + first + "\n\n2. Declarations of interest\nNone.\n\n3. Police and Crime Plan\nThe plan was discussed.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Apologies", "Declarations of interest", "Police and Crime Plan"]);
    }

    [Theory]
    [InlineData("3a.", "3b.")]
    [InlineData("3b)", "3c)")]
    [InlineData("3-A.", "3-B.")]
    public void ItemsLetteredUnderANumberedOne_AreItemsToo(string first, string second)
    {
        var draft = Read(Header + "1. Apologies\nNone.\n\n2. Minutes of the last meeting\nApproved.\n\n3. Highways\nThe clerk reported on the roads.\n\n"
            + $"{first} Church Lane drainage\nThe gully is blocked again.\n\n{second} Mill Road speed limit\nA survey will be made.\n\n"
            + "4. Any other business\nNone.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Apologies", "Minutes of the last meeting", "Highways", "Church Lane drainage", "Mill Road speed limit", "Any other business"]);
    }

    [Fact]
    public void ThreeDimensionalPrinting_IsNoLetteredItem()
    {
        var draft = Read(Header + "1. Apologies\nNone.\n\n2. Workshop\nThe group discussed the workshop.\n2D drawings and 3D prints were shown by the members.\n\n3. Any other business\nNone.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Apologies", "Workshop", "Any other business"]);
    }

    [Fact]
    public void TimeAnItemWasTaken_IsNotPartOfItsTitle()
    {
        var draft = Read(Header + "1. Apologies for absence (6:22 p.m.)\nApologies were received from Cllr D White.\n\n2. Declarations of interest (6:40pm)\nNone.\n\n3. Police and Crime Plan (19.05)\nThe plan was discussed.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Apologies for absence", "Declarations of interest", "Police and Crime Plan"]);
    }

    [Theory]
    [InlineData("1. Welcome and apologies (5m, Ann)\nAll welcomed.\n\n2. Finance report [10 minutes]\nNoted.\n\n3. Garden project (15 mins, Raj, Ann)\nNoted.\n")]
    [InlineData("1. Welcome and apologies (5 min.)\nAll welcomed.\n\n2. Finance report [10m]\nNoted.\n\n3. Garden project (1 hr)\nNoted.\n")]
    public void TimeAnItemIsGiven_IsNotPartOfItsTitle(string body)
    {
        var draft = Read(Header + body);

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Welcome and apologies", "Finance report", "Garden project"]);
    }

    [Fact]
    public void MinuteReferences_WithDotsAndTheBoardsLetters_AreItems()
    {
        var draft = Read(Header + "PB.19.045 Declarations of interest\nNone.\n\nPB.19.046 Minutes of the previous meeting\nApproved.\n\nPB.19.047 Police and Crime Plan\nThe plan was discussed.\n");

        draft.AgendaItems.Select(i => i.Number).ShouldBe(["PB.19.045", "PB.19.046", "PB.19.047"]);
    }

    [Theory]
    [InlineData("Agenda Item 1: Welcome\nAll welcomed.\nAgenda Item 2: Finance\nNoted.\nAgenda Item 3: Planning\nNoted.\n")]
    [InlineData("(1) Welcome\nAll welcomed.\n(2) Finance\nNoted.\n(3) Planning\nNoted.\n")]
    [InlineData("45/19\nWelcome\nAll welcomed.\n46/19\nFinance\nNoted.\n47/19\nPlanning\nNoted.\n")]
    public void NumbersInOtherForms_AreItems(string body)
    {
        var draft = Read(Header + body);

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Welcome", "Finance", "Planning"]);
    }

    [Fact]
    public void AnOrderedListWhoseEntriesStandOverParagraphs_GivesTheItems()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Riverside Trust Board, 12 June 2019\n\nPresent: Ann Lee, Tom Brown\n\n"
            + "1. Welcome\n\nThe chair welcomed all.\n\n2. Finance\n\nThe report was noted.\n\n3. Planning\n\nNo applications.\n"), "minutes.md");

        draft.AgendaItems.Select(i => (i.Number, i.Title)).ShouldBe([("1", "Welcome"), ("2", "Finance"), ("3", "Planning")]);
    }

    [Fact]
    public void OrderedListsEntries_OverBulletsLevelWithThem_AreTheItems()
    {
        var markdown = "# Coders Council\n\nPresent: Ann, Raj, Tom\n\n1. New exec onboarding\n\n- Which new execs need support in their roles?\n- Passwords to be handed over\n\n"
            + "2. Fall plans\n\n- Remote or in person for the term?\n\n3. Miscellaneous\n\n- Nothing else was raised\n";

        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(markdown), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["New exec onboarding", "Fall plans", "Miscellaneous"]);
    }

    [Fact]
    public void AgendaUnderItsCaption_ListingMoreThanTheEntriesOverPoints_GivesTheItems()
    {
        var markdown = "# Toolkit community council meeting notes\n\nAttendees: Ann, Raj, Tom\n\n## Agenda\n\n1. Review of last minutes\n2. Review of actions\n   - board actions\n"
            + "3. Updates\n   - conference\n4. Sprint planning\n5. AOB\n\n## Notes\n\n1. Review of last minutes\n   - agreed\n2. Review of actions\n   - board actions done\n"
            + "3. Updates\n   - talk accepted\n4. Sprint planning\n\n- Raj will book the room\n- dates to be fixed by email\n\n5. AOB\n";

        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(markdown), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Review of last minutes", "Review of actions", "Updates", "Sprint planning", "AOB"]);
    }

    [Fact]
    public void OrderedListsUnderMoreHeadings_AreReportsWithinThem_NotTheItems()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Riverside Trust Board, 12 June 2019\n\nPresent: Ann Lee, Tom Brown\n\n"
            + "## Call to order\n\nOpened at 6pm.\n\n## Reports\n\n1. Chair's report\n\nNo report.\n\n2. Treasurer's report\n\nNoted.\n\n3. Fire chief's report\n\nNoted.\n\n"
            + "## Correspondence\n\nNone.\n\n## Public comment\n\nNone.\n\n## Adjournment\n\nClosed at 8pm.\n"), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Call to order", "Reports", "Correspondence", "Public comment", "Adjournment"]);
    }

    [Fact]
    public void TitlesInCapitalsOverProse_AreTheItems_WhenNothingIsNumbered()
    {
        var draft = Read(Header + "APOLOGIES FOR ABSENCE\nApologies were received from Cllr D White.\n\nMINUTES OF THE PREVIOUS MEETING\nThe minutes were approved.\n\n"
            + "FINANCE\nThe report was noted.\n\nPLANNING\nNo applications were received.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["APOLOGIES FOR ABSENCE", "MINUTES OF THE PREVIOUS MEETING", "FINANCE", "PLANNING"]);
    }

    [Fact]
    public void RomanNumeralAloneOnItsLine_TakesTheTitleBelowIt()
    {
        var draft = Read("BOARD OF DIRECTORS MEETING\nFebruary 5, 2013\n\nI.\n\nCall to Order\n\nII.\n\nRoll Call\nAlice Smith\nPresent\n\nIII.\n\nOther Matters\nNone were raised.\n");

        draft.AgendaItems.Select(i => (i.Number, i.Title)).ShouldBe([("I", "Call to Order"), ("II", "Roll Call"), ("III", "Other Matters")]);
    }

    [Fact]
    public void LetteredItems_HoldingTheRollCall_AreItems()
    {
        var draft = Read("MINUTES\nCivil Rights Committee\nTuesday, April 3, 2018\n\nA. Call to Order\nThe chair called the meeting to order.\nAttendee Name\nStatus\nAlice Smith\nPresent\nBob Jones\nPresent\n\n"
            + "B. Recommended Actions\nNone.\n\nC. Updates\nThe report was received.\n\nD. Adjourn\nThe meeting adjourned at 8 p.m.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Call to Order", "Recommended Actions", "Updates", "Adjourn"]);
    }

    [Fact]
    public void CasesAQuasiJudicialBodyHeard_AreTheItems_NotTheNumberedPointsInsideThem()
    {
        var draft = Read("HISTORIC DISTRICT COMMISSION\nJuly 29, 2020, ROOM 267\n\nMEMBERS PRESENT: Ms. Kim Porter (Chairperson)\nMr. Chris Bell\n\n"
            + "APPLICATION: HDCRMA 2020-00165, 2000 PARK ROAD – ADDITION\n\nSTAFF ANALYSIS:\n1. The addition is not incongruous with the district.\n2. Minor revisions may be reviewed by staff.\n\n"
            + "MOTION: APPROVED\t1st : BELL\t2nd : PORTER\nMr. Bell moved to approve this application.\n\n"
            + "APPLICATION: HDCRMI 2020-00154, 227 E. PARK AVENUE – REPLACEMENT WINDOWS\n\nSTAFF ANALYSIS:\n1. The Commission will determine if the windows meet the Guidelines.\n2. Minor revisions may be reviewed by staff.\n3. Samples are to be installed.\n");

        draft.AgendaItems.Select(a => a.Title).ShouldBe(["HDCRMA 2020-00165, 2000 PARK ROAD – ADDITION", "HDCRMI 2020-00154, 227 E. PARK AVENUE – REPLACEMENT WINDOWS"]);
    }

    [Fact]
    public void ItemsAboveTheRollCall_AreItemsToo()
    {
        var draft = Read("PARKS AND RECREATION ADVISORY BOARD\nMinutes of the regular meeting, January 9, 2024\n\n1. CALL TO ORDER\nThe Chair called the meeting to order at 6:00 p.m.\n\n"
            + "2. ROLL CALL\nMembers present: Linda Ortiz, Mark Chen, Sarah Goldberg\n\n3. APPROVAL OF MINUTES\nApproved.\n\n4. PUBLIC COMMENT\nNone.\n\n5. ADJOURNMENT\nThe meeting adjourned at 7:15 p.m.\n");

        draft.AgendaItems.Select(i => (i.Number, i.Title)).ShouldBe([("1", "CALL TO ORDER"), ("2", "ROLL CALL"), ("3", "APPROVAL OF MINUTES"), ("4", "PUBLIC COMMENT"), ("5", "ADJOURNMENT")]);
        draft.Attendees.Select(a => a.Name).ShouldBe(["Linda Ortiz", "Mark Chen", "Sarah Goldberg"]);
    }

    // A council numbering its minutes on from one meeting to the next takes the police and the public before the apologies,
    // which the attendance reader reads with the list of those present; a slip may print a number twice.
    [Theory]
    [InlineData("1301", "1302", "1303")]
    [InlineData("1302", "1302", "1303")]
    public void RunningMinuteNumbers_TakenBeforeTheApologies_AreItemsToo(string police, string forum, string apologies)
    {
        var draft = Read("ASHDOWN COMMUNITY COUNCIL\n\nMinutes of a meeting of the above Council held on Monday 14th March 2022 at 7.00pm in the Village Hall.\n\n"
            + "Present: Chairman Cllr Mrs Hale, Cllrs Dunn, Lake, Nash and the Clerk.\n\n"
            + $"{police}. Police Report: No report received.\n\n{forum}. Public Forum: Mr T. Reed asked about the bus shelter.\n\n"
            + $"{apologies}. Apologies for absence: Cllr Ford.\n\n1304. Declarations of interest: None.\n\n"
            + "1305. Approval of minutes of previous meeting: Approved & signed as correct.\n\n1306. Correspondence: A letter about the footpath was noted.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Police Report", "Public Forum", "Apologies for absence", "Declarations of interest", "Approval of minutes of previous meeting", "Correspondence"]);
        draft.AgendaItems.Select(i => i.Number).ShouldBe([police, forum, apologies, "1304", "1305", "1306"]);
    }

    [Fact]
    public void ReferencedMinutes_OverAsLongAListInOneMinute_AreTheItems_FromTheApologiesOn()
    {
        var draft = Read("HOLTBY PARISH COUNCIL\n\nMinutes of the Annual Parish Assembly held on Tuesday 13th May 2008 at the Village Hall\n\n"
            + "Present: Ann Hale (in the Chair), Tom Dunn, Jo Lake\n\n4 Members of the Public were present\n\nAPA08/01 APOLOGIES\nNo apologies\n\n"
            + "APA08/02 MINUTES OF THE LAST MEETING\nThe minutes were agreed and signed.\n\nAPA08/03 COUNTY COUNCILLOR'S REPORT\nCllr Reed sits on:\n"
            + "1. Highways Committee\n2. Pension Fund Panel\n3. Schools Forum\n4. Rural Transport Group\n\n"
            + "APA08/04 FINANCE REPORT\nThe accounts were presented.\n\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["APOLOGIES", "MINUTES OF THE LAST MEETING", "COUNTY COUNCILLOR'S REPORT", "FINANCE REPORT"]);
    }

    [Fact]
    public void OutlinesPointZeroItem_OverTheRoll_IsTheFirstItem()
    {
        var draft = Read("Strata Plan LMS 4471\nStrata Council Meeting Minutes\nWednesday, June 12, 2024\n\n1.0 ATTENDEES\n\nPresent\n\nAnn Lee\nTom Fox\nRaj Patel\n\n"
            + "Regrets\n\nJan Roe\n\n2.0 CALL TO ORDER: 7:02 pm\n\n3.0 ADOPTION OF MINUTES\nThe May minutes were approved by email.\n\n"
            + "4.0 FINANCIALS\nThe statements for May were reviewed.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["ATTENDEES", "CALL TO ORDER", "ADOPTION OF MINUTES", "FINANCIALS"]);
    }

    [Fact]
    public void TitleInCapitals_BeforeAColon_EndsThere_HoweverShortItsMinute()
    {
        var draft = Read(Header + "1. APOLOGIES: None.\n2. APPROVAL OF MINUTES: Approved as presented.\n3. POLICE AND CRIME PLAN: The plan was discussed at length.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["APOLOGIES", "APPROVAL OF MINUTES", "POLICE AND CRIME PLAN"]);
    }

    [Fact]
    public void MinuteRunOnAfterADash_IsNotPartOfTheTitle_ButADashInsideATitleIs()
    {
        var draft = Read(Header + "1. Call to order – The Chair called the meeting to order at 7:03 p.m.\n2. Presentations – none\n"
            + "3. Treasurer's Report – Cllr Jones stated the accounts are in good order\n4. Pre-application Review, Mill Lane – New Construction, Old Town\nThe plans were discussed.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Call to order", "Presentations", "Treasurer's Report", "Pre-application Review, Mill Lane – New Construction, Old Town"]);
    }

    [Fact]
    public void SentenceRunOnAfterADash_EndsTheTitle_InWhateverCaseItOpens()
    {
        var draft = Read(Header + "24/101 Planning – Three applications were considered and supported.\n\n24/102 Finance – The following payments had been made\nHall hire £40.\n\n"
            + "24/103 Allotments – Ann Lee will write to the tenants.\n\n24/104 Closure – moved by Cllr Brown, the meeting closed at 9 pm.\n\n"
            + "24/105 Village hall – Plans and Costs\nNoted.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Planning", "Finance", "Allotments", "Closure", "Village hall – Plans and Costs"]);
    }

    [Fact]
    public void TitleInCapitals_RunOnIntoAMinuteInOrdinaryCase_EndsAtTheDash_ButADateInCapitalsStays()
    {
        var draft = Read(Header + "19/41 PUBLIC FORUM – No residents attended.\n\n19/42 CLERK'S REPORT - Jane Black (Clerk)\nThe report was noted.\n\n"
            + "19/43 HIGHWAYS – To consider the reports received:\nPotholes on Mill Lane.\n\n19/44 ANNUAL MEETING - 14 MAY IN THE VILLAGE HALL\nNoted.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["PUBLIC FORUM", "CLERK'S REPORT", "HIGHWAYS", "ANNUAL MEETING - 14 MAY IN THE VILLAGE HALL"]);
    }

    [Fact]
    public void PlainTitlesOverProse_AreTheItems_NotTheSentencesOrTheAttendance()
    {
        var draft = Read("Millbrook Allotment Society\nAnnual General Meeting, 9 March 2021\n\nPresent\nAnn Lee, Tom Brown, Raj Patel\n\n"
            + "Welcome\nThe chair welcomed everyone to the meeting at 7 pm.\n\nTreasurer’s Report……………Tom B.\nThe accounts for the year were presented and approved by the meeting.\n\n"
            + "Results were as follows:\nThe rents rise by five pounds a plot from April of this year.\n\nElection of Officers:\nAnn Lee was elected chair and Tom Brown treasurer for the year.\n\n"
            + "Old Business:\nNone\n\nRaj Patel\nThanked the committee for all the work on the new gates.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Welcome", "Treasurer’s Report", "Election of Officers", "Old Business"]);
    }

    [Fact]
    public void PlainTitlesOverProse_InCapitals_HeadTheTopicsInOrdinaryCase()
    {
        var draft = Read("Riverside Residents Group\nMinutes, 21 November 2023\n\nWELCOME\nThe chair welcomed everyone and introductions were made.\n\n"
            + "COUNCIL UPDATE\nThe ward councillor gave an update on the new road layout.\n\nBus services\nResidents asked about the evening buses, which the council will raise.\n\n"
            + "AOB\nThere was no other business and the meeting closed at 9 pm.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["WELCOME", "COUNCIL UPDATE", "AOB"]);
    }

    [Theory]
    [InlineData("Action Summary")]
    [InlineData("Summary of Action Items")]
    [InlineData("New and Ongoing Actions")]
    [InlineData("Completed Actions")]
    public void RollOfActionsAfterTheItems_IsNoItem_ButActionsReviewedAre(string roll)
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Garden Board, 9 March 2021\n\n## Present\n\n* Ann Lee\n* Tom Brown\n\n"
            + "## Actions from last meeting\n\nAll done.\n\n## Plant sale\n\nThe sale raised $300.\n\n## Website\n\nTom will update the page.\n\n"
            + $"## {roll}\n\n* Tom to update the page\n* Ann to book the hall\n"), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Actions from last meeting", "Plant sale", "Website"]);
    }

    [Fact]
    public void TitlesInCapitals_BeforeADash_AreTheItems_WithTheMinuteAfterTheDashOrNothing()
    {
        var draft = Read("MILLBROOK TOWNSHIP BOARD OF TRUSTEES\nMarch 4, 2024\n\nBoard members present were Trustee Ames and Supervisor Hale.\n\n"
            + "OLD BUSINESS – Supervisor Hale reported that the survey is finished.\n\nNEW BUSINESS – The levy will be discussed in April.\n\n"
            + "CORRESPONDENCE –\n\nANNOUNCEMENTS - None.\n\nRoad Fund – The bills were approved.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["OLD BUSINESS", "NEW BUSINESS", "CORRESPONDENCE", "ANNOUNCEMENTS"]);
    }

    [Fact]
    public void TitleRunIntoItsFirstLetteredPart_IsTitledByWhatComesBefore()
    {
        var draft = Read(Header + "1. Welcome\nAll welcomed.\n\n2. Reports a. Highways - Presented by Cllr Jones\nPotholes were noted.\nb. Library - Presented by Mrs Black\nOpening hours are unchanged.\n\n"
            + "3. Committee updates (a) Planning\nNo applications.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Welcome", "Reports", "Committee updates"]);
    }

    [Fact]
    public void IssueKeysBeforeADash_AreIssuesDiscussed_NotItems()
    {
        var draft = Read("Tooling TSC Meeting\nMarch 8, 2016\n\nAttendees\n\nAnn Lee – Acme\nRaj Patel – Initech\n\nRelease status\n\nThe release is on track.\n\n"
            + "TOOL-95 – All agreed to push this out of the release\nTOOL-94 – Approved to merge\nTOOL-89 – Approved to remove the marker\nTOOL-63 – Raj to write a proposal.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldNotContain(t => t.StartsWith("TOOL-"));
    }

    [Fact]
    public void UsualPartsOfABoardsMeeting_OnLinesOfTheirOwn_AreTheItems_WhenNothingElseTitlesThem()
    {
        var draft = Read("Millbrook Township\nMarch 4, 2024 Minutes\n\nMeeting was called to order by the Supervisor at 7:00 pm.\n"
            + "Motion made by Ann to accept the minutes, seconded by Bob. Yes - 5, No - 0\nNew Business:\nPark Benches – Two need to be replaced.\n"
            + "~The levy will be discussed in April.\nUnfinished Business\n~The noise ordinance was sent to the attorney.\nPublic Comment:\n~A resident asked about the road.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["New Business", "Unfinished Business", "Public Comment"]);
    }

    [Fact]
    public void LettersStartingAgainUnderTitlesInCapitals_AreEntries_AndTheTitlesAreTheItems()
    {
        var draft = Read("LIBRARY BOARD MEETING\nWEDNESDAY, JULY 11, 2012\n\nPresent: Ann Lee, Tom Fox\n\nCONSENT CALENDAR\nAn asterisk marks the items adopted.\n\n"
            + "UNFINISHED BUSINESS\nA. Strategic Plan Update\nThe Board accepted the report.\n\nNEW BUSINESS\nA. Branch library sign\nThe sign was shown.\n"
            + "B. Library Foundation\nThe Foundation is planning concerts.\nC. Friends of the Library\nThe Friends have more books than shelves.\n\n"
            + "ADJOURNMENT\nThe President adjourned the meeting at 7:43pm\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["CONSENT CALENDAR", "UNFINISHED BUSINESS", "NEW BUSINESS", "ADJOURNMENT"]);
    }

    // Conventions for numbering and titling items in general use, each in made-up minutes.
    [Theory]
    [InlineData("1. Apologies\nNone.\n2. Finance\nNoted.\n3. Planning\nNoted.\n", "1|2|3")]
    [InlineData("19/23 Apologies\nNone.\n20/23 Finance\nNoted.\n21/23 Planning\nNoted.\n", "19/23|20/23|21/23")]
    [InlineData("Item 1: Apologies\nNone.\nItem 2: Finance\nNoted.\nItem 3: Planning\nNoted.\n", "1|2|3")]
    [InlineData("1.0 Apologies\nNone.\n2.0 Finance\nNoted.\n3.0 Planning\nNoted.\n", "1.0|2.0|3.0")]
    [InlineData("Minute 121/19 Apologies\nNone.\nMinute 122/19 Finance\nNoted.\nMinute 123/19 Planning\nNoted.\n", "121/19|122/19|123/19")]
    [InlineData("1. Apologies\nNone.\n2. Finance\na) Payments\nApproved.\nb) Bank reconciliation\nNoted.\n3. Planning\nNoted.\n", "1|2|3")]
    [InlineData("1.\tApologies\nNone.\n2.\tFinance\nNoted.\n3.\tPlanning\nNoted.\n", "1|2|3")]
    [InlineData("1 APOLOGIES\nNone.\n2 FINANCE\nNoted.\n3 PLANNING\nNoted.\n", "1|2|3")]
    public void ConventionalNumbers_GiveTheItems(string body, string numbers)
    {
        var draft = Read(Header + body);

        draft.AgendaItems.Select(i => i.Title.ToUpperInvariant()).ShouldBe(["APOLOGIES", "FINANCE", "PLANNING"]);
        draft.AgendaItems.Select(i => i.Number).ShouldBe(numbers.Split('|'));
    }

    [Theory]
    [InlineData("minutes.md", "# Riverside Trust Board, 12 June 2019\n\nPresent: Ann Lee, Tom Brown\n\n## Welcome\n\nAll welcomed.\n\n## Finance\n\nNoted.\n\n## Planning\n\nNoted.\n")]
    [InlineData("minutes.md", "# Riverside Trust Board, 12 June 2019\n\nPresent: Ann Lee, Tom Brown\n\n**1. Welcome**\n\nAll welcomed.\n\n**2. Finance**\n\nNoted.\n\n**3. Planning**\n\nNoted.\n")]
    [InlineData("minutes.html", "<html><body><h1>Riverside Trust Board, 12 June 2019</h1><p>Present: Ann Lee, Tom Brown</p><h2>Welcome</h2><p>All welcomed.</p><h2>Finance</h2><p>Noted.</p><h2>Planning</h2><p>Noted.</p></body></html>")]
    [InlineData("minutes.html", "<html><body><h1>Riverside Trust Board, 12 June 2019</h1><p>Present: Ann Lee, Tom Brown</p><h3>Welcome</h3><p>All welcomed.</p><h3>Finance</h3><p>Noted.</p><h3>Planning</h3><p>Noted.</p></body></html>")]
    public void Headings_AreTheItems(string file, string text)
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), file);

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Welcome", "Finance", "Planning"]);
    }

    [Theory]
    [InlineData("1. Apologies – none received\n2. Finance – the clerk reported a balance of £2,000\n3. Planning: no applications had been received\n", "Apologies|Finance|Planning")]
    [InlineData("1. Apologies\nNone.\n2. Finance – Payments and Receipts\nNoted.\n3. Planning: Mill Lane\nNoted.\n", "Apologies|Finance – Payments and Receipts|Planning: Mill Lane")]
    public void TitleEndsAtADashOrColon_OnlyBeforeMinuteText(string body, string titles)
    {
        Read(Header + body).AgendaItems.Select(i => i.Title).ShouldBe(titles.Split('|'));
    }

    [Theory]
    [InlineData("| Item | Description |\n|---|---|\n| Welcome | |\n| Finance | the year's accounts |\n| Garden | new benches |\n", null)]
    [InlineData("| No. | Title | Lead |\n|---|---|---|\n| 1 | Welcome | Chair |\n| 2 | Finance | Treasurer |\n| 3 | Garden | Ann Lee |\n", "1|2|3")]
    [InlineData("| Time | Topic |\n|---|---|\n| 18:00 | Welcome |\n| 18:10 | Finance |\n| 18:40 - 19:00 | Garden |\n", null)]
    public void AnAgendaSetOutAsATable_GivesTheItems(string table, string? numbers)
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Riverside Trust Board, 12 June 2019\n\nPresent: Ann Lee, Tom Brown\n\n"
            + "## Agenda\n\n" + table + "\n## Discussion\n\nThe accounts were noted. New benches will be bought.\n"), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Welcome", "Finance", "Garden"]);
        draft.AgendaItems.Select(i => i.Number ?? "-").ShouldBe((numbers ?? "-|-|-").Split('|'));
    }

    [Theory]
    [InlineData("1. Welcome – J Smith\nAll welcomed.\n2. Finance report - Ann Lee\nNoted.\n3. Garden (presented by the Clerk)\nNoted.\n")]
    public void PresenterOfAnItem_IsNotPartOfItsTitle(string body)
    {
        Read(Header + body).AgendaItems.Select(i => i.Title).ShouldBe(["Welcome", "Finance report", "Garden"]);
    }

    [Fact]
    public void TimeAnItemIsSetFor_IsNotPartOfItsTitle()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Riverside Trust Board, 12 June 2019\n\nPresent: Ann Lee, Tom Brown\n\n"
            + "## Agenda\n\n- 18:00 Welcome\n- 18.10 - 18.40 Finance report\n- 18:40 Garden\n\n## Notes\n\nThe accounts were noted.\n"), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Welcome", "Finance report", "Garden"]);
    }

    [Fact]
    public void WordsAfterADash_ThatNameNoPerson_StayInTheTitle()
    {
        Read(Header + "1. Planning – Mill Lane\nNoted.\n2. Budget – A Review\nNoted.\n3. Finance - Payments\nNoted.\n").AgendaItems.Select(i => i.Title)
            .ShouldBe(["Planning – Mill Lane", "Budget – A Review", "Finance - Payments"]);
    }

    [Fact]
    public void HeadingThatIsOnlyADate_HeadsAMeeting_NotAnItem()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Riverside working group notes\n\n## Tuesday, March 19, 2024\n\n## Chair updates\n\nNoted.\n\n"
            + "## Budget\n\nDiscussed.\n\n## 2024-03-26\n\n## Website\n\nDiscussed.\n"), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Chair updates", "Budget", "Website"]);
    }

    [Fact]
    public void TitlesUnderlinedInATextFile_AreHeadingsAndTheirBusinessTheItems()
    {
        var draft = Read("Annual Meeting 19:00 02-Oct-2021\n================================\n\nHeld at the Village Hall, Milltown.\n\n"
            + "Members Present\n---------------\nAnn Lee, Tom Reid, Sue Hart\n\nApologies\n---------\nJoe Bloggs\n\n"
            + "Accounts\n--------\nThe accounts were presented.\n\nElections\n---------\nAnn Lee was elected by a show of hands.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Accounts", "Elections"]);
        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid", "Sue Hart"]);
        draft.Decisions.Select(d => d.Text).ShouldBe(["Ann Lee was elected by a show of hands."]);
    }

    [Fact]
    public void ItemNumberWithTheBracketSetOffByASpace_IsAnItem()
    {
        var draft = Read(Header + "1) Apologies for Absence\nNone.\n\n2) Welcome\nAll welcomed.\n\n3 ) Treasurer's Report\nThe accounts were received.\n\n4 ) Safeguarding Report\nNothing to report.\n");

        draft.AgendaItems.Select(i => i.Number).ShouldBe(["1", "2", "3", "4"]);
        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Apologies for Absence", "Welcome", "Treasurer's Report", "Safeguarding Report"]);
    }

    [Fact]
    public void AnOrderedListsLastEntry_StandsOverAListOfItsOwnPoints()
    {
        var html = "<html><body><p>Brackley Green Parish Council</p><p>Minutes of the meeting held on Tuesday 4 March 2025</p>"
            + "<p>Present: Cllr H Moreton (Chairman), Cllr P Iqbal</p><ol><li>Apologies for absence</li></ol><p>Apologies were received from Cllr F Nash.</p>"
            + "<ol start=\"2\"><li>Minutes of the last meeting</li></ol><p>The minutes were approved.</p>"
            + "<ol start=\"3\"><li>Highways<ol><li>The potholes in Church Lane were reported again.</li><li>The speed survey was noted.</li></ol></li></ol></body></html>";

        var draft = DocumentImporter.ReadMinutes(System.Text.Encoding.UTF8.GetBytes(html), "minutes.html");

        draft.AgendaItems.Select(i => (i.Number, i.Title)).ShouldBe([("1", "Apologies for absence"), ("2", "Minutes of the last meeting"), ("3", "Highways")]);
    }

    [Fact]
    public void KeyDiscussionTopics_OverAList_AreTheItems()
    {
        var draft = Read(Header + "Key Discussion Topics\n- Precept for 2020/21\n- Complaints received\n- Work programme\n\nKey Decisions\n- The work programme was agreed.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Precept for 2020/21", "Complaints received", "Work programme"]);
    }

    [Fact]
    public void PlainTitlesOverBullets_AreTheItems_AndANoteAboveATitleIsNot()
    {
        var draft = Read("Minutes of the Riverside Food Bank Trustees meeting, 14 May 2024\n\nPresent: Ann Lee, Tom Reid, Sue Hart\n\n"
            + "Minutes of the Last Meeting\n\nThe minutes of 9 April were approved.\n\n"
            + "Warehouse Lease\n\n• Tom reported on the landlord's offer.\n• The trustees asked for a second quote.\n\n"
            + "2025 Volunteer Rota\n\n• Sue will circulate the summer rota.\n\n"
            + "The following items were held over\n\n"
            + "Grant Applications\n\n• Two bids are due in June.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Minutes of the Last Meeting", "Warehouse Lease", "2025 Volunteer Rota", "Grant Applications"]);
    }

    [Fact]
    public void TemplateRowsLabelledAgendaItem_AreTheItems_NotTheTopicsUnderTheirDiscussion()
    {
        var draft = Read("Parent Council Meeting, 3 March 2025\n\nAttendees:\tAnn Lee (chair), Tom Reid\n\n"
            + "Agenda item:\tHead Teacher's Report\tPresenter:\tMs Grey\n\nDiscussion:\n\nSports Day\n• The date was set.\n\n"
            + "Lunch Menus\n• Parents asked about choices.\n\nSchool Trips\n• The P7 trip is booked.\n\n"
            + "Agenda item:\tTreasurer's Report\tPresenter:\tTom Reid\n\nDiscussion:\n\n• The balance is £2,300.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Head Teacher's Report", "Treasurer's Report"]);
    }

    [Fact]
    public void PlainTitlesStraightAfterTheBulletsAbove_AreTheItems()
    {
        // As a Word document's paragraphs come out: spaced by their style, with no empty paragraph between.
        var draft = Read("Northgate Housing Trust\nBoard meeting, 20 February 2025\nPresent: Amy Lowe (Chair), Ben Hart, Cara Noon\n"
            + "Welcome\n• Amy welcomed everyone.\nAnnual Budget\n• Ben presented the draft budget.\n• The Board approved it.\n"
            + "Tenant Survey\n• Cara reported on the results.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Welcome", "Annual Budget", "Tenant Survey"]);
    }

    [Fact]
    public void NumberedParagraphsOfAMinute_AreNotSubItems()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("Advisory Panel on Library Services\nMinutes of the meeting held on 9 April 2025\n\n"
            + "Present: Ann Lee (Chair), Tom Fox, Sue Day\n\nItem 1: Minutes of the last meeting\n1.1 The minutes of the meeting of 12 February were agreed.\n\n"
            + "Item 2: Annual report\n2.1 The Secretariat presented the draft annual report.\n2.2 Members discussed the figures for branch visits.\n"
            + "2.3 Tom Fox asked for a summary in plain English.\n\nItem 3: Any other business\n3.1 None.\n"), "minutes.txt");

        draft.AgendaItems.Select(a => (a.Number, a.Title)).ShouldBe([("1", "Minutes of the last meeting"), ("2", "Annual report"), ("3", "Any other business")]);
    }

    [Fact]
    public void SubItemTitles_ThatAreTasks_StayItems()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("Schema Technical Committee\nMinutes, 9 April 2025\n\nPresent: Ann Lee (Chair), Tom Fox\n\n"
            + "1. Roadmap\n1.1 Review the 2.2 roadmap and first proposals.\nAnn presented the roadmap.\n1.2 Discuss metrics.\nNo metrics were agreed.\n\n2. Close\nThe meeting closed.\n"), "minutes.txt");

        draft.AgendaItems.Select(a => a.Number).ShouldBe(["1", "1.1", "1.2", "2"]);
    }

    [Fact]
    public void PlanningApplication_TitledByItsReference_IsAnItem()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("Minutes of the Planning Committee of Westford District Council\nheld on 14 January 2025\n\n"
            + "Present: Councillor R Patel (Chair), Councillors J Hughes and S Turner\n\n46. Declarations of interest\nNone were declared.\n\n"
            + "47. 24/01234/FUL - Land at Mill Lane, Westford\nThe officer presented the report.\nRESOLVED: That planning permission be granted.\n\n"
            + "48. Any other business\nThere was none.\n"), "minutes.txt");

        draft.AgendaItems.Select(a => (a.Number, a.Title)).ShouldBe([("46", "Declarations of interest"), ("47", "24/01234/FUL - Land at Mill Lane, Westford"), ("48", "Any other business")]);
    }

    [Fact]
    public void NumberedParagraph_OpeningTheBoardsDecisions_IsNoSubItem()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("Regulatory Standards Board\nMinutes, 15 May 2025\n\nMembers: Clare Hollis (Chair), Ian Moss\n\n"
            + "1. Minutes\n1.1 The minutes of the March meeting were agreed.\n\n2. Revised code\n2.1 Ian Moss introduced the paper.\n2.2 The Board:\n"
            + "a) noted the summary of responses;\nb) agreed the revised code.\n\n3. Close\n3.1 The meeting closed at noon.\n"), "minutes.txt");

        draft.AgendaItems.Select(a => a.Number).ShouldBe(["1", "2", "3"]);
    }

    [Fact]
    public void DecisionsHeading_OverTheListOfResolutions_IsNoItem()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Riverside Chess Society Inc\n\n## Annual General Meeting, 5 May 2021\n\n#### Attendees\n\nAnn Lee, Tom Fox\n\n"
            + "#### Treasurer's report\n\nThe accounts were presented.\n\n#### Membership fee\n\nThe fee was discussed.\n\n#### Resolutions\n\n- The accounts for 2020 were received and accepted. AL, TF.\n- With one nomination Ann Lee was declared president. TF, AL.\n"), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Treasurer's report", "Membership fee"]);
    }

    [Fact]
    public void AgendaTableHeader_WithAColumnsUnitInBrackets_IsNoItem()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# 2022-03-09 Riverside Bakers' Co-op: Board Meeting\n\nAttending:  Ann Lee, Tom Fox\n\n## Agenda\n\n"
            + "| Item                     | Time (min) |\n|:-------------------------|-----------:|\n| Oven replacement         | 20         |\n| Summer opening hours     | 15         |\n\n"
            + "## Notes\n\n- The board agreed to replace the oven.\n"), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Oven replacement", "Summer opening hours"]);
    }

    [Theory]
    [InlineData("Minute 101 – ", "101")]
    [InlineData("Min. No. 101 ", "101")]
    public void MinuteWordBeforeTheNumber_IsNoPartOfIt(string before, string first)
    {
        var text = "Ashcombe Parish Council\nMinutes of the meeting held on Tuesday 5 March 2024\n\nPresent: Cllr Ann Lee (Chair), Cllr Tom Fox\n\n";
        var titles = new[] { "Apologies", "Declarations of interest", "Finance" };
        for (var k = 0; k < titles.Length; k++)
            text += before.Replace("101", (101 + k).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) + titles[k] + "\nNoted.\n\n";

        var draft = DocumentImporter.ReadMinutes(System.Text.Encoding.UTF8.GetBytes(text), "minutes.txt");

        draft.AgendaItems.Select(i => (i.Number, i.Title)).ShouldBe([(first, "Apologies"), ("102", "Declarations of interest"), ("103", "Finance")]);
    }
    [Theory]
    [InlineData("minutes.txt")]
    [InlineData("minutes.md")]
    public void HashBeforeTheNumber_IsNoPartOfIt_AndTheApologiesItemCounts(string name)
    {
        // "#1 Apologies" holds the apologies, so the attendance reader takes its lines; the item is the first of the count all the same.
        var text = "# Minutes of the Riverside Trust Board, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n"
            + "#1 Apologies\nNone.\n\n#2 Minutes of the last meeting\nApproved.\n\n#3 Finance\nThe treasurer reported.\n";

        var draft = DocumentImporter.ReadMinutes(System.Text.Encoding.UTF8.GetBytes(text), name);

        draft.AgendaItems.Select(i => (i.Number, i.Title)).ShouldBe([("1", "Apologies"), ("2", "Minutes of the last meeting"), ("3", "Finance")]);
    }
    [Fact]
    public void LinkNumbersOfAMailingListsMinutes_AndTheDateAfterANextMeetingTitle_AreNoPartOfTheTitles()
    {
        var text = "Standards Technical Committee Meeting Minutes: 22 June 2005\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n"
            + "1. Accepted the minutes[1] of the previous meeting\n\n2. Next meeting: 20 July 2005\n\n3. Annotation proposal (Tom). [5] [6]\n\nDiscussed.\n";

        var draft = DocumentImporter.ReadMinutes(System.Text.Encoding.UTF8.GetBytes(text), "minutes.txt");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Accepted the minutes of the previous meeting", "Next meeting", "Annotation proposal (Tom)."]);
    }

    [Fact]
    public void HeadingsUnderAHeadingOfReports_AreTheReportsWithinOneItem()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Committee Meeting - 2024-05-04\n\n## Members Present\n\n- Ann Lee\n- Tom Brown\n\n"
            + "## Correspondence\n\nNone.\n\n## Officer Reports\n\n### Event Officer\n\nTwo events.\n\n### Quartermasters\n\nStock taken.\n\n"
            + "## Other Business\n\n### Tool training\n\nAgreed.\n\n### Donation matching\n\nDiscussed.\n"), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Correspondence", "Officer Reports", "Other Business", "Tool training", "Donation matching"]);
    }

    [Fact]
    public void WikiPagesOwnLines_AreNoItems()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("<html><body><h1>Profile Meeting 2006-06-05 Minutes</h1><h3>From MillWiki</h3>"
            + "<p>Present: Ann Lee, Tom Brown</p><h2>Scope</h2><p>Agreed.</p><h2>Model</h2><p>Discussed.</p><h2>Membership</h2><p>None.</p>"
            + "<h5>Views</h5><ul><li>Page</li><li>Discussion</li></ul><h5>Personal tools</h5><ul><li>Log in</li></ul><h5>Navigation</h5><ul><li>Main Page</li></ul>"
            + "<h5>Search</h5><h5>Toolbox</h5><ul><li>What links here</li></ul></body></html>"), "minutes.html");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Scope", "Model", "Membership"]);
    }

    [Fact]
    public void HeadingsUnderReportsAlone_AreItems()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Minutes of the 2nd meeting of the Riverside Centre\n\n## Attendees\n\n- Ann Lee\n- Tom Brown\n\n"
            + "## Proceedings\n\n### Opening Remarks\n\nWelcome.\n\n### Reports\n\n#### Centre Activities\n\nBusy.\n\n#### Financial Statement\n\nNoted.\n\n### Closing remarks\n\nThanks.\n"), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Opening Remarks", "Reports", "Centre Activities", "Financial Statement", "Closing remarks"]);
    }

    [Fact]
    public void ParagraphsThatOpenWithATitleBeforeAColon_AreItems()
    {
        var draft = Read("Riverside Choir Parents Club\nMeeting Minutes, School Hall\nMarch 5, 2016\n\n"
            + "Present: Ann Lee, Tom Brown, Raj Patel, Sue Day\n"
            + "Tom opened the meeting and thanked everyone for coming.\n"
            + "Secretary Report:  February minutes approved; Ann moved, Raj seconded.\n"
            + "Treasurer’s Report:  Current balance: $1,204.10. No comments offered.\n"
            + "Bake Sale:  Sue reported $310 raised and thanked the volunteers.\n"
            + "Spring Concert: no report\n"
            + "Uniform Fund:  Raj asked whether the club could help families with the cost of uniforms.\n"
            + "Next Meeting is April 2, 2016 at 7 pm in the school hall.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Secretary Report", "Treasurer’s Report", "Bake Sale", "Spring Concert", "Uniform Fund"]);
    }

    [Fact]
    public void ALabelBeforeAColonHereAndThereInProse_IsNoItem()
    {
        var draft = Read("Riverside Choir Parents Club\nMarch 5, 2016\n\nPresent: Ann Lee, Tom Brown, Raj Patel\n\n"
            + "Tom opened the meeting and thanked everyone for coming.\n\nThe club talked over the spring concert at length and agreed on a date.\n\n"
            + "Budget guidance: Raj asked for suggestions on the categories.\n\nThe hall is booked for the concert.\n\nRaj will send round the accounts.\n\n"
            + "Note: the next meeting moves to the library.\n\nSue thanked the volunteers.\n");

        draft.AgendaItems.ShouldBeEmpty();
    }

    [Fact]
    public void TitlesWithTheirPresenterAfterATab_AreItems_WithTheHeadingsAmongThem()
    {
        var draft = Read("Riverside Garden Society\n\nSaturday, May 7th, 2016, 10:00am\n\nAttendees:  Ann Lee, Tom Brown, Raj Patel, Sue Day\n\n"
            + "TOPIC\t\t\t\tPRESENTER\n\nCall to Order\t\tAnn Lee\n10:05 AM\n\nSecretary’s Report\tTom Brown\nThe April minutes were read.\n\n"
            + "Treasurer’s Report\tRaj Patel\nThe balance is $2,140.\nBudget guidance: Raj asked for suggestions.\n\n"
            + "Reports from Committees:\n\nPlant Sale  ---------------------------------  Sue Day\nThe sale raised $400.\n\n"
            + "Open Gardens  -------------------------------  Ann Lee\nNo report\n\nNew Business:\n\nNext Meeting: June 4th.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Call to Order", "Secretary’s Report", "Treasurer’s Report", "Reports from Committees", "New Business"]);
    }

    [Fact]
    public void HeadingsOfTheTitleOverTheDate_AndADraftBanner_AreNoItems()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("<html><body><h2>DRAFT</h2><h2>Riverside Garden Network</h2><h2>Board Meeting</h2>"
            + "<p>May 5, 2003</p><p>Board members in attendance were: Ann Lee, Tom Brown, Raj Patel.</p><h3>TREASURER'S REPORT</h3><p>Noted.</p>"
            + "<h3>OLD BUSINESS</h3><p>The survey was discussed.</p><h3>NEW BUSINESS</h3><p>None.</p><h2>DRAFT</h2></body></html>"), "minutes.html");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["TREASURER'S REPORT", "OLD BUSINESS", "NEW BUSINESS"]);
    }

    [Fact]
    public void OfficersWithTheirHoldersAfterATab_AreNoItems()
    {
        var draft = Read("Riverside Residents Association\nAnnual General Meeting, 5 May 2016\n\nPresent: Ann Lee, Tom Brown, Raj Patel, Sue Day\n\n"
            + "The following were elected unopposed:\n\nChair\tAnn Lee\n\nTreasurer\tTom Brown\n\nSecretary\tRaj Patel\n\nSupporting officers\tSue Day\nJo King\n\n"
            + "The Chair thanked everyone for coming.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldNotContain("Treasurer");
    }

    [Fact]
    public void TimeTakenAfterANumberedTitle_EndsTheTitle()
    {
        var draft = Read("Riverside Parents Association\nMinutes, March 5, 2024\n\nPresent: Ann Lee, Tom Brown, Raj Patel\n\n"
            + "1. CALL TO ORDER 7:05pm (participants: 12).\n\n2. APPROVAL OF AGENDA (7:06pm)\nApproved.\n\n"
            + "3. TREASURER'S REPORT (7:10pm); the balance is $2,140.\n\n4. BREAK UNTIL 7:30pm\n\n5. ADJOURNMENT (7:54pm) Motion by Ann, second by Tom.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["CALL TO ORDER", "APPROVAL OF AGENDA", "TREASURER'S REPORT", "BREAK UNTIL 7:30pm", "ADJOURNMENT"]);
    }

    [Fact]
    public void ListUnderAnAgendaCaption_IsTheItems_TitledByTheirFirstSentenceWithoutWhoLeadsThem()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("<html><head><title>Garden Board Minutes</title></head><body>"
            + "<p>Agenda for March 4, 2019 garden board call.</p><ol><li>Review action items [<b>Ann</b> leads discussion]</li>"
            + "<li>Discuss the spring plant sale. Review the stall rota (if any). [<b>Everyone</b>]</li>"
            + "<li>Approve the budget? The draft was sent round by Dr. Patel. [<b>Tom</b> and <b>Raj</b> lead discussion]</li>"
            + "<li>Review the rota (item 4). (See the list sent round.) [<b>Ann</b>]</li></ol>"
            + "<p><b>Attending members</b></p><ul><li>Ann Lee</li><li>Tom Brown</li><li>Raj Patel</li></ul>"
            + "<p><b>Minutes</b></p><p>Ann went through the open action items.</p><p>The plant sale is set for April.</p></body></html>"), "minutes.html");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Review action items", "Discuss the spring plant sale.", "Approve the budget?", "Review the rota (item 4)."]);
    }

    [Fact]
    public void TopicsHeadingOverTheItems_IsNoItem()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Garden Board, 9 March 2021\n\n## Present\n\n* Ann Lee\n* Tom Brown\n\n"
            + "## Topics\n\n### Plant sale\n\nThe sale raised $300.\n\n### Website\n\nTom will update the page.\n\n"
            + "## Any other business\n\nNone.\n"), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Plant sale", "Website", "Any other business"]);
    }

    [Fact]
    public void OutlineNumberedPointZero_NumbersTheItems_NotTheListsInTheirMinutes()
    {
        var draft = Read("Harbour View Strata Council\nMinutes, May 22, 2024\n\nPresent: Ann Lee, Tom Brown, Raj Patel\n\n"
            + "1.0 CALL TO ORDER\nThe meeting was called to order at 6:30 pm.\n\n2.0 ADOPTION OF MINUTES\nThe minutes of April were adopted.\n\n"
            + "3.0 COMMITTEE REPORTS\n3.1 Gardening\nThe beds were weeded.\n\n4.0 NEW BUSINESS\nThe pool rules were posted. No one may:\n"
            + "5. Swim alone\n6. Run on the deck\n\n5.0 CORRESPONDENCE\nNone.\n");

        draft.AgendaItems.Select(i => (i.Number, i.Title)).ShouldBe(
            [("1.0", "CALL TO ORDER"), ("2.0", "ADOPTION OF MINUTES"), ("3.0", "COMMITTEE REPORTS"), ("3.1", "Gardening"), ("4.0", "NEW BUSINESS"), ("5.0", "CORRESPONDENCE")]);
    }

    [Fact]
    public void LabelsInCapitalsAroundNumberedItems_AreItemsToo()
    {
        var draft = Read("PARKS COMMISSION\nMEETING MINUTES OF\nMarch 12, 2019\n\nPRESENT: Lee, Fox, Chair Patel\nABSENT/EXCUSED: Day\n\n"
            + "MINUTES: The minutes of February 11, 2019 were approved as presented.\n\nCORRESPONDENCE: none\n\nNEW BUSINESS:\n\n"
            + "   1. Lakeside Trail:\n      Staff described the new trail and its lighting.\n\n   2. Volunteer Day\n      The volunteer day will be in May.\n\n"
            + "OLD BUSINESS: none\n\nADJOURNMENT:\nThe meeting adjourned at 8:40 p.m.\n");

        draft.AgendaItems.Select(i => (i.Number, i.Title)).ShouldBe(
            [(null, "MINUTES"), (null, "CORRESPONDENCE"), (null, "NEW BUSINESS"), ("1", "Lakeside Trail"), ("2", "Volunteer Day"), (null, "OLD BUSINESS"), (null, "ADJOURNMENT")]);
    }

    [Theory]
    [InlineData("6. Meeting adjourned at 8:45 pm")]
    [InlineData("6. MEETING ADJOURNED: 9:02 p.m.")]
    [InlineData("6. The Chair declared the meeting closed at 21.10.")]
    [InlineData("6. Closed with a minute's silence at 9pm")]
    public void ANoteOfTheTimeTheMeetingClosed_IsNoItem_WhereverItIsNumbered(string close)
    {
        var draft = Read(Header + "1. Apologies\nNone.\n\n2. Minutes of the last meeting\nApproved.\n\n3. Finance\nThe accounts were received.\n\n"
            + "4. Closed session (7:40 pm)\nThe panel met in private.\n\n5. Adjournment\nThe chair thanked members.\n\n" + close + "\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Apologies", "Minutes of the last meeting", "Finance", "Closed session", "Adjournment"]);
    }

    [Theory]
    [InlineData("Adjournment", "Adjournment")]
    [InlineData("ADJOURNMENT:", "ADJOURNMENT")]
    [InlineData("Adjourn", "Adjourn")]
    [InlineData("Adjournment: 21:05 (BST)", "Adjournment")]
    public void AnAdjournmentStandingAfterTheLastItem_IsTheLastItem(string line, string title)
    {
        var draft = Read("Riverside Allotment Society\nCommittee meeting, 4 March 2025\n\nPresent: Ann Lee, Raj Patel, Tom Hill\n\n"
            + "The chair opened the meeting and read the agenda:\n\n- Water supply\n- Plot inspections\n- Spring show\n\n"
            + "Water supply\n\nThe standpipes will be turned on in April.\n\nPlot inspections\n\nInspections will be held in May.\n\n"
            + "Spring show\n\nThe show will be held on 12 April.\n\n" + line + "\n\nThe chair closed the meeting at 9.05pm.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Water supply", "Plot inspections", "Spring show", title]);
    }

    [Theory]
    [InlineData("Action items")]
    [InlineData("Decisions")]
    [InlineData("Resolutions")]
    [InlineData("Decisions/Actions")]
    public void AnUnnumberedPartForWhatWasDecidedOrGivenToDo_IsNoItem(string label)
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Harbour Rowing Club committee, 9 May 2024\n\nAttendees: Ann Lee, Raj Patel, Tom Hill\n\n"
            + "## Boat repairs\n\nThe coxed four needs a new rigger.\n\n## Summer regatta\n\nEntries open on 1 June.\n\n"
            + "## " + label + "\n\n- Raj to order the rigger\n- Ann to book the marquee\n"), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Boat repairs", "Summer regatta"]);
    }

    [Fact]
    public void ANumberedItemForTheActions_IsAnItem()
    {
        var draft = Read(Header + "1. Apologies\nNone.\n\n2. Action items\nAll actions from March were done.\n\n3. Budget\nThe budget was set.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Apologies", "Action items", "Budget"]);
    }

    [Fact]
    public void ABoardsActionItemsInCapitals_AreTheBusinessPutToAVote()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Lakeview Fire District Board, 5 March 2024\n\n"
            + "The meeting was called to order at 6:00 pm. Board members present: Clark, Costa, Diaz.\n\n### PUBLIC COMMENT\n\nNone.\n\n"
            + "### ACTION ITEMS\n\n- Purchase of a new engine\n\nRecommendation: approve. Carried 3-0.\n\n### ADJOURNMENT\n\nAdjourned at 6:40 pm.\n"), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldContain("ACTION ITEMS");
    }

    [Fact]
    public void AStandingPartOfTheOrderOfBusiness_WithNothingUnderIt_IsAnItem()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Library Trustees, 3 May 2023\n\nAttendance: Ann Lee, Tom Hill\n\n"
            + "- Call to Order\n    - Called to order at 6pm by the chair.\n\n- Treasurer's Report\n    - The balance was received.\n\n"
            + "- Old Business\n\n- New Business\n    - The trustees agreed to buy a new sign.\n\n- Adjournment\n    - The meeting adjourned at 7pm.\n"), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Call to Order", "Treasurer's Report", "Old Business", "New Business", "Adjournment"]);
    }

    [Theory]
    [InlineData("Agenda 4.11.25")]
    [InlineData("Regular Agenda")]
    [InlineData("Official Agenda")]
    [InlineData("Key agenda points")]
    public void AHeadingThatNamesTheAgenda_OverTheItemsHeadings_IsNoItem(string caption)
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Hillside Radio Club, 4 November 2025\n\nPresent: Ann Lee, Raj Patel, Tom Hill\n\n"
            + "## " + caption + "\n\n### Repeater upgrade\n\nThe new antenna is up.\n\n### Field day\n\nThe field day will be in June.\n"), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Repeater upgrade", "Field day"]);
    }

    [Theory]
    [InlineData("Location")]
    [InlineData("Participants (9/12)")]
    [InlineData("Meeting Times")]
    [InlineData("Recordings")]
    [InlineData("Dialing instructions")]
    public void AHeadingForWhereOrHowTheMeetingWasHeld_IsNoItem(string heading)
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Makerspace members' meeting, 2 April 2024\n\n"
            + "## " + heading + "\n\nThe back room, and by video call.\n\n## Laser cutter\n\nThe new tube is fitted.\n\n## Membership fees\n\nFees stay at £20.\n"), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Laser cutter", "Membership fees"]);
    }

    [Theory]
    [InlineData("CALL TO ORDER", "CALL TO ORDER")]
    [InlineData("Opening:", "Opening")]
    [InlineData("Call to order (Ann Lee) (7:02 pm)", "Call to order")]
    public void AnOpeningItemHoldingTheRoll_AboveTheFirstItemRead_IsTheFirstItem(string line, string title)
    {
        var draft = Read("Millbrook Harbour Commission\nRegular Meeting, 14 May 2024\n\n" + line + "\n\n"
            + "President Lee called the meeting to order at 7:02 pm.\n\nCommissioners Present: Ann Lee, Raj Patel, Tom Hill\n\n"
            + "APPROVAL OF THE CONSENT CALENDAR\n\nPatel moved to approve the consent calendar.\n\nMANAGER'S REPORT\n\nThe written report was received.\n\n"
            + "PUBLIC COMMENT\n\nThere was no public comment.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe([title, "APPROVAL OF THE CONSENT CALENDAR", "MANAGER'S REPORT", "PUBLIC COMMENT"]);
    }

    [Theory]
    [InlineData("Any other business", "Any other business")]
    [InlineData("A.O.B.", "A.O.B.")]
    [InlineData("Other business:", "Other business")]
    public void OtherBusinessStandingAfterTheLastItem_IsAnItem_BeforeTheAdjournment(string line, string title)
    {
        var draft = Read("Riverside Allotment Society\nCommittee meeting, 4 March 2025\n\nPresent: Ann Lee, Raj Patel, Tom Hill\n\n"
            + "The chair opened the meeting and read the agenda:\n\n- Water supply\n- Plot inspections\n- Spring show\n\n"
            + "Water supply\n\nThe standpipes will be turned on in April.\n\nPlot inspections\n\nInspections will be held in May.\n\n"
            + "Spring show\n\nThe show will be held on 12 April.\n\n" + line + "\n\nNone.\n\nAdjournment\n\nThe chair closed the meeting at 9.05pm.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Water supply", "Plot inspections", "Spring show", title, "Adjournment"]);
    }

    // A next-meeting heading at the level of the items' headings, straight after one, is the last item; a level up, or after
    // a part that is no item, it closes the minutes on its own.
    [Theory]
    [InlineData("## Any other business\n\nNone.\n\n## Next meeting\n\n9 July 2019\n", new[] { "Finance", "Planning", "Any other business", "Next meeting" })]
    [InlineData("## Any other business\n\nNone.\n\n## Future meetings\n\nThe committee will meet monthly.\n", new[] { "Finance", "Planning", "Any other business", "Future meetings" })]
    [InlineData("## Any other business\n\nNone.\n\n# Next meeting\n\n9 July 2019\n", new[] { "Finance", "Planning", "Any other business" })]
    [InlineData("## Any other business\n\nNone.\n\n### Next meeting\n\n9 July 2019\n", new[] { "Finance", "Planning", "Any other business" })]
    [InlineData("## Resolutions\n\n- The budget was approved.\n\n## Next meeting\n\n9 July 2019\n", new[] { "Finance", "Planning" })]
    public void NextMeetingHeading_AmongTheItemsHeadings_IsAnItem(string close, string[] titles)
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Riverside Trust Board, 12 June 2019\n\nPresent: Ann Lee, Tom Brown\n\n"
            + "## Finance\n\nThe accounts were noted.\n\n## Planning\n\nNo applications.\n\n" + close), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(titles);
    }

    // The item that fixes the next meeting, its date or a sentence run on after its label.
    [Theory]
    [InlineData("19/48 Date of Next Meeting – The next Parish Council meeting will be held on Tuesday, 9th July at 7.30 p.m. in the Village Hall.", "Date of Next Meeting")]
    [InlineData("19/48 Date Of Next Meeting - 9th July 2019. Village Hall", "Date Of Next Meeting")]
    [InlineData("19/48 Next Council Meeting Tuesday, July 9, 2019 at 7:30 pm.", "Next Council Meeting")]
    [InlineData("19/48 Next meeting: Tuesday 9 July 2019, 7.30pm", "Next meeting")]
    public void NextMeetingItem_WithItsDateRunOn_IsTitledByItsLabel(string line, string title)
    {
        var draft = Read(Header + "19/45 Apologies for absence\nApologies were received from Cllr D White.\n\n19/46 Declarations of interest\nNone.\n\n"
            + "19/47 Police and Crime Plan\nThe plan was discussed.\n\n" + line + "\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Apologies for absence", "Declarations of interest", "Police and Crime Plan", title]);
    }

    private static readonly string[] Association = ["Minutes of the Elm Park Residents Association board, 3 March 2025", "", "Present: Ann Lee, Bob Hale, Carol Wren", ""];

    // Report headings on lines of their own, each naming who gave the report: in brackets, after a dash or after a colon.
    [Theory]
    [InlineData("minutes.txt")]
    [InlineData("minutes.html")]
    [InlineData("minutes.docx")]
    [InlineData("minutes.pdf")]
    public void ReportHeadings_NamingWhoGaveTheReport_AreItems_WithoutThePresenter(string fileName)
    {
        string[] lines = [.. Association, "Treasurer’s Report (presented by Ann Lee):", "The accounts show a balance of £1,200 after the spring fair.", "",
            "Garden Report – Bob Hale:", "The new beds were planted along the east fence in February.", "",
            "Events: Carol Wren", "The summer fair is booked for the second Saturday of June.", "",
            "Street Lighting (no report this month):", "The engineer has not yet visited.", "", "Old Business:", "The fence repair was finished by the contractor last week.", ""];

        var draft = DocumentImporter.ReadMinutes(SampleDocuments.InFormat(lines, fileName), fileName);

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Treasurer’s Report", "Garden Report", "Events", "Street Lighting", "Old Business"]);
    }

    // "Membership: Ann Lee" over "Events: Bob Hale": a roll of who holds which portfolio heads no report.
    [Fact]
    public void PortfolioRoll_OfNamesOneALine_GivesNoItems()
    {
        var draft = Read("Minutes of the Elm Park Residents Association board, 3 March 2025\n\nPresent: Ann Lee, Bob Hale, Carol Wren, Dan Moss\n\n"
            + "Portfolios for the year:\nMembership: Ann Lee\nEvents: Bob Hale\nGarden: Carol Wren\n\n"
            + "The board agreed the portfolios and thanked the outgoing members for their work over the year.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldNotContain("Membership");
        draft.AgendaItems.Select(i => i.Title).ShouldNotContain("Events");
    }

    // The word processor's minutes template without its "Agenda item:" label: the title, who presents it at the right, then
    // "Discussion", "Conclusions" and the action table's header.
    [Theory]
    [InlineData("minutes.txt")]
    [InlineData("minutes.pdf")]
    public void TemplateTitles_OverTheDiscussionLabel_AreItems_AndTheLabelsAreNot(string fileName)
    {
        string[] lines = [.. Association, "Approval of the minutes", "", "DISCUSSION", "The minutes of February were approved.", "CONCLUSIONS", "Approved.", "",
            "Finance\tAnn Lee", "", "Discussion", "The budget for the year was presented and discussed.", "Conclusions", "Budget agreed.", "",
            "Action items\tPerson responsible\tDeadline", "Send the budget to members\tAnn Lee\t1 April", "",
            "Garden\tBob Hale", "", "Discussion", "The beds are planted.", "Conclusions", "None.", ""];

        var draft = DocumentImporter.ReadMinutes(SampleDocuments.InFormat(lines, fileName), fileName);

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Approval of the minutes", "Finance", "Garden"]);
    }
}
