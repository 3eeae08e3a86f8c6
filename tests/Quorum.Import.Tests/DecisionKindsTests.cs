using System.Text;
using Quorum.Import.Minutes;

namespace Quorum.Import.Tests;

/// <summary>The ways minutes record decisions, and the parish conventions of attendance, each from a short document.</summary>
public class DecisionKindsTests
{
    private static MinutesDraft Read(string text, string name = "minutes.txt") =>
        DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), name);

    private const string Parish = "MINUTES OF THE MEETING OF MILLTOWN PARISH COUNCIL HELD ON MONDAY 4TH MARCH 2019\n\n"
        + "Present: Cllr Mrs D Smith (Chair), Cllrs A Jones, B Brown and C Green\nIn attendance: Mrs J Black (Clerk) and 3 members of the public\n\n"
        + "19/01 Apologies for absence\nThere was an apology from Cllr P White.\n\n";

    [Fact]
    public void ParishAttendance_CountsThePublicAsNobody_AndTheClerkAsClerk()
    {
        var draft = Read(Parish + "19/02 Declarations of interest\nNone.\n\n19/03 Finance\nNoted.\n");

        draft.Body.ShouldBe("Milltown Parish Council");
        draft.Attendees.Select(a => a.Name).ShouldBe(["Cllr Mrs D Smith", "A Jones", "B Brown", "C Green", "Mrs J Black"]);
        draft.Attendees[^1].Organisation.ShouldBeNull();
        draft.Attendees[^1].Role.ShouldBe("Clerk");
        draft.Apologies.Select(a => a.Name).ShouldBe(["Cllr P White"]);
        draft.AgendaItems.Select(i => i.Title).ShouldContain("Declarations of interest");
    }

    [Theory]
    [InlineData("The Clerk showed the new sign; it was determined that it is fine as it is.")]
    [InlineData("It was concluded that the logo should carry the council's name.")]
    [InlineData("• Annual accounts approved – A. Jones (motion), B. Brown (second)")]
    [InlineData("• APPROVED – 2019 meetings calendar")]
    public void ConclusionsAndApprovalsWrittenShort_AreDecisions(string line)
    {
        var draft = Read(Parish + "19/02 Finance\n" + line + "\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text.TrimStart('•', ' ')).ShouldBe([line.TrimStart('•', ' ')]);
    }

    [Fact]
    public void PlanningApplications_TheCouncilsResponseIsADecision()
    {
        var draft = Read(Parish + "19/02 Planning\n19/00123/FUL 12 High Street - extension. The council resolved to support the application.\n"
            + "19/00145/HH Rose Cottage - garage.\nNo objection was raised.\n\n19/03 Finance\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "19/00123/FUL 12 High Street - extension. The council resolved to support the application.",
            "19/00145/HH Rose Cottage - garage. No objection was raised.",
        ]);
    }

    [Fact]
    public void AgreedOverANumberedList_EachEntryIsADecision()
    {
        var draft = Read("# Board minutes, 9 May 2013\n\n**Directors present**\n\nJane Smith, Chair\nTom Brown\n\n## 1. Budget\n\nThe Board agreed:\n\n1. to approve the 2013 budget;\n2. to appoint a new auditor.\n", "board.md");

        draft.Attendees.Select(a => (a.Name, a.Role)).ShouldBe([("Jane Smith", "Chair"), ("Tom Brown", null)]);
        draft.Decisions.Select(d => d.Text).ShouldBe(["to approve the 2013 budget", "to appoint a new auditor."]);
    }

    [Fact]
    public void MotionOutcome_StandsWithTheMotion_APersonVolunteeringIsNoDecision()
    {
        var draft = Read("Minutes of the Port Commission meeting, 19 April 2018\n\nPresent: Rob Bishop, Jan Power\n\n1. Consent calendar\n"
            + "Power moved to approve the consent calendar. Bishop seconded the motion. The motion passed 2-0.\n\n2. Dredging\nRob agreed to ask the engineers for a quote.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Power moved to approve the consent calendar. Bishop seconded the motion. The motion passed 2-0."]);
    }

    [Fact]
    public void MinutesOfTheMeetingOfX_NamesTheBody()
    {
        var draft = Read("Minutes of the meeting of the Data Board held on Tuesday 13th December 2011\n\nAttendees\nJane Smith  Department for Education\nSarah Jones, HM Treasury\n\n1. Welcome\nThe chair welcomed members.\n");

        draft.Body.ShouldBe("Data Board");
        draft.MeetingDate.ShouldBe("2011-12-13");
        draft.Attendees.ShouldBe([new PersonDraft("Jane Smith", "Department for Education"), new PersonDraft("Sarah Jones", "HM Treasury")]);
    }

    [Theory]
    [InlineData("RESOLVED: That the minutes of the meeting held on 4 February 2019 be approved as a correct record and signed by the Chair.")]
    [InlineData("RESOLVED that the Council purchases two benches for the playing field.")]
    [InlineData("It was resolved to purchase two benches for the playing field.")]
    [InlineData("It was RESOLVED that the quote from Green Ltd for grass cutting be accepted.")]
    [InlineData("Resolved – that the payments listed be approved.")]
    [InlineData("Members RESOLVED to accept the quote from Green Ltd for grass cutting.")]
    [InlineData("Proposed by Cllr Jones, seconded by Cllr Brown and RESOLVED unanimously that the budget be adopted.")]
    public void CouncilResolutions_AreDecisions(string resolution)
    {
        var draft = Read(Parish + "19/02 Finance\nThe Clerk presented the figures.\n" + resolution + "\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([resolution]);
    }

    [Fact]
    public void ResolutionsToNote_AreNoDecisions()
    {
        var draft = Read(Parish + "19/02 Reports\nRESOLVED to note the report of the County Councillor.\nIt was resolved to receive the correspondence.\n");

        draft.Decisions.ShouldBeEmpty();
    }

    [Fact]
    public void MotionNamedBeforeItsProposer_IsPartOfTheDecision()
    {
        var draft = Read(Parish + "19/02 Finance\nMotion: Adopt the contingency budget for 2019. Proposed by Cllr Jones, seconded by Cllr Brown. Passed unanimously.\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Motion: Adopt the contingency budget for 2019. Proposed by Cllr Jones, seconded by Cllr Brown. Passed unanimously."]);
    }

    [Fact]
    public void ApprovedNemCon_UnderTheMotionAndItsSeconder_IsADecision_ButAdjourningIsNot()
    {
        var draft = Read(Parish + "19/02 Minutes\nMotion to approve the minutes: Cllr Jones\tSeconded: Cllr Brown\no Approved Nem Con\n\n19/03 Close\nMotion to Adjourn: Cllr Jones\tSecond: Cllr Brown\nApproved Nem Con.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Motion to approve the minutes: Cllr Jones Seconded: Cllr Brown Approved Nem Con"]);
    }

    [Fact]
    public void DecisionLabelAlone_TheParagraphUnderItIsTheDecision()
    {
        var draft = Read(Parish + "19/02 Playing field\nThe state of the swings was discussed at length.\n\nDecision:\nThe Council will replace the swings before the summer.\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["The Council will replace the swings before the summer."]);
    }

    [Fact]
    public void AgreedAloneAfterAParagraph_AnswersThatParagraph()
    {
        var draft = Read(Parish + "19/02 Library\nTwo planters could be bought for outside the library.\nAgreed.\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["Two planters could be bought for outside the library. Agreed."]);
    }

    [Fact]
    public void LongDecisionAfterAnotherSentence_StandsAlone()
    {
        var draft = Read(Parish + "19/02 Templates\nFurther templates for project proposals have been prepared by the Clerk with the help of others.\nThe Council agreed that the templates are ready to be published on the website this month.\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe(["The Council agreed that the templates are ready to be published on the website this month."]);
    }

    [Fact]
    public void ProposalSecondedAndAccepted_SettlesTheProposalAbove_OrItself()
    {
        var draft = Read("# Summary Notes, Riverside Trust Board Meeting\n\nDate: 2020-10-29\n\n## Financials\n\n"
            + "- Discussion held on cost vs benefit\n- Proposal to pay for the hosting for now\n  - Each year, review the cost\n- Proposal seconded and accepted\n"
            + "- Proposal to send reminders immediately seconded and accepted\n", "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe([
            "Proposal to pay for the hosting for now. Proposal seconded and accepted",
            "Proposal to send reminders immediately seconded and accepted",
        ]);
    }

    [Fact]
    public void ItWasDecided_OverBullets_EachBulletOpensWithADecision()
    {
        var draft = Read("# Riverside PMB Meeting\n\n22 January 2016\n\n## Release\n\nIn discussion of the proposed release dates it was decided\n\n"
            + "- To release every four months. This fits the facilities' cycles better.\n- To allow a full week for beta testing.\n\nIn this context deployment was discussed.\n\n"
            + "- Some systems update automatically.\n", "minutes.md");

        draft.Decisions.Select(d => d.Text).ShouldBe(["To release every four months.", "To allow a full week for beta testing."]);
    }

    [Theory]
    [InlineData("The annual accounts were approved by the Parish Council and signed by the Chair.", 1)]
    [InlineData("The annual accounts were approved by the Council.", 1)]
    [InlineData("The annual return was completed and approved by the Council.", 1)]
    [InlineData("The new crossing was approved by the County Council in January.", 0)]
    [InlineData("The grant was approved by the Board of the Community Trust.", 0)]
    public void ApprovedByTheBodyItself_IsItsDecision_ByAnotherBodyIsNot(string line, int count)
    {
        var draft = Read(Parish + "19/02 Finance\n" + line + "\n\n19/03 Correspondence\nNoted.\n");

        draft.Decisions.Count.ShouldBe(count);
    }

    [Theory]
    [InlineData("- TF: We decided on the venue last week, but the catering is still open.")]
    [InlineData("- Dan: we had a breakout - we agreed to set up a follow-on call.")]
    [InlineData("- Simon - agreed, and we also need to think about the cost.")]
    [InlineData("- Laura: \"Agreed with Tom that the fee should stay as it is.\"")]
    [InlineData("- I proposed to Tom that we merge the guide as agreed upon.")]
    [InlineData("Tom said the fee had not changed in years. Laura: \"Agreed, we should keep it as it is.\"")]
    [InlineData("- The conclusion was that we kind of agreed on doing both at once.")]
    public void OnePersonsRemark_InTranscriptNotes_IsNoDecision(string line)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Business\n"
            + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("- TF: We should buy the new mower. All agreed.", "TF: We should buy the new mower. All agreed.")]
    [InlineData("- Tom: the motion to buy the mower was carried.", "Tom: the motion to buy the mower was carried.")]
    [InlineData("- AGM - following discussion it was agreed to hold the AGM online.", "AGM - following discussion it was agreed to hold the AGM online.")]
    public void SpeakersLine_SayingTheMeetingSettledIt_IsADecision(string line, string decision)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Business\n"
            + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.Select(d => d.Text).ShouldBe([decision]);
    }

    [Theory]
    [InlineData("- The chair will be elected at the next meeting, as Ann has served for a year.")]
    [InlineData("- In future the treasurer can be elected by the members at the AGM.")]
    [InlineData("- Each time new trustees are elected, review who holds the bank mandate.")]
    [InlineData("- The unspent grant of 500 pounds will be carried over to next year.")]
    [InlineData("- The trustees reviewed the agenda and a final agenda was agreed upon.")]
    public void ElectionsToComeAndCarryingOver_AreNoDecisions(string line)
    {
        var draft = Read("Minutes of the Board of the Riverside Trust, 3 March 2022\n\nPresent: Ann Lee, Tom Fox, Sue Day\n\n1. Business\n"
            + line + "\n\n2. Close\nThe meeting closed.\n");

        draft.Decisions.ShouldBeEmpty();
    }
}
