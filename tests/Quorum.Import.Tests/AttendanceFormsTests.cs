using System.Text;
using Quorum.Import.Minutes;
using Quorum.Import.Text;

namespace Quorum.Import.Tests;

/// <summary>Attendance and apologies in the layouts of further publishers, each from a short document.</summary>
public class AttendanceFormsTests
{
    private static MinutesDraft Read(string text, string name = "minutes.txt") =>
        DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), name);

    private const string Society = "CSS Committee Meeting - Minutes\n\nLocation:\tLG23\nDate:\tTuesday 11th March 2025\n";

    [Theory]
    [InlineData("Attendees: Mary Holt (Chair), Tom Beck (apologies), Ellen Fraser, Raj Singh (absent), Nia Roberts\nApologies: Gareth Lewis\n")]
    [InlineData("Present:\nMary Holt (Chair)\nTom Beck (sent apologies)\nEllen Fraser\nRaj Singh (not present)\nNia Roberts\n\nApologies:\nGareth Lewis\n")]
    public void MarkedAbsentInTheListOfThosePresent_IsNotAnAttendee(string attendance)
    {
        var draft = Read("Riverside Food Bank Trustees\nMinutes of the meeting held on 3 October 2023\n\n" + attendance
            + "\n1. Minutes of the last meeting\nAgreed.\n\n2. Warehouse lease\nThe trustees agreed to renew the lease.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Mary Holt", "Ellen Fraser", "Nia Roberts"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Tom Beck", "Gareth Lewis"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Present: Cllr P Hale (Chairman), Cllr Mrs J Wick, Cllr D Oram, Cllr S Penn and Cllr\nR Blyth\n\nApologies: Cllr T Marsh and County Cllr A\nFenwick.\n")]
    [InlineData("Present: Cllr P Hale (Chairman), Cllr Mrs J Wick, Cllr D Oram, Cllr S Penn, Cllr R\nBlyth\n\nApologies: Cllr T Marsh and County Cllr A Fenwick.\n")]
    public void ListWrappedAfterATitleOrAnInitial_GoesOnWithTheNameOnTheNextLine(string attendance)
    {
        var draft = Read("Ashby Parish Council\nMinutes of the meeting held on 14 October 2025\n\n" + attendance
            + "\n1. Finance\nThe accounts were approved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Cllr P Hale", "Cllr Mrs J Wick", "Cllr D Oram", "Cllr S Penn", "Cllr R Blyth"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Cllr T Marsh", "County Cllr A Fenwick"]);
    }

    [Fact]
    public void ApologiesSentenceWrappedAfterAnInitial_ReadsTheWholeName()
    {
        var draft = Read("Ashby Parish Council\nMinutes of the meeting held on 14 October 2025\n\nPresent: Cllr P Hale (Chairman), Cllr D Oram\n\n"
            + "1. Apologies for absence\nApologies were received and accepted from Cllr T Marsh (work) and County Cllr A\nFenwick.\n\n"
            + "2. Finance\nThe accounts were approved.\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Cllr T Marsh", "County Cllr A Fenwick"]);
    }

    [Fact]
    public void AbsentCountedInARollCallVote_IsNoListOfAbsences_AndLeavesTheItemsBelowIt()
    {
        const string vote = "Roll call vote:\nAyes – Avery, Brooks, Chen, Dalton\nNays – none\nAbsent – none\nMotion carried\n\n";
        var minutes = new StringBuilder("Minutes of the Regular Meeting of the Board of Trustees\nWednesday, April 15, 2026, 7:00 p.m.\n\n"
            + "1. Call to order – the President called the meeting to order at 7:02 p.m.\n\n2. Roll Call\n\n"
            + "ATTENDING: Trustees Avery, Brooks, Chen, Dalton\n\n3. Approval of the agenda\n\n"
            + "MOTION: Trustee Avery moved to approve the agenda. Trustee Brooks seconded.\n" + vote + "4. Public comments\n\n");
        for (var k = 1; k <= 12; k++)
            minutes.Append($"Trustee Chen asked about the opening hours in week {k}. The Director answered the question.\n\n");
        minutes.Append("5. Consent Agenda\n\nMOTION: Trustee Dalton moved to approve the consent agenda. Trustee Chen seconded.\n" + vote + "6. New Business\n\n");
        for (var k = 1; k <= 12; k++)
            minutes.Append($"Trustee Brooks asked about budget line {k}. The Director explained the figures.\n\n");
        minutes.Append("MOTION: Trustee Brooks moved to approve the budget. Trustee Avery seconded.\n" + vote + "7. Adjournment\n");

        var draft = Read(minutes.ToString());

        draft.Attendees.Select(a => a.Name).ShouldBe(["Avery", "Brooks", "Chen", "Dalton"]);
        draft.AgendaItems.Select(i => i.Number).ShouldBe(["1", "2", "3", "4", "5", "6", "7"]);
    }

    [Fact]
    public void RollAfterTheAdjournment_WithAnAppendixBelow_LeavesTheMinutesAboveIt()
    {
        var minutes = new StringBuilder("Hillcrest Birding Club Annual General Meeting\nSunday, 12 April 2026, Lakeside Hall\n\n"
            + "1. Call to order\nThe chair opened the meeting at 2pm. Those attending are listed at the end of the minutes.\n\n"
            + "2. Approval of the agenda\nMotion: To approve the agenda as circulated.\tMover: I. Calder\nSeconder: H. Lamb\nCarried: All in favour\n\n");
        for (var k = 3; k <= 12; k++)
            minutes.Append($"{k}. Report number {k}\nThe report was presented and discussed at some length by the members.\n\n");
        minutes.Append("13. Adjournment\nThe meeting closed at 3.30pm.\n\nMembers present (n=6):\n\n"
            + "Iris Calder\tOwen Pryce\nMaeve Dunn\tHugo Lamb\nSadie Frost\tElliot Kerr\n\nBudget 2026\n");
        for (var k = 1; k <= 40; k++)
            minutes.Append($"Line of the budget {k}\t$ {k}0.00\n");

        var draft = Read(minutes.ToString());

        draft.Attendees.Select(a => a.Name).ShouldBe(["Iris Calder", "Owen Pryce", "Maeve Dunn", "Hugo Lamb", "Sadie Frost", "Elliot Kerr"], ignoreOrder: true);
        draft.AgendaItems.Select(i => i.Title).ShouldContain("Approval of the agenda");
        draft.Decisions.ShouldContain(d => d.Text.Contains("To approve the agenda as circulated", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Members present: Professor L Arkwright (Vice-Chancellor, in the Chair); Professor S Mbeki; Dr R Caulfield\n")]
    [InlineData("Present: Professor L Arkwright (Vice-Chancellor, in the Chair), Professor S Mbeki and Dr R Caulfield\n")]
    public void PostInBracketsWithACommaInside_KeepsItsPersonInTheList(string attendance)
    {
        var draft = Read("University of Eastmoor\nSenate\nMinutes of the meeting held on 22 February 2024\n\n" + attendance
            + "Apologies: Professor G Hale\n\n1. Minutes\nApproved.\n\n2. Matters arising\nNone.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Professor L Arkwright", "Professor S Mbeki", "Dr R Caulfield"]);
    }

    [Fact]
    public void LabelsInAColumnOfTheirOwn_WithOnePersonAndPostALineBesideThem_AreRead()
    {
        var draft = Read("Minutes of the\nMILLTOWN LIBRARY BOARD MEETING\nWEDNESDAY, JULY 11, 2012\n\nThe meeting was called to order by Board President Lee at 6:05pm.\n\n"
            + "ROLL CALL:\tPresent:\tAnn Lee, President\nTom Reid, Vice President\nRita Penrose, Board Member\n\n"
            + "ORAL COMMUNICATIONS\n\nNone.\n\nCONSENT CALENDAR\n\nApproved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid", "Rita Penrose"], ignoreOrder: true);
    }

    [Fact]
    public void GivenNameAndTheInitialOfASurname_KeepTheInitialsFullStop()
    {
        var draft = Read("# 2021-03-02 Community Meeting\n\n## Attendees\n\n* **Name (Initials)**\n* Ann Lee (AL)\n* Matt B. (MB)\n* Raj Patel (RP)\n* Tom Hall (TH)\n\n## Agenda\n\n* Welcome\n* Releases\n", "minutes.md");

        draft.Attendees.Select(a => a.Name).ShouldContain("Matt B.");
        draft.Attendees.Select(a => a.Name).ShouldNotContain("Matt B");
    }

    [Fact]
    public void NumberedRowWithALeadColumn_ListsTheApologiesBelowIt()
    {
        var draft = Read(Society + "Attendees: Holly Packer (HP) (Chairing), Evie Wilson (EW)\n\n1\tApologies\tHP\n● Joseph Adams\n● Ella Gardner\n\n"
            + "2\tAdoption of Previous Minutes\tLA\n● Unanimous adoption of previous minutes\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Joseph Adams", "Ella Gardner"]);
    }

    [Fact]
    public void RollCallRunIntoTheOpeningParagraph_ListsThePresentAndTheExcused()
    {
        var draft = Read("Meeting Minutes: May 9, 2018\n\n1. Call to Order & Roll Call\n\nChair Lee called the meeting to order at 6:01 p.m.  Present: Members\n"
            + "Hage, Lee, Kattouw. Excused absences: Members Bafundo and Wasserman.\nAlso present: Secretary Chan.\n\n2. General Public Comment\n\nNone.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Hage", "Lee", "Kattouw", "Chan"], ignoreOrder: true);
        draft.Attendees.Single(a => a.Name == "Chan").Role.ShouldBe("Secretary");
        draft.Apologies.Select(a => a.Name).ShouldBe(["Bafundo", "Wasserman"]);
    }

    [Fact]
    public void InAttendanceWereSentence_ListsTheConvenerAndEachEntryBetweenSemicolons()
    {
        var draft = Read("HARBOUR PENSION BOARD\nMINUTES OF THE MEETING OF THE BOARD MEMBERS\n\nMay 4, 2020\n\n"
            + "Ann R. Lee, Chairman of the Harbour Pension Board, convened a meeting of the Board members on May 4, 2020, at 10:00 a.m. "
            + "In attendance were Tom Kerr of Ohio, member (by telephone); Jo B.\nHart, Chief Financial Officer; Ray Stone, Director, Office of Audit; "
            + "and Eve Marsh, Executive Advisor to the Chief Executive.\n\n1.\tApproval of the minutes.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann R. Lee", "Tom Kerr", "Jo B. Hart", "Ray Stone", "Eve Marsh"], ignoreOrder: true);
        draft.Attendees.Single(a => a.Name == "Ann R. Lee").Role.ShouldBe("Chair");
        draft.Attendees.Single(a => a.Name == "Ray Stone").Role.ShouldBe("Director, Office of Audit");
    }

    [Fact]
    public void InitialsWrittenBeforeEachParticipant_AreNoPartOfTheName()
    {
        var draft = Read("# Technical Committee\n\n#### 3rd March 2021 - video call\n\n1. **Release plan**\n\t1. KM - The release is on track.\n\n"
            + "#### Participants\n\n- KM - Karen Moss, Weather Bureau, Canada [WB], Chair\n- TB - Tomas Berg, Met Service, Norway [MS]\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Karen Moss", "Tomas Berg"]);
        draft.Attendees[0].Role.ShouldBe("Chair");
    }

    [Fact]
    public void RunInPresentLabel_WithSomethingNotAName_NamesNobody()
    {
        var draft = Read("Meeting Minutes: May 9, 2018\n\nThe Chair opened the meeting at 6 p.m. Present: all members of the board.\n\n1. Budget\n\nNone.\n");

        draft.Attendees.ShouldBeEmpty();
    }

    [Fact]
    public void LeadColumnAlone_NamesNobody()
    {
        var draft = Read(Society + "Attendees: Holly Packer (HP) (Chairing), Evie Wilson (EW)\n\n1\tApologies received from\tAll\n\n2\tMatters Arising\tHP\n● None\n");

        draft.Apologies.ShouldBeEmpty();
    }

    [Fact]
    public void SurnameThatIsAlsoAGivenName_OnTheNextLine_CompletesAListOfFullNames()
    {
        var draft = Read("Minutes of the Committee\n\nHeld 5 January 2021\n\nPresent - Alice Smith, Bob Jones, Carol White, Keith\nMiller, Dan Brown\n\n1\tOpening\n\nThe chair opened the meeting.\n", "minutes.txt");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Alice Smith", "Bob Jones", "Carol White", "Keith Miller", "Dan Brown"]);
    }

    [Fact]
    public void SurnameWithTheListsFullStop_OnTheNextLine_CompletesTheLastName()
    {
        var draft = Read("Minutes of the Committee\n\nHeld 5 January 2021\n\nPresent - Alice Smith, Bob Jones, Carol White, Keith\nMiller.\n\n1\tOpening\n\nThe chair opened the meeting.\n", "minutes.txt");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Alice Smith", "Bob Jones", "Carol White", "Keith Miller"]);
    }

    [Fact]
    public void ListWrappedBetweenGivenNameAndSurname_KeepsTheWholeName()
    {
        var draft = Read(Society + "Attendees: Holly Packer (HP) (Chairing), Rohit Jose (RJ), Sai (S), Marcus\nGustafsson (MG)\n\n1\tApologies\tHP\n● Joseph Adams\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Holly Packer", "Rohit Jose", "Sai", "Marcus Gustafsson"]);
    }

    [Fact]
    public void ListWrappedAfterAComma_IsNotReadAsAnotherName()
    {
        var draft = Read("Minutes of the Garden Club committee, 3 May 2022\n\n- Board Members: Robin Lucie, Mark Smith, James\nTrammell, Justin Poehnelt\n- Guest: Joan Heil\n\nMatters Arising\nNone.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Robin Lucie", "Mark Smith", "James Trammell", "Justin Poehnelt", "Joan Heil"]);
    }

    [Theory]
    [InlineData("Sid Swami submits his apologies.")]
    [InlineData("Sid Swami sends his apologies.")]
    [InlineData("Sid Swami submitted his apologies.")]
    [InlineData("Sid Swami had given his apologies.")]
    [InlineData("Sid Swami had forwarded his apologies.")]
    public void ApologySentence_NamesWhoSentIt(string sentence)
    {
        var draft = Read("# Minutes of WLUG AGM - 26 September 2005\n\n## 1. Membership\n\n27 members signed up.\n\n## 2. Apologies\n\n" + sentence + "\n\n## 3. Matters arising\n\nNone.\n", "minutes.md");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Sid Swami"]);
    }

    [Theory]
    [InlineData("● Joseph Adams", "Joseph Adams", 1)]
    [InlineData("○ Soyware abolished", "Soyware abolished", 2)]
    [InlineData("■ Action ND: Email the contact", "Action ND: Email the contact", 3)]
    [InlineData("●\u200b Joseph Adams", "Joseph Adams", 1)]
    [InlineData("• Joseph Adams", "Joseph Adams", 1)]
    [InlineData("o Commissioners Present: Anthony Qaiyum", "Commissioners Present: Anthony Qaiyum", 2)]
    [InlineData("◦ Soyware abolished", "Soyware abolished", 2)]
    [InlineData("▪ Bulk is cheaper", "Bulk is cheaper", 3)]
    public void WordProcessorBulletGlyphs_MarkListItemsAndTheirDepth(string line, string text, int level)
    {
        var read = PlainTextExtractor.Extract(line).Single();

        (read.Kind, read.Text, read.Level).ShouldBe((LineKind.ListItem, text, level));
    }

    [Fact]
    public void BulletGlyphWithoutASpace_IsText()
    {
        PlainTextExtractor.Extract("●Joseph").Single().Kind.ShouldBe(LineKind.Text);
    }

    [Fact]
    public void LabelledListsInsideTheOpeningParagraph_AreTheAttendance()
    {
        var draft = Read("BOARD OF DIRECTORS\nThursday, July 9, 2020\n\nThe meeting was called to order at 6:04 pm by President Sheetz. Board members present: Clark, Goold, Jones, and Wood. "
            + "Board members absent: Kelly. Staff present: Acting Chief Bridge, General Counsel Lavra, and Clerk Penilla.\n\nCONSENT CALENDAR\nApproved.\n");

        draft.Attendees.Select(a => (a.Name, a.Role)).ShouldBe([("Clark", "Board member"), ("Goold", "Board member"), ("Jones", "Board member"), ("Wood", "Board member"),
            ("Bridge", "Acting Chief"), ("Lavra", "General Counsel"), ("Penilla", "Clerk"), ("Sheetz", "Chair")]);
        draft.Apologies.ShouldBeEmpty();
    }

    [Fact]
    public void OfficesBeforeTheirHolders_GiveEachPersonTheirRole()
    {
        var draft = Read("MINUTES\nGARDEN CLUB ASSOCIATION, INC.\nDecember 14, 2011\nA regular meeting occurred on December 14, 2011. Present were: President, Mary Ann Bryant; Treasurer, Jim Wallace;\n"
            + "Secretary, Becca Steinbach, At Large, Kelly Lupton.\n\n1. APPROVAL OF MINUTES\nApproved.\n");

        draft.Attendees.Select(a => (a.Name, a.Role)).ShouldBe([("Mary Ann Bryant", "President"), ("Jim Wallace", "Treasurer"), ("Becca Steinbach", "Secretary"), ("Kelly Lupton", "At Large")]);
    }

    [Fact]
    public void PostBeforeAName_IsTheRole()
    {
        var draft = Read("Minutes of the Board of Trustees, April 15, 2020\n\nATTENDING: Trustees DuRocher, Lezon, Picha\n\nSTAFF ATTENDING: Library Director Sandy Whitmer, Diana Abraham, Lydia Butler\n\n3. Approval of the agenda\nApproved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["DuRocher", "Lezon", "Picha", "Sandy Whitmer", "Diana Abraham", "Lydia Butler"]);
        draft.Attendees.Single(a => a.Name == "Sandy Whitmer").Role.ShouldBe("Library Director");
    }

    [Fact]
    public void LowerCaseGroupWordBeforeNames_IsNotPartOfThem()
    {
        var people = PersonEntries.ReadLine("Ranch Liaison Byard Peake; residents Barney Anderson and Kristen Anderson", null);

        people.Select(p => (p.Name, p.Role)).ShouldBe([("Byard Peake", "Ranch Liaison"), ("Barney Anderson", null), ("Kristen Anderson", null)]);
    }

    [Fact]
    public void OrganisationColumnOfAnAttendanceTable_IsNoPerson()
    {
        var draft = Read("# Minutes of the Board Meeting of 13 February 2020\n\n## Attendance\n\n| Name | Organisation | Status |\n|---|---|---|\n"
            + "| Greg Crow | AXA XL | Attended |\n| Alain Verschueren | BNP Paribas | Attended |\n\n## Minutes\n\n1. GC explained the model.\n", "minutes.md");

        draft.Attendees.Select(a => (a.Name, a.Organisation)).ShouldBe([("Greg Crow", "AXA XL"), ("Alain Verschueren", "BNP Paribas")]);
    }

    [Fact]
    public void UnlabelledListAboveTheApologies_IsWhoCame()
    {
        var draft = Read("# Minutes of SRCF AGM, 5th March 2015\n\nThe AGM was held on Thursday 5th March 2015, between 7:15pm and 8:00pm.\n\n"
            + "- Tejas Guruswamy (Chair, Sysadmin, tg307)\n- Daniel Richman (Secretary, Sysadmin, djr61)\n- Matthew Ireland (mti20)\n\n"
            + "Apologies for Absence\n\n- Daniel Thomas (Sysadmin, drt24)\n\n## Chair's report\n\nA link to the report.\n", "minutes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Tejas Guruswamy", "Daniel Richman", "Matthew Ireland"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Daniel Thomas"]);
    }

    [Fact]
    public void ListAboveTheApologiesThatIsNotPeople_IsNoAttendance()
    {
        var draft = Read("# Minutes of the Garden Club AGM, 5th March 2015\n\n- Review the hedge budget\n- Plan the spring show\n- Elect the officers\n\n"
            + "Apologies for Absence\n\n- Daniel Thomas\n\n## Chair's report\n\nA link to the report.\n", "minutes.md");

        draft.Attendees.ShouldBeEmpty();
    }

    [Fact]
    public void MarkAfterAnEntryAndANoteBelowTheList_AreNoPartOfTheNames()
    {
        var draft = Read("Open Mainframe Project\nTSC Meeting\nNovember 12, 2015\n\nAttendees:\n\nJohn Mertic, Linux Foundation (JM)\nScott Fagen, CA (SF) *\n"
            + "Dale Hoffman, IBM (DH) *\n(voting members denoted by asterisks)\n\nJM opened the meeting at 12:28pm\n");

        draft.Attendees.Select(a => (a.Name, a.Organisation)).ShouldBe([("John Mertic", "Linux Foundation"), ("Scott Fagen", "CA"), ("Dale Hoffman", "IBM")]);
    }

    [Fact]
    public void BulletsAPdfRanIntoOneLine_AreItemsOfTheirOwn()
    {
        var lines = PlainTextExtractor.Extract("○ We ran out of plates ■ Action CW: Buy plates and cups ■ Bulk is cheaper");

        lines.Select(l => (l.Kind, l.Text, l.Level)).ShouldBe([(LineKind.ListItem, "We ran out of plates", 2), (LineKind.ListItem, "Action CW: Buy plates and cups", 3), (LineKind.ListItem, "Bulk is cheaper", 3)]);
    }

    [Theory]
    [InlineData("o In 2017 the SSA received $3,400 o $32,120 will be carried over o Next meeting – February 15th")]
    [InlineData("• In 2017 the SSA received $3,400 ▪ $32,120 will be carried over ◦ Next meeting – February 15th")]
    public void WordsBulletsAPdfRanIntoOneLine_AreItemsOfTheirOwn(string line)
    {
        PlainTextExtractor.Extract(line).Select(l => l.Text).ShouldBe(["In 2017 the SSA received $3,400", "$32,120 will be carried over", "Next meeting – February 15th"]);
    }

    [Theory]
    [InlineData("o Bulk o cheaper than retail")]
    [InlineData("Tom o Neill spoke")]
    [InlineData("oNe o Two")]
    public void LetterO_InsideWords_IsNoBullet(string line)
    {
        PlainTextExtractor.Extract(line).Count.ShouldBe(1);
    }

    [Fact]
    public void FrontMatterLists_AreTheAttendanceApologiesAndNextMeeting()
    {
        var draft = Read("---\nlayout: meeting\ntitle: Minutes of Directors' meeting\ndate: 2018-02-05 02:30\ndirectors:\n- Matthew Ferrero\n- Victor Rincones Rodriguez\n"
            + "apologies:\n- Akhilesh Jamdar\nnext-meeting: 2018-02-11 02:30\n---\n\n## Taskhive progress\n\nThe Directors noted the progress.\n", "2018-02-05-directors-meeting.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Matthew Ferrero", "Victor Rincones Rodriguez"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Akhilesh Jamdar"]);
        draft.NextMeetings.ShouldBe(["2018-02-11"]);
    }

    [Fact]
    public void ListsPrintedSideBySide_AreReadEachUnderItsLabel()
    {
        var draft = Read("MINUTES OF THE SOULDERN PARISH COUNCIL MEETING\n\nON 31st October 2024\n\nPresent:\tMembers of the Public:\n\n"
            + "Nick Oakhill (NO) CHAIR\tCllr Andrew McHugh\nJohn Hoodless (JH)\nNeal Ship (NS)\n\n10.24.01\tApologies\nApologies had been received from Heidi Dennison\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Nick Oakhill", "John Hoodless", "Neal Ship", "Cllr Andrew McHugh"], ignoreOrder: true);
    }

    [Fact]
    public void DistrictAndCountyCouncillorsAbbreviated_AreAttendeesWithTheirTitle()
    {
        var draft = Read("MINUTES OF MILLTOWN PARISH COUNCIL HELD ON 5th March 2024\n\nPresent:\tMembers of the Public:\n\n"
            + "Ann Lee (AL) CHAIR\tD/Cllr Tom Fowler\nBen Hart (BH)\tC/Cllr Rita Penrose\n\n1. Apologies\nNone.\n2. Planning\nNone.\n");

        draft.Attendees.Select(a => a.Name).ShouldContain("D/Cllr Tom Fowler");
        draft.Attendees.Select(a => a.Name).ShouldContain("C/Cllr Rita Penrose");
    }

    [Fact]
    public void PresentAndExcusedColumnsSetApartByTabs_GiveTheAttendeesAndTheApologies()
    {
        var draft = Read("RIVERTON LIBRARY BOARD OF TRUSTEES\nMinutes\n\nMeeting took place on March 9, 2022.\n\n"
            + "       Present:\t\t\t\tExcused:\n    Ann Lee, Chair\t\t\t    Peter Morgan\n    Rita Penrose\t(Zoom)\n    Jane Fowler\n\n"
            + "Acceptance of Agenda\nThe agenda was approved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Rita Penrose", "Jane Fowler"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Peter Morgan"]);
    }

    [Fact]
    public void CommitteeMembersListedInAReport_AreNotAttendance()
    {
        var draft = Read("RIVERTON LIBRARY BOARD OF TRUSTEES\nMinutes\n\nMeeting took place on March 9, 2022.\n\n"
            + "Present:\nAnn Lee, Chair\nRita Penrose\nExcused:\nPeter Morgan\n\nAcceptance of Agenda\nThe agenda was approved.\n\n"
            + "Finance Committee Report\nCommittee Members:\nPeter Morgan\nJane Fowler\n\nThe committee reviewed the budget.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Rita Penrose"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Peter Morgan"]);
    }

    private const string HarbourDistrict = "June 6, 2018\nHarbour District Special Board Meeting\n\nI. CALL TO ORDER\n\n"
        + "Board President Ann Lowell called the meeting to order at 10:05 AM.\n\n";

    [Fact]
    public void PresenceSentences_NameWhoWasThere()
    {
        var draft = Read(HarbourDistrict + "II. COMMISSIONERS AND STAFF PRESENT\n\n"
            + "Commissioners Lowell, Vice-President Tom Reyes, Secretary/ Treasurer Mary Quinn, and Paul Ortega were present.  "
            + "Commissioner Sam Patel was absent.  District Manager Rita Gomez was present.  Greg Hale and Chad Moss, Harbour Construction, "
            + "and Eric Wood, Wood Environmental, were present.\n\nIII. ADJOURNMENT\n\nLowell adjourned the meeting at 10:20 AM.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lowell", "Tom Reyes", "Mary Quinn", "Paul Ortega", "Rita Gomez", "Greg Hale", "Chad Moss", "Eric Wood"]);
        draft.Attendees.Single(a => a.Name == "Eric Wood").Organisation.ShouldBe("Wood Environmental");
        draft.Apologies.ShouldBeEmpty();
    }

    [Fact]
    public void ExcusedCommissioner_SentApologies()
    {
        var draft = Read(HarbourDistrict + "Commissioners Present:  President Ann Lowell, Tom Reyes, and Paul Ortega were present.  Commissioner Mary Quinn was excused.\n\n"
            + "II. APPROVAL OF THE CONSENT CALENDAR\n\nReyes moved to approve the consent calendar.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lowell", "Tom Reyes", "Paul Ortega"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Mary Quinn"]);
    }

    [Fact]
    public void GuestsWhoAttended_AreAttendees()
    {
        var draft = Read(HarbourDistrict + "Commissioners Present:  President Ann Lowell and Tom Reyes were present.\n\n"
            + "Members of the Public and Media:\t  Dan Ortiz, the District's Municipal Advisor, attended the meeting.  Lena Marsh, reporter for the Bay Times also attended.\n\n"
            + "II. APPROVAL OF THE CONSENT CALENDAR\n\nReyes moved to approve the consent calendar.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lowell", "Tom Reyes", "Dan Ortiz", "Lena Marsh"]);
    }

    private const string MapleTownship = "State of Ohio\nCounty of Lake\nMAPLE TOWNSHIP REGULAR BOARD OF TRUSTEES MEETING\nMarch 3, 2021\n\n"
        + "The regular meeting of the Maple Township Board of Trustees was called to order by Supervisor Hollis at 7:00 PM.\n\n";

    [Fact]
    public void PresentWereSentence_TakesEachPostAsTheRoleAndKeepsTheSurname()
    {
        var draft = Read(MapleTownship + "Board members present were Trustee Garza, Trustee Okafor (Excused Absent), Trustee Lindqvist Absent, and\n"
            + "Supervisor Hollis. Clerk Renner was also present.\n\nAPPROVAL OF MINUTES:\nThe minutes of February 3, 2021 were approved. Truste Garza asked for a copy.\n\n"
            + "Respectfully Submitted\n\nAmy Renner, Clerk\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Garza", "Hollis", "Amy Renner"], ignoreOrder: true);
        draft.Attendees.Single(a => a.Name == "Garza").Role.ShouldBe("Trustee");
        draft.Apologies.Select(a => a.Name).ShouldBe(["Okafor"]);
    }

    [Fact]
    public void PresentWereSentenceWithLowerCasePosts_AndGuestsWhoShareASurname()
    {
        var draft = Read("# Town of Birch Lake\nMay 12, 2021\n\n## CALL TO ORDER\n"
            + "Chair Tom Reyes called the monthly meeting to order at 7 pm at the town hall.  Board members present were supervisors Tom Reyes, "
            + "Ann Lowell, and Paul Ortega treasurer Mary Quinn, and clerk Jo  Hart.  Also present were Ned and Ruth Baxter, and Carl Dunn.\n\n"
            + "## ROAD\nThe road is soft.\n", "minutes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Tom Reyes", "Ann Lowell", "Paul Ortega", "Mary Quinn", "Jo Hart", "Ned Baxter", "Ruth Baxter", "Carl Dunn"], ignoreOrder: true);
        draft.Attendees.Single(a => a.Name == "Mary Quinn").Role.ShouldBe("Treasurer");
        draft.Apologies.ShouldBeEmpty();
    }

    [Fact]
    public void RollCallTableOfMarks_ListsThoseMarkedPresentAndExcused()
    {
        var draft = Read("Elm Township\n12 Main Street, Elmwood, MI\nMay 2, 2023 Minutes\n\nMeeting was called to order by Ann Lowell, Supervisor at 7:00 pm\n"
            + "Roll Call     Board Members        Present\nAnn Lowell, Supervisor     X\nTom Reyes, Treasurer\tX\nMary Quinn, Clerk     Ab\nPaul Ortega, Trustee    E\n\n"
            + "Public: 9 Attendees\n\nMotion made by Tom to accept agenda seconded by Ann. Vote carried.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lowell", "Tom Reyes"]);
        draft.Attendees.Single(a => a.Name == "Tom Reyes").Role.ShouldBe("Treasurer");
        draft.Apologies.Select(a => a.Name).ShouldBe(["Paul Ortega"]);
    }

    [Fact]
    public void RollTableWithAColumnOfStates_ListsThePresentAndTheApologies()
    {
        var draft = Read("# Harbour Rowing Club Committee\n\nMinutes of the meeting held on 4 March 2026\n\n## Attendance\n\n"
            + "| Name | Role | Attendance |\n|---|---|---|\n| Ruth Calloway | Chair | Present |\n| Dev Anand | Treasurer | Apols |\n"
            + "| Iona Burke | Secretary | P |\n| Marcus Webb | Member | A |\n| Lena Fischer | Member | Remote |\n\n"
            + "## 1. Minutes of the last meeting\n\nAgreed as a true record.\n", "minutes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ruth Calloway", "Iona Burke", "Lena Fischer"], ignoreOrder: true);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Dev Anand"]);
    }

    [Fact]
    public void RollTableWithAColumnForEachState_ReadsEachTickByItsColumn()
    {
        var draft = Read("Millbrook Allotment Society\nMinutes of the committee meeting, 9 April 2026\n\n"
            + "Trustee\tPresent\tApologies\tAbsent\nAnn Lee\t✓\t\t\nTom Hall\t\t✓\t\nJo Hart\t\t\t✓\nRay Stone\t✓\t\t\n\n"
            + "1. Water charges\nThe committee agreed to keep the charge at £12.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Ray Stone"], ignoreOrder: true);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Tom Hall"]);
    }

    [Fact]
    public void RegisterOfTheYearsMeetings_IsReadInThisMeetingsColumn()
    {
        var draft = Read("# Oakfield Primary School Governing Board\n\nMinutes of the Resources Committee held on 21 March 2026\n\n## Governor attendance\n\n"
            + "| Governor | 29/09/2025 | 24/11/2025 | 21/03/2026 | 16/05/2026 |\n|---|---|---|---|---|\n| Helen Price | P | P | P | |\n"
            + "| Omar Reid | P | A | Apols | |\n| Gwen Tate | P | P | A | |\n| Iris Vaughan | | | P | |\n\n"
            + "## 1. Budget monitoring\n\nGovernors agreed the revised budget.\n", "minutes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Helen Price", "Iris Vaughan"], ignoreOrder: true);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Omar Reid"]);
    }

    [Fact]
    public void RegisterOfActionsWithAStatusColumn_IsNoRoll()
    {
        var draft = Read("# Eastgate Residents Association\n\nMinutes of the committee meeting, 14 May 2026\n\nPresent: Carla Diaz (Chair), Ben Moss, Priya Shah\n\n"
            + "## Actions\n\n| Name | Action | Status |\n|---|---|---|\n| Ben Moss | Book the hall for the summer fair | Open |\n"
            + "| Oliver Grant | Send the newsletter to the printer | Done |\n| Nadia Kerr | Ask the council about the bins | Open |\n", "minutes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Carla Diaz", "Ben Moss", "Priya Shah"], ignoreOrder: true);
    }

    [Fact]
    public void TableOfPeopleWithAYesNoColumnOfSomethingElse_ListsEveryone()
    {
        var draft = Read("# Westside Radio Club\n\nMinutes of the meeting of 2 February 2026\n\n## Attendees\n\n"
            + "| Name | Call sign | Voting member (Y/N) |\n|---|---|---|\n| Al Penn | VE3AP | Y |\n| Doug Lee | VE3DL | N |\n| Ken Ash | VA3KA | Y |\n\n"
            + "## 1. Field day\n\nThe club agreed to hold field day in June.\n", "minutes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Al Penn", "Doug Lee", "Ken Ash"], ignoreOrder: true);
    }

    [Fact]
    public void NamesUnderALabelColumn_GoOnTheLinesBelowIt()
    {
        var draft = Read("HISTORIC DISTRICT COMMISSION BUSINESS MEETING\nJUNE 10, 2020, ROOM 267\n\nMINUTES\n\n"
            + "MEMBERS PRESENT: Mr. Tom Haley (Chairperson)\nMs. Kim Porter (Vice Chairperson)\nMr. Chris Bell\nMs. Jill Waring\n\n"
            + "MEMBERS ABSENT: NONE\n\nWith a quorum present, Chairman Haley called the meeting to order at 1:05 pm.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Mr. Tom Haley", "Ms. Kim Porter", "Mr. Chris Bell", "Ms. Jill Waring"]);
    }

    [Fact]
    public void LabelAfterAnAbsenceOfNone_StillOpensItsList()
    {
        var draft = Read("HISTORIC DISTRICT COMMISSION BUSINESS MEETING\nJUNE 10, 2020, ROOM 267\n\nMINUTES\n\n"
            + "MEMBERS PRESENT: Mr. Tom Haley (Chairperson)\nMs. Kim Porter\nMr. Chris Bell\n\n"
            + "MEMBERS ABSENT: NONE\n\n"
            + "OTHERS PRESENT:\tMs. Kristi Harper, Administrator of the Historic District\nMs. Linda Kemp, Clerk to the Commission\nMr. Max Olsen, Planning, Design & Development Staff\n\n"
            + "With a quorum present, Chairman Haley called the meeting to order at 1:05 pm.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Mr. Tom Haley", "Ms. Kim Porter", "Mr. Chris Bell", "Ms. Kristi Harper", "Ms. Linda Kemp", "Mr. Max Olsen"]);
    }

    [Theory]
    [InlineData("Board President Rob Bishop called the meeting to order at 5:30 p.m.")]
    [InlineData("With a quorum present, Chairman Bishop called the special September meeting of the Port Commission to order at 5:30 pm.")]
    public void WhoeverCallsTheMeetingToOrderFromThePresidency_IsItsChair(string opening)
    {
        var draft = Read("PORT COMMISSION\nREGULAR MEETING\nMarch 5, 2019\n\nPresent: Rob Bishop, Jan Power, Joe Rohleder\n\n" + opening + "\n\nThe minutes were approved.\n");

        draft.Attendees.Single(a => a.Name == "Rob Bishop").Role.ShouldBe("Chair");
    }

    [Theory]
    [InlineData("Apologies: Cllrs Evans and Shaw")]
    [InlineData("Apologies: Councillors Evans and Shaw")]
    public void TwoSurnames_AfterACollectiveLabel_AreTwoPeople(string line)
    {
        var draft = Read("Minutes of the Finance Committee\nMeeting held on 7 May 2024\n\nPresent: Alice Smith, Bob Jones, Carol White\n" + line + "\n\n1. Accounts\nNoted.\n2. Bank\nNoted.\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Evans", "Shaw"]);
    }

    [Fact]
    public void OneCouncillorsTitle_OverAListOfSurnames_StandsForThemAll()
    {
        var draft = Read("Minutes of the Finance Committee\nMeeting held on 7 May 2024\n\nPresent: Alice Smith, Bob Jones, Carol White\nApologies: Cllr Evans, Shaw, Patel.\n\n1. Accounts\nNoted.\n2. Bank\nNoted.\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Evans", "Shaw", "Patel"]);
    }

    [Fact]
    public void OneCouncillorsTitle_OverOneName_IsPartOfIt()
    {
        var draft = Read("Minutes of the Finance Committee\nMeeting held on 7 May 2024\n\nPresent: Alice Smith, Bob Jones, Carol White\nApologies: Cllr Evans.\n\n1. Accounts\nNoted.\n2. Bank\nNoted.\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Cllr Evans"]);
    }

    // Conventions of attendance layouts in general use, each written small.
    private const string Board = "Minutes of the Schools Forum meeting, 12 May 2021\n\n";

    private const string Agenda = "\n1. Welcome\nThe chair opened the meeting.\n2. Budget\nThe budget was noted.\n";

    [Theory]
    [InlineData("Ann Lee  Kent County Council\nTom Reid  Medway Council\n")]
    [InlineData("Ann Lee\tKent County Council\nTom Reid\tMedway Council\n")]
    [InlineData("Ann Lee, Kent County Council\nTom Reid, Medway Council\n")]
    [InlineData("Ann Lee - Kent County Council\nTom Reid - Medway Council\n")]
    [InlineData("Ann Lee (Kent County Council)\nTom Reid (Medway Council)\n")]
    public void OnePersonALine_TheOrganisationAfterASeparator(string list)
    {
        var draft = Read(Board + "Members present\n" + list + Agenda);

        draft.Attendees.Select(a => (a.Name, a.Organisation)).ShouldBe([("Ann Lee", "Kent County Council"), ("Tom Reid", "Medway Council")]);
    }

    [Fact]
    public void OnePersonALine_TheOrganisationRightAfterTheName()
    {
        var draft = Read(Board + "Attendees\nJane Smith Department for Education\nTom Reid Medway Council\n" + Agenda);

        draft.Attendees.Select(a => (a.Name, a.Organisation)).ShouldBe([("Jane Smith", "Department for Education"), ("Tom Reid", "Medway Council")]);
    }

    [Theory]
    [InlineData("Attendees")]
    [InlineData("Present")]
    [InlineData("Members present")]
    [InlineData("In attendance")]
    [InlineData("Directors present")]
    [InlineData("Non-members attending")]
    [InlineData("Officers")]
    [InlineData("Also present")]
    [InlineData("Attended by")]
    public void LabelAboveOnePersonALine_ListsThem(string label)
    {
        var draft = Read(Board + label + ":\nAnn Lee\nTom Reid\nRuth Shaw\n" + Agenda);

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid", "Ruth Shaw"]);
    }

    [Fact]
    public void RolesInBrackets_AreRolesOrNotes_NotNames()
    {
        var draft = Read(Board + "Present:\nAnn Lee (Chair)\nTom Reid (Vice-Chair)\nRuth Shaw (Deputy)\nBen Ives (phone)\n" + Agenda);

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid", "Ruth Shaw", "Ben Ives"]);
        draft.Attendees[0].Role.ShouldBe("Chair");
        draft.Attendees[1].Role.ShouldBe("Vice Chair"); // normalised as the schema writes it
    }

    [Fact]
    public void TableWithNameAndOrganisationColumns_GivesEachRow()
    {
        var draft = Read(Board + "Present\nName\tOrganisation\nAnn Lee\tKent County Council\nTom Reid\tMedway Council\n\nApologies\nName\tOrganisation\nSam Cole\tBexley Council\n" + Agenda);

        draft.Attendees.Select(a => (a.Name, a.Organisation)).ShouldBe([("Ann Lee", "Kent County Council"), ("Tom Reid", "Medway Council")]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Sam Cole"]);
    }

    [Fact]
    public void WordTableWithNameAndRoleColumns_GivesEachRow()
    {
        var docx = SampleDocuments.Docx(["Minutes of the Schools Forum meeting, 12 May 2021", "Present", "Name\tRole", "Ann Lee\tChair", "Tom Reid\tTreasurer",
            "1. Welcome", "The chair opened the meeting."]);
        var draft = DocumentImporter.ReadMinutes(docx, "minutes.docx");

        draft.Attendees.Select(a => (a.Name, a.Role)).ShouldBe([("Ann Lee", "Chair"), ("Tom Reid", "Treasurer")]);
    }

    [Fact]
    public void OfficersByTheirProfession_HaveItAsTheirRole()
    {
        var draft = Read("Westbridge District Council\nMinutes of the Planning Committee held on Wednesday, 14 October 2026\n\n"
            + "Present: Councillors Jane Hart (Chairman), Tom Bell and Ann Cole\n\nAlso Present: Councillor Mark Dunn (Portfolio Holder for Planning)\n\n"
            + "Officers Present: Sarah Lee (Development Control Manager), Paul Ross (Solicitor), Emma Fry (Planning Consultant)\n\n"
            + "21. Minutes\nThe minutes were approved.\n");

        draft.Attendees.Where(a => a.Role is not null && a.Role != "Chair").Select(a => (a.Name, a.Organisation, a.Role)).ShouldBe([
            ("Councillor Mark Dunn", null, "Portfolio Holder for Planning"), ("Sarah Lee", null, "Development Control Manager"),
            ("Paul Ross", null, "Solicitor"), ("Emma Fry", null, "Planning Consultant")]);
    }

    [Fact]
    public void WhatARoleColumnHolds_IsTheRole_InWordsNoRoleListKnows()
    {
        var docx = SampleDocuments.Docx(["Minutes of the Audit and Governance Committee, 24 June 2026", "Attendance", "Name\tRole",
            "Councillor Amelia Grant\tChair", "Councillor Farah Malik\tCommittee Member", "Mr Ian Todd\tIndependent Person",
            "1. Declarations of interest", "There were none."]);
        var draft = DocumentImporter.ReadMinutes(docx, "minutes.docx");

        draft.Attendees.Select(a => (a.Name, a.Organisation, a.Role)).ShouldBe([
            ("Councillor Amelia Grant", null, "Chair"), ("Councillor Farah Malik", null, "Committee Member"), ("Mr Ian Todd", null, "Independent Person")]);
    }

    [Fact]
    public void AttendedByAtTheFootOfThePage_ListsThem()
    {
        var draft = Read(Board + "1. Welcome\nThe chair opened the meeting.\n2. Budget\nThe budget was noted.\n3. Close\nThe meeting closed at 8pm.\n\nAttended by: Ann Lee, Tom Reid and Ruth Shaw\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid", "Ruth Shaw"]);
    }

    [Fact]
    public void InitialsAmongBareGivenNames_AreAPerson()
    {
        var draft = Read("# Steering group 2022-05-07\n\nAttending: Maria, Oscar, KT, Lena, Pavel\n\n## Releases\n\nThe release was discussed.\n", "notes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Maria", "Oscar", "KT", "Lena", "Pavel"]);
    }

    [Fact]
    public void TwoNamesEachWithABracket_AreTwoApologies()
    {
        var draft = Read("# Board meeting\n\n**Present:** Ann Lee, Tom Reid\n**Apologies:** Wenzel Okafor (board member), Ilse Vantongeren (board candidate)\n\n## Budget\n\nNoted.\n", "notes.md");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Wenzel Okafor", "Ilse Vantongeren"]);
    }

    [Fact]
    public void ObservingLine_ListsObservers()
    {
        var draft = Read("# Committee 2019-06-01\n\n- Present: Ann Lee, Tom Reid\n- Observing: Ruth Shaw, Ben Cole\n\n## Budget\n\nNoted.\n", "notes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid", "Ruth Shaw", "Ben Cole"]);
    }

    private const string Amenity = "Minutes of the Riverside Amenity Society Committee\n\n12 March 2024\n\nPresent: Ann Brook, Carl Dunn, Eve Frost\n\n";

    private const string FirstItem = "\n\n1. Minutes of the last meeting\n\nThe minutes were approved.\n";

    [Theory]
    [InlineData("An apology was received from Gail Hart and Ian Jones.")]
    [InlineData("Apologies from Gail Hart and Ian Jones.")]
    [InlineData("Apologies were accepted from Gail Hart and Ian Jones.")]
    [InlineData("Apologies were submitted by Gail Hart and Ian Jones.")]
    [InlineData("Apologies were received and accepted for Gail Hart and Ian Jones.")]
    [InlineData("Regrets from Gail Hart and Ian Jones.")]
    [InlineData("Gail Hart and Ian Jones apologised for their absence.")]
    [InlineData("The following apologies were received: Gail Hart, Ian Jones")]
    [InlineData("The following members sent apologies: Gail Hart, Ian Jones")]
    [InlineData("Apologies noted: Gail Hart, Ian Jones")]
    [InlineData("With apologies: Gail Hart, Ian Jones")]
    [InlineData("Not in attendance (apologies sent): Gail Hart, Ian Jones")]
    [InlineData("The Chair opened the meeting. Apologies were received from: Gail Hart and Ian Jones.")]
    [InlineData("Gail Hart and Ian Jones were absent with apologies.")]
    [InlineData("Gail Hart and Ian Jones were absent (excused).")]
    [InlineData("The meeting opened at 7pm. Apologies were received from Gail Hart (GH, Secretary),\nIan Jones (IJ,\nTreasurer).")]
    [InlineData("The Chair welcomed all. Apologies had been sent by Gail Hart and Ian\nJones.")]
    public void ApologiesWrittenInTheWaysClerksWriteThem_NameWhoSentThem(string line)
    {
        var draft = Read(Amenity + line + FirstItem);

        draft.Apologies.Select(a => a.Name).ShouldBe(["Gail Hart", "Ian Jones"]);
        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Brook", "Carl Dunn", "Eve Frost"]);
    }

    [Theory]
    [InlineData("Apologies were received from Gail Hart and Prof. Ian Jones.", "Gail Hart", "Prof. Ian Jones")]
    [InlineData("Apologies for absence were received from Cllr G. Hart and Cllr I. Jones.", "Cllr G. Hart", "Cllr I. Jones")]
    public void ApologySentence_RunsPastTheFullStopOfAnHonorificOrAnInitial(string line, string first, string second)
    {
        var draft = Read(Amenity + line + FirstItem);

        draft.Apologies.Select(a => a.Name).ShouldBe([first, second]);
    }

    // A parish clerk writes each apology as a sentence of its own with the member as subject, initials and all.
    [Theory]
    [InlineData("Apologies\n\nCllr Mrs G. Hart had sent an apology for absence.\nCllr I. Jones apologised for his absence as he had a prior commitment.")]
    [InlineData("Cllr Mrs G. Hart sent her apology being away.\nCllr I. Jones was unable to attend the meeting.")]
    [InlineData("Cllr Mrs G. Hart and Cllr I. Jones were unable to attend due to work commitments.")]
    public void ApologySentence_WithTheMemberFirst_RunsPastTheFullStopOfAnInitial(string lines)
    {
        var draft = Read(Amenity + lines + FirstItem);

        draft.Apologies.Select(a => a.Name).ShouldBe(["Cllr Mrs G. Hart", "Cllr I. Jones"]);
        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Brook", "Carl Dunn", "Eve Frost"]);
    }

    // A PDF wraps the sentence over its paragraph, breaking a word at a hyphen; a double name keeps its hyphen.
    [Fact]
    public void ApologySentenceWrappedOverItsParagraph_IsReadToItsFullStop()
    {
        var draft = Read(Amenity + "The Chair welcomed everyone. Apologies were received from Gail Hart, Rita Moss-\nKerr and Coun-\ncillor Ian Jones." + FirstItem);

        draft.Apologies.Select(a => a.Name).ShouldBe(["Gail Hart", "Rita Moss-Kerr", "Councillor Ian Jones"]);
    }

    // A member who came after the roll was called, told in a sentence of the roll call's paragraph, was there.
    [Theory]
    [InlineData("Chair Lee called the meeting to order at 6:03 p.m. Present: Members Brook, Dunn and Frost. Member Hart arrived late during item 2.", "Hart")]
    [InlineData("ROLL CALL: Present: Brook, Dunn and Frost. Absent: Cole. Hart arrived at 7:32 a.m.", "Hart")]
    [InlineData("Present: Ann Brook, Carl Dunn and Eve Frost.\nCllr Gail Hart joined the meeting at 7.40pm.", "Cllr Gail Hart")]
    public void MemberWhoArrivedAfterTheRoll_IsAnAttendee(string roll, string late)
    {
        var draft = Read("Minutes of the Harbour Advisory Board\n\n4 June 2024\n\n" + roll + "\n\n1. Public comment\n\nNone.\n");

        draft.Attendees.Select(a => a.Name).ShouldContain(late);
    }

    [Fact]
    public void ArrivalOfNoMember_AddsNoAttendee()
    {
        var draft = Read("Minutes of the Harbour Advisory Board\n\n4 June 2024\n\nPresent: Ann Brook, Carl Dunn and Eve Frost.\nHe arrived at 7:40 p.m. with the papers.\n\n1. Public comment\n\nNone.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Brook", "Carl Dunn", "Eve Frost"]);
    }

    [Fact]
    public void MemberUnableToAttendSomethingElse_SentNoApology()
    {
        var draft = Read(Amenity + "Carl Dunn reported that Cllr I. Jones was unable to attend the site visit." + FirstItem);

        draft.Apologies.ShouldBeEmpty();
    }

    // "Apology" in the singular, as a parish clerk heads one or two members' apologies, run into the names with no colon.
    [Fact]
    public void ApologyInTheSingular_RunIntoTitledNames_ListsThem()
    {
        var draft = Read(Amenity + "1. Welcome\n\n2\tApology Cllr. R Platt & Cllr. Moss\n\n3\tNotes of previous meeting - Agreed\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Cllr. R Platt", "Cllr. Moss"]);
    }

    // A parish roll kept under its offices, the chairman's, the vice chairman's and the councillors', with no "Present" over it.
    [Fact]
    public void RollUnderOfficeLabels_WithNoPresentLabel_IsThoseThere()
    {
        var draft = Read("MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD\nIN THE VILLAGE HALL, LOWER ASHBY ON TUESDAY 4TH MARCH 2014\n\n"
            + "Chairman: K. Ardley\nVice Chairman: S. Varney\nParish Councillors: Mrs D. Quinlan\nT. Oakes\nMrs. L. Bright\nH. Penrose\n\n"
            + "The Chairman Cllr Ardley opened the meeting at 7.30 pm.\n\nApologies\n\nCllr Mrs N. Ferris had sent an apology for absence.\n\n"
            + "1. Footpaths\n\nThe council agreed to repair the stile.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["K. Ardley", "S. Varney", "Mrs D. Quinlan", "T. Oakes", "Mrs. L. Bright", "H. Penrose"], ignoreOrder: true);
        draft.Attendees.Single(a => a.Name == "S. Varney").Role.ShouldBe("Vice Chair");
        draft.Apologies.Select(a => a.Name).ShouldBe(["Cllr Mrs N. Ferris"]);
    }

    // A working group's markdown roll: a ticked box for each member there, set out in groups under headings of their own.
    [Fact]
    public void TickedBoxRollInGroupsUnderHeadingsOfTheirOwn_IsReadWhole()
    {
        var draft = Read("# Harbour Data Working Group Drafting Committee Meeting\n\n# 12 March 2025\n\n# ATTENDEES\n\n"
            + "## Drafting Committee Members\n\n- [ ] Acme: Ola Berg (Primary)\n- [x] Fabrikam: Lina Roth (Primary)\n- [x] Ravi Menon, Contoso (Elected Participant)\n\n"
            + "## Host Organisation Staff\n\n- [x] Tomas Kade\n- [ ] Ines Vidal\n\n# MINUTES\n\n## Approval of the minutes\n\nThe minutes were approved.\n", "minutes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Lina Roth", "Ravi Menon", "Tomas Kade"]);
    }

    [Fact]
    public void BoxLeftUntickedOverAMemberWhoSentRegrets_IsAnApology()
    {
        var draft = Read("# Harbour Data Working Group Steering Committee Meeting\n\n# 12 March 2025\n\n# ATTENDEES\n\n"
            + "- [x] Fabrikam: Lina Roth (Primary)\n- [ ] Acme: Ola Berg (Primary) - Regrets will try to join later\n- [ ] Tomas Kade (Alternate)\n- [x] Ravi Menon, Contoso (Elected Participant)\n\n"
            + "# MINUTES\n\n## Approval of the minutes\n\nThe minutes were approved.\n", "minutes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Lina Roth", "Ravi Menon"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Ola Berg"]);
    }

    // A parish agenda puts its items as what the meeting is to do ("To receive apologies for absence"); the minutes keep the
    // wording and put the names under it.
    [Theory]
    [InlineData("1. To receive apologies for absence\n\nGail Hart, Ian Jones")]
    [InlineData("1. To receive and accept apologies for absence\nGail Hart and Ian Jones")]
    [InlineData("1. To note apologies\nGail Hart; Ian Jones")]
    [InlineData("1. To receive apologies for absence: Gail Hart, Ian Jones")]
    public void ApologiesItemWordedAsWhatTheMeetingIsToDo_ListsWhoSentThem(string item)
    {
        var draft = Read(Amenity + item + "\n\n2. Minutes of the last meeting\n\nThe minutes were approved.\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Gail Hart", "Ian Jones"]);
        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Brook", "Carl Dunn", "Eve Frost"]);
    }

    // The clerk, the chair or the minute taker on a line of their own beside the list: there, in that post.
    [Theory]
    [InlineData("Present: Ann Brook, Carl Dunn, Eve Frost\nClerk: Gail Hart", "Clerk")]
    [InlineData("Present: Ann Brook, Carl Dunn, Eve Frost\nClerk – Gail Hart", "Clerk")]
    [InlineData("Chair: Gail Hart\nPresent: Ann Brook, Carl Dunn, Eve Frost", "Chair")]
    [InlineData("Present: Ann Brook, Carl Dunn, Eve Frost\nMinute taker: Gail Hart", "Minute taker")]
    public void PostOnALineOfItsOwnBesideTheList_IsHeldBySomeoneWhoWasThere(string attendance, string role)
    {
        var draft = Read("Minutes of the Riverside Amenity Society Committee\n\n12 March 2024\n\n" + attendance + FirstItem);

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Brook", "Carl Dunn", "Eve Frost", "Gail Hart"], ignoreOrder: true);
        draft.Attendees.Single(a => a.Name == "Gail Hart").Role.ShouldBe(role);
    }

    [Fact]
    public void FollowingCouncillorsWerePresent_LabelsTheList()
    {
        var draft = Read("Minutes of Riverside Parish Council\n\n12 March 2024\n\nThe following Councillors were present: Ann Brook (Chair), Carl Dunn and Eve Frost\n" + FirstItem);

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Brook", "Carl Dunn", "Eve Frost"]);
    }

    [Fact]
    public void StatusColumnOfAnAttendanceTable_SaysWhoCameWhoApologisedAndWhoWasAbsent()
    {
        var draft = Read("# Riverside Amenity Society Committee\n\n12 March 2024\n\n## Attendance\n\n| Name | Role | Status |\n|---|---|---|\n"
            + "| Ann Brook | Chair | Present |\n| Carl Dunn | Treasurer | Present |\n| Gail Hart | Member | Apologies |\n| Ian Jones | Member | Absent |\n\n"
            + "## 1. Minutes\n\nThe minutes were approved.\n", "minutes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Brook", "Carl Dunn"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Gail Hart"]);
    }

    [Theory]
    [InlineData("| | |\n|---|---|\n| Present: | Ann Brook, Carl Dunn, Eve Frost |\n| Apologies: | Gail Hart, Ian Jones |\n", "minutes.md")]
    [InlineData("<table><tr><td>Present:</td><td>Ann Brook, Carl Dunn, Eve Frost</td></tr><tr><td>Apologies:</td><td>Gail Hart, Ian Jones</td></tr></table>", "minutes.html")]
    public void LabelAndListInTheTwoCellsOfATableRow_AreTheLabelledList(string table, string name)
    {
        var text = name.EndsWith(".html", StringComparison.Ordinal)
            ? "<html><body><h1>Riverside Amenity Society Committee</h1><p>12 March 2024</p>" + table + "<h2>1. Minutes</h2><p>The minutes were approved.</p></body></html>"
            : "# Riverside Amenity Society Committee\n\n12 March 2024\n\n" + table + "\n## 1. Minutes\n\nThe minutes were approved.\n";

        var draft = Read(text, name);

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Brook", "Carl Dunn", "Eve Frost"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Gail Hart", "Ian Jones"]);
    }

    [Fact]
    public void CodeHostHandlesUnderAnAttendanceLabel_AreThePeople()
    {
        var draft = Read("# Riverside Platform Board 2022-11-14\n\n## Participants (handles preferred)\n* @annlee\n* @tom-reid\n* @jhart\n\n## Agenda\n\n### Release\n* discussed\n", "notes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["@annlee", "@tom-reid", "@jhart"]);
    }

    [Fact]
    public void LegendOverARoll_IsNoPerson()
    {
        var draft = Read("# 2020-09-22 Riverside Community Meeting\n\n## Attendees\n\n* **Name (Initials)**\n* Megan Lark (ML)\n* Jonas Hill (JH)\n* Petra Vance (PV)\n\n## Agenda\n\n* Release\n", "notes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Megan Lark", "Jonas Hill", "Petra Vance"]);
    }

    [Theory]
    [InlineData("Present: Members\nAnn Lee, Tom Reid, Sue Hart, Joe Bloggs,\nMary Jones, Peter Smith.\n")]
    [InlineData("Present: Members: Ann Lee, Tom Reid, Sue Hart, Joe Bloggs,\nMary Jones, Peter Smith.\n")]
    public void GroupNamedAfterThePresentLabel_IsNoName_AndTheChairLineGivesTheChair(string present)
    {
        var draft = Read("Minutes of the Annual General Meeting of Milltown Bowls Club\n\nHeld on Thursday, 5th September 2024 in the Pavilion\n"
            + "In the chair : Ann Lee\n\n" + present + "\n1) Welcome\nThe chair welcomed the members.\n\n2) Apologies for Absence\nBob White\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid", "Sue Hart", "Joe Bloggs", "Mary Jones", "Peter Smith"]);
        draft.Attendees[0].Role.ShouldBe("Chair");
        draft.Apologies.Select(a => a.Name).ShouldBe(["Bob White"]);
    }

    [Fact]
    public void RollKeptByMemberOrganisationAndSeat_GivesEachLinesPeopleTheirOrganisationOrSeat()
    {
        var draft = Read("Minutes of the March 3, 2020 Harbour Standards Steering Committee Meeting\n\nAttendees:\n\n"
            + "Northwind: Not present\nContoso: Alma Reyes, Bruno Keller\nBlue Yonder: Carla Moss\n"
            + "Associate member representative: Dean Fox (ABC)\nCommitter member representative: Not present\n"
            + "(Quorum is 3 -- a simple majority of the members must be present)\n\n"
            + "Harbour Foundation: Erin Page, Felix Grant, Gina Holt, Hugo Ives, Iris Janssen, Jonas\nKemp\n\n"
            + "Review of Minutes from Prior Meetings\n\nMinutes of the February 18 meeting were approved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Alma Reyes", "Bruno Keller", "Carla Moss", "Dean Fox", "Erin Page", "Felix Grant", "Gina Holt", "Hugo Ives", "Iris Janssen", "Jonas Kemp"]);
        draft.Attendees.Single(a => a.Name == "Bruno Keller").Organisation.ShouldBe("Contoso");
        draft.Attendees.Single(a => a.Name == "Carla Moss").Organisation.ShouldBe("Blue Yonder");
        draft.Attendees.Single(a => a.Name == "Dean Fox").ShouldSatisfyAllConditions(
            p => p.Organisation.ShouldBe("ABC"),
            p => p.Role.ShouldBe("Associate member representative"));
        draft.Attendees.Single(a => a.Name == "Jonas Kemp").Organisation.ShouldBe("Harbour Foundation");
        draft.Apologies.ShouldBeEmpty();
    }

    [Fact]
    public void RollLinesRunTogetherByAPdf_AreSplitAtEachMembersLabel()
    {
        var people = PersonEntries.ReadLine("Contoso: Alma Reyes, Bruno Keller Blue Yonder: Carla Moss, Dan Ortiz Associate member representative (ABC): Dean Fox", null);

        people.Select(p => (p.Name, p.Organisation)).ShouldBe([("Alma Reyes", "Contoso"), ("Bruno Keller", "Contoso"), ("Carla Moss", "Blue Yonder"), ("Dan Ortiz", "Blue Yonder"), ("Dean Fox", "ABC")]);
    }

    [Fact]
    public void LabelsAfterARunOfNames_AreNoPeople_AndAPostGoesToTheNameBeforeIt()
    {
        var draft = Read("ASHFORD MEADOW PARISH COUNCIL\nMINUTES OF THE PARISH COUNCIL MEETING HELD ON TUESDAY, 3 MARCH 2026\n\n"
            + "Present: Mrs Ann Lee, Mr Tom Reid and Miss Jo Hart, Councillors, Mrs Kay Moss, Clerk and Mr Ray Stone,\nAssistant Clerk\n\n"
            + "1. Apologies\nThere were no apologies.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Mrs Ann Lee", "Mr Tom Reid", "Miss Jo Hart", "Mrs Kay Moss", "Mr Ray Stone"]);
        draft.Attendees.Single(a => a.Name == "Mrs Kay Moss").Role.ShouldBe("Clerk");
        draft.Attendees.Single(a => a.Name == "Mr Ray Stone").Role.ShouldBe("Assistant Clerk");
    }

    [Fact]
    public void MembersOfTheCouncilPresentWere_ListsTheMembersWithThePostsBetweenThem()
    {
        var draft = Read("ASHFORD MEADOW PARISH COUNCIL\nMINUTES OF THE ANNUAL PARISH MEETING 14 APRIL 2026\n\n"
            + "Members of the Council present were: Councillors Ann Lee, Chairman, Councillors Tom Reid and Jo Hart, and Mrs Kay Moss, Clerk\n\n"
            + "1. Minutes of the last meeting\nThe minutes were confirmed.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid", "Jo Hart", "Mrs Kay Moss"]);
        draft.Attendees.Single(a => a.Name == "Ann Lee").Role.ShouldBe("Chair");
    }

    [Fact]
    public void LabelInAColumnOfItsOwn_OpensTheListBesideIt_AndPublicLabelsItsOwnList()
    {
        var draft = Read("MINUTES from the meeting held in the Hall on Tuesday 9th June 2026\n\n"
            + "PRESENT\tAnn Lee\tConvenor(AL)\nTom Reid\tSecretary(TH)\nAPOLOGIES\nJo Hart\n\n"
            + "ATTENDING\tRay Stone\tPolice Scotland(RS)\nKay Moss\tMember of Public(KM)\n\n"
            + "Public:\nEve Marsh\tPublic\n\n1.\tThe Convenor welcomed everyone.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid", "Ray Stone", "Kay Moss", "Eve Marsh"], ignoreOrder: true);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Jo Hart"]);
    }

    [Fact]
    public void PersonListedAsPresentAndAsApologising_StaysOffBothLists()
    {
        var draft = Read("DRAFT MINUTES for the public meeting held on Tuesday 9th June 2026\n\nMembers Present:\nAnn Lee\tConvenor\nTom Reid\tSecretary\nJo Hart\tMember\n\n"
            + "Apologies:\nRay Stone\tMember\nTom Reid\tMember\n\n1. Introductions and welcome\nApologies for absence (as above)\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Jo Hart"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Ray Stone"]);
    }

    [Fact]
    public void KramdownAttributeListAboveTheLabel_IsNoPartOfTheFirstName()
    {
        var draft = Read("# Working Group Call — Minutes\n{: .no_toc}\n\n## Attendees\n{: .no_toc}\n**Present:** Alice Smith, Bob Jones, Carol White\n\n"
            + "**Regrets:** Dan Green\n\n### 1. Welcome\n{: #section1}\n\nThe chair welcomed everyone.\n", "minutes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Alice Smith", "Bob Jones", "Carol White"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Dan Green"]);
    }

    [Theory]
    [InlineData("Commissioners")]
    [InlineData("Supervisors")]
    [InlineData("Council Members")]
    [InlineData("Councilmembers")]
    public void APluralTitleBeforeSurnames_LabelsThemAll(string title)
    {
        var draft = Read($"CITY OF ELM HOLLOW\nPLANNING COMMISSION\nMinutes of the regular meeting of May 6, 2025\n\nPresent: {title} Okoye, Lindgren, Maas, Petrov\n\n1. Call to order\nThe meeting was called to order at 6 p.m.\n");

        draft.Attendees.Select(a => (a.Name, a.Organisation)).ShouldBe([("Okoye", null), ("Lindgren", null), ("Maas", null), ("Petrov", null)]);
    }

    [Fact]
    public void TheResponsibleFinancialOfficerInBrackets_IsARole()
    {
        var draft = Read("HOLMFIELD PARISH COUNCIL\nMinutes of the meeting held on 3 June 2025\n\nPresent: Cllr A Wren (Chairman), Cllr B Tate\nIn attendance: Mr E Patel (RFO)\n\n1. Apologies\nNone.\n");

        draft.Attendees.Single(a => a.Name == "Mr E Patel").ShouldSatisfyAllConditions(a => a.Role.ShouldBe("RFO"), a => a.Organisation.ShouldBeNull());
    }

    [Fact]
    public void AMinutesReferenceAfterAColumnOfPeople_OpensTheFirstItem()
    {
        var draft = Read("Eastvale Community Health NHS Trust\nMinutes of the Board meeting held on Thursday 7 March 2024\n\nPresent:\n"
            + "Ms Helen Marsh          Chair\nDr Peter Okafor         Chief Executive\n\nApologies:\nProf Diane Fellowes     Non-Executive Director\n\n"
            + "BM/24/031  Welcome\nThe Chair welcomed everyone.\n\nBM/24/032  Winter plan\nThe Board approved the winter plan.\n\n"
            + "BM/24/033  Any other business\nThere was none.\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Prof Diane Fellowes"]);
        draft.AgendaItems.Select(i => i.Number).ShouldBe(["BM/24/031", "BM/24/032", "BM/24/033"]);
    }

    [Fact]
    public void RepresentativesUnderTheInitialsOfTheirBodies_AreAttendees()
    {
        var draft = Read("Harbour Authorities Joint Council\nMinutes of the meeting held on 9 May 2023\n\nJHA Representatives:\nT. Marsh\nPort Representatives:\n"
            + "A. Greve – Westport\nB. Lund – Eastport\nC. Moyo – Northport\n\n1. Dredging programme\nThe programme was reviewed.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["T. Marsh", "A. Greve", "B. Lund", "C. Moyo"]);
        draft.AgendaItems.Select(i => i.Title).ShouldNotContain(t => t.Contains("Greve") || t.Contains("Lund"));
    }

    [Fact]
    public void PostsInAColumnBesideTheNames_AreRoles_NotOrganisations()
    {
        var draft = Read("Eastvale Community Health NHS Trust\nMinutes of the Board meeting held on 6 March 2025\n\nPresent:\n"
            + "Sir Alan Pike            Chair\nMr Ravi Sethi            Director of Finance\nDr Ellen Moss            Medical Director\n\n"
            + "In attendance:\nMrs Joan Tully           Trust Secretary (minutes)\n\n"
            + "1. Minutes of the last meeting\nThe minutes were approved.\n\n2. Finance report\nThe Board received the report.\n");

        draft.Attendees.Select(a => (a.Name, a.Organisation, a.Role)).ShouldBe([
            ("Sir Alan Pike", (string?)null, (string?)"Chair"), ("Mr Ravi Sethi", null, "Director of Finance"),
            ("Dr Ellen Moss", null, "Medical Director"), ("Mrs Joan Tully", null, "Trust Secretary")]);
    }

    [Fact]
    public void PresentSentence_KeepsTheFirstNameWithItsPost_AndTheLastAfterAnd()
    {
        var draft = Read("Riverside Allotment Society\nMinutes of the committee meeting held on 4 March 2025\n\n"
            + "Ann Lee (Chair), Tom Reid, Sue Hart and Raj Singh were present.\n\n1. Minutes of the last meeting\nThe minutes were approved.\n\n"
            + "2. Water charges\nThe committee agreed to hold the charge at £20.\n");

        draft.Attendees.Select(a => (a.Name, a.Organisation, a.Role)).ShouldBe([
            ("Ann Lee", (string?)null, (string?)"Chair"), ("Tom Reid", null, null), ("Sue Hart", null, null), ("Raj Singh", null, null)]);
    }

    [Fact]
    public void OfficesInBracketsAfterNames_AreRoles_NotOrganisations()
    {
        var draft = Read("Minutes of the meeting of Little Marston Town Council held on 4 March 2025\n\n"
            + "Present: Councillors J Bell (Mayor), A Croft, P Davies; Mr R Hughes (Headteacher); Dr S Vance (Superintendent)\n\n1. Minutes\nThe minutes were approved.\n");

        draft.Attendees.Select(a => (a.Name, a.Organisation, a.Role)).ShouldBe([
            ("J Bell", (string?)null, (string?)"Mayor"), ("A Croft", null, null), ("P Davies", null, null),
            ("Mr R Hughes", null, "Headteacher"), ("Dr S Vance", null, "Superintendent")]);
    }

    [Fact]
    public void ItemNamedAsOne_EndsTheApologies()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("Advisory Panel on Library Services\nMinutes of the meeting held on 9 April 2025\n\n"
            + "Attendees\nAnn Lee (Chair)\nTom Fox, Library Trust\n\nApologies\nProfessor Sue Day\nItem 1: Welcome and minutes of the last meeting\n"
            + "The minutes were agreed.\n\nItem 2: Annual report\nThe report was noted.\n"), "minutes.txt");

        draft.Apologies.Select(a => (a.Name, a.Organisation)).ShouldBe([("Professor Sue Day", (string?)null)]);
        draft.AgendaItems.Select(a => a.Number).ShouldBe(["1", "2"]);
    }

    [Fact]
    public void RollOfOfficers_WithEachOfficeBeforeItsHolder_GivesTheOfficeAsRole()
    {
        var draft = Read("March 3, 2022 - Meeting of the Executive Board of the Riverside Students' Union\n\nVOTING OFFICERS IN ATTENDANCE\nPresident Ann Lee\n"
            + "Executive Vice President Tom Fox\nChief of Staff Sue Day\nDirector of Academic and Student Affairs Mark Hill\nNONVOTING OFFICERS IN ATTENDANCE\n"
            + "Speaker of the Senate Jane Ross\n\nLee calls meeting to order.\nLast meeting's minutes approved.\n");

        draft.Attendees.Select(a => (a.Name, a.Role)).ShouldBe([
            ("Ann Lee", (string?)"President"), ("Tom Fox", "Executive Vice President"), ("Sue Day", "Chief of Staff"),
            ("Mark Hill", "Director of Academic and Student Affairs"), ("Jane Ross", "Speaker of the Senate")]);
    }

    [Fact]
    public void OfficersByPost_WithTheHolderInBrackets_GiveThePostAsRole()
    {
        var draft = Read("Finance Committee\nMinutes of the meeting held on 9 January 2025\n\nMembers present: Councillor R Patel (Chairman), Councillor L Ward\n"
            + "Officers present: Finance Manager (S Kerr), Democratic Services Officer (J Reid)\n\n1. Minutes\nThe minutes were confirmed.\n");

        draft.Attendees.Select(a => (a.Name, a.Role)).ShouldBe([
            ("Councillor R Patel", (string?)"Chair"), ("Councillor L Ward", null), ("S Kerr", "Finance Manager"), ("J Reid", "Democratic Services Officer")]);
    }

    [Fact]
    public void NamesWithTheirPostsAfterADash_SetApartBySemicolons_AreEachOnePerson()
    {
        var draft = Read("Finance Committee\nMinutes of the meeting held on 9 January 2025\n\nPresent: Ruth Patel (Chair), Leo Ward\n"
            + "In attendance: Sarah Kerr - Finance Manager; John Reid - Democratic Services Officer\n\n1. Minutes\nThe minutes were confirmed.\n");

        draft.Attendees.Select(a => (a.Name, a.Role)).ShouldBe([
            ("Ruth Patel", (string?)"Chair"), ("Leo Ward", null), ("Sarah Kerr", "Finance Manager"), ("John Reid", "Democratic Services Officer")]);
    }

    [Fact]
    public void ApologiesInANumberedParagraphOfTheMinute_AreRead()
    {
        var draft = Read("Board of Trustees\nMinutes of the meeting on 15 May 2025\n\nAttendees: Rhona Baird (Chair), Tom Ives, Gwen Pryce\n\n"
            + "1.0 Welcome and apologies\n1.1 Apologies were received from Ali Khan and Jo Marsh.\n2.0 Minutes of the last meeting\n2.1 Approved.\n"
            + "3.0 Finance report\n3.1 The Board approved the accounts for 2024.\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Ali Khan", "Jo Marsh"]);
        draft.AgendaItems.Select(a => (a.Number, a.Title)).ShouldBe([("1.0", "Welcome and apologies"), ("2.0", "Minutes of the last meeting"), ("3.0", "Finance report")]);
    }

    [Fact]
    public void ReferencedMinuteOfApologies_WithTheNamesRunOn_IsAnItem()
    {
        var draft = Read("Oakwood Parish Council\nMinutes of the meeting held on 2 April 2025\n\nPresent: Cllrs Hill (Chair), Moss, Carter\n\n"
            + "Min 45/25 Apologies: Cllr Young.\nMin 46/25 Declarations of interest: none.\nMin 47/25 Minutes: The minutes of 5 March 2025 were approved and signed.\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Cllr Young"]);
        draft.AgendaItems.Select(a => (a.Number, a.Title)).ShouldBe([("Min 45/25", "Apologies"), ("Min 46/25", "Declarations of interest"), ("Min 47/25", "Minutes")]);
    }

    [Theory]
    [InlineData("Present: Amy Ford, Ben Hall, Cat Ross\n")]
    [InlineData("Present: Dr Helen Park (Chair), Ben Hall, Cat Ross\n")]
    public void SurnameThatIsAlsoAPlace_IsAPerson_NotAnOrganisation(string present)
    {
        var draft = Read("Elm Valley Trust\nMinutes of the board meeting held on 10 January 2025\n\n" + present + "\n1. Finance\nThe budget was approved.\n");

        draft.Attendees.Select(a => a.Organisation).ShouldAllBe(o => o == null);
        draft.Attendees.Count.ShouldBe(3);
    }

    [Fact]
    public void OfficesBeforeNames_AreTheRolesOfThosePeople()
    {
        var draft = Read("CITY OF MILLTOWN\nCITY COUNCIL REGULAR MEETING MINUTES\nJanuary 14, 2025\n\nPresent: Mayor Jim Stone, Councilmember Ann Lee, Member Omar Ali\n"
            + "Staff present: City Manager Smith, Clerk Lisa Chen\n\n1. CALL TO ORDER\nThe meeting opened at 6 pm.\n");

        draft.Attendees.Select(a => (a.Name, a.Role)).ShouldBe([
            ("Jim Stone", "Mayor"), ("Ann Lee", "Councilmember"), ("Omar Ali", "Member"), ("Smith", "City Manager"), ("Lisa Chen", "Clerk"),
        ]);
    }

    [Fact]
    public void AndInsideBrackets_DoesNotPartTheEntry()
    {
        var people = PersonEntries.ReadLine("John Campion (Police and Crime Commissioner), Gareth Boulton (Chief Executive, OPCC), Ann Lee (Health & Safety)", null);

        people.Select(p => p.Name).ShouldBe(["John Campion", "Gareth Boulton", "Ann Lee"]);
    }

    [Fact]
    public void ItemNumberInBrackets_IsNoOrganisation()
    {
        var person = PersonEntries.ReadEntry("Mr Ravi Shah, Head of Communications (item TB/24/036)", null);

        person.ShouldNotBeNull();
        person.Name.ShouldBe("Mr Ravi Shah");
        person.Organisation.ShouldBeNull();
    }

    [Fact]
    public void MarkdownLinesOfNamesAndOrganisations_WithoutBlankLines_AreOnePersonEach()
    {
        var draft = Read("# Data Standards Advisory Board\n\n## Minutes of meeting held on 14 June 2023\n\n**Attendees**\n\nRachel Thornton (Chair)\n"
            + "Simon Okafor  Cabinet Office\nLiam Doyle - HM Revenue and Customs\nDr Karen Walsh, Office for National Statistics\nBen Ashworth Ministry of Justice\n\n"
            + "## 1. Welcome\n\nThe Chair welcomed members and explained that the\nboard would meet four times in the year and that papers\nwould go out a week before.\n", "minutes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Rachel Thornton", "Simon Okafor", "Liam Doyle", "Dr Karen Walsh", "Ben Ashworth"]);
        draft.Attendees.Select(a => a.Organisation).ShouldBe([null, "Cabinet Office", "HM Revenue and Customs", "Office for National Statistics", "Ministry of Justice"]);
    }

    [Fact]
    public void OfficersByPostThenDashThenHolder_AreOnePersonALine()
    {
        var draft = Read("MIDSHIRE FIRE AND RESCUE AUTHORITY\n\nMinutes of the meeting of the Fire Authority held on Thursday 19 October 2023.\n\n"
            + "Members Present:\nCouncillor A Patel (Chair), Councillor C Roberts\n\nOfficers Present:\nChief Fire Officer – Mark Evans\nTreasurer – Julie Wood\n"
            + "Monitoring Officer – Sarah Byrne\nClerk to the Authority – Tom Nash\n\n1. APOLOGIES FOR ABSENCE\nNone.\n");

        draft.Attendees.Select(a => (a.Name, a.Role)).ShouldBe([
            ("Councillor A Patel", "Chair"), ("Councillor C Roberts", null), ("Mark Evans", "Chief Fire Officer"), ("Julie Wood", "Treasurer"),
            ("Sarah Byrne", "Monitoring Officer"), ("Tom Nash", "Clerk to the Authority")]);
        draft.Body.ShouldBe("Midshire Fire and Rescue Authority");
    }

    [Fact]
    public void OfficialsUnderTheMembers_AreAttendees()
    {
        var draft = Read("<html><body><h1>Science Advisory Council minutes: 9 May 2023</h1><h2>Attendees</h2><h3>Members</h3><ul><li>Professor Dame Ann Lee (Chair)</li>"
            + "<li>Dr Sarah Patel</li></ul><h3>Officials</h3><ul><li>Gemma Stokes (Chief Scientific Adviser)</li><li>Rob Finch (Secretariat)</li></ul>"
            + "<h3>Apologies</h3><ul><li>Professor Kate Owusu</li></ul><h2>1. Welcome</h2><p>1.1 The Chair welcomed members.</p></body></html>", "minutes.html");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Professor Dame Ann Lee", "Dr Sarah Patel", "Gemma Stokes", "Rob Finch"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Professor Kate Owusu"]);
    }

    [Theory]
    [InlineData("The Chair noted apologies from Jo Day and Sam Hill.")]
    [InlineData("The Clerk reported apologies from Jo Day and Sam Hill.")]
    [InlineData("Received apologies from Jo Day and Sam Hill.")]
    public void ApologiesNotedOrReportedBySomeone_AreApologies(string sentence)
    {
        var draft = Read("Ashcombe Parish Council\nMinutes of the meeting held on Tuesday 5 March 2024\n\nPresent: Cllr Ann Lee (Chair), Cllr Tom Fox\n\n"
            + sentence + "\n\n2. Finance\nThe accounts were noted.\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Jo Day", "Sam Hill"]);
    }

    [Fact]
    public void PostWrappedOntoALineOfItsOwn_IsNobody()
    {
        var draft = Read("Audit Committee\nMinutes of a meeting of the Audit Committee held on Tuesday, 12th March, 2024\n\nPresent:\nCouncillor J Hartley (Chairman)\n\n"
            + "Officers in Attendance:\nHead of Finance (S151 Officer), Internal Audit Manager, Democratic Services\nOfficer\n\n45. DECLARATIONS OF INTEREST\nNone.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Councillor J Hartley"]);
    }
    [Fact]
    public void CollapsedBoxOverTheAttendeeList_WithAWordOnlyScreenReadersSpeak_OpensTheList()
    {
        var html = "<html><body><h1>Submissions Working Group, 3 March 2023</h1>"
            + "<div class=\"callout\"><div class=\"callout-title\"><span class=\"screen-reader-only\">Tip</span>View Attendee List</div>"
            + "<div class=\"collapse\"><ul><li>Ben Straub (GSK)</li><li>Eric Nantz (Eli Lilly)</li><li>HyeSoo Cho (FDA)</li></ul></div></div>"
            + "<h2>Pilot 4</h2><p>The group discussed the pilot.</p></body></html>";

        var draft = Read(html, "minutes.html");

        draft.Attendees.Select(p => (p.Name, p.Organisation)).ShouldBe([("Ben Straub", "GSK"), ("Eric Nantz", "Eli Lilly"), ("HyeSoo Cho", "FDA")]);
    }

    [Fact]
    public void NamesEachWithAColonAndWhereTheyComeFrom_SetApartBySemicolons_AreOnePersonEach()
    {
        var draft = Read("Commission on Aging\nMinutes Sept 4, 2019\n\nPresent: Cindy Swann: Mountain Rd; Bob Kuhnle: Green Springs; Larry Alpern: Board of Supervisors\n\n1. Minutes\nApproved.\n");

        draft.Attendees.Select(p => (p.Name, p.Organisation)).ShouldBe([("Cindy Swann", "Mountain Rd"), ("Bob Kuhnle", "Green Springs"), ("Larry Alpern", "Board of Supervisors")]);
    }

    private const string ParishHead = "Whitbourne Parish Council\nMinutes of Meeting\n3rd December 2025\n\n";

    [Fact]
    public void InAttendance_WithAnOfficeAfterTheInitials_KeepsEachPersonAndNoOffice()
    {
        var draft = Read(ParishHead + "Attendance:\nPresent: N Shaw (NS) (Chair); R. James (RJ); T. Hunt (TH)\n\n"
            + "In Attendance: P. Stoddart (PS) Ward Councillor; K. Phillips (Clerk). No members of the public present.\n\n"
            + "1. Apologies for absence\nS. Knowles (SK); P. Wood (PDW); L. Kershaw (LK) were not in attendance.\n\n"
            + "2. To receive declarations of interest\nThere were no declarations of interest.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["N Shaw", "R. James", "T. Hunt", "P. Stoddart", "K. Phillips"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["S. Knowles", "P. Wood", "L. Kershaw"]);
    }

    [Fact]
    public void PresentWithAFullStop_AndNamesSetOutInAGrid_IsTheRoll()
    {
        var draft = Read("SHEET PARISH COUNCIL\n\nMinutes of a Meeting of Sheet Parish Council on 12th October 2021 at Sheet Village Hall at 7.30 p.m.\n\n"
            + "Present. Cllrs. Ron Dark (in the Chair) Alan Biddlecombe\tBrian Bird\nTony Clear\tRobin Forrest\tWill Glancy\nGail Martin\tChris Wilton\n\n"
            + "In Attendance: County Councillor, Russell Oppenheimer\nDistrict Councillor, Nick Drew\nClerk, Jenny Hollington\n\n"
            + "There were 7 members of the public present\n\n"
            + "21/125 Apologies – Apologies had been received from Cllrs. Biddlecombe and Stevens.\n\n"
            + "21/126 Minutes – The Minutes of the meeting held on 7th September 2021 were approved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ron Dark", "Alan Biddlecombe", "Brian Bird", "Tony Clear", "Robin Forrest", "Will Glancy", "Gail Martin", "Chris Wilton",
            "Russell Oppenheimer", "Nick Drew", "Jenny Hollington"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Biddlecombe", "Stevens"]);
    }

    [Fact]
    public void ClerkInTheRightHandColumnOfTheRoll_IsPresent()
    {
        var draft = Read("WROXTON & BALSCOTE PARISH MEETING\nMINUTES OF PARISH COUNCIL MEETING at\nWROXTON VILLAGE HALL on 2nd September 2024 at 7.30pm\n\n"
            + "Present:\tClerk: Gail Williams\nCllr Harvey Marcovitch - Chairman\nCllr Duncan Collins\tMembers of the Public 3\nCllr Michael Robarts\nCllr Miranda Ker\n\n"
            + "54/24 Apologies Cllr S Colbert\n55/24 Declarations of Interest None\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Cllr Harvey Marcovitch", "Cllr Duncan Collins", "Cllr Michael Robarts", "Cllr Miranda Ker", "Gail Williams"], ignoreOrder: true);
    }

    [Fact]
    public void MembersPresentWere_OpensTheRoll()
    {
        var draft = Read("Minutes of Meeting of\nBroomhill Community Council\n\n12th November 2025, 19:00-20:30.\n\n"
            + "1. Committee Members Present were: Barbara McTavish (BMcT, chair), Hector Rufrancos (HR, Secretary), Roy Hamdy (RH) and Residents Fiona Miller and Mark Orr.\n\n"
            + "Apologies were received from: Community Councillor Abigail Harding.\n\n2. Minutes of Previous Meetings. Approved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Barbara McTavish", "Hector Rufrancos", "Roy Hamdy", "Fiona Miller", "Mark Orr"]);
    }

    [Fact]
    public void GridOfNamesRunTogetherByOneSpace_AndAPostALineInAttendance_AreOnePersonEach()
    {
        var draft = Read("LYNCHMERE PARISH COUNCIL\n\nMinutes of the Parish Council Meeting held on Monday, 2nd April 2012 at the Village Hall at 7.30 p.m.\n\n"
            + "Present: Cllrs. Helen Carter (in the Chair) Simon Pratt Laura Evans\nGraham Banks\tMartin Doyle Susan Reed\n\n"
            + "In Attendance: Peter Lowe (County Councillor)\nAnne Fisher (District Councillor)\nRuth Page (Clerk)\n\n"
            + "There were no members of the public present.\n\n12/40 APOLOGIES: - Cllr. Karen Webb\n\n12/41 MINUTES – The Minutes were agreed.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Helen Carter", "Simon Pratt", "Laura Evans", "Graham Banks", "Martin Doyle", "Susan Reed", "Peter Lowe", "Anne Fisher", "Ruth Page"]);
    }

    [Fact]
    public void NameWhoseSurnameBeginsWithAParticle_IsNotSplitAtIt()
    {
        var draft = Read("Band Parents Association\n\nMinutes of the meeting held on 3 September 2015\n\n"
            + "Present: Lena Van Houten\tMary Jo Van Dyke\tCarl De Witt\n\nApologies: none\n\n1. Minutes of the last meeting were approved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Lena Van Houten", "Mary Jo Van Dyke", "Carl De Witt"]);
    }

    [Fact]
    public void RollWhoseLabelIsLost_LeavingOnlyItsColon_IsReadWithoutFailing()
    {
        // A damaged PDF's "Present:\tMick Ratford, Treasurer …" with the label's letters gone.
        var draft = Read("Horsley Village Hall Management Committee\nMinutes of the meeting held on 8 October 2013\n\n"
            + ":\tMick Ratford, Treasurer\tKaren Butt, Bookings Secretary\n\n1. Accounts\nThe accounts were approved.\n");

        draft.Apologies.ShouldBeEmpty();
    }

    [Fact]
    public void ListWhoseLineEndsInAComma_GoesOnPastABlankLine()
    {
        var draft = Read("Minutes of the Annual General Meeting of Riverside Chess Club\n\nHeld on 4th September 2025 at 7:45pm\n\n"
            + "Present members :- Owen Price ,Simon Banks, Sumit Bhalla, Adrin\nBowler ,\n\nJohn Carter , Adrian Ellis, Thomas Evans,\n\nDominic Watts, Steven Wayne.\n\n"
            + "1) Apologies for Absence\nPeter Hawes\n\n2) Welcome\nThe chair welcomed members.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Owen Price", "Simon Banks", "Sumit Bhalla", "Adrin Bowler", "John Carter", "Adrian Ellis", "Thomas Evans", "Dominic Watts", "Steven Wayne"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Peter Hawes"]);
    }

    [Fact]
    public void TheFollowingWerePresent_WithACountBeforeTheColon_ListsThoseThereAndNotTheAbsent()
    {
        var draft = Read("Lantern Software Foundation, Minutes of a Regular Meeting of the Board of Directors Meeting #12, March 5, 2024\n\n"
            + "Attendance\nThe following members of the board of directors were present (5/7): Ann Lee, Tom Reid, Sue Hart, Olga Brandt-Weiss, and Raj Patel.\n\n"
            + "The following members of the board of directors were absent: Gail Hart, Ian\nJones.\n\nAgenda Items\n1. Approval of minutes from previous meetings.\n\nRESOLVED, that the minutes be approved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid", "Sue Hart", "Olga Brandt-Weiss", "Raj Patel"], ignoreOrder: true);
        draft.Apologies.ShouldBeEmpty();
    }

    [Fact]
    public void RollWithItsFirstLineBesideTheLabel_AndOnePersonOrCoupleALineBelow_IsReadWhole()
    {
        var draft = Read("Alpine Ski Club\nClub Meeting\n\nTuesday November 21, 2017\n\nMinutes\n\n"
            + "Attendees: Peri Lund – President\nTom Reid (phone)\nSue Hart\nBill & Mary Cole\nHamish Ward\n\n"
            + "Apologies: Alan & Jan Price\nChris Webb\nSandy Clark\nFran Moss\nCheryl Moss & Tara Lloyd\nLiz Laws\n\nPresident's report\nThe president reported on the season.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Peri Lund", "Tom Reid", "Sue Hart", "Bill Cole", "Mary Cole", "Hamish Ward"], ignoreOrder: true);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Alan Price", "Jan Price", "Chris Webb", "Sandy Clark", "Fran Moss", "Cheryl Moss", "Tara Lloyd", "Liz Laws"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("In attendance: President Dana Ruiz, Treasurer Owen Black, PTA members Carol and Neil Voss, Ivy and Sam.\n", "Dana Ruiz|Owen Black|Carol Voss|Neil Voss|Ivy|Sam")]
    [InlineData("Present: Dana Ruiz (Chair), Owen Black, Ivy Hale. Members of the public – Mr Neil & Mrs Carol Voss.\n", "Dana Ruiz|Owen Black|Ivy Hale|Mr Neil Voss|Mrs Carol Voss")]
    [InlineData("Present: Dana Ruiz, Owen Black, Carol and Neil Voss, Ivy Hale\n", "Dana Ruiz|Owen Black|Carol Voss|Neil Voss|Ivy Hale")]
    [InlineData("Present: Dana Ruiz, Owen Black, Mr Osborne and Mr Quinn, Ivy Hale\n", "Dana Ruiz|Owen Black|Mr Osborne|Mr Quinn|Ivy Hale")]
    public void CoupleUnderTheSurnameTheyShare_InAListOnALine_IsTwoPeople(string attendance, string expected)
    {
        var draft = Read("Brookside Residents' Association\nMinutes of the committee meeting held on 14 May 2024\n\n" + attendance
            + "Apologies: Tom Reid\n\n1. Minutes of the last meeting\nApproved.\n\n2. Street lighting\nThe committee agreed to write to the council.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(expected.Split('|'), ignoreOrder: true);
    }

    [Theory]
    [InlineData("Present: Members: Ruth Okafor, Peter mcallister, Dev Rana, Claire d’Arcy, Tom Hale\n")]
    [InlineData("Present\nRuth Okafor, Peter mcallister, Dev Rana, Tom Hale and Claire d’Arcy.\n")]
    public void NameTypedWithAWordInLowerCase_AmongTheNamesOfAListOnALine_IsStillAPerson(string attendance)
    {
        var draft = Read("Packaging Working Group\n\nMinutes of the call held on 4 August 2021\n\n" + attendance
            + "\n1. Release schedule\n\nThe group agreed to cut the release on Friday.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ruth Okafor", "Peter mcallister", "Dev Rana", "Claire d’Arcy", "Tom Hale"], ignoreOrder: true);
    }

    [Fact]
    public void HeadingAfterTheRoll_WithAGivenNameBeforeAnd_IsNoCouple()
    {
        var draft = Read("Brookside Residents' Association\nMinutes of the committee meeting held on 14 May 2024\n\n"
            + "Present:\nDana Ruiz\nOwen Black\nRose and Crown Lease\nThe committee reviewed the lease of the car park.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Dana Ruiz", "Owen Black"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Present: Cllrs A Frost (Chair), B Lowe, D Marsh and E\nPike\nMembers of the Public: Mr Hurst, Mrs Vale\n", "A Frost|B Lowe|D Marsh|E Pike|Mr Hurst|Mrs Vale")]
    [InlineData("Present\nCouncillors A Frost (Chair), B Lowe, D Marsh and E Pike\nMembers of the Public Mr Hurst, Mrs Vale, Mr\nOsborne and Mr Quinn\n", "A Frost|B Lowe|D Marsh|E Pike|Mr Hurst|Mrs Vale|Mr Osborne|Mr Quinn")]
    public void ListWrappedAfterATitleOrAnInitial_JoinsTheSurnameOnTheNextLine(string attendance, string expected)
    {
        var draft = Read("Thornby Parish Council\nMinutes of the meeting held on 2 June 2025\n\n" + attendance
            + "\nApologies: Cllr F Rowe\n\n25.06.1 Declarations of interest\nNone.\n\n25.06.2 Minutes\nThe minutes were approved and signed.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(expected.Split('|'), ignoreOrder: true);
    }

    [Theory]
    [InlineData("Present:\n- Ruth Okafor\n- Dev Rana\n\nFrank discussion\n")]
    [InlineData("Present:\nRuth Okafor\nDev Rana\nGrant applications\n")]
    public void HeadingInLowerCaseAfterTheRoll_OpeningWithAGivenName_IsNoPerson(string attendance)
    {
        var draft = Read("Packaging Working Group\n\nMinutes of the call held on 4 August 2021\n\n" + attendance
            + "The group reviewed twelve applications and agreed to fund four.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ruth Okafor", "Dev Rana"], ignoreOrder: true);
    }

    [Fact]
    public void GridOfNamesEachWithItsOwnInitials_IsOnePersonEach_ThoughTheGazetteerKnowsNotTheGivenName()
    {
        var draft = Read("Minutes\nHolt Neighbourhood Plan Working Group Meeting\nDate: 19 October 2014\n\n"
            + "Present:\nJane Archer (JA)\tAlan Caudwell (AC) Robert Gegg (RG)\tKaren Hughes (KH)\nKate Kay (KK)\tHelen Knuckle (HK) Jolyon Neely (JN)\tJo Payne (JP)\n"
            + "Apologies:\nPolly Gegg (PG)\tJude Smith (JS)\n\nPoints discussed\n1. KK presented a proposal for an outline schedule.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Jane Archer", "Alan Caudwell", "Robert Gegg", "Karen Hughes", "Kate Kay", "Helen Knuckle", "Jolyon Neely", "Jo Payne"]);
        draft.Attendees.ShouldAllBe(a => a.Organisation == null);
    }

    [Fact]
    public void LongRollAfterPresentWithoutAColon_IsReadThoughItsLastEntryRunsOn()
    {
        var draft = Read("MARSH TOWN TRUST REGISTERED CHARITY NO 123456\nAPPROVED MINUTES 9 NOVEMBER 2016\n\n"
            + "Present Mr P Ellis (PE), Mr R Stone (RS), Mrs G Parker (GP), Mr R Penn (RP), Mr N Bates (NB), Mr P Lowe (PL), Mr S Hart (SH), Mr C Fry (CF), & Mr P Hale (PH) Mrs B Moss Honorary Clerk\n(BM)\n\n"
            + "1.\tChair\nRS opened the meeting\n\n2.\tApologies for absence\nNone\n\n3.\tApproval of minutes\nApproved.\n");

        draft.Attendees.Select(a => a.Name).ShouldContain("Mr R Stone");
        draft.Attendees.Select(a => a.Name).ShouldContain("Mr P Hale");
        draft.Attendees.Count.ShouldBeGreaterThanOrEqualTo(9);
    }

    [Theory]
    [InlineData("Apologized")]
    [InlineData("Apologised")]
    public void VerbAsTheApologiesLabel_ListsThoseWhoSentApologies(string label)
    {
        var draft = Read("# Harbour Rowing Club members meeting 2025-02-10\n\nPresent: Wendy Marsh, Colin Frey, Priya Nand\n\n"
            + label + ": Oskar Lind, Beth Adair, Tom Quayle\n\n## Agenda\n- Boat shed repairs\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Oskar Lind", "Beth Adair", "Tom Quayle"]);
        draft.Attendees.Select(a => a.Name).ShouldBe(["Wendy Marsh", "Colin Frey", "Priya Nand"]);
    }

    [Fact]
    public void TableOfPeopleUnderTheFollowingPeopleWerePresent_ReadsTheNameColumn()
    {
        var draft = Read("<html><body><h1>Lakeside Astronomy Society</h1><p>Minutes of the meeting of 4 March 2025</p>"
            + "<p>The following people were present:</p><table>"
            + "<tr><th>Name</th><th>Member No</th><th>Position</th><th>Telescope</th></tr>"
            + "<tr><td>Nora Fielding</td><td>A-114</td><td>President</td><td>Dobsonian</td></tr>"
            + "<tr><td>Callum Price</td><td>A-201</td><td>Member</td><td>Refractor</td></tr>"
            + "<tr><td>Ines Varga</td><td>A-087</td><td>Guest</td><td></td></tr>"
            + "</table><p><strong>Opening:</strong> The meeting was opened at 19:30.</p></body></html>", "minutes.html");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Nora Fielding", "Callum Price", "Ines Varga"]);
        draft.Attendees.ShouldAllBe(a => a.Organisation == null);
    }

    [Theory]
    [InlineData("Attending members")]
    [InlineData("Directors attending:")]
    public void AttendingBeforeOrAfterTheMembers_LabelsTheListOfThosePresent(string label)
    {
        var draft = Read("<html><body><h1>Open Format Board</h1><p>Minutes, 3 June 2025</p><p><b>" + label + "</b></p>"
            + "<ul><li>Hanna Berg</li><li>Luis Ortega</li><li>Mei Tanaka</li></ul>"
            + "<p><b>Minutes</b></p><p>The board reviewed the schema changes.</p></body></html>", "minutes.html");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Hanna Berg", "Luis Ortega", "Mei Tanaka"]);
    }

    [Theory]
    [InlineData("Attendees: GW, RT, HB, LM (from 6:15)\n")]
    [InlineData("### Attendees\n\nGW RT HB LM\n")]
    [InlineData("## Attendees\nMembers who attended:\n\n- GW - Chair\n- RT\n- HB\n- LM\n")]
    public void MembersListedByInitialsAlone_AreEachAnAttendee(string attendance)
    {
        var draft = Read("# Tool library steering group 2025-03-18\n\n" + attendance + "\n## Notes\n- GW will renew the insurance.\n", "minutes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["GW", "RT", "HB", "LM"]);
    }

    [Fact]
    public void LowerCaseInitialsBetweenCommas_AreEachAnAttendee()
    {
        var draft = Read("# Cooperative board meeting - 9 May 2024\n\nAttending:  ab, kt, rw, jn (late)\nNotetaker:  ab\n\n## Notes\n- We have a quorum.\n", "minutes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["ab", "kt", "rw", "jn"], ignoreOrder: true);
    }

    [Fact]
    public void LabelInCapitalsInTheMiddleOfAWrappedRollOfNames_HeadsTheWholeRoll()
    {
        var draft = Read("Riverside Curling Club Board Meeting Minutes\n\n3/11/2024\t7:30 PM\tCLUB HOUSE\n\n"
            + "Annie Lowther, Tomas Hallberg, Josie Hartley, MEMBERS PRESENT Raymond Stone, Ellie Brandt, Marcus\nQuigley, Nadia Fenwick\n"
            + "MEMBERS ABSENT Susan Bellamy\nCALLED TO ORDER 7:30 PM\n\nAPPROVAL OF PREVIOUS MINUTES\n"
            + "Motion to approve February Minutes: Stone/Brandt; carried unanimously\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Annie Lowther", "Tomas Hallberg", "Josie Hartley", "Raymond Stone", "Ellie Brandt", "Marcus Quigley", "Nadia Fenwick"]);
    }

    [Fact]
    public void GridOfNamesSetInATableUnderTheLabel_IsOnePersonACell()
    {
        var draft = Read("<html><body><h1>Harbourside Residents Association</h1><p>Minutes of Committee Meeting</p><p>Thursday 3 March 2016 at 18:00</p>"
            + "<p>Members present:</p><table><tr><td>Jonah Dent (JD)</td><td>Rupert Evans (RE)</td></tr><tr><td>Lena Sutter (LS)</td><td>Walter Whyte (WW)</td></tr>"
            + "<tr><td>Kirsty Wragg (KW)</td><td></td></tr></table><p>(Quorum confirmed)</p><p>Previous Minutes</p><p>It was agreed that the minutes be accepted.</p></body></html>", "minutes.html");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Jonah Dent", "Rupert Evans", "Lena Sutter", "Walter Whyte", "Kirsty Wragg"]);
        draft.Attendees[1].Organisation.ShouldBeNull();
    }

    [Fact]
    public void ExcusedInAListOfAbsences_SentApologies_TheOthersAreInNeitherList()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("CEDAR VALLEY LIBRARY DISTRICT\nBOARD OF TRUSTEES\nJanuary 17, 2023\n\n"
            + "ROLL CALL\nTrustees present: Maria Alvarez, Dennis Cho, Rachel Green\nTrustees absent: Beth Nolan (excused), Tim Ross\n\n"
            + "APPROVAL OF AGENDA\nThe agenda was approved.\n"), "minutes.txt");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Maria Alvarez", "Dennis Cho", "Rachel Green"]);
        draft.Apologies.Select(a => (a.Name, a.Role)).ShouldBe([("Beth Nolan", (string?)null)]);
    }

    [Theory]
    [InlineData("PTA Exec present: Nora Quill, Idris Bane, Fenella Shaw\nParents and Carers Present: Otto Wren\n")]
    [InlineData("Attendance: Board members present: Nora Quill, Idris Bane, Fenella Shaw, Otto Wren\n")]
    [InlineData("Volunteer staff in attendance: Nora Quill, Idris Bane\nAttending members were:\n    Fenella Shaw\n    Otto Wren\n")]
    public void PresenceLabelNamingAnyGroup_ListsThoseWhoCame(string attendance)
    {
        var draft = Read("Brookfield Primary Parents' Association\nMinutes of the meeting held on 14 May 2025\n\n" + attendance
            + "Regrets: Lila Brandt\n\n1. Minutes of the last meeting\nApproved.\n\n2. Summer fair\nThe fair will be held on 5 July.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Nora Quill", "Idris Bane", "Fenella Shaw", "Otto Wren"], ignoreOrder: true);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Lila Brandt"]);
    }

    [Theory]
    [InlineData("Quorum present: yes\nNumber present: 14\n")]
    [InlineData("Not all members present: the vote was deferred.\n")]
    public void PresenceLabelOverACountOrASentence_ListsNobody(string line)
    {
        var draft = Read("Brookfield Primary Parents' Association\nMinutes of the meeting held on 14 May 2025\n\n" + line
            + "\n1. Minutes of the last meeting\nApproved.\n");

        draft.Attendees.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Present: Rhoda Finch, Amos Tull. Petra Lowe, Silas Grey, Ivy Marsh\nApologies: Hugh Dale, Nell Ash. Tobias Crane\n")]
    [InlineData("Attendance: Rhoda Finch (Chair), Amos Tull, Petra Lowe. Silas Grey, Ivy Marsh. 12 residents joined by video.\nApologies: Hugh Dale, Nell Ash, Tobias Crane\n")]
    public void FullStopBetweenNamesOfAListOnOneLine_EndsAnEntryNotTheList(string attendance)
    {
        var draft = Read("Millbrook Allotment Society\nMinutes of the committee meeting held on 9 April 2025\n\n" + attendance
            + "\n1. Minutes of the last meeting\nApproved.\n\n2. Water troughs\nThe committee agreed to replace two troughs.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Rhoda Finch", "Amos Tull", "Petra Lowe", "Silas Grey", "Ivy Marsh"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Hugh Dale", "Nell Ash", "Tobias Crane"]);
    }

    [Fact]
    public void FullStopOfAnAbbreviationOrAnInitialInAList_StaysInTheName()
    {
        var draft = Read("Millbrook Allotment Society\nMinutes of the committee meeting held on 9 April 2025\n\n"
            + "Present: Mrs. Rhoda Finch, Amos Tull, St. John Lowe, A. Grey\n\n1. Minutes of the last meeting\nApproved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Mrs. Rhoda Finch", "Amos Tull", "St. John Lowe", "A. Grey"]);
    }

    [Fact]
    public void MembersOfThePublicAfterTheFullStopOfTheList_AreListedAsGuests()
    {
        var draft = Read("Minutes of a meeting of Fernbrook Community Council held on Monday 2nd June 2025 at 7.00pm in the Village Hall.\n\n"
            + "Present: Chairman Cllr Mrs Hale, Cllrs Ross, Pym, Dunn and the Clerk. Members of the public – Mr. T. Varley.\n\n"
            + "301. Police Report: No report.\n");

        draft.Attendees.Select(a => a.Name).ShouldContain("Mr. T. Varley");
        draft.Attendees.Single(a => a.Name == "Mr. T. Varley").Role.ShouldBe("Guest");
        draft.Attendees.Select(a => a.Name).ShouldNotContain(n => n.Contains("Members", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Present:\nRhoda Finch – Chairman\tClerk: Amos Tull\nPetra Lowe\nSilas Grey\n", "Clerk")]
    [InlineData("CHAIRMAN: Rhoda Finch\tCLERK: Amos Tull\n\nPresent: Cllrs Rhoda Finch, Petra Lowe and Silas Grey\n", "Clerk")]
    [InlineData("Present: Cllrs Rhoda Finch, Petra Lowe and Silas Grey\nIn attendance: The clerk: Amos Tull\n", "Clerk")]
    [InlineData("Members present: Rhoda Finch, Petra Lowe, Silas Grey\n\nMinutes recorded by: Amos Tull\n", "Minute taker")]
    public void HolderOfAPostNamedBesideTheAttendance_WasPresentInThatPost(string attendance, string role)
    {
        var draft = Read("Millbrook Parish Council\nMinutes of the meeting held on 9 April 2025\n\n" + attendance
            + "\n1. Apologies\nNone.\n\n2. Minutes of the last meeting\nApproved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Rhoda Finch", "Petra Lowe", "Silas Grey", "Amos Tull"], ignoreOrder: true);
        draft.Attendees.Single(a => a.Name == "Amos Tull").Role.ShouldBe(role);
    }

    [Fact]
    public void ChairNamedAtTheHeadOfThePage_IsNoAttendeeUnlessListed()
    {
        var draft = Read("Millbrook Parish Council\nCHAIRMAN: Mr. Hugo Penn\tCLERK: Mr. Amos Tull\n\nMinutes of the meeting held on 9 April 2025\n\n"
            + "Present: Rhoda Finch, Petra Lowe, Silas Grey\nClerk - Amos Tull\nApologies: Hugo Penn\n\n1. Minutes of the last meeting\nApproved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Rhoda Finch", "Petra Lowe", "Silas Grey", "Amos Tull"], ignoreOrder: true);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Hugo Penn"]);
    }

    [Fact]
    public void TableInAPdf_WhoseCellsStandCloserThanAColumnGap_IsReadByItsColumns()
    {
        var pdf = SampleDocuments.PdfInColumns(
            ["Digital Inclusion Partnership", "Minutes of the meeting held on 5 March 2025", "", "Present", "Name\tOrganisation\tRole",
                "Gemma Hollis\tWestshire Council\tChair", "Raj Bhatt\tCitizens Advice", "Olu Adebayo\tNHS Westshire", "",
                "1. Minutes of the last meeting", "The minutes were agreed."],
            40, 115, 215);

        var draft = DocumentImporter.ReadMinutes(pdf, "minutes.pdf");

        draft.Attendees.Select(a => (a.Name, a.Organisation, a.Role)).ShouldBe(
            [("Gemma Hollis", "Westshire Council", "Chair"), ("Raj Bhatt", "Citizens Advice", (string?)null), ("Olu Adebayo", "NHS Westshire", null)]);
    }

    [Theory]
    [InlineData("The meeting was called to order at 7:00 PM by Club President, Ruth Calloway.\n", "Ruth Calloway")]
    [InlineData("Ruth Calloway took the chair and welcomed two visitors.\n", "Ruth Calloway")]
    [InlineData("The meeting was called to order by Vice President Ruth in the President's absence.\n", "Ruth")]
    public void WhoOpenedTheMeeting_ThoughLeftOutOfTheList_WasPresentInTheChair(string opening, string chair)
    {
        var draft = Read("Lakeside Rowing Club Committee\nMinutes of the meeting held on 14 May 2025\n\n" + opening
            + "\nPresent: Owen Harker, Priya Nandi, Tom Ellery\n\n1. Minutes of the last meeting\nApproved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Owen Harker", "Priya Nandi", "Tom Ellery", chair], ignoreOrder: true);
        draft.Attendees.Single(a => a.Name == chair).Role.ShouldBe("Chair");
    }

    [Theory]
    [InlineData("The meeting was called to order by the Chair, Dr. Owen Harker, at 7pm.\n\nPresent: Owen Harker, Priya Nandi, Tom Ellery\n", "Owen Harker|Priya Nandi|Tom Ellery")]
    [InlineData("Meeting called to order by Owen Harker at 19:00 UTC.\n\nPresent: Owen, Priya, Tom\n", "Owen|Priya|Tom")]
    [InlineData("Meeting called to order by President Owen Harker at 19:00.\n", "")]
    public void WhoOpenedTheMeeting_IsNoSecondAttendee_NorARollWhereTheMinutesKeepNone(string opening, string present)
    {
        var draft = Read("Lakeside Rowing Club Committee\nMinutes of the meeting held on 14 May 2025\n\n" + opening
            + "\n1. Minutes of the last meeting\nApproved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(present.Split('|', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("Chair Okafor called the meeting to order at 7:02 p.m. Present were members Lindqvist, Okafor, Brandt-\nMoreau, and Tully. Absent was member Ferris.\n", "Lindqvist|Okafor|Brandt-Moreau|Tully")]
    [InlineData("The committee met in the library annexe on March 3, 2025.\n\nThose attending were Hana Whitlock, Ivo Petrov,\nMaud Ellison, and Rafe Dunmore.\n", "Hana Whitlock|Ivo Petrov|Maud Ellison|Rafe Dunmore")]
    public void RollWrittenAsASentenceOfTheOpeningParagraph_NamesThosePresent(string opening, string present)
    {
        var draft = Read("Harbourside Arts Commission\nMinutes of the regular meeting, March 3, 2025\n\n1. CALL TO ORDER\n" + opening
            + "\n2. APPROVAL OF MINUTES\nThe minutes were approved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(present.Split('|'), ignoreOrder: true);
    }
}
