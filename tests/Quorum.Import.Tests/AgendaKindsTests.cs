using System.Text;
using Quorum.Import.Minutes;

namespace Quorum.Import.Tests;

/// <summary>How minutes number and title their items, each from a short document.</summary>
public class AgendaKindsTests
{
    private static MinutesDraft Read(string text) => DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), "minutes.txt");

    private const string Header = "Minutes of the Riverside School governors, 21st March 2022\n\n";

    [Fact]
    public void NumberedTitlesRunningIntoTheirMinute_EndAtTheColon_AfterAClerksReference()
    {
        var draft = Read(Header + "22-0073 1. ROLL CALL: Present: Cownie, Boesen and Voss.\n\n22-0074 2. APPROVING AGENDA, AS PRESENTED: Moved by Boesen. Motion Carried 3-0.\n\n"
            + "22-0075 3. Staff Transition: The secretary informed the board that Ann Lee takes over in March.\n");

        draft.AgendaItems.Select(i => (i.Number, i.Title)).ShouldBe([("1", "ROLL CALL"), ("2", "APPROVING AGENDA, AS PRESENTED"), ("3", "Staff Transition")]);
    }

    [Fact]
    public void BulletHeadingsInTitleCase_OverDeeperBullets_AreItems()
    {
        var draft = Read(Header + "● Perfunctory Business\n○ Meeting called to order at 9:08am\n● Updates\n○ Holiday decorations were taken down\n● New Business\n○ APPROVED – 2018 Meetings Calendar\n"
            + "● Assign roles\n○ Ann takes the notes\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Perfunctory Business", "Updates", "New Business"]);
    }

    [Fact]
    public void MinuteReferencesWithTheCommitteesLetters_AreItems()
    {
        var draft = Read(Header + "FG 52/2122 Declaration of interests\nNone.\nFG 53/2122 Finance\nThe budget was reviewed.\nFG 54/2122 Premises\nThe roof was discussed.\n");

        draft.AgendaItems.Select(i => (i.Number, i.Title)).ShouldBe([("FG 52/2122", "Declaration of interests"), ("FG 53/2122", "Finance"), ("FG 54/2122", "Premises")]);
    }

    [Fact]
    public void LetteredItems_AreItems()
    {
        var draft = Read(Header + "A. Call to Order\nThe chair opened the meeting.\n\nB. Public Input\nNone.\n\nC. Other Matters\nNone.\n\nD. Any other business\nNone.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Call to Order", "Public Input", "Other Matters", "Any other business"]);
    }

    [Fact]
    public void AgendaIntroducedInASentence_GivesTheItems_WithoutTheirPresenters()
    {
        var draft = Read(Header + "The chair presented the following agenda for the meeting:\n\n- Internship update (Herb)\n- Budget review (Ann Hale, Ben Ortiz)\n- Badging API - @hober, @alice\n\nInternship update\n\nThere were 13 applicants.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Internship update", "Budget review", "Badging API"]);
    }

    [Fact]
    public void ItemTitleFollowedByItsMinuteOnOneLine_IsTheTitleAlone()
    {
        var draft = Read(Header + "1. Welcome\nAll welcomed.\n2. Reports. Fox gave the financial report and the budget was discussed at length.\n3. Strategic Plan Update. The task force was renewed for another year.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Welcome", "Reports", "Strategic Plan Update"]);
    }

    [Fact]
    public void ARoleInBracketsAfterATitle_StaysInIt()
    {
        var draft = Read(Header + "1. Opening comments (Co-Chair David)\nNone.\n2. Review of actions (Secretary Stefan)\nNone.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Opening comments (Co-Chair David)", "Review of actions (Secretary Stefan)"]);
    }

    [Fact]
    public void UnnumberedActionHeadings_OverTablesOrLists_AreNotItems()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Riverside Trust Board\n\n12 June 2019\n\nPresent: Ann Lee, Tom Brown\n\n"
            + "## Budget\n\nDiscussed.\n\n## Website\n\nDiscussed.\n\n## Action Items\n\n| Action | Owner |\n|---|---|\n| Send the budget | Ann Lee |\n\n"
            + "## Completed Actions\n\n| Action | Owner |\n|---|---|\n| Book the room | Tom Brown |\n\n## Actions\n\n- Ann Lee: call the bank\n"), "minutes.md");

        draft.AgendaItems.Select(a => a.Title).ShouldBe(["Budget", "Website"]);
    }

    [Fact]
    public void WordBulletsSetApartByEmptyLines_OverTheirMinutes_AreItems_AboveTheAttendanceToo()
    {
        var draft = Read("Minutes of the Riverside Library Trustees\nThe meeting took place on 6 October 2021 at the library.\n\n"
            + "● Call to Order\n○ Called to order by the chair at 5:35pm.\n\n● Attendance:\nPresent: Ann Lee, Tom Brown\nExcused: Sara Marks\n\n"
            + "● Acceptance of / Amendment to Agenda\n○ The agenda was approved.\n\n● Trustee vacancy checklist\n○ This was meant to give us guidance.\n\n"
            + "● Outreach Committee Report\nCommittee members:\n● Ann Lee\nTom Brown\n\n● Adjournment\n○ The meeting was adjourned at 7pm.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Call to Order", "Attendance", "Acceptance of / Amendment to Agenda", "Trustee vacancy checklist",
            "Outreach Committee Report", "Adjournment"]);
    }

    [Fact]
    public void HeadingOverWhoWasPresent_IsNotAnItem()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Members' Meeting, 4 May 2022\n\n## Directors Present\n\n- Ann Lee\n- Tom Reid\n\n"
            + "## Accounts\n\nThe accounts were received.\n\n## Elections\n\nTom Reid was elected.\n"), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Accounts", "Elections"]);
    }

    [Fact]
    public void NumberedPointsUnderOneOfSeveralHeadings_AreThatHeadingsOwn_NotTheItems()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("# Members' Meeting, 4 May 2022\n\n## Report\n\nThe chair reported on the year.\n\n"
            + "## Resolution\n\nThe committee proposed that the rules be changed by:\n\n1. Raising the fee to ten pounds\n2. Dropping the joining fee\n\n"
            + "The resolution was carried.\n\n## Elections\n\nTom Reid was elected.\n"), "minutes.md");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Report", "Resolution", "Elections"]);
    }
}
