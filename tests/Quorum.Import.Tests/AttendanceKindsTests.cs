using System.Text;
using Quorum.Import.Minutes;

namespace Quorum.Import.Tests;

/// <summary>The ways minutes record who was present and who sent apologies, each from a short document.</summary>
public class AttendanceKindsTests
{
    private static MinutesDraft Read(string text, string name = "minutes.txt") =>
        DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), name);

    [Fact]
    public void InlinePresentList_EndsAtItsLine()
    {
        var draft = Read("Minutes of the Garden Club committee, 3 May 2022\n\nPresent: Ann Lee, Tom Reid\nMatters Arising\nThe hedge was cut.\n"
            + "Treasurers Report\nFunds stand at 300.\nAny Other Business\nNone.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid"]);
    }

    [Fact]
    public void InlineListCarriedOverALine_IsReadWhole()
    {
        var draft = Read("Minutes of the Garden Club committee, 3 May 2022\n\nPresent: Ann Lee, Tom Reid,\nRuth Shaw and Ben Ives\nMatters Arising\nNone.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid", "Ruth Shaw", "Ben Ives"]);
    }

    [Fact]
    public void InlineTabbedEntry_GoesOnOneLineAPerson()
    {
        var draft = Read("Minutes of the Board meeting 1 May 2020\nPresent:\tAnn Lee\tCouncil A\n\tTom Reid\tCouncil B\nMatters Arising\nNone.\n");

        draft.Attendees.Select(a => (a.Name, a.Organisation)).ShouldBe([("Ann Lee", "Council A"), ("Tom Reid", "Council B")]);
    }

    [Theory]
    [InlineData("__Registered guests present__\n\n* Ruth Shaw (rshaw)\n* Ben Ives\n")]
    [InlineData("Guests present:\n\n* Ruth Shaw\n* Ben Ives\n")]
    [InlineData("VISITORS IN ATTENDANCE\nRuth Shaw\nBen Ives\n")]
    [InlineData("Guests in attendance: Ruth Shaw, Ben Ives\n")]
    public void GuestsNamedByTheWordOfPresence_AreAttendeesWithTheGuestRole(string guests)
    {
        var draft = Read("# Board meeting, May 4th, 2021\n\n__Board members present__\n\n* Ann Lee (alee) (President)\n* Tom Reid (treid)\n\n"
            + guests + "\n## Treasurer's report\n\nFunds stand at 300.\n", "minutes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid", "Ruth Shaw", "Ben Ives"]);
        draft.Attendees.Where(a => a.Name is "Ruth Shaw" or "Ben Ives").Select(a => a.Role).ShouldBe(["Guest", "Guest"]);
    }

    [Theory]
    [InlineData("Apologies: None\nMatters Arising\nThe hedge was cut.\n")]
    [InlineData("APOLOGIES\nNone\nMATTERS ARISING\nThe hedge was cut.\n")]
    [InlineData("Apologies\nNil\nCorrespondence\nA letter from the county.\n")]
    [InlineData("Apologies: None received\nMatters Arising\nThe hedge was cut.\n")]
    [InlineData("2. Apologies for absence\nThere were none.\n3. Highways\nThe potholes were reported.\n")]
    [InlineData("Apologies for absence\nThe chairman welcomed everyone to the meeting.\nGarden Waste\nThe bins were emptied.\n")]
    public void ApologiesNone_ListNobody_AndStopBeforeTheNextItem(string apologies)
    {
        var draft = Read("Minutes of Milltown Parish Council, 4 March 2019\n\nPresent: Cllr A Jones (Chair), Cllr B Brown\n\n" + apologies);

        draft.Apologies.ShouldBeEmpty();
        draft.Attendees.Select(a => a.Name).ShouldBe(["Cllr A Jones", "Cllr B Brown"]);
    }

    [Fact]
    public void ApologiesOneALine_StopAtTheNextItemTitle()
    {
        var draft = Read("Minutes of Milltown Parish Council, 4 March 2019\n\nPresent: Cllr A Jones (Chair), Cllr B Brown\n\n"
            + "Apologies\nCllr Mrs P White\nCllr T Green\nDeclarations of Interest\nNone.\nMatters Arising\nPot Holes\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Cllr Mrs P White", "Cllr T Green"]);
    }

    [Fact]
    public void ApologiesReceivedAndAccepted_GiveTheNames()
    {
        var draft = Read("Minutes of Milltown Parish Council, 4 March 2019\n\nPresent: Cllr A Jones (Chair), Cllr B Brown\n\n"
            + "1. Apologies for absence\nApologies were received and accepted from Cllr C Green and Cllr D Black.\n2. Matters Arising\nNone.\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Cllr C Green", "Cllr D Black"]);
    }

    [Fact]
    public void SerialComma_AndRolesBeforeNames_GiveBareNames()
    {
        var draft = Read("Port Commission Meeting, April 19, 2018\n\nCommissioners Present:  President Rob Bishop, Secretary / Treasurer Jan Power, Joe Rohleder, and Chuck Pavlik were present.\n\n1. Consent calendar\nApproved.\n");

        draft.Attendees.Select(a => (a.Name, a.Role)).ShouldBe([("Rob Bishop", "President"), ("Jan Power", "Secretary"), ("Joe Rohleder", null), ("Chuck Pavlik", null)]);
    }

    [Fact]
    public void SurnamesListedByABoard_AreAttendees()
    {
        var draft = Read("Minutes of the Board of Directors, 30 November 2016\n\nDirectors in Attendance: Bloom, Bruna, Ferguson, Fox\nRegrets: Dillo, Fenner, Hodson\n\n2. Approval of minutes\nApproved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Bloom", "Bruna", "Ferguson", "Fox"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Dillo", "Fenner", "Hodson"]);
    }

    [Fact]
    public void OfficesBeforeSurnames_AbsentExcused_AndAGuestsPost_AreReadAsAClerkMeansThem()
    {
        var draft = Read("COMMISSION ON DISABILITY ISSUES\nMEETING MINUTES OF\nJanuary 29, 2007\n\nPRESENT: Berger, Bunker, Cooney, Chair Lord-Hausman, and Vice-Chair\nMoore\n\n"
            + "ABSENT/EXCUSED: Fort, Hakanson, Kirola\n\nGUESTS: Lucretia Akil, Assistant Risk Manager\n\nNEW BUSINESS:\n\n1. Grand Marina Master Plan:\n\nThe secretary informed the Commission.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Berger", "Bunker", "Cooney", "Lord-Hausman", "Moore", "Lucretia Akil"]);
        draft.Attendees.Where(a => a.Role is not null).Select(a => (a.Name, a.Role)).ShouldContain(("Lord-Hausman", "Chair"));
        draft.Apologies.Select(a => a.Name).ShouldBe(["Fort", "Hakanson", "Kirola"]);
    }

    [Fact]
    public void RollCallLabel_WithPresentInside_ListsThoseNamed()
    {
        var draft = Read("Minutes of the\nMILLTOWN LIBRARY BOARD MEETING\nWEDNESDAY, JULY 11, 2012\n\nROLL CALL:\tPresent:\tCatherine Atkin, Nancy Lewis and Gail Wetzork\n\nCONSENT CALENDAR\n\nApproved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Catherine Atkin", "Nancy Lewis", "Gail Wetzork"]);
    }

    [Fact]
    public void RollCallInANumberedItem_ListsThosePresent()
    {
        var draft = Read("SUMMARY OF MILLTOWN CITY COUNCIL MEETING\n\nJanuary 14, 2022\n\n22-0073 1. ROLL CALL: Present: Cownie, Boesen, Mandelbaum and Voss. Absent: Gatto.\n\n"
            + "22-0074 2. APPROVING AGENDA: Moved by Boesen. Motion Carried 4-0.\n\n22-0075 3. Cold weather. Moved by Voss to open the shelters. Motion Carried 4-0.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Cownie", "Boesen", "Mandelbaum", "Voss"]);
    }

    [Fact]
    public void GridOfNames_GivesEveryName()
    {
        var draft = Read("Board Meeting Minutes: October 19, 2017\n\nATTENDING\nLucy Appert\tMathilde Guerin\tJohn Lewis\nCheryl Brown\tJim Helwig\n\nApologies in Advance: David Ackerman\n\nFinance Reports\nA small deficit.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Lucy Appert", "Mathilde Guerin", "John Lewis", "Cheryl Brown", "Jim Helwig"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["David Ackerman"]);
    }

    [Theory]
    // A given name the gazetteer does not know, in the middle of a row, at its end, and in a short last row.
    [InlineData("ATTENDING\nAnn Lee\tKenji Sato\tTom Reid\nRuth Shaw\tBen Ives\n", new[] { "Ann Lee", "Kenji Sato", "Tom Reid", "Ruth Shaw", "Ben Ives" })]
    [InlineData("Present:\nAnn Lee        Tom Reid        Kenji Sato\nRuth Shaw      Ben Ives\n", new[] { "Ann Lee", "Tom Reid", "Kenji Sato", "Ruth Shaw", "Ben Ives" })]
    [InlineData("Present:\nAnn Lee\tTom Reid\tRuth Shaw\nBen Ives\tAdaeze Okafor\n", new[] { "Ann Lee", "Tom Reid", "Ruth Shaw", "Ben Ives", "Adaeze Okafor" })]
    public void GridOfNames_ReadsAFullNameWhoseGivenNameIsUnknown(string roll, string[] expected)
    {
        var draft = Read("Board Meeting Minutes: 4 March 2024\n\n" + roll + "\nApologies: Joan Hill\n\nFinance Report\nA small deficit.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(expected);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Joan Hill"]);
    }

    [Fact]
    public void GridOfNames_KeepsARowOfOtherCellsOutOfTheRoll()
    {
        var draft = Read("Board Meeting Minutes: 4 March 2024\n\nPresent:\nAnn Lee\tTom Reid\tRuth Shaw\n\nFinance Report\tBudget Review\tNew Business\nA small deficit.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid", "Ruth Shaw"]);
    }

    [Fact]
    public void GridOfNamesAndPosts_KeepsThePostsOutOfTheRoll()
    {
        var draft = Read("Community Council Minutes, 4 March 2024\n\nMembers Present:\nAnn Lee             Convenor CC\nTom Reid            Member CC\n\n"
            + "Apologies:\nRuth Shaw           Treasurer CC\n\nFinance Report\nA small deficit.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Ruth Shaw"]);
    }

    [Fact]
    public void OneParagraphAPerson_GoesOnPastNamesTheGazetteerDoesNotKnow()
    {
        var draft = Read("# Community Group video call, 10 December 2019\n\n#### Introduction of attendees\n\nDerek Schuff\n\nJay Phelps\n\nKieth Miller\n\nRick\n\nLars Hansen\n\n### Proposals\n\nThe group discussed the proposal.\n", "minutes.md");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Derek Schuff", "Jay Phelps", "Kieth Miller", "Rick", "Lars Hansen"]);
    }

    [Fact]
    public void TitleWrittenOnceBeforeAList_IsTheListsLabel()
    {
        var draft = Read("Milburn Parish Council - 7th January 2020\n\nPresent\nCouncillors D Richardson (Chair) N Cresswell and P Moran\n\n20.01.01 Apologies\nCouncillor M Armstrong and A Armstrong, EDC\n\n20.01.02 Minutes\nApproved.\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["M Armstrong", "A Armstrong"]);
    }

    [Fact]
    public void AbsentWithoutApology_IsInNeitherList()
    {
        var draft = Read("Minutes of the Board of Directors, 9 July 2020\n\nPresent: Ann Lee, Tom Reid\nAbsent: Bob Hart, Carl Wood\nApologies: Sue Green\n\n2. Approval of minutes\nApproved.\n");

        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid"]);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Sue Green"]);
    }

    [Fact]
    public void AbsentWithApologies_IsAnApology_AndAbsentWithoutNoticeIsNot()
    {
        var draft = Read("Board Meeting Minutes: October 19, 2017\n\nPresent: Ann Lee, Tom Reid\nAbsent (with apologies): David Ackerman\nAbsent w/o notice: Tim Carroll\n\nFinance Reports\nA small deficit.\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["David Ackerman"]);
        draft.Attendees.Select(a => a.Name).ShouldBe(["Ann Lee", "Tom Reid"]);
    }

    [Fact]
    public void ListOfFullNames_TheGazetteerDoesNotAllKnow_GivesEveryName()
    {
        var draft = Read("Minutes of Milltown Parish Council, 10 July 2019\n\nPresent: Cllrs Paul Rochford (Chair), Gary O'Leary\n\n27. APOLOGIES FOR ABSENCE\nCllrs Magda Atkins and Niki Gordon\n\n28. DECLARATIONS OF INTEREST\nNone.\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Magda Atkins", "Niki Gordon"]);
    }

    [Fact]
    public void NameAndOrganisation_AreNotReadAsTwoPeople()
    {
        var draft = Read("# TAC meeting, 10 October 2018\n\n## Attendees\n\n* John Smith, Sony Pictures Imageworks\n* Mary Jones, Double Negative\n\n## Notes\n\nThe group met.\n", "minutes.md");

        draft.Attendees.Select(a => (a.Name, a.Organisation)).ShouldBe([("John Smith", "Sony Pictures Imageworks"), ("Mary Jones", "Double Negative")]);
    }

    [Fact]
    public void ReasonForAbsence_IsNoPartOfTheName()
    {
        var draft = Read("Minutes of Milltown Parish Council, 4 March 2019\n\nPresent: Cllr A Jones (Chair), Cllr B Brown\n\n"
            + "Apologies: Cllr C Green who was on holiday, and Cllr D Black due to work commitments\n\n2. Matters Arising\nNone.\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Cllr C Green", "Cllr D Black"]);
    }

    [Theory]
    [InlineData("Commissioners present: Rob Bishop, Jan Power and Joe Rohleder were present. Ann Lee was excused.\n")]
    [InlineData("Present: Rob Bishop, Jan Power, Joe Rohleder\nAnn Lee sent her apologies.\n")]
    [InlineData("Present: Rob Bishop, Jan Power, Joe Rohleder\n\nThere was an apology from Ann Lee.\n")]
    public void ApologyToldInASentence_NamesThePerson(string attendance)
    {
        var draft = Read("Port Commission Meeting, April 16, 2020\n\n" + attendance + "\n1. Consent calendar\nApproved.\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Ann Lee"]);
        draft.Attendees.Select(a => a.Name).ShouldBe(["Rob Bishop", "Jan Power", "Joe Rohleder"]);
    }

    [Fact]
    public void CollectiveLabel_MakesAListOfNamesTheGazetteerDoesNotKnow()
    {
        var draft = Read("Minutes of Milltown Parish Council, 12 April 2018\n\nPRESENT: Cllrs Magda Atkins, Roger Morris\n\n01. APOLOGIES FOR ABSENCE\n\nApologies were received from Cllrs Haidy Blake and Shobha Edgell.\n\n02. DECLARATIONS OF INTEREST\nNone.\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Haidy Blake", "Shobha Edgell"]);
    }

    [Fact]
    public void PresentFromAnOrganisation_GivesEachPersonListedThatOrganisation()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("Riverside PMB Meeting\n22 January 2016\n\n"
            + "Present from SNS: Ann Lee (AL), Tom Brown (TB), and Jo Hart (secretary)\nPresent from ISIS: Ray Stone (RS) (Chair), Nick Dale\nPresent from ESS: Jon Taylor\n\nLinks to reports\nNone.\n"), "minutes.txt");

        draft.Attendees.Select(a => (a.Name, a.Organisation)).ShouldBe([
            ("Ann Lee", "SNS"), ("Tom Brown", "SNS"), ("Jo Hart", "SNS"), ("Ray Stone", "ISIS"), ("Nick Dale", "ISIS"), ("Jon Taylor", "ESS"),
        ]);
        draft.Attendees.Single(a => a.Name == "Ray Stone").Role.ShouldBe("Chair");
    }

    // Parish and community council conventions, and the ways of writing apologies, each written small.
    private const string Parish = "Minutes of Milltown Parish Council, 4 March 2019\n\n";

    private const string Items = "\n1. Declarations of interest\nNone.\n2. Highways\nThe potholes were reported.\n";

    [Fact]
    public void CllrsBeforeAList_GivesBareSurnames()
    {
        var draft = Read(Parish + "Present: Cllrs Abbott, Baker and Cole\n" + Items);

        draft.Attendees.Select(a => a.Name).ShouldBe(["Abbott", "Baker", "Cole"]);
    }

    [Fact]
    public void CllrWithHonorificAndChair_KeepsTheTitleInTheName()
    {
        var draft = Read(Parish + "Present: Cllr Mrs D Smith (Chair), Cllr J Brown\n" + Items);

        draft.Attendees.Select(a => a.Name).ShouldBe(["Cllr Mrs D Smith", "Cllr J Brown"]);
        draft.Attendees[0].Role.ShouldBe("Chair");
    }

    [Fact]
    public void TheClerkInAttendance_HasTheClerkRole_AndTheMembersOfThePublicAreNobody()
    {
        var draft = Read(Parish + "Present: Cllr A Jones (Chair), Cllr B Brown\nIn attendance: the Clerk, Mrs P White; 3 members of the public\n" + Items);

        draft.Attendees.Select(a => a.Name).ShouldBe(["Cllr A Jones", "Cllr B Brown", "Mrs P White"]);
        draft.Attendees.Single(a => a.Name == "Mrs P White").Role.ShouldBe("Clerk");
    }

    [Theory]
    [InlineData("Apologies received and accepted from Cllrs Abbott and Baker.\n")]
    [InlineData("Apologies for absence were received from Cllrs Abbott and Baker.\n")]
    [InlineData("Apologies were received from Cllr Abbott (work commitments) and Cllr Baker.\n")]
    [InlineData("Absent with apologies: Cllr Abbott, Cllr Baker\n")]
    [InlineData("Apologies & absences: Cllr Abbott, Cllr Baker\n")]
    public void ApologiesWrittenInCouncilWays_GiveTheNames(string apologies)
    {
        var draft = Read(Parish + "Present: Cllr A Jones (Chair), Cllr B Brown\n" + apologies + Items);

        draft.Apologies.Select(a => a.Name.Replace("Cllr ", string.Empty, StringComparison.Ordinal)).ShouldBe(["Abbott", "Baker"]);
    }

    [Theory]
    [InlineData("Apologies: none\n")]
    [InlineData("Absent: Cllr C Hill\n")]
    [InlineData("Not present: Cllr C Hill\n")]
    public void NoApologies_OrAbsenceWithoutApology_ListNobody(string line)
    {
        var draft = Read(Parish + "Present: Cllr A Jones (Chair), Cllr B Brown\n" + line + Items);

        draft.Apologies.ShouldBeEmpty();
        draft.Attendees.Select(a => a.Name).ShouldBe(["Cllr A Jones", "Cllr B Brown"]);
    }

    [Fact]
    public void HonorificInACellOfItsOwn_JoinsTheNameBesideIt()
    {
        var draft = Read(Parish + "Present:\tCllr\tMrs D Smith (Chair)\n\tCllr\tJ Brown\n" + Items);

        draft.Attendees.Select(a => a.Name).ShouldBe(["Cllr Mrs D Smith", "Cllr J Brown"]);
    }
}
