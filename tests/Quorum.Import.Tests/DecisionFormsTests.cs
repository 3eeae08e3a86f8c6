using System.Text;
using Quorum.Import.Minutes;

namespace Quorum.Import.Tests;

/// <summary>Forms of decisions as other publishers write them, each read from a short document of its own.</summary>
public class DecisionFormsTests
{
    private static MinutesDraft Read(string text, string name = "minutes.txt") =>
        DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), name);

    private const string Parish = "MINUTES OF THE MEETING OF MILLTOWN PARISH COUNCIL HELD ON MONDAY 4TH MARCH 2019\n\n"
        + "Present: Cllr Mrs D Smith (Chair), Cllrs A Jones, B Brown and C Green\nIn attendance: Mrs J Black (Clerk)\n\n";

    [Theory]
    [InlineData("AGREED: that the Clerk orders two benches for the playing field.")]
    [InlineData("Resolved: to order two benches for the playing field.")]
    [InlineData("It was resolved that two benches be ordered for the playing field.")]
    [InlineData("It was proposed by Cllr Jones, seconded by Cllr Brown and agreed that two benches be ordered.")]
    [InlineData("The motion to order two benches for the playing field was carried.")]
    public void CouncilDecisionLabels_AreDecisions(string line)
    {
        var draft = Read(Parish + "19/02 Playing field\n" + line + "\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([line]);
    }

    [Theory]
    [InlineData("The Board agrees to keep the membership fee at its present level.")]
    [InlineData("All agree to publish the newsletter every quarter from now on.")]
    [InlineData("Consensus that the newsletter is published every quarter from now on.")]
    [InlineData("The general consensus was to publish the newsletter every quarter.")]
    [InlineData("Unanimous adoption of the minutes of the previous meeting")]
    [InlineData("The decision was made to publish the newsletter every quarter.")]
    [InlineData("Motion to publish the newsletter every quarter carried.")]
    public void PresentTenseConsensusAndUnanimousActs_AreDecisions(string line)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Newsletter\n"
            + "The editor reported on the spring issue.\n\n" + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([line]);
    }

    [Theory]
    [InlineData("- All - approved")]
    [InlineData("Agreed.")]
    public void BareAssent_OpeningAnItem_SettlesWhatTheTitleNames(string assent)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Approval of the previous minutes\n"
            + assent + "\n\n2. Treasurer's report\nThe treasurer presented the accounts.\n\n3. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([$"Approval of the previous minutes: {assent.TrimStart('-', ' ')}"]);
    }

    [Fact]
    public void MotionOutcome_AfterHowItWasVoted_StandsWithTheMotion()
    {
        var draft = Read("Minutes of the Parks Advisory Committee, 6 May 2021\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Trail signs\n"
            + "Member Lee moved that the Committee ask staff for new trail signs. Member Fox seconded. Upon voice vote, the motion carried unanimously 3-0.\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Member Lee moved that the Committee ask staff for new trail signs. Member Fox seconded. Upon voice vote, the motion carried unanimously 3-0."]);
    }

    [Fact]
    public void TheBoardAgreed_OverANumberedList_InPlainText()
    {
        var draft = Read("Minutes of the Board, 9 May 2013\n\nPresent: Jane Smith, Tom Brown\n\n1. Budget\nThe Board agreed:\n(a) to approve the 2013 budget;\n(b) to appoint a new auditor.\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["to approve the 2013 budget", "to appoint a new auditor."]);
    }

    [Fact]
    public void PlanningApplications_ObjectOrNoObjection_AreDecisions()
    {
        var draft = Read(Parish + "19/02 Planning\n19/00123/FUL 12 High Street - extension. Object.\n19/00145/HH Rose Cottage - garage. No objection.\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Count.ShouldBe(2);
    }

    [Fact]
    public void PlanningTable_WithTheCouncilsResponse_GivesADecisionPerApplication()
    {
        var draft = Read("# Milltown Parish Council minutes, 4 March 2019\n\nPresent: Cllr A Jones, Cllr B Brown\n\n## 5. Planning\n\n| Application | Site | Proposal | Response |\n|---|---|---|---|\n| 19/00123/FUL | 12 High Street | Rear extension | No objection |\n| 19/00145/HH | Rose Cottage | Garage | Object |\n", "minutes.md");

        draft.Decisions.Count.ShouldBe(2);
        draft.Decisions[0].Text.ShouldContain("19/00123/FUL");
        draft.Decisions[0].Text.ShouldContain("No objection");
    }

    [Fact]
    public void AgreeingSentence_InsideALongerParagraph_IsTakenAlone()
    {
        var draft = Read(Parish + "19/02 Beacon\nThe beacon for 11th November was to be in a field that can no longer be used, so other places were discussed at length by the members. It was agreed the Village Green was the best option so that all residents may attend. The Clerk will tell the residents.\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["It was agreed the Village Green was the best option so that all residents may attend."]);
    }

    [Fact]
    public void AgreeingSentence_AfterOneEndingInAQuote_IsTakenAlone()
    {
        var draft = Read(Parish + "19/02 Signs\nThe Chair suggested using the term “notice” rather than “sign” in the title. On another point, use the term “post” rather than “pole.” It was decided to leave it for now.\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["It was decided to leave it for now."]);
    }

    [Theory]
    [InlineData("Meeting Minutes: May 9, 2018 (approved July 10, 2018)")]
    [InlineData("Minutes of the Board, 4 March 2019 (adopted 1 April 2019)")]
    public void MinutesTitleStampedApproved_IsNoDecision(string title)
    {
        var draft = Read(title + "\n\nPresent: Jane Smith, Tom Brown\n\n1. Budget\nThe Board approved the 2019 budget.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["The Board approved the 2019 budget."]);
    }

    [Fact]
    public void PaymentsApproved_AreADecision()
    {
        var draft = Read(Parish + "19/02 Finance\nThe following payments were approved: Clerk salary £250.00; Grass cutting £570.00.\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.ShouldHaveSingleItem().Text.ShouldContain("payments were approved");
    }

    [Theory]
    [InlineData("Cllr Jones proposed that the precept be set at £20,000. This was seconded by Cllr Brown. For 5, Against 2 – carried.")]
    [InlineData("That the bus shelter be repaired. Carried.")]
    [InlineData("The Committee endorsed the footpath strategy.")]
    public void TalliesBareOutcomesAndEndorsements_AreDecisions(string line)
    {
        var draft = Read(Parish + "19/02 Business\n" + line + "\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([line]);
    }

    [Fact]
    public void LetteredEntriesRunTogether_AreDecisionsOfTheirOwn()
    {
        var draft = Read(Parish + "19/02 Policies\na. Sickness Absence Policy – agreed b. Attendance Policy - agreed c. Lettings Policy – deferred to May.\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Sickness Absence Policy – agreed", "Attendance Policy - agreed"]);
    }

    [Fact]
    public void PaymentsListedUnderAResolution_AreTheDecision()
    {
        var draft = Read(Parish + "19/02 Payments\nThe Councillors resolved to pay:\nMetcalfes £205.88 Scalpings\nG Johnston £864.00 Grass Cutting\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["The Councillors resolved to pay: Metcalfes £205.88 Scalpings; G Johnston £864.00 Grass Cutting"]);
    }

    [Theory]
    [InlineData("At the January 2018 meeting the Board approved carrying over the budget.")]
    [InlineData("Heather agreed.")]
    [InlineData("Cuellar agreed that the Port needs a plan for dredging.")]
    [InlineData("Cllrs Brown & Green agreed to put up the Christmas tree on the green.")]
    [InlineData("AJ, BB and CG agreed to be present at the site visit")]
    [InlineData("Cllr Jones (AJ) agreed to ask the owner of the field for access.")]
    [InlineData("As a first step, Cllr Green agreed to draft a summary of the lease.")]
    [InlineData("3. Cllr Brown agreed to stand for vice chairman next year.")]
    public void EarlierMeetingsAndPeopleAgreeing_AreNotDecisions(string line)
    {
        var draft = Read(Parish + "19/02 Business\n" + line + "\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.ShouldBeEmpty();
    }

    [Fact]
    public void AllAgreed_IsTheMeetingDeciding()
    {
        var draft = Read(Parish + "19/02 Business\nAll agreed that the hall should be repainted.\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["All agreed that the hall should be repainted."]);
    }

    [Fact]
    public void MotionWithItsRollCallVote_AndOutcome_IsOneDecision()
    {
        var draft = Read("Minutes of the Regular Meeting of the Board of Trustees\nWednesday, April 15, 2020\n\n1. Call to order\nDone.\n\n2. Approval of the agenda\n\n"
            + "MOTION: Trustee Richardson moved to approve the agenda as amended. Trustee\nDuRocher seconded.\nRoll call vote:\nAyes – DuRocher, Lezon\nNays – none\nAbsent – none\nMotion carried\n\n"
            + "3. Adjournment\n\nMOTION: Trustee Warren moved to adjourn the meeting at 8:05 pm. Trustee Stull seconded.\nVoice vote:\nAyes – all\nMotion carried\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Trustee Richardson moved to approve the agenda as amended. Trustee DuRocher seconded. Motion carried"]);
    }

    [Fact]
    public void MotionStatedAboveItsMoverAndSeconder_IsPartOfTheDecision()
    {
        var draft = Read("# AGM 2005\n\n## 8. Changes to the rules\n\nMotion: that Rule 6 be amended to make the quorum four members.\n\nMoved Craig Box\nSeconded Rod Aldridge\n\nMotion passed\n", "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Motion: that Rule 6 be amended to make the quorum four members. Moved Craig Box Seconded Rod Aldridge Motion passed"]);
    }

    [Fact]
    public void ElectionOutcomes_UnderTheOffice_AndOutcomesAtTheEndOfALine_AreDecisions()
    {
        var draft = Read("# AGM 2015\n\n## Elections\n\n### Chair\n\n- Dexter Chua stands (proposed: Malcolm, seconded: Daniel)\n- Elected unanimously (11)\n\n### Treasurer\n\n"
            + "MATIAS SILVA nominates self, seconded by Andrew. Unanimously elected.\n\n## Other business\n\nPresident: Bruce Kingsbury - Passed\n\n"
            + "The requirement of two thirds of votes for was met, and the amendment was passed (unanimous: 11).\n", "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "Chair: Dexter Chua stands (proposed: Malcolm, seconded: Daniel). Elected unanimously (11)",
            "Treasurer: MATIAS SILVA nominates self, seconded by Andrew. Unanimously elected.",
            "President: Bruce Kingsbury - Passed",
            "The requirement of two thirds of votes for was met, and the amendment was passed (unanimous: 11).",
        ]);
    }

    [Fact]
    public void OutcomeUnderAMover_SettlesTheMotionStatedAboveTheMover()
    {
        var draft = Read("# Riverside Society board meeting, 5 March 2019\n\n## Attendees\n\n- Ann Lee\n- Tom Fox\n\n## Elections\n\n"
            + "**Ann Lee for Chair.**\n\nProposed by: Tom\n\nUnanimously approved.\n\n## Equipment\n\nThe society should buy a new projector.\n\n"
            + "Proposed by: Ann\n\nSeconded by: Tom\n\nThe cost was discussed at length.\n\nCarried.\n\n## Motion to adjourn\n\nProposed by: Ann\n\nUnanimously approved.\n", "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Ann Lee for Chair. Unanimously approved.", "The society should buy a new projector. Carried."]);
    }

    [Fact]
    public void OutcomeWithNoMoverAbove_IsNotJoinedToAnEarlierMotion()
    {
        var draft = Read("# Riverside Society board meeting, 5 March 2019\n\n## Attendees\n\n- Ann Lee\n- Tom Fox\n\n## Budget\n\n"
            + "Proposed by: Tom\n\nUnanimously approved.\n\n## Projector\n\nThe projector was discussed.\n\nCarried.\n", "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldNotContain(d => d.Contains("Budget. Carried", StringComparison.Ordinal));
    }

    private const string Commission = "HISTORIC DISTRICT COMMISSION\nJUNE 10, 2020, ROOM 267\n\nMINUTES\n\nMEMBERS PRESENT: Mr. Tom Haley (Chairperson)\nMs. Kim Porter\nMr. Chris Bell\n\n";

    [Fact]
    public void MovedSecondedAndTheVoteWasUnanimous_InOneSentence_IsADecision()
    {
        var motion = "Ms. Porter moved to approve the February 12, 2020, Commission Meeting minutes, Mr. Bell seconded, and the vote was unanimous.";
        var draft = Read(Commission + "Approve February meeting minutes\n\n" + motion + "\n\nMs. Porter gave a presentation on the guidelines.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([motion]);
    }

    [Fact]
    public void ParagraphUnderAMotionLabelWithItsMovers_IsTheDecision_AndTheDecisionLineDoesNotRepeatIt()
    {
        var draft = Read(Commission + "APPLICATION: HDC 2019-00476, 412 GRANDIN ROAD – ADDITION\n\n"
            + "MOTION: CONTINUED\t1st : MR. BELL\t2nd : MS. PORTER\nMr. Bell moved to continue this application so a sample can be installed.\n\n"
            + "Ms. Porter made a friendly amendment to install a sample of a sash kit.\n\n"
            + "VOTE: 3/0\tAYES: HALEY, PORTER, BELL\nNAYS: NONE\n\nDECISION:\nAPPLICATION FOR WINDOW REPLACEMENT CONTINUED.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Mr. Bell moved to continue this application so a sample can be installed. Ms. Porter made a friendly amendment to install a sample of a sash kit."]);
    }

    [Theory]
    [InlineData("We approved the September minutes, with corrections suggested by Sarah.")]
    [InlineData("Approved as presented")]
    [InlineData("Ann Lee will be our clerk and Tom Fox will be our recording clerk.")]
    public void WeApproved_ABareApprovedAsPresented_AndAnAppointment_AreDecisions(string line)
    {
        var draft = Read("Meeting for Worship for Business\n================================\n\nDate: October 21, 2012\n\nPresent: Ann Lee, Tom Fox\n\n"
            + "Approval of September Minutes\n-----------------------------\n\n" + line + "\n\nClerk's report\n--------------\n\nThe clerk read a letter.\n", "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe([line]);
    }

    [Fact]
    public void MotionCarries_InThePresentTense_SettlesTheMotionAbove()
    {
        var draft = Read("Minutes of the Regular Meeting of the Board of Trustees\nWednesday, June 17, 2020\n\n1. Call to order\nDone.\n\n2. Grant agreement\n\n"
            + "MOTION: Trustee Warren moved to approve the Catalog Membership Grant Agreement. Trustee Lee seconded.\nRoll call vote:\nAyes – Warren, Lee\nNays – none\nMotion carries\n\n3. Adjournment\nDone.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Trustee Warren moved to approve the Catalog Membership Grant Agreement. Trustee Lee seconded. Motion carries"]);
    }

    [Fact]
    public void OutcomeInAParagraphOfItsOwn_StandsWithTheMotionMovedAboveThePublicComment()
    {
        var draft = Read("# Parks Advisory Committee minutes, 9 May 2018\n\n## 4. Tree survey\n\nThe survey was discussed at length. Member Ortiz moved to ask the City to survey the street trees before the summer. Member Lane seconded.\n\n"
            + "Public comment:\n\nA resident asked when the survey would start. Member Ortiz said it would start in June.\n\nThe motion carried 3-0.\n\n## 5. Adjournment\n\nThe meeting ended at 8 pm.\n", "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Member Ortiz moved to ask the City to survey the street trees before the summer. Member Lane seconded. The motion carried 3-0."]);
    }

    [Fact]
    public void OutcomeAfterItsRollCall_StandsWithTheMotion_NotWithTheRequestForTheRollCall()
    {
        var draft = Read("# Parks Advisory Committee minutes, 9 May 2018\n\n## 4. Tree plan\n\nMember Ortiz moved to approve the Tree Plan as amended; Member Lane seconded the motion.\n\n"
            + "The Chair requested a roll call vote on the proposed changes.\n\nAyes: 3 (Lane, Ortiz, Wu). Noes: 0 (None). Absent: Kay. The Tree Plan was approved with a unanimous vote (3-0).\n\n## 5. Adjournment\n\nThe meeting ended at 8 pm.\n", "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Member Ortiz moved to approve the Tree Plan as amended; Member Lane seconded the motion. Ayes: 3 (Lane, Ortiz, Wu). Noes: 0 (None). Absent: Kay. The Tree Plan was approved with a unanimous vote (3-0)."]);
    }

    [Fact]
    public void NumberAbbreviated_BeforeItsDigits_StartsNoSentence()
    {
        Sentences.Split("Hall hire - £40 (Chq. No. 1203), printing - £12 (Chq. No. 1204) – approved. The clerk reported.").ShouldBe(
            ["Hall hire - £40 (Chq. No. 1203), printing - £12 (Chq. No. 1204) – approved.", "The clerk reported."]);
    }

    [Fact]
    public void AVotesCount_EndsASentence()
    {
        Sentences.Split("The motion carried 3-0. The revisions will appear on the website.").Length.ShouldBe(2);
    }

    [Fact]
    public void DecisionWithoutASubject_OnTheLineUnderItsEntry_TakesTheEntrysSentence_AndANumberLosingItsTabIsDropped()
    {
        var draft = Read(Parish + "19/02 AGM\n9.1 A sub group designed a leaflet for the AGM.\nAgreed to print 50 copies.\n9.2 Agreed to place an advert in the village magazine.\n9.3Agreed to hire the hall for the day.\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["A sub group designed a leaflet for the AGM. Agreed to print 50 copies.", "Agreed to place an advert in the village magazine.", "Agreed to hire the hall for the day."]);
    }

    [Fact]
    public void MoversNamedAlone_UnderWhatTheyMoved_AreOneDecisionWithIt()
    {
        var draft = Read(Parish + "19/02 Minutes\n• April Minutes\n• Moved: Ann Lee\tSeconded: Tom Fox\n• Approved Nem Con\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["April Minutes Moved: Ann Lee Seconded: Tom Fox Approved Nem Con"]);
    }

    // The conventions below are those many public bodies share, each written as a made-up document in every format.
    private static readonly string[] Council = ["MINUTES OF THE MEETING OF MILLTOWN PARISH COUNCIL HELD ON MONDAY 4TH MARCH 2019", "",
        "Present: Cllr Mrs D Smith (Chair), Cllrs A Jones, B Brown and C Green", "In attendance: Mrs J Black (Clerk)", ""];

    private static MinutesDraft ReadLines(string fileName, params string[] lines) =>
        DocumentImporter.ReadMinutes(SampleDocuments.InFormat([.. Council, .. lines], fileName), fileName);

    public static TheoryData<string, string> AgreedLists => SampleDocuments.InEveryFormat(
        "The Board agreed:|1. |2. ", "The Committee RESOLVED:|(a) |(b) ", "The Council resolved:|a) |b) ", "It was agreed:|- |- ",
        "RESOLVED:|i. |ii. ", "The Committee AGREED:|1) |2) ");

    // "The Board agreed:" over a numbered or lettered list: each entry is a decision of its own.
    [Theory]
    [MemberData(nameof(AgreedLists))]
    public void Convention_AgreedOverAList_EachEntryIsADecision(string shape, string fileName)
    {
        var parts = shape.Split('|');
        // Markdown runs lines into one paragraph unless they are its own list syntax ("1.", "-"); lettered lines are not.
        if (fileName.EndsWith(".md", StringComparison.Ordinal) && !(parts[1].StartsWith('-') || char.IsDigit(parts[1][0])))
            return;
        var draft = ReadLines(fileName, "## 19/22 Budget", "The Clerk presented the draft budget.", parts[0], parts[1] + "to approve the budget for 2019/20;",
            parts[2] + "to appoint Green Ltd as the internal auditor.", "", "## 19/23 Correspondence", "The correspondence was noted.");

        draft.Decisions.Count.ShouldBe(2);
        draft.Decisions[0].Text.ShouldContain("approve the budget for 2019/20");
        draft.Decisions[1].Text.ShouldContain("appoint Green Ltd as the internal auditor");
    }

    public static TheoryData<string, string> Resolutions => SampleDocuments.InEveryFormat(
        "RESOLVED that the minutes of the meeting held on 4 February 2019 be approved and signed by the Chair.",
        "RESOLVED: That the minutes of the meeting held on 4 February 2019 be approved and signed by the Chair.",
        "It was resolved that the minutes of the meeting held on 4 February 2019 be approved and signed by the Chair.",
        "It was RESOLVED to approve the minutes of the meeting held on 4 February 2019 and for the Chair to sign them.",
        "Resolved – that the minutes of the meeting held on 4 February 2019 be approved and signed by the Chair.",
        "19/21.1 RESOLVED that the minutes of the meeting held on 4 February 2019 be approved and signed by the Chair.");

    // A council records what it resolved in a sentence of its own: "RESOLVED that …", "It was resolved that …".
    [Theory]
    [MemberData(nameof(Resolutions))]
    public void Convention_CouncilResolutions_AreDecisions(string line, string fileName)
    {
        var draft = ReadLines(fileName, "## 19/21 Minutes of the last meeting", line, "", "## 19/22 Correspondence", "The correspondence was noted.");

        draft.Decisions.ShouldHaveSingleItem().Text.ShouldContain("minutes of the meeting held on 4 February 2019");
    }

    public static TheoryData<string, string> DecisionLabels => SampleDocuments.InEveryFormat(
        "Agreed: the budget for 2019/20 be adopted.",
        "AGREED: to adopt the budget for 2019/20.",
        "Decision: The Council adopted the budget for 2019/20.",
        "DECISION: to adopt the budget for 2019/20.",
        "Decision – the budget for 2019/20 is adopted.",
        "Agreed – the budget for 2019/20 be adopted.");

    // "Agreed:" and "Decision:" labels: what follows is the decision.
    [Theory]
    [MemberData(nameof(DecisionLabels))]
    public void Convention_AgreedAndDecisionLabels_AreDecisions(string line, string fileName)
    {
        var draft = ReadLines(fileName, "## 19/22 Budget", "The Clerk presented the draft budget.", line, "", "## 19/23 Correspondence", "The correspondence was noted.");

        draft.Decisions.ShouldHaveSingleItem().Text.ShouldContain("budget for 2019/20");
    }

    public static TheoryData<string, string> ProposedSecondedAgreed => SampleDocuments.InEveryFormat(
        "Proposed by Cllr Jones, seconded by Cllr Brown and unanimously agreed that the budget for 2019/20 be adopted.",
        "Proposed by Cllr Jones, seconded by Cllr Brown, and unanimously RESOLVED to adopt the budget for 2019/20.",
        "It was proposed by Cllr Jones, seconded by Cllr Green and agreed by all that the budget for 2019/20 be adopted.",
        "Proposed Cllr Jones, seconded Cllr Brown and unanimously agreed to adopt the budget for 2019/20.");

    // "Proposed by X, seconded by Y and unanimously agreed that …": the mover and seconder, then what was agreed.
    [Theory]
    [MemberData(nameof(ProposedSecondedAgreed))]
    public void Convention_ProposedSecondedAndAgreed_IsADecision(string line, string fileName)
    {
        var draft = ReadLines(fileName, "## 19/22 Budget", "The Clerk presented the draft budget.", line, "", "## 19/23 Correspondence", "The correspondence was noted.");

        draft.Decisions.ShouldHaveSingleItem().Text.ShouldContain("budget for 2019/20");
    }

    public static TheoryData<string, string> PlanningResponses => SampleDocuments.InEveryFormat(
        "19/00123/FUL – 12 High Street – rear extension – No objection.",
        "19/00123/FUL, 12 High Street, rear extension: the Council has no objection.",
        "Application 19/00123/FUL 12 High Street, rear extension. Objection – overdevelopment of the site.",
        "19/00123/FUL 12 High Street. Single storey rear extension. Resolved: no objection.",
        "P/19/0123 – 12 High Street – rear extension. The Council objects to this application.",
        "19/00123/FUL 12 High Street, rear extension – Support.");

    // The council's response to a planning application is its decision; another authority's decision it only hears of is not.
    [Theory]
    [MemberData(nameof(PlanningResponses))]
    public void Convention_PlanningResponses_AreDecisions_OtherAuthoritiesDecisionsAreNot(string line, string fileName)
    {
        var draft = ReadLines(fileName, "## 19/24 Planning", line, "", "19/00111/FUL Mill Farm – new barn – permission granted by the District Council.", "",
            "## 19/25 Correspondence", "The correspondence was noted.");

        draft.Decisions.ShouldHaveSingleItem().Text.ShouldContain("High Street");
    }

    public static TheoryData<string, string> NotDecisions => SampleDocuments.InEveryFormat(
        "RESOLVED to note the report of the County Councillor.",
        "The County Council has agreed to fund the new crossing.",
        "The report was noted.",
        "Apologies were received and accepted.",
        "RESOLVED to suspend standing orders for public participation.",
        "It was noted that the District Council approved the Local Plan.");

    // "Noted", accepted apologies, procedural motions and reports of other bodies' decisions are not this meeting's decisions.
    [Theory]
    [MemberData(nameof(NotDecisions))]
    public void Convention_NotedProceduralAndOtherBodies_AreNoDecisions(string line, string fileName)
    {
        var draft = ReadLines(fileName, "## 19/22 Reports", line, "", "## 19/23 Close", "The meeting closed at 9pm.");

        draft.Decisions.ShouldBeEmpty();
    }

    [Fact]
    public void MotionWhoseTextIsANumberedList_ClosedByItsOutcome_IsOneDecision()
    {
        var draft = Read("Milltown City Council\nMinutes of the Special Meeting held on March 3, 2022\n\nPresent: Lee, Fox, Ortiz\n\n"
            + "1. ROLL CALL: all present.\n\n2. PARKING. Moved by Lee to address parking as follows:\n\n"
            + "1. Direct staff to paint new bays on Mill Lane. Staff will report the cost.\n\n"
            + "2. Ask the county to review the speed limit on the High Street.\nThe review should include the following:\n\n"
            + "- accidents over the last five years\n- the views of residents\n\nMotion Carried 6-0.\n\n3. ADJOURN. The meeting closed at 8pm.\n");

        var decision = draft.Decisions.ShouldHaveSingleItem().Text;
        decision.ShouldNotContain("report the cost");
        decision.ShouldContain("Moved by Lee to address parking as follows: 1. Direct staff to paint new bays on Mill Lane. "
            + "2. Ask the county to review the speed limit on the High Street. Motion Carried 6-0.");
    }

    // A body names itself as the one deciding: in full, by a word of its name, or by its initials.
    [Theory]
    [InlineData("The TC accepted the proposal for a second edition of the glossary.")]
    [InlineData("TC agreed to publish the glossary under an open licence.")]
    [InlineData("The Technical Committee adopted the revised charter.")]
    public void OwnBody_DecidingInItsOwnVoice_IsADecision(string line)
    {
        var draft = Read("Riverside Technical Committee\nMinutes of the meeting of 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Glossary\n"
            + "Ann presented the draft.\n\n" + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([line]);
    }

    [Fact]
    public void OwnBody_AcceptingAReport_IsNoDecision()
    {
        var draft = Read("Riverside Technical Committee\nMinutes of the meeting of 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Reports\n"
            + "The Committee accepted the Treasurer's report on the spring accounts.\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.ShouldBeEmpty();
    }

    [Fact]
    public void MotionMoved_ThenSecondedAndApproved_IsOneDecision()
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Plan\n"
            + "- Ann Lee made a motion to adopt the five-year plan as amended. Tom Fox seconded the motion which was unanimously approved.\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.ShouldHaveSingleItem().Text.ShouldEndWith(
            "Ann Lee made a motion to adopt the five-year plan as amended. Tom Fox seconded the motion which was unanimously approved.");
    }

    [Theory]
    [InlineData("- Renew the deposit for twelve months (Motion by Ann, seconded by Tom)", "Renew the deposit for twelve months (Motion by Ann, seconded by Tom)")]
    [InlineData("- Buy a new mower (proposed Ann, Tom seconds, passed)", "Buy a new mower (proposed Ann, Tom seconds, passed)")]
    [InlineData("- Ask the gardeners for a quote, pending Board\napproval (Motion by Ann, seconded by Tom)", "Ask the gardeners for a quote, pending Board approval (Motion by Ann, seconded by Tom)")]
    public void Line_ClosingOnItsMoverAndSeconder_IsADecision(string line, string decision)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Grounds\n"
            + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([decision]);
    }

    [Theory]
    [InlineData("- Treasurer's report accepted (Motion by Ann, seconded by Tom)")]
    [InlineData("- Sue Day stands (proposed: Ann, seconded: Tom)")]
    [InlineData("- The agenda, with one addition, was unanimously approved.")]
    public void ReportsCandidaciesAndTheAgenda_AreNoDecisions(string line)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Business\n"
            + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("That the hall fee be raised to 20 pounds an hour.\n\nCarried unanimously.", "That the hall fee be raised to 20 pounds an hour. Carried unanimously.")]
    [InlineData("- Buy a new mower for the playing field\n- Approved nem con", "Buy a new mower for the playing field. Approved nem con")]
    [InlineData("A new boiler for the hall at a cost of 2,000 pounds.\n\nAgreed nem. con.", "A new boiler for the hall at a cost of 2,000 pounds. Agreed nem. con.")]
    [InlineData("- Move the website to a new host\n- All - agreed.", "Move the website to a new host. All - agreed.")]
    [InlineData("Should the membership fee stay at 20 pounds? No opposition.", "Should the membership fee stay at 20 pounds? No opposition.")]
    [InlineData("Should the membership fee stay at 20 pounds?\n\nAll in favour.", "Should the membership fee stay at 20 pounds? All in favour.")]
    public void OutcomeOnALineOfItsOwn_SettlesWhatStandsAboveIt(string lines, string decision)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Welcome\nThe chair welcomed everyone.\n\n2. Business\n"
            + "The treasurer set out the costs.\n\n" + lines + "\n\n3. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([decision]);
    }

    [Theory]
    [InlineData("Moved by Lee, seconded by Fox, and carried unanimously to buy a new mower for the playing field.")]
    [InlineData("Action: On a motion by Lee, seconded by Fox, and carried (Aye: Lee, Fox and Day; Absent: none) to give the chair authority to sign the lease.")]
    [InlineData("On the motion of Lee, seconded by Fox, it was resolved to sign the lease.")]
    public void MoverSeconderAndOutcome_InOneSentence_AreADecision(string line)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Business\n"
            + line + "\n\n2. Close\nMoved by Lee, seconded by Fox, and carried to adjourn the meeting at 9 pm.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([line]);
    }

    [Fact]
    public void MotionAdoptingItemsAsFollows_TakesTheBlockBelow()
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Consent items\n"
            + "Moved by Lee, seconded by Fox, and carried unanimously to adopt the consent items as follows:\n\nMinutes of 3 February\nRecommendation: Approve the minutes as written.\n"
            + "Outcome: Minutes approved.\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "Moved by Lee, seconded by Fox, and carried unanimously to adopt the consent items as follows: Minutes of 3 February Recommendation: Approve the minutes as written. Outcome: Minutes approved."]);
    }

    [Fact]
    public void OutcomeUnderTheProposerAndSeconder_SettlesTheItem()
    {
        var draft = Read("Minutes of the Annual General Meeting of Milltown Bowls Club\n\nPresent: Ann Lee, Tom Reid, Sue Hart\n\n"
            + "1) Welcome\nThe chair welcomed the members.\n\n2) Minutes of the AGM held 1 September 2023\n\n   Proposed Tom Reid\n   Seconded Sue Hart\n\n   Accepted by All\n\n"
            + "3) Accounts\nAnn Lee moved to approve the accounts for 2023.\n   Seconded by Tom Reid\n   Vote by Poll Unanimous\n\n"
            + "4) Close\nAnn Lee moved that we adjourn the meeting.\n   Seconded by Sue Hart\n   Vote by Poll Unanimous\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "2) Minutes of the AGM held 1 September 2023 Proposed Tom Reid Seconded Sue Hart Accepted by All",
            "Ann Lee moved to approve the accounts for 2023. Seconded by Tom Reid Vote by Poll Unanimous"]);
    }

    private const string Township = "ASHFORD TOWNSHIP REGULAR BOARD OF TRUSTEES MEETING\nApril 7, 2022\n\n"
        + "Board members present were Trustee Garza, Trustee Okafor and Supervisor Hollis.\n\n";

    [Fact]
    public void TownshipMotions_StandWithTheOutcomeThatClosesTheirParagraph()
    {
        var draft = Read(Township + "APPROVAL OF MINUTES:\n"
            + "Motion to approve the minutes of March 3, 2022 was made by Trustee Garza, seconded by Trustee Okafor. All were in favor. The minutes are approved as written.\n\n"
            + "REPORTS:\nThe roof leaks again. A motion was made to hire a roofer for $4,000 by Trustee Okafor, second by Trustee Garza. All were in favor. "
            + "Roll Call was taken as follows: Trustee Garza – yes, Trustee Okafor – yes, Supervisor Hollis – yes. Motion passes.\n\n"
            + "Motion by Ann Garza, second by Ben Okafor to buy two picnic tables.  Motion carried.\n"
            + "Motion made by Ben to accept the treasurer’s report seconded by Ann. Vote role/voice carried.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "Motion to approve the minutes of March 3, 2022 was made by Trustee Garza, seconded by Trustee Okafor. All were in favor. The minutes are approved as written.",
            "A motion was made to hire a roofer for $4,000 by Trustee Okafor, second by Trustee Garza. All were in favor. Roll Call was taken as follows: Trustee Garza – yes, Trustee Okafor – yes, Supervisor Hollis – yes. Motion passes.",
            "Motion by Ann Garza, second by Ben Okafor to buy two picnic tables. Motion carried.",
            "Motion made by Ben to accept the treasurer’s report seconded by Ann. Vote role/voice carried.",
        ]);
    }

    [Fact]
    public void ConcludedThatThereWas_IsAFinding_NotADecision()
    {
        var draft = Read(Parish + "19/04 Facebook page\nA discussion took place and it was concluded that there was a good balance of members using the page.\n\n19/05 Correspondence\nNoted.\n");

        draft.Decisions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Minutes Approved: N/A")]
    [InlineData("Minutes approved - none")]
    public void MinutesApprovedLabel_FilledWithNothing_IsNoDecision(string line)
    {
        var draft = Read(Parish + "19/01 Present and apologies\n" + line + "\n\n19/02 Correspondence\nNoted.\n");

        draft.Decisions.ShouldBeEmpty();
    }

    [Fact]
    public void RepeatedOutcome_SettlesEachMotionBeforeIt()
    {
        var draft = Read(Township + "MINUTES AND BILLS:\n"
            + "Motion by Ann Garza, second by Ben Okafor to approve the March minutes.  Motion carried.  "
            + "Motion by Ben Okafor, second by Ann Garza to pay the monthly bills of $2,310.  Motion carried.\n\n"
            + "ADJOURNMENT:\nThe meeting closed at 8 pm.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "Motion by Ann Garza, second by Ben Okafor to approve the March minutes. Motion carried.",
            "Motion by Ben Okafor, second by Ann Garza to pay the monthly bills of $2,310. Motion carried.",
        ]);
    }

    [Fact]
    public void CountAlone_AfterAMotion_IsItsOutcome()
    {
        var draft = Read(Township + "NEW BUSINESS:\n"
            + "Mowing – two quotes were received. BO motion to accept the lower quote from Green Acres. 2nd by AG. Yes - 3, No - 0\n\n"
            + "Spring clean-up – the deputy clerk will organise a skip for May. Motion made by Ann and seconded by Ben. Yes – 3, No – 0 Old barn – "
            + "the roof still leaks.\n\n"
            + "Motion made by Ben to accept the treasurer’s report seconded by Ann. Vote role/voice carried. Yes - 3, No - 0\n\n"
            + "Survey – residents were asked about a dog park: For 40, Against 12.\n\n"
            + "Claims – the Road and Bridge bills were reviewed. Roll call: Garza – yes, Okafor – yes. The Road and Bridge bills stand approved for payment as submitted.\n\n"
            + "ADJOURNMENT:\nThe meeting closed at 8 pm.\n");

        var decisions = draft.Decisions.Select(d => d.Text).ToList();
        decisions.Count.ShouldBe(4);
        decisions[0].ShouldContain("BO motion to accept the lower quote from Green Acres. 2nd by AG. Yes - 3, No - 0");
        decisions[1].ShouldEndWith("the deputy clerk will organise a skip for May. Motion made by Ann and seconded by Ben. Yes – 3, No – 0");
        decisions[2].ShouldBe("Motion made by Ben to accept the treasurer’s report seconded by Ann. Vote role/voice carried.");
        decisions[3].ShouldContain("The Road and Bridge bills stand approved for payment as submitted.");
    }

    [Fact]
    public void ElectedOverAList_IsOneElectionWithItsList()
    {
        var draft = Read("# Harbour Rowing Club Annual General Meeting\n\n14 October 2021\n\nPresent: Ann Lee, Tom Fox, Sue Day, Raj Patel\n\n"
            + "## 4. Election of officers\n\nThe following officers were duly elected:\n\n* Captain: Sue Day\n* Treasurer: Raj Patel\n\n"
            + "## 5. General business\n\nNone.\n", "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe(["The following officers were duly elected: Captain: Sue Day, Treasurer: Raj Patel"]);
    }

    [Fact]
    public void NumberedResolutions_AreDecisionsInTheirOwnWords_OnceThoughTheClosingListRepeatsThem()
    {
        var draft = Read("# Working Group Call — Minutes\n\n**Date:** 2021-03-09\n\n**Present:** Alice Smith, Bob Jones\n\n### 1. Publication\n\n"
            + "> **Proposed resolution: publish the draft as a note** *(Alice Smith)*\n{: .proposed_resolution}\n\n> *Bob Jones:* +1\n\n"
            + "> ***Resolution #1: publish the draft as a note***\n{: #resolution1 .resolution}\n\n"
            + "### 2. Resolutions\n\n* [Resolution #1](#resolution1): publish the draft as a note\n", "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe(["publish the draft as a note"]);
    }

    [Theory]
    [InlineData("Upon motion duly made by Mr. Lee, seconded by Ms. Fox and approved by all members in attendance, Ms. Day was appointed treasurer.")]
    [InlineData("Ms. Day asked for a motion to appoint a treasurer from the members present. Mr. Lee motioned, Ms. Fox seconded, and all voting members in attendance approved the motion.")]
    [InlineData("Ms. Fox said the spring fair should move to May this year. All members in attendance agreed.")]
    public void FormalMotionsAndAgreementsOfThoseInAttendance_AreDecisions(string paragraph)
    {
        var draft = Read("Riverside Trust Board Meeting\nMarch 3, 2022\n\nAttendees\n\nAnn Lee – Riverside\nTom Fox – Riverside\n\nOfficers\n\n"
            + "Ms. Day opened the meeting at 4:00pm. The agenda was presented. " + paragraph + " The meeting then moved on to other business.\n");

        draft.Decisions.Select(d => d.Text).ShouldContain(paragraph);
    }

    private const string ElmCreek = "Minutes of the Elm Creek Township Board\nApril 14, 2025\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n";

    [Theory]
    [InlineData("Motion and second to appoint Raj Patel and Mia Wong as election judges.")]
    [InlineData("Motion by Ann Lee, second by Tom Fox to renew the snow plowing contract for one year.")]
    [InlineData("Motion by Lee, seconded by Fox, for posting the meeting notices at the town hall each month.")]
    public void MotionMovedAndSecondedWithNoOutcome_StandsAsCarried(string motion)
    {
        var draft = Read(ElmCreek + "## NEW BUSINESS\n" + motion + "\nSue Day will order the new signs.\n\n## ADJOURNMENT\nThe meeting closed at 8 pm.\n", "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe([motion]);
    }

    [Fact]
    public void MotionMovedAndSeconded_ThenWithdrawn_IsNoDecision()
    {
        var draft = Read(ElmCreek + "## NEW BUSINESS\nMotion by Ann Lee, second by Tom Fox to buy a second plow.\nMotion withdrawn.\n\n## ADJOURNMENT\nThe meeting closed at 8 pm.\n", "minutes.md");

        draft.Decisions.ShouldBeEmpty();
    }

    [Fact]
    public void VoteTakenAndAccepted_IsADecision()
    {
        var draft = Read(Parish + "19/02 Playing field\nTwo quotes for resurfacing the play area were considered. A vote was taken and the quote from Parkside Ltd was accepted."
            + "\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["A vote was taken and the quote from Parkside Ltd was accepted."]);
    }

    [Theory]
    [InlineData("Last meeting we approved the draft budget for the coming year.")]
    [InlineData("The chair recapped last week's call, in which the charter was approved.")]
    [InlineData("The letter agreed at our meeting on 27th October has still not been sent.")]
    [InlineData("Oct 12 meeting - the new charter was adopted (see Oct 12 meeting minutes).")]
    [InlineData("The board previously approved a new sign for the footpath.")]
    [InlineData("As previously agreed, the Trust will hold its open day on 4 June.")]
    [InlineData("The annual grant has been paid as agreed.")]
    [InlineData("Newsletter: At last meeting we agreed to a new logo and website.")]
    public void DecisionsOfAnEarlierMeeting_AreNotThisMeetings(string line)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Matters arising\n"
            + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.ShouldBeEmpty();
    }

    // A short decision naming what it settles stands alone after a sentence that only tells of the matter; after a sentence
    // that puts the matter to the meeting, or when it names nothing itself, the two are one decision.
    [Theory]
    [InlineData("The contractor has raised the charge for emptying the dog bins. The new charge was approved by the trustees.", "The new charge was approved by the trustees.")]
    [InlineData("Ann proposed that the hire fee stay at £20 an hour. The fee was approved by the trustees.", "Ann proposed that the hire fee stay at £20 an hour. The fee was approved by the trustees.")]
    [InlineData("The hire fee is to stay at £20 an hour. Unanimously approved.", "The hire fee is to stay at £20 an hour. Unanimously approved.")]
    public void AShortDecisionAfterASentenceOfContext_StandsAloneOnlyWhenItNamesWhatItSettles(string paragraph, string decision)
    {
        var draft = Read("Minutes of the Trustees of the Riverside Hall, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Ruth Hale\n\n1. Charges\n"
            + paragraph + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([decision]);
    }

    // The vote is recorded but not what was put to it: an outcome alone records nothing of what was decided.
    [Theory]
    [InlineData("Motion carries")]
    [InlineData("The motion passed.")]
    [InlineData("Motion was carried unanimously.")]
    [InlineData("No objections, agreed.")]
    [InlineData("Seconded by Ruth, passed by unanimous consent")]
    [InlineData("Moved: LOT12 Seconded: LOT7 Motion was carried")]
    public void AnOutcomeWithoutItsMotion_IsNoDecision(string outcome)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Hall roof\n"
            + "Ann reported that the hall roof leaks in two places.\n\nAnn called for the vote.\n\n* All in favor: 3 aye.\n* All opposed: none.\n\n"
            + outcome + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.ShouldBeEmpty();
    }

    [Fact]
    public void MinutesOfAnEarlierMeeting_ApprovedNow_AreThisMeetingsDecision()
    {
        var line = "The minutes of last week's call were approved.";
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Minutes\n"
            + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([line]);
    }

    [Fact]
    public void CountSetOutALineAFigure_WithItsConsequence_IsOneDecision()
    {
        var draft = Read("Harbour Rowing Club Annual General Meeting, 14 October 2021\n\nPresent: Ann Lee, Tom Fox, Sue Day, Raj Patel\n\n"
            + "5. Regional league proposals\n\nVote on supporting the change to the start times\n\nIn Favour 9\nAgainst 4\nAbstain 2\n\n"
            + "Therefore our delegates will support the change at the league meeting.\n\n6. Close\nThe meeting closed.\n", "minutes.txt");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Vote on supporting the change to the start times: In Favour 9, Against 4, Abstain 2. Therefore our delegates will support the change at the league meeting."]);
    }

    [Fact]
    public void CountSetOutALineAFigure_WithNoConsequence_IsNoDecisionByItself()
    {
        var draft = Read("Harbour Rowing Club Annual General Meeting, 14 October 2021\n\nPresent: Ann Lee, Tom Fox, Sue Day, Raj Patel\n\n"
            + "5. Members' survey\n\nPreferred start time of 7 pm\n\nYes 12\nNo 5\n\nThe committee will look at the results.\n\n6. Close\nThe meeting closed.\n", "minutes.txt");

        draft.Decisions.ShouldBeEmpty();
    }

    [Fact]
    public void ElectionItem_ListingPostsAndHolders_IsOneDecision()
    {
        var draft = Read("Harbour Rowing Club Annual General Meeting, 14 October 2021\n\nPresent: Ann Lee, Tom Fox, Sue Day, Raj Patel\n\n"
            + "1) Chair's report\n\nThe chair thanked the crews.\n\n2) Election of Officers\n\n(a) Chair - Sue Day\n\n(b) Secretary - Raj Patel\n\n(c) Treasurer - Tom Fox\n\n"
            + "All elected unopposed\n\n3) Close\n\nThe meeting closed.\n", "minutes.txt");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Election of Officers: Chair - Sue Day, Secretary - Raj Patel, Treasurer - Tom Fox. All elected unopposed"]);
    }

    [Fact]
    public void AssentUnderALineOfMovers_SettlesWhatWasPutAboveThem()
    {
        var draft = Read("Harbour Rowing Club Annual General Meeting, 14 October 2021\n\nPresent: Ann Lee, Tom Fox, Sue Day, Raj Patel\n\n"
            + "5) Subscriptions\n\nThe treasurer recommended keeping the fee at 40 pounds for the coming year.\n\nSue Day proposed and Raj Patel second\n"
            + "All agreed and carried as recommended by the treasurer\n\n6) Close\n\nThe meeting closed.\n", "minutes.txt");

        draft.Decisions.Select(d => d.Text).ShouldBe(["The treasurer recommended keeping the fee at 40 pounds for the coming year. Sue Day proposed and Raj Patel second. All agreed and carried as recommended by the treasurer"]);
    }

    [Fact]
    public void MatterThenApprovedTo_IsADecision()
    {
        var draft = Read("Technical Steering Committee, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Open issues\n"
            + "TSC-12 – Approved to merge the build fix\nTSC-15 – Approved to drop the old installer from the release\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["TSC-12 – Approved to merge the build fix", "TSC-15 – Approved to drop the old installer from the release"]);
    }

    [Theory]
    [InlineData("All in support of a spring fair, starting with a small budget.")]
    [InlineData("Everyone happy with the new role description for volunteers.")]
    [InlineData("All members in favour of moving the meetings to Thursdays.")]
    public void WholeMeetingInSupportOf_IsADecision(string line)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Plans\n"
            + "The chair set out the plans for the year.\n\n" + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([line]);
    }

    [Fact]
    public void AnAnswerOnALineOfItsOwn_UnderANumberedApplication_DecidesThatApplication()
    {
        var draft = Read("Harborough Licensing Commission\nVoting Minutes, March 9, 2022\n\nNew Applications\n\n"
            + "1. Kettle & Crumb, LLC d/b/a Kettle & Crumb, 14 Mill Lane\nManager: Rosa Vance\nHours of Operation: 7:00 AM to 6:00 PM\n\nGRANTED\n\n"
            + "2. Pierside Grill, Inc., 2 Harbour Road\nHas applied for a change of manager.\n\nDeferred to allow for a site inspection.\n\n"
            + "3. Old Mill Books, 9 Bridge Street\nHas applied for a new licence.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "Kettle & Crumb, LLC d/b/a Kettle & Crumb, 14 Mill Lane: GRANTED",
            "Pierside Grill, Inc., 2 Harbour Road: Deferred to allow for a site inspection."]);
    }

    [Theory]
    [InlineData("Cllr Jones proposed that the precept be set at £9,500, seconded by Cllr Brown. All in favour.")]
    [InlineData("19/00412/HH 3 Mill Lane, rear extension. Cllr Green proposed no objection, seconded by Cllr Jones. All in favour.")]
    public void AssentAfterTheMoversSentence_IsPartOfTheDecision(string line)
    {
        var draft = Read(Parish + "19/02 Finance and planning\n" + line + "\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([line]);
    }

    [Fact]
    public void ResolvedStraightUnderTheItemsTitle_IsNoPartOfTheTitle()
    {
        var draft = Read(Parish + "19/02 Allotments\nRESOLVED to increase the rents by 5% from October.\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["RESOLVED to increase the rents by 5% from October."]);
    }

    [Fact]
    public void ResolutionInNumberedParts_OnOneLine_IsEachPartThatDecides()
    {
        var draft = Read("Minutes of the Finance Committee of Westford District Council, 3 March 2025\n\nPresent: A Jones (Chair), B Smith\n\n"
            + "48. Budget monitoring\nRESOLVED – (1) that the outturn position be noted; (2) that £25,000 be moved to the general reserve; and (3) that the "
            + "capital programme be approved.\n\n49. Fees\nRESOLVED that the fees for 2025/26 be approved.\n\n50. Close\nThe meeting closed at 8pm.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["that £25,000 be moved to the general reserve", "that the capital programme be approved.",
            "RESOLVED that the fees for 2025/26 be approved."]);
    }

    [Fact]
    public void RollCall_ThenOutcome_ClosingOneMotion_IsOneDecision()
    {
        var draft = Read("Riverside School District\nBoard of Education Regular Meeting Minutes\nMarch 4, 2025\n\nMembers present: Ana Flores, Tom Reed, Lisa Chen\n\n"
            + "1. Consent Agenda\nMotion by Chen, seconded by Reed, to approve consent items 1.1 through 1.4. Ayes: Flores, Reed, Chen. Noes: None. Motion carried.\n\n"
            + "2. Adjournment\nThe meeting was adjourned at 8:15 p.m.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Motion by Chen, seconded by Reed, to approve consent items 1.1 through 1.4. Ayes: Flores, Reed, Chen. Noes: None. Motion carried."]);
    }

    [Fact]
    public void MotionsRunTogether_ByAPdf_AreEachTheirOwnDecision()
    {
        var draft = Read("Minutes of the Lakeside Township Board, June 3, 2025\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n"
            + "Motion by Lee to accept the minutes, 2nd by Fox. Voice vote-Motion carried Motion by Day to accept the invoices, 2nd by Lee. Voice vote-Motion carried.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Motion by Lee to accept the minutes, 2nd by Fox. Voice vote-Motion carried",
            "Motion by Day to accept the invoices, 2nd by Lee. Voice vote-Motion carried."]);
    }

    [Fact]
    public void ItemsOwnReference_IsNoPlanningApplication()
    {
        var draft = Read("Northvale NHS Trust\nMinutes of the Board of Directors, 5 June 2025\n\nPresent:\nHelen Ashdown, Chair\nDavid Kerr, Chief Executive\n\n"
            + "Apologies:\nMark Tully, Non-Executive Director\n\nBoD/25/061 Minutes of the previous meeting\nThe minutes of the meeting held on 3 April were approved.\n\n"
            + "BoD/25/062 Board assurance framework\nThe Board approved the risk appetite statement, subject to the amendments agreed at the meeting.\n\n"
            + "BoD/25/063 Any other business\nThere was none.\n");

        draft.Apologies.Select(a => (a.Name, a.Organisation)).ShouldBe([("Mark Tully", (string?)null)]);
        draft.AgendaItems.Select(a => a.Number).ShouldBe(["BoD/25/061", "BoD/25/062", "BoD/25/063"]);
        draft.Decisions.Select(d => d.Text).ShouldBe(["The minutes of the meeting held on 3 April were approved.",
            "The Board approved the risk appetite statement, subject to the amendments agreed at the meeting."]);
    }

    [Fact]
    public void PlanningApplication_TitlingAnItem_LeadsItsResponse_WithoutTheItemsNumber()
    {
        var draft = Read(Parish + "46. Declarations of interest\nNone.\n\n47. 24/01234/FUL - Land at Mill Lane\nThe officer presented the report.\nRESOLVED: That the Council has no objection.\n\n48. Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["24/01234/FUL - Land at Mill Lane RESOLVED: That the Council has no objection."]);
    }

    [Fact]
    public void ResolutionsList_EndedByTheClosingLine_IsOneDecisionAResolution()
    {
        var resolutions = Enumerable.Range(1, 10).Select(n => $"{n}. Received and accepted report number {n} of the Riverside Chess Society. AB, CD.").ToList();
        var draft = Read("# Riverside Chess Society Inc\n\n## Annual General Meeting\n\n### 5th May 2021 at 7:30PM\n\n#### Attendees\n\nAnn Lee (AL), Tom Fox (TF)\n\n"
            + "#### Resolutions\n\n" + string.Join("\n", resolutions) + "\n\n**Meeting closed at 8:05pm**\n", "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe(resolutions.Select(r => r[(r.IndexOf(' ') + 1)..]));
    }

    [Fact]
    public void OutcomeOfAMotionToAdjourn_WrittenAsItsOwnSentence_IsNoDecision()
    {
        var draft = Read("March 3, 2022 - Meeting of the Executive Board of the Riverside Students' Union\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n"
            + "Lee calls meeting to order.\nFox motions to fund the spring concert with $300. Unanimously approved.\nDay motions to adjourn. Motion passes unanimously. Meeting is adjourned.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Fox motions to fund the spring concert with $300. Unanimously approved."]);
    }

    [Theory]
    [InlineData("Bill 12-21-F passes.")]
    [InlineData("Resolution 3-21-S is passed.")]
    public void NumberedBill_PassingOnItsOwnLine_IsADecision_AndProcedureAroundItIsNot(string outcome)
    {
        var draft = Read("Riverside Student Senate Meeting Minutes\nTuesday, March 2, 2021\n\n- The meeting was called to order at 5:00 pm.\n- Unfinished Business\n"
            + "- Tom Fox's motion to suspend the bylaws is passed by unanimous consent.\n- Bill 12-21-F\n- Resolution 3-21-S\n• " + outcome + "\n"
            + "- Tom Fox's motion to return into the bylaws is passed by unanimous consent.\n- The meeting was adjourned at 6:00 pm.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([outcome]);
    }

    [Theory]
    [InlineData("A motion to raise the hall fees by ten per cent was not carried.")]
    [InlineData("The motion to close the car park on Sundays was defeated.")]
    [InlineData("The proposal to move the meetings to Thursdays fell.")]
    [InlineData("There was no consensus on the new court fees.")]
    [InlineData("The move to Thursday evenings has not been agreed as yet.")]
    public void MotionThatFailed_IsNotADecision(string line)
    {
        var draft = Read("Milltown Tennis Club\nMinutes of the committee meeting held on 4 March 2025\n\nPresent: Ann Lee, Tom Fox, Jo Hart\n\n1. Fees\n" + line + "\n");

        draft.Decisions.ShouldBeEmpty();
    }

    [Fact]
    public void ReElectionOnOneLine_IsADecision()
    {
        const string line = "Ann Lee was re-elected as Chair and Jo Hart as Treasurer.";
        var draft = Read("Milltown Tennis Club\nMinutes of the annual general meeting held on 4 March 2025\n\nPresent: Ann Lee, Tom Fox, Jo Hart\n\n1. Officers\n" + line + "\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([line]);
    }

    [Fact]
    public void BoardOverWhatItDid_GivesTheEntriesThatDecide()
    {
        var draft = Read("Minutes of the Trust Board meeting held in public\nThursday 7 March 2024, Boardroom\n\nPresent:\nSir David Hale, Chair\n"
            + "Dr Anita Rao, Chief Executive\n\nTB/24/035 Chief Executive's report\nDr Rao presented her report.\nThe Board:\n• noted the report\n"
            + "• approved the revised Standing Financial Instructions\n• ratified the appointment of the Medical Director\n\nTB/24/036 Any other business\nNone.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["The Board approved the revised Standing Financial Instructions", "The Board ratified the appointment of the Medical Director"]);
    }

    [Fact]
    public void ResolutionToNote_UnderItsLabel_IsNotADecision()
    {
        var draft = Read("Audit Committee\n\nMinutes of a meeting of the Audit Committee held on Tuesday, 12th March, 2024\n\nPresent: Councillor J Hartley (Chairman)\n\n"
            + "47. INTERNAL AUDIT REPORT\n\nRESOLVED:\n\nThat the progress report be noted.\n\n48. ACCOUNTS\n\nRESOLVED:\n\n(1) That the accounts be noted.\n\n"
            + "(2) That the Statement of Accounts 2022/23 be approved.\n\n(3) That the Chairman sign the Letter of Representation.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["That the Statement of Accounts 2022/23 be approved.", "That the Chairman sign the Letter of Representation."]);
    }

    [Fact]
    public void ResolvedThat_OverLetteredParts_GivesEachPart()
    {
        var draft = Read("MIDSHIRE FIRE AND RESCUE AUTHORITY\n\nMinutes of the meeting of the Fire Authority held on Thursday 19 October 2023.\n\n"
            + "Members Present: Councillor A Patel (Chair), Councillor C Roberts\n\n4. MEDIUM TERM FINANCIAL PLAN\nThe Treasurer presented the report.\nResolved that:\n"
            + "(a) the Medium Term Financial Plan be approved; and\n(b) the Treasurer be authorised to consult on the precept.\n\n5. DATE OF NEXT MEETING\nTo be confirmed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["the Medium Term Financial Plan be approved; and", "the Treasurer be authorised to consult on the precept."]);
    }

    [Fact]
    public void PlanningTable_WithAnApplicationColumn_GivesEachResponse()
    {
        var draft = Read(Parish + "19/02 Planning\n\n| Application | Address | Proposal | Response |\n|---|---|---|---|\n| 23/0123 | 4 The Green | Extension | No objection |\n"
            + "| 23/0456 | Mill Farm | Two dwellings | Object |\n\n19/03 Correspondence\nNoted.\n", "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe(["23/0123 – 4 The Green – Extension – No objection", "23/0456 – Mill Farm – Two dwellings – Object"]);
    }

    [Theory]
    [InlineData("Proposed Cllr Jones, seconded Cllr Brown, that the Council adopts the new Standing Orders. All in favour.", true)]
    [InlineData("It was resolved to suspend standing orders to allow the public to speak.", false)]
    [InlineData("The Council noted the report and approved the revised risk register.", true)]
    public void StandingOrdersAdopted_AndApprovalAfterWhatWasNoted_AreDecisions_SuspendingThemIsNot(string line, bool decision)
    {
        var draft = Read(Parish + "19/02 Governance\n" + line + "\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Count.ShouldBe(decision ? 1 : 0);
    }

    [Theory]
    [InlineData("Cllr Jones proposed and Cllr Brown seconded, that Cllr Green should be elected as Chairman, and this was passed unanimously.")]
    [InlineData("The minutes of the Parish Council meeting held on 4 February 2019, having been circulated to all Members, were confirmed as a true copy, and duly signed by the Chairman.")]
    [InlineData("Cllr Jones proposed that the Clerk's hours be increased to ten a week, and the motion was passed unanimously.")]
    public void ElectionSettledByTheVoteAfterIt_AndMinutesConfirmedAfterAnAside_AreDecisions(string line)
    {
        var draft = Read(Parish + "19/02 Business\n" + line + "\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([line]);
    }
    [Fact]
    public void AResolutionWrappedAfterASemicolon_IsReadWhole()
    {
        // A PDF's text layer breaks the line where the page did: the resolution's second part goes on in lower case.
        var draft = Read(Parish + "19/02 Budget\nRESOLVED that the budget for 2019/20 be approved as presented;\nand that the precept be set at £12,500.\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["RESOLVED that the budget for 2019/20 be approved as presented; and that the precept be set at £12,500."]);
    }

    [Fact]
    public void ResolutionsOnePerLine_EachEndingInASemicolon_StayApart()
    {
        var draft = Read(Parish + "19/02 Budget\nRESOLVED that the budget for 2019/20 be approved as presented;\nRESOLVED that the precept be set at £12,500.\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Count.ShouldBe(2);
    }
    [Fact]
    public void PassedWithoutDissent_UnderWhoMovedAndSeconded_IsADecision()
    {
        var draft = Read("# Riverside Users Group AGM, 10 January 2023\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n## 1. Confirmation of the minutes of the previous AGM\n\n"
            + "* Moved by Tom and seconded by Sue\n* Passed without dissent.\n\n## 2. Reports\n\nThe treasurer reported.\n", "minutes.md");

        draft.Decisions.ShouldHaveSingleItem().Text.ShouldEndWith("Passed without dissent.");
    }

    [Theory]
    [InlineData("Action: Clerk to check that all the complaints are being resolved.", false)]
    [InlineData("The drainage problem is now resolved with a new culvert.", false)]
    [InlineData("In answer to a question, he agreed that the county had not yet been asked.", false)]
    [InlineData("The contractor has resolved all the faults with the hall lights.", false)]
    [InlineData("The footpath dispute is very nearly resolved.", false)]
    [InlineData("We hope to get the drainage problem resolved before the winter.", false)]
    [InlineData("The flooding was resolved by clearing the ditch beside the lane.", false)]
    [InlineData("Nothing can be ordered until the insurance situation resolved.", false)]
    [InlineData("The Council has resolved to buy two new benches.", true)]
    [InlineData("ACTION: We agreed to ask the county for a meeting.", true)]
    [InlineData("Action: On a motion by Cllr Jones, seconded by Cllr Brown, and carried, the hall fees were raised.", true)]
    [InlineData("A/I: It was agreed we should write to the county.", true)]
    public void AnActionAProblemSolvedAndOnePersonsConcession_AreNoDecisions_AnOutcomeUnderTheActionLabelIs(string line, bool decision)
    {
        var draft = Read(Parish + "19/02 Highways\n" + line + "\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Count.ShouldBe(decision ? 1 : 0);
    }

    [Theory]
    [InlineData("It was proposed by Ann Lee (AL) that the contract is signed and Tom Fox (TF) seconded. All were in agreement, subject to a 72 hour veto being applied.")]
    [InlineData("Sue Day (SD) proposed the approval of the minutes from the meeting on 21st January 2022 and this was seconded by Bob King (BK). All others were in favour.")]
    [InlineData("JP proposed, and DH seconded, that a new current account should be opened. All present were in favour, apart from KF who abstained.")]
    [InlineData("Sandy Jones made a motion to approve the minutes. The motion was seconded by Alexa Freeburg. All those in favor responded with \"I\" there were no opposed.")]
    [InlineData("It was the consensus of the Board members that Ed Whorton be our agent.")]
    public void AMotionAnsweredByAllInFavour_AndTheBoardsConsensus_AreDecisions(string paragraph)
    {
        var draft = Read(Parish + "19/02 Business\n" + paragraph + "\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([paragraph]);
    }

    [Fact]
    public void LabelledMotionAndSeconder_AreOneDecision_ButNotTheAgendasAcceptance()
    {
        var draft = Read(Parish + "19/02 Business\nMOTION: Mr. Clyde Terry moved to accept the agenda.\nSECONDED: Ms. Rabia Belt\n\n"
            + "MOTION: Jim Brett called for a vote to accept the status of funds ending\nDecember 31, 2019.\n\nSECONDED: Rabia Belt\nRoll Call Vote:\nNeil Romano, Chairman\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["MOTION: Jim Brett called for a vote to accept the status of funds ending December 31, 2019. SECONDED: Rabia Belt"]);
    }

    [Fact]
    public void MoversOnTheLineUnderAStatement_WithNoOutcome_CarryTheStatement()
    {
        var draft = Read("Harbour Sailing Club\nCommittee Meeting\nTuesday 6 March 2018\n\nPresent: Jane Moss, Carl Finch, Ruth Hale\n\n"
            + "2. Matters arising\n- Minutes of the last meeting were read and accepted\n- Carl - proposed, Ruth - seconded\n"
            + "- New ropes fitted to the dinghy\n\n3. Boathouse\n- Replace the old slipway winch with an electric one\n- Proposed Jane, Seconded Carl\n"
            + "- The roof was inspected. Repairs were deferred until the insurer replies\n- Proposed Ruth, Seconded Jane\n"
            + "- The gutters are blocked again\n\n4. Close\nThe meeting closed at 9pm.\n", "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "Minutes of the last meeting were read and accepted. Carl - proposed, Ruth - seconded",
            "Replace the old slipway winch with an electric one. Proposed Jane, Seconded Carl",
            "The roof was inspected. Repairs were deferred until the insurer replies. Proposed Ruth, Seconded Jane",
        ]);
    }

    // Under "Decisions Made" and "Decisions Pending" a clerk lists the planning authority's decisions, and the council's responses
    // already sent between meetings: neither is this meeting's decision. The applications before the meeting are.
    [Fact]
    public void PlanningAuthoritysDecisionsListed_AreNoDecisions_TheApplicationsBeforeTheMeetingAre()
    {
        var draft = Read(Parish + "19/02 PLANNING\nDecisions Made (1st February – 3rd March)\nHigh Street\tfor Objection with\nF.12345/002\tDeferred\n"
            + "F.22339/003\tConservatory to Rear No Objection Permission\nMill House\nF.40047\tNo Objection Permission\nRose Cottage garage\nNo Objection\n"
            + "Decisions Pending\nF.39994 Stodham House, Agricultural Barn\tObjection\n"
            + "19/03 CURRENT PLANNING APPLICATIONS\n19/00333/FUL 4 The Green - new barn. No objection.\n\n19/04 CORRESPONDENCE\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["19/00333/FUL 4 The Green - new barn. No objection."]);
    }

    private static readonly string[] Schedule =
    [
        "19/02 PLANNING", "New planning applications", "24/01234/FUL\tMill House, Long Lane\tTwo storey side extension", "\tand new porch\tNo objection", "",
        "AB.0456/C", "Erection of a garden room at 3 Church Walk.", "OBJECTION", "",
        "24/01300/HH\tRose Cottage, The Green", "Replacement windows and doors – SUPPORT", "",
        "24/01400/TCA\tThe Willows\tTree work", "", "19/03 CORRESPONDENCE", "Noted.",
    ];

    // A schedule of applications kept without a table's borders: the reference leads the application's lines, and the council's
    // response stands in the last column, after a dash at the end, or on a line of its own. An application with no response is none.
    [Fact]
    public void ScheduleOfApplications_ResponseInItsColumnOrOnItsOwnLine_IsADecisionPerApplication()
    {
        var draft = Read(Parish + string.Join('\n', Schedule) + "\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "24/01234/FUL Mill House, Long Lane Two storey side extension and new porch No objection",
            "AB.0456/C Erection of a garden room at 3 Church Walk. OBJECTION",
            "24/01300/HH Rose Cottage, The Green Replacement windows and doors – SUPPORT",
        ]);
    }

    [Fact]
    public void ScheduleOfApplications_InAPdfsColumns_IsADecisionPerApplication()
    {
        var pdf = SampleDocuments.PdfInColumns(["Milltown Parish Council", "Minutes of the meeting held on 4 March 2019", "", .. Schedule], 40, 140, 330);

        var draft = DocumentImporter.ReadMinutes(pdf, "minutes.pdf");

        draft.Decisions.Count.ShouldBe(3);
        draft.Decisions[0].Text.ShouldContain("24/01234/FUL");
        draft.Decisions[0].Text.ShouldEndWith("No objection");
        draft.Decisions[1].Text.ShouldEndWith("OBJECTION");
    }

    [Fact]
    public void MoversInitialsAndAllInFavour_SettleTheStatementBeforeThem()
    {
        var draft = Read(Parish + "5. Financial matters\n5.1. To approve the bank reconciliation to 31st January 2019. Proposed AJ, seconded BB. All in favour\n"
            + "5.2. To review and approve the budget for 2019/20. The budget showed an increase of 3%.\nProposed CG, seconded AJ. All in favour. The Chair thanked the Clerk.\n"
            + "6. Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "5.1. To approve the bank reconciliation to 31st January 2019. Proposed AJ, seconded BB. All in favour",
            "5.2. To review and approve the budget for 2019/20. The budget showed an increase of 3%. Proposed CG, seconded AJ. All in favour.",
        ]);
    }

    // A trust's minutes give the proposal, its seconder and the meeting's assent in one sentence, or the seconder and the assent in
    // the sentence after the proposal.
    [Theory]
    [InlineData("The roof has leaked since March. RH proposed the roof be repaired before the summer and this was seconded by CF with all present in favour.",
        "RH proposed the roof be repaired before the summer and this was seconded by CF with all present in favour.")]
    [InlineData("The roof has leaked since March. The quote was £1,200 and RH proposed we accept it. CF seconded, with all present being in favour.",
        "The quote was £1,200 and RH proposed we accept it. CF seconded, with all present being in favour.")]
    [InlineData("The roof has leaked since March. JM proposed Ann Lee to oversee the repair. This was seconded by Tom Fox and unanimously agreed by the remaining trustees.",
        "JM proposed Ann Lee to oversee the repair. This was seconded by Tom Fox and unanimously agreed by the remaining trustees.")]
    public void AProposalSecondedWithAllPresentInFavour_IsADecision(string paragraph, string decision)
    {
        var draft = Read("Minutes of the Trustees of the Riverside Hall, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Ruth Hale, Carl Finch\n\n1. Roof\n"
            + paragraph + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([decision]);
    }

    // A PDF breaks a line after a councillor's title, or inside the motion quoted after its movers; neither ends the sentence.
    [Fact]
    public void ASentenceBrokenAfterATitleOrInsideAQuotation_IsReadWhole()
    {
        var draft = Read(Parish + "19/02 Village Plan\nCllr. Jones proposed that a grant of £300 be made towards printing the Village Plan, Cllr.\n"
            + "Brown seconded this proposal – AGREED 4 in favour.\n\n19/03 Accounts\nMoved by Ann, seconded by Tom “that the 2018 Annual\n"
            + "Accounts be approved.” Carried.\n\n19/04 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "Cllr. Jones proposed that a grant of £300 be made towards printing the Village Plan, Cllr. Brown seconded this proposal – AGREED 4 in favour.",
            "Moved by Ann, seconded by Tom “that the 2018 Annual Accounts be approved.” Carried.",
        ]);
    }

    [Fact]
    public void AnOutcomeWordOnTheLineUnderASettledMotion_ClosesIt()
    {
        var draft = Read(Parish + "7. Planning Consultations\n7.1. 250123 - Mill Barn, Long Lane. It was proposed (AJ) and seconded (BB) that the application be supported. All in favour.\n"
            + "Decided.\n\n8. Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldHaveSingleItem().ShouldEndWith("that the application be supported. All in favour. Decided.");
    }

    [Theory]
    [InlineData("It was agreed the next meeting would be Tuesday 14th May 2019.")]
    [InlineData("Agreed to meet on 4 June, 9 July and 3 September.")]
    [InlineData("All agreed to discuss the lease at the next meeting so that trustees can read the papers.")]
    [InlineData("All agreed that this item is deferred to the next meeting.")]
    [InlineData("We decided to push the conversation on the logo to our next meeting.")]
    public void SettingTheNextMeetingOrPuttingAMatterOffToIt_IsNoDecision(string line)
    {
        var draft = Read("Minutes of the Trustees of the Riverside Hall, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Ruth Hale\n\n1. Lease\n"
            + "The draft lease was circulated.\n\n" + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.ShouldBeEmpty();
    }

    [Fact]
    public void AMotionSetOutUnderItsMovers_WithItsOutcomeBelow_IsOneDecision()
    {
        var draft = Read("Riverside Alumni Association\nBoard of Directors Meeting\nMarch 3, 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n"
            + "1. Donations\nAfter a discussion, the following motion was made by Ann Lee, seconded by Tom Fox:\n\nMOTION: That the Association donate $500.00 to the\n"
            + "library appeal.\n\nPassed\n\nAfter a discussion, the following motion was made by Sue Day, seconded by Ann Lee:\n\nMOTION: That the Association buy a banner.\nFailed\n\n"
            + "2. Close\nThe meeting was adjourned.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "After a discussion, the following motion was made by Ann Lee, seconded by Tom Fox: MOTION: That the Association donate $500.00 to the library appeal. Passed",
        ]);
    }

    // A board deciding on proposals one by one writes its verdict under the proposal's title and its discussion.
    [Fact]
    public void AVerdictUnderItsLabel_StandsWithTheProposalItsItemNames()
    {
        var draft = Read("DC Usage Board Meeting, 12 May 2002\n\nPresent: Ann Lee, chair; Tom Fox\n\n1. New term proposals\n\n1.1. shelfMark\n\n"
            + "        Query relationship to an existing element.\n\n        Decision: Reject (see Point 3 below)\n\n1.2. lentBy\n\n"
            + "        Decision: Accept (with modified definition)\n\n2. Close\n\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "shelfMark - Decision: Reject (see Point 3 below)",
            "lentBy - Decision: Accept (with modified definition)",
        ]);
    }

    // A board putting questions to the vote writes each question with the count of each answer under it, or after it on its line.
    [Fact]
    public void AQuestionPutToTheVote_WithTheCountOfEachAnswer_IsADecision()
    {
        var draft = Read("DC Usage Board Meeting, 12 May 2002\n\nPresent: Ann Lee, chair; Tom Fox\n\n7. Vocabulary registration\n\n"
            + "    1.  Keep a separate register for local schemes?\n        Yes - 6, No - 1, Abstain - 1\n\n"
            + "    2.  What status should new local schemes be given?\n        Listed - 7, Endorsed - 1\n\n"
            + "    3.  Explicitly list every legacy\n        scheme?  Yes - 8 (unanimous)\n\n8. Close\n\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "1. Keep a separate register for local schemes? Yes - 6, No - 1, Abstain - 1",
            "2. What status should new local schemes be given? Listed - 7, Endorsed - 1",
            "3. Explicitly list every legacy scheme? Yes - 8 (unanimous)",
        ]);
    }

    [Theory]
    [InlineData("Bank Reconciliation: approved", true)]
    [InlineData("Accounts for payment: all approved for payment.", true)]
    [InlineData("Approval of the agenda: approved", false)]
    public void AMatterWithTheMeetingsApprovalAfterItsColon_IsADecision(string line, bool decision)
    {
        var draft = Read(Parish + "19/02 Finance:\n" + line + "\nInsurance cover for contractors\nAll cover is in place.\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(decision ? [line] : []);
    }

    // An association's AGM notes: the previous minutes accepted under their item, a motion and "Passed.", and each nomination with its
    // proposer, its seconder ("2nd by") and "ACCEPTED".
    [Fact]
    public void AnAgmsBareOutcomes_SettleTheMotionOrNominationBeforeThem()
    {
        var draft = Read("Riverside Music Association AGM\n7 December 2018\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1 Minutes of previous AGM\nAccepted without amendment.\n\n"
            + "2 Finance Report\n\nMotion: Membership fee for the coming year: $35 - AL, 2nd TF. Passed.\n\n3 Executive Positions\nNominations for Treasurer\nNom: Tom Fox.\n"
            + "Proposed by: AL. 2nd by: SD. ACCEPTED\n\n4 Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "Minutes of previous AGM: Accepted without amendment.",
            "Motion: Membership fee for the coming year: $35 - AL, 2nd TF. Passed.",
            "Nom: Tom Fox. Proposed by: AL. 2nd by: SD. ACCEPTED",
        ]);
    }

    // A commission's motions, each with the count of the vote under it in shares of the votes cast.
    [Fact]
    public void AVoteCountedInSharesUnderAMotion_SettlesIt()
    {
        var draft = Read("Riverside Commission on Aging\nMinutes of December 4, 2019\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\nMOTIONS:\n"
            + "- Payment to the caterer for the luncheon: $1800. Made by Tom, Second by Sue\n\nVote: Yes: 100% No: 0\n\n"
            + "- Raffle prizes: Ann is authorized to buy two gift cards of $25.\n- Motion made by Sue, seconded by Ann\n- Vote: Yes 100%    No: 0\n\n"
            + "The next meeting will be January 8, 2020.\n", "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "Payment to the caterer for the luncheon: $1800. Made by Tom, Second by Sue Vote: Yes: 100% No: 0",
            "Raffle prizes: Ann is authorized to buy two gift cards of $25. Motion made by Sue, seconded by Ann Vote: Yes 100% No: 0",
        ]);
    }

    [Theory]
    [InlineData("Accepted the minutes of the previous meeting.")]
    [InlineData("Treasurer’s Report given by Ann and accepted.")]
    public void MinutesOrAReportAccepted_VerbFirstOrAfterWhoGaveIt_AreDecisions(string line)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Reports\n"
            + "The editor reported on the spring issue.\n\n" + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([line]);
    }

    // An AGM's motions set out as a form: the motion under its label, the mover in a right-hand column or under it, the seconder,
    // then the outcome under its label; a lost motion, a nomination with no outcome and the adjournment decide nothing.
    [Fact]
    public void AMotionSetOutAsAForm_WithItsOutcomeUnderItsLabel_IsADecision()
    {
        var draft = Read("Riverside Field Club Annual General Meeting\nSunday, April 12, 2026\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n"
            + "1. Accounts\nThe treasurer presented the statement.\n\nMotion: To adopt the 2025 financial statement as presented.\tMover: T. Fox\n"
            + "Seconder: S. Day\nCarried: All in favour\n\n2. Fees\nMotion: That the membership fee rise to $40.\nMoved by: A. Lee\nSeconded by: S. Day\n"
            + "Defeated: 1 in favour, 2 against\n\nMotion: That the club buy a second field microscope.\nMover: S. Day\nSeconder: A. Lee\nCarried unanimously\n\n"
            + "3. Board\nMotion: That Ann Lee be nominated for Member at large.\tMover: T. Fox\nSeconder: S. Day\n\n"
            + "4. Close\nMotion: That the meeting be adjourned at 15:20.\tMover: A. Lee\nSeconder: T. Fox\nCarried: All in favour\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "Motion: To adopt the 2025 financial statement as presented. Carried: All in favour",
            "Motion: That the club buy a second field microscope. Carried unanimously",
        ]);
    }

    [Theory]
    [InlineData("A vote was held and was 5-1 in favour of moving the archive to the new server.", true)]
    [InlineData("Discussion was unanimously in favour of dropping the old mirror.", true)]
    [InlineData("It was voted on and approved to merge the two savings accounts.", true)]
    [InlineData("Consensus is to release the guide before the autumn.", true)]
    [InlineData("Residents at the open day were unanimously in favour of a new crossing.", false)]
    public void AVotesCountForWhatItChose_AndAConsensusInThePresentTense_AreDecisions(string line, bool decision)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Archive\n"
            + "The editor reported on the spring issue.\n\n" + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(decision ? [line] : []);
    }

    // A music association's business: the movers named alone settle the sentence before them, and a motion moved and seconded with
    // what it approves after the seconder stands as carried.
    [Theory]
    [InlineData("Tom Fox has been authorised to sign cheques for the association. Sue moved, Ann seconded. Motion approved.")]
    [InlineData("Ann Lee moved, and Sue Day seconded to approve the March minutes.")]
    [InlineData("The director asked for new folders for the choir at $120. Sue moved to approve, Ann seconded, motion approved.")]
    public void MoversNamedAlone_SettleTheSentenceBefore_AndAMotionSecondedToApprove_IsADecision(string paragraph)
    {
        var draft = Read("Riverside Music Association\nMinutes of April 9, 2015\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Business\n"
            + "The director reported on the spring concert.\n\n" + paragraph + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([paragraph]);
    }

    // A community council's schedule of payments under its label, the last payment's line closed by the outcome for them all.
    [Fact]
    public void AScheduleOfPayments_ClosedByAllApproved_IsOneDecisionInTheLabelsWords()
    {
        var draft = Read(Parish + "19/02 Finance\nBank balance £4,210.50 at the end of February.\n\n19/03 Invoices for approval:-\n"
            + "Milltown Hall Room Hire - £25.00 (Chq 1041)\nGrass cutting, March - £180.00 (Chq 1042)\nClerk’s salary - £310.40 (Chq 1043) – all approved.\n\n"
            + "19/04 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Invoices for approval: all approved."]);
    }

    // A homeowners' association board: the mover, the seconder and the board's approval in one sentence, the board being this
    // meeting, not another body reported on.
    [Theory]
    [InlineData("Ann made a motion to approve the June meeting minutes, seconded by Tom without amendments, and approved by the board.")]
    [InlineData("Sue Day moved to approve the pool contract, Tom Fox seconded the motion and the contract was approved by the Board.")]
    public void AMotionSecondedAndApprovedByTheBoard_InOneSentence_IsADecision(string line)
    {
        var draft = Read("Riverside Heights HOA Monthly Meeting Minutes\nJune 12, 2023 | 6:30pm\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Business\n"
            + "The president welcomed everyone.\n\n" + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([line]);
    }

    // "M/S/A" (moved, seconded, approved), "M/S/C" (… carried) and "M/S Lee/Fox Unanimous": a community council's motions in letters.
    [Theory]
    [InlineData("M/S/A to thank the parks crew for clearing the trail after the storm.")]
    [InlineData("M/S/C the council writes to the city in support of the crossing.")]
    [InlineData("The crossing letter goes to the city this week. M/S Lee/Fox Unanimous")]
    public void AMotionInLetters_MovedSecondedApproved_IsADecision(string line)
    {
        var draft = Read("Riverside Community Council\nMinutes of May 15, 2019\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Parks\n"
            + "The chair reported on the trail.\n\n" + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([line]);
    }

    // A club's AGM elects a sole nominee by acclamation: "Acclaimed" after the post and its holder, or the chair declaring it.
    [Fact]
    public void ANomineeAcclaimed_IsElected()
    {
        var draft = Read("Riverside Radio Club Annual General Meeting\nDecember 3, 2013\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Elections\n"
            + "President Ann Lee. Acclaimed\n\nTreasurer Tom Fox. Acclaimed\n\n"
            + "With two nominations for three seats, the chair declared those nominated to be acclaimed as directors.\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "President Ann Lee. Acclaimed",
            "Treasurer Tom Fox. Acclaimed",
            "With two nominations for three seats, the chair declared those nominated to be acclaimed as directors.",
        ]);
    }

    // An AGM that votes by ballot or on a screen: the question put on one line, its result on the line under it; a defeated
    // question decides nothing.
    [Fact]
    public void AQuestionPutToTheVote_OverItsResult_IsOneDecision()
    {
        var draft = Read("Riverside Co-op Annual General Meeting\nMay 15, 2021\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Auditor\n"
            + "The auditor's report was reviewed.\n\nVote to appoint Ann Lee as 2021 Auditor\nVote Results: 14 in favour, 0 not in favour – Motion Carried\n\n"
            + "2. Fees\nVote to set a seasonal fee\nVote Results: 1 in favour, 13 not in favour – Motion Defeated\n\n3. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Vote to appoint Ann Lee as 2021 Auditor Vote Results: 14 in favour, 0 not in favour – Motion Carried"]);
    }

    // A parent council's minutes record only carried motions: the movers named alone, with no outcome after them, carry what the
    // sentence before states, or what the item's title names when they open the item; the adjournment is procedure.
    [Fact]
    public void MoversNamedAlone_WithNoOutcomeAfter_CarryWhatIsPut()
    {
        var draft = Read("Riverside Parent Advisory Council\nMinutes of February 29, 2024\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n"
            + "1. Fundraising\nThe treasurer reported on the spring sale.\nIt was suggested that we add an online payment option to the order form. Ann moved to approve, Sue second.\n"
            + "Discussion of a second sale in June followed.\n\n2. Hot lunch program\nMotion by Tom, second by Sue.\n\n3. Adjournment (8:40pm)\nMotion by Ann, second by Tom.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "It was suggested that we add an online payment option to the order form. Ann moved to approve, Sue second.",
            "Hot lunch program: Motion by Tom, second by Sue.",
        ]);
    }

    // A co-op's AGM records its votes in plain words: a member "voted in", officers "voted to continue", a budget "voted on, and
    // passed"; a vote "in favour" of a report is no election.
    [Theory]
    [InlineData("Tom Fox put his name forward, and after a poll vote, he was unanimously voted in.", true)]
    [InlineData("There was a poll, and both Ann and Sue were voted to continue.", true)]
    [InlineData("The budget was voted on, and passed 15 yes, 1 no.", true)]
    [InlineData("The fence plan was voted in favour of by most residents in the survey.", false)]
    public void AVoteInPlainWords_ElectsOrCarries(string line, bool decision)
    {
        var draft = Read("Riverside Co-op Annual General Meeting\nApril 2, 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Board\n"
            + "The chair opened the meeting.\n\n" + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(decision ? [line] : []);
    }

    // Agreement named by its noun is the meeting's decision; one that "seems" to be there, or a "broad" one, is a feeling.
    [Theory]
    [InlineData("There was unanimous agreement that the newsletter moves to a quarterly issue.", true)]
    [InlineData("General agreement that the spring issue goes to print in March.", true)]
    [InlineData("The Committee was in agreement that the hall fee stays at £20.", true)]
    [InlineData("Agreement passed to print 200 copies of the spring issue.", true)]
    [InlineData("There seems to be general agreement on a quarterly issue.", false)]
    [InlineData("Broad agreement that the spring issue is probably too long.", false)]
    public void AgreementNamedByItsNoun_IsADecision(string line, bool decision)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Newsletter\n"
            + "The editor reported on the spring issue.\n\n" + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(decision ? [line] : []);
    }

    // A named person given a post is appointed, as one elected is, with or without "was" and after a dash; tellers for the
    // meeting's own count, and staff or posts reported as already filled, are not the meeting's appointment.
    [Theory]
    [InlineData("Ann Lee was appointed Independent Examiner of the accounts for the next year.", true)]
    [InlineData("Tom Fox – appointed official club photographer.", true)]
    [InlineData("Sue Day appointed as chair of the nominating committee.", true)]
    [InlineData("That Mr Tom Fox is formally appointed as the Assistant Clerk.", true)]
    [InlineData("Ann Lee and Sue Day were appointed tellers.", false)]
    [InlineData("Two wardens appointed and about to start.", false)]
    [InlineData("Newly appointed Vice President and Secretary are not present.", false)]
    public void ANamedPersonAppointedToAPost_IsADecision(string line, bool decision)
    {
        var draft = Read("Riverside Club Annual General Meeting\n25 June 2013\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Officers\n"
            + "The officers were discussed.\n\n" + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(decision ? [line] : []);
    }

    // A decision that names what it settles only by pointing back ("this was agreed", "these two nominees", "this request") is
    // read with the sentence before it, however long the paragraph.
    [Theory]
    [InlineData("Tom Fox suggested that the Trust replace the boiler before winter.", "After some discussion this was agreed.")]
    [InlineData("Two nominations had been received, from Ann Lee and Sue Day.", "These two nominees are elected unopposed as places remain.")]
    [InlineData("The youth club asked to use the hall free of charge on Fridays.", "The committee approved this request.")]
    public void ADecisionPointingBack_TakesTheSentenceBefore(string before, string decision)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Hall\n"
            + "The hall was discussed at length. " + before + " " + decision + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([$"{before} {decision}"]);
    }

    // A vote's count after what was put, on one line, is the meeting's answer to it; a count naming nothing, with no motion
    // before it, is not.
    [Theory]
    [InlineData("Tally for Tom Fox as Treasurer: 7 votes for, 0 against, 1 abstain", true)]
    [InlineData("New signs for the car park -- Vote (as Recommended): For - 7, Against - 0 Abstain - 1.", true)]
    [InlineData("Sue Day as Secretary: 11 agreed, 1 against", true)]
    [InlineData("Vote: For 5, Against 2", false)]
    [InlineData("Tickets for the dinner: 40 sold so far", false)]
    [InlineData("Survey of residents on a dog park: For 40, Against 12.", false)]
    public void CountAfterWhatWasPut_IsADecision(string line, bool decision)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Officers\n"
            + "The board discussed the posts.\n\n" + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(decision ? [line] : []);
    }

    // A motion and the word that settles it, whatever the order and the words: in one sentence, in the sentences after it,
    // or on the short lines under it that name only the seconder, the count and the outcome.
    [Theory]
    [InlineData("Cllr Jones proposed the council buys a new noticeboard for the green, seconded Cllr Brown. Carried unanimously.")]
    [InlineData("Dee moved to approve the quote for painting the hall, Ann seconded, approved.")]
    [InlineData("Motion moved and approved to hold the summer fair on the green.")]
    [InlineData("It was proposed by AB that the hall hire fee stays at £12 an hour and this was seconded by CD. All those present were in favour.")]
    [InlineData("Ann Lee made a motion to renew the insurance with the same broker. It was unanimously accepted.")]
    public void MotionWithItsOutcome_InOneParagraph_IsADecision(string paragraph)
    {
        var draft = Read(Parish + "19/02 Village hall\nThe chair opened the item.\n\n" + paragraph + "\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([paragraph]);
    }

    [Fact]
    public void MotionWithItsOutcome_OnTheLinesUnder_IsADecision()
    {
        var draft = Read("# Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n## Boat house\n\n"
            + "Ann Lee made a motion to repaint the boat house before the regatta.\n\nTom Fox seconded.\n\n* In favour: 3\n\nThe motion passed.\n\n## Close\n\nThe meeting closed.\n",
            "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Ann Lee made a motion to repaint the boat house before the regatta. The motion passed."]);
    }

    // A lost motion, an outcome still to come and a motion that closes the meeting decide nothing of the business.
    [Theory]
    [InlineData("Ann Lee made a motion to sell the boat house. Tom Fox seconded. The motion was defeated.")]
    [InlineData("Ann Lee proposed that a new logo be drawn which, if approved by the members, will go on the letterhead.")]
    [InlineData("Tom Fox: motion to close the public meeting; Sue Day seconded. Motion carried.")]
    public void LostUnsettledOrClosingMotion_IsNoDecision(string paragraph)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Boat house\n"
            + "The chair opened the item.\n\n" + paragraph + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.ShouldBeEmpty();
    }

    // Who chairs the meeting under way and the order of its agenda decide nothing of the business.
    [Theory]
    [InlineData("It was agreed that Cllr Jones would take the chair for the remainder of this meeting.", false)]
    [InlineData("As the Chair declared an interest, it was agreed Cllr Brown will chair this part of the meeting.", false)]
    [InlineData("Agreed to move the playground item up the agenda.", false)]
    [InlineData("The Clerk asked for the flooding report to be taken as urgent business - agreed.", false)]
    [InlineData("It was agreed to consider this later in this meeting.", false)]
    [InlineData("It was agreed to buy a new bench for the playground.", true)]
    public void ConductOfTheMeetingUnderWay_IsNoDecision(string line, bool decision)
    {
        var draft = Read(Parish + "19/02 Playground\n" + line + "\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Count.ShouldBe(decision ? 1 : 0);
    }

    // Something agreed before, named as a thing, is no decision; a decision that names one still is.
    [Theory]
    [InlineData("The treasurer reminded members to keep to the agreed budget for the summer fair.", false)]
    [InlineData("Ann suggested that the hall needs an agreed procedure for lending out the keys.", false)]
    [InlineData("The aim is a list so that there are agreed upon prices for the stalls.", false)]
    [InlineData("Bookings will start at 9am (or a pre-agreed time) on the day.", false)]
    [InlineData("The notice will help if anyone departs from what was agreed.", false)]
    [InlineData("It was agreed that the agreed budget for the summer fair be raised to £500.", true)]
    public void SomethingAgreedBefore_IsNoDecision_ADecisionNamingItIs(string line, bool decision)
    {
        var draft = Read(Parish + "19/02 Summer fair\n" + line + "\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Count.ShouldBe(decision ? 1 : 0);
    }

    // An approval in a condition or spoken of as only possible is still to come; a decision taken on a condition is not.
    [Theory]
    [InlineData("Ann suggested printing a second run of the guide, assuming that both grants are approved.", false)]
    [InlineData("The accounts are in place - once the budget agreed for next year we will look at the bank charges.", false)]
    [InlineData("Such a change, if we decided to make it, would need a new constitution.", false)]
    [InlineData("The fee can only be agreed in principle as the quotes have not come back yet.", false)]
    [InlineData("It was agreed that, once approved, the new leaflet will go to every house.", true)]
    [InlineData("If the grant is not paid, it was agreed that the trust would pay for the repairs.", true)]
    public void ApprovalInACondition_IsNoDecision_ADecisionOnAConditionIs(string line, bool decision)
    {
        var draft = Read(Parish + "19/02 Village guide\n" + line + "\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Count.ShouldBe(decision ? 1 : 0);
    }

    // A motion that names only its movers ("The motion was proposed by …, seconded by …", "Already moved and seconded") settles
    // the statement before it.
    [Theory]
    [InlineData("The youth club asked for a grant of £200 towards its summer trip.", "The motion was proposed by Cllr Jones, seconded by Cllr Brown. Agreed.")]
    [InlineData("Vote on raising the hall hire fee from £12 to £15 an hour.", "Already moved and seconded. All in favor. Motion passed.")]
    public void MotionNamingOnlyItsMovers_SettlesTheStatementBefore(string statement, string motion)
    {
        var draft = Read(Parish + "19/02 Village hall\nThe chair opened the item.\n\n" + statement + " " + motion + "\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([$"{statement} {motion}"]);
    }

    // An election announced over the list of who was elected to what is one decision with its list; under a list item, the list is
    // the items nested in it, not the items after it.
    [Theory]
    [InlineData("The following members were elected to the committee for 2025.\n\n* Chair: Ann Lee\n* Treasurer: Tom Fox\n\nThe hall will reopen in May.\n",
        "The following members were elected to the committee for 2025. Chair: Ann Lee, Treasurer: Tom Fox")]
    [InlineData("- Election of officers:\n  - Ann Lee, Chair\n  - Tom Fox, Treasurer\n- The newsletter will move online in the spring.\n",
        "Election of officers: Ann Lee, Chair, Tom Fox, Treasurer")]
    public void ElectionOverItsList_IsOneDecision(string section, string decision)
    {
        var draft = Read("# Minutes of the Annual Meeting of the Riverside Trust, 3 March 2025\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n## Elections\n\n"
            + section + "\n## Close\n\nThe meeting closed.\n", "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe([decision]);
    }

    // An election's results announced over their list: under a heading of their own, or in a "Results were as follows:" line where
    // the item speaks of the election.
    [Theory]
    [InlineData("## Annual meeting\n\n### Election results:\n\n- Chair:\n  - Ann Lee elected unopposed\n- Treasurer:\n  - Tom Fox elected unopposed\n\n## Close\n\nThe meeting closed.\n",
        "Election results: Chair:, Ann Lee elected unopposed, Treasurer:, Tom Fox elected unopposed")]
    [InlineData("## Election of Committee\n\nAll posts were declared vacant and Sue Day acted as returning officer.\n\nResults were as follows:\nChair – Ann Lee\nTreasurer – Tom Fox\n\n## Close\n\nThe meeting closed.\n",
        "Results were as follows: Chair – Ann Lee Treasurer – Tom Fox")]
    public void ElectionResultsOverTheirList_AreOneDecision(string section, string decision)
    {
        var draft = Read("# Minutes of the Annual Meeting of the Riverside Trust, 3 March 2025\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n" + section, "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe([decision]);
    }

    // "Results were as follows:" where nothing speaks of an election is no decision by itself.
    [Fact]
    public void ResultsFollowing_AwayFromAnElection_AreNoDecision()
    {
        var draft = Read("# Minutes of the Board of the Riverside Trust, 3 March 2025\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n## Survey\n\n"
            + "The residents' survey closed in May.\n\nResults were as follows:\nParking – 40\nLighting – 12\n\n## Close\n\nThe meeting closed.\n", "minutes.md");

        draft.Decisions.ShouldBeEmpty();
    }

    // The approval of the minutes names what it settles: with a date written with stops, in the words "amended and agreed", and
    // standing alone after a sentence about something else.
    [Theory]
    [InlineData("The hall was discussed.", "The minutes of the meeting on 16.7.19 were accepted.")]
    [InlineData("The hall was discussed.", "Minutes amended and agreed.")]
    [InlineData("The chair welcomed two new members to the board. Both said a few words.", "Minutes were approved.")]
    public void MinutesApproved_IsADecisionOfItsOwn(string before, string approval)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Previous minutes\n"
            + before + " " + approval + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([approval]);
    }

    // The whole body as the subject of a present-tense agreement, in markdown, HTML and plain text alike.
    [Theory]
    [InlineData("All attending board members agree that releases will follow the milestones.", "board.md")]
    [InlineData("Everyone agrees that two years is a good term for the treasurer.", "board.html")]
    [InlineData("Steering members agree with the outcome of the planning meeting.", "board.txt")]
    [InlineData("Everybody agrees to move the meeting to Thursdays.", "board.txt")]
    public void AgreementOfTheWholeBodyInThePresent_IsADecision(string line, string name)
    {
        var text = name.EndsWith(".html", StringComparison.Ordinal)
            ? $"<html><body><h1>Lakeside Software Board</h1><p>Present: Ann Lee, Tom Fox</p><h2>1. Terms</h2><p>{line}</p><h2>2. Close</h2><p>The meeting closed.</p></body></html>"
            : $"Lakeside Software Board\n\nPresent: Ann Lee, Tom Fox\n\n1. Terms\n\n{line}\n\n2. Close\n\nThe meeting closed.\n";

        Read(text, name).Decisions.Select(d => d.Text).ShouldBe([line]);
    }

    [Theory]
    [InlineData("Most board members agree that the term is too short.")]
    [InlineData("Some members agree that the logo should change.")]
    public void AgreementOfPartOfTheBody_IsNoDecision(string line)
    {
        var draft = Read($"Lakeside Software Board\n\nPresent: Ann Lee, Tom Fox\n\n1. Terms\n\n{line}\n\n2. Close\n\nThe meeting closed.\n");

        draft.Decisions.ShouldBeEmpty();
    }

    // The previous minutes approved in the clerk's shorthand, the verb first and no subject.
    [Theory]
    [InlineData("Accepted the minutes of the previous meeting.")]
    [InlineData("Reviewed and approved the last meeting's minutes (12 March 2019).")]
    [InlineData("Approved the minutes of the February meeting as circulated.")]
    public void MinutesApprovedVerbFirst_IsADecision(string line)
    {
        var draft = Read(Parish + "1. Minutes\n" + line + "\n\n2. Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([line]);
    }

    // The minutes' own stamp and a signature block for a later hand are no decision of the meeting.
    [Theory]
    [InlineData("These minutes were amended on 2 April 2019 and are considered approved.")]
    [InlineData("Minutes taken by: Approved by:")]
    [InlineData("APPROVED MINUTES 4 MARCH 2019")]
    public void MinutesStampAndSignatureBlock_AreNoDecision(string line)
    {
        var draft = Read(Parish + "1. Correspondence\nNoted.\n\n" + line + "\n");

        draft.Decisions.ShouldBeEmpty();
    }
}
