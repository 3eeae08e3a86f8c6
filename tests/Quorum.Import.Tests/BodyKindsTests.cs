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

    [Fact]
    public void CouncilAboveTheMinutesLine_IsTheBody()
    {
        var draft = Read("Hilltown Parish Council\nMinutes of the meeting held on Monday 4th March 2019 at the Village Hall\n" + Rest);

        draft.Body.ShouldBe("Hilltown Parish Council");
    }
}
