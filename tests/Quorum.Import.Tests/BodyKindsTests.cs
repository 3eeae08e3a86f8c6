using System.Text;
using Quorum.Import.Minutes;

namespace Quorum.Import.Tests;

/// <summary>How minutes name the body that met, in their title or first heading, each from a short document.</summary>
public class BodyKindsTests
{
    private static MinutesDraft Read(string text, string name = "minutes.txt") =>
        DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), name);

    private const string Rest = "\nPresent: Jane Smith, Tom Brown\n\n1. Welcome\nAll welcomed.\n";

    [Theory]
    [InlineData("MINUTES OF THE PLANNING COMMITTEE HELD ON 3 MARCH 2020 AT THE TOWN HALL", "Planning Committee")]
    [InlineData("Minutes of the Audit Committee held on Tuesday 3 March 2020", "Audit Committee")]
    [InlineData("Minutes - Annual Meeting of the Municipal District of Riverton - 9th June 2020", "Municipal District of Riverton")]
    [InlineData("Northshire Fire Authority – Minutes of the meeting held on 12 May 2021", "Northshire Fire Authority")]
    [InlineData("Hilltown Town Council: minutes of the meeting held on 4 March 2019", "Hilltown Town Council")]
    [InlineData("Data Quality Committee Meeting Notes, 29 September 2016", "Data Quality Committee")]
    [InlineData("Credentials Community Group Telecon, 3 March 2020", "Credentials Community Group")]
    [InlineData("MINUTES OF THE MEETING OF THE\nPLANNING COMMITTEE HELD ON 3 MARCH 2020", "Planning Committee")]
    [InlineData("Minutes of the meeting of the Board of\nNorthshire Fire and Rescue Authority\nheld on 3 March 2020", "Board of Northshire Fire and Rescue Authority")]
    public void TitleNamesTheBody(string title, string body)
    {
        var draft = Read(title + "\n" + Rest);

        draft.Body.ShouldNotBeNull();
        draft.Body.ShouldBe(body, StringCompareShould.IgnoreCase);
    }

    [Theory]
    [InlineData("Open Standards Board minutes: 24 July 2019", "Open Standards Board")]
    [InlineData("Open Standards Board – 24 July 2019\nMinutes", "Open Standards Board")]
    [InlineData("Data Standards Panel\nMinutes\n12 March 2021", "Data Standards Panel")]
    [InlineData("Meeting minutes: Data Standards Panel, 12 March 2021", "Data Standards Panel")]
    [InlineData("Minutes – Standards Committee – 12 March 2021", "Standards Committee")]
    [InlineData("# Minutes: Open Standards Board, 12 March 2021", "Open Standards Board")]
    [InlineData("Riverside Foundation Board of Directors\nRegular Meeting\nMarch 12, 2021", "Riverside Foundation Board of Directors")]
    [InlineData("Data Advisory Board\nDate: 12 March 2021\nTime: 10:00", "Data Advisory Board")]
    [InlineData("# Technical Advisory Committee (TAC) Meeting - 12 March 2021", "Technical Advisory Committee (TAC)")]
    [InlineData("# CSAF TC Meeting 2022-03-30", "CSAF TC")]
    public void TitleLine_WithoutDateAndMinutesWords_IsTheBody(string title, string body)
    {
        var draft = Read(title + "\n" + Rest, title.StartsWith('#') ? "minutes.md" : "minutes.txt");

        draft.Body.ShouldBe(body, StringCompareShould.IgnoreCase);
    }

    [Theory]
    [InlineData("The Riverside Foundation\nBoard of Directors Meeting Minutes\nOctober 16, 2019", "Riverside Foundation Board of Directors")]
    [InlineData("HILLTOWN SCHOOL BOARD OF GOVERNORS\nCOMMITTEE:\tResources Committee\tDATE:\t21 March 2022", "Hilltown School Resources Committee")]
    public void OrganisationAboveItsBoardOrCommittee_NamesBoth(string title, string body)
    {
        var draft = Read(title + "\n" + Rest);

        draft.Body.ShouldBe(body, StringCompareShould.IgnoreCase);
    }

    [Theory]
    [InlineData("HILLTOWN TOWN COUNCIL\n\nMINUTES OF A MEETING OF THE PLANNING COMMITTEE\nHELD ON MONDAY 3RD MARCH 2020 AT 7PM", "Hilltown Town Council Planning Committee")]
    [InlineData("Minutes of a Meeting of the Finance Committee of Hilltown Town Council held on 3 May 2018", "Hilltown Town Council Finance Committee")]
    [InlineData("Minutes of the Annual Parish Meeting of Hilltown Parish Council held on 3 May 2018", "Hilltown Parish Council")]
    [InlineData("RIVERSIDE PARISH COUNCIL\nMinutes of the Parish Council Meeting held on 3 May 2018", "Riverside Parish Council")]
    public void CouncilAndItsCommittee(string title, string body)
    {
        var draft = Read(title + "\n" + Rest);

        draft.Body.ShouldBe(body, StringCompareShould.IgnoreCase);
    }

    [Theory]
    [InlineData("# Committee Meeting 2019.06.22")]
    [InlineData("# Plenum 2014-06-12 Agenda/Minutes")]
    [InlineData("# 2023 AGM & September Plenary, 2023-09-14")]
    [InlineData("Minutes of the meeting held on 3 May 2018")]
    public void KindOfBodyAlone_IsNoBody(string title)
    {
        var draft = Read(title + "\n" + Rest, "minutes.md");

        draft.Body.ShouldBeNull();
    }

    [Fact]
    public void AgendaItemAboutABody_IsNotTheBody()
    {
        var draft = Read("- Attendance: 6\n- Lead by Jane Smith\n\n## Tech Team Report - Jane\n\n- Release is ready\n", "minutes.md");

        draft.Body.ShouldBeNull();
    }

    [Fact]
    public void CouncilAboveTheMinutesLine_IsTheBody()
    {
        var draft = Read("Hilltown Parish Council\nMinutes of the meeting held on Monday 4th March 2019 at the Village Hall\n" + Rest);

        draft.Body.ShouldBe("Hilltown Parish Council");
    }

    [Fact]
    public void NumberedMeeting_IsWhichMeeting_NotTheBody()
    {
        var draft = Read("Riverside PMB Meeting\nMinutes of Meeting 10\n22 January 2016, 0930-1200\n" + Rest);

        draft.Body.ShouldBe("Riverside PMB");
    }

    [Fact]
    public void SentenceAboutTheMeeting_NamesNoBody()
    {
        var draft = Read("General Meeting 10:00 19-Nov-2022\n=================================\n\nHeld at the Old School, Milltown.\nA recording of the meeting is available on request.\n" + Rest);

        draft.Body.ShouldBeNull();
    }
}
