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
    public void MinuteReferences_WithTheApologiesFirst_AreItems(string first, string second, string third, string firstNumber)
    {
        var draft = Read(Header + $"{first} Apologies for absence\nApologies were received from Cllr D White.\n\n{second} Declarations of interest\nNone.\n\n{third} Police and Crime Plan\nThe plan was discussed.\n");

        draft.AgendaItems.Select(i => i.Title).ShouldBe(["Apologies for absence", "Declarations of interest", "Police and Crime Plan"]);
        draft.AgendaItems[0].Number.ShouldBe(firstNumber);
        draft.Apologies.Select(a => a.Name).ShouldBe(["Cllr D White"]);
    }

    [Fact]
    public void MinuteReferences_WithDotsAndTheBoardsLetters_AreItems()
    {
        var draft = Read(Header + "PB.19.045 Declarations of interest\nNone.\n\nPB.19.046 Minutes of the previous meeting\nApproved.\n\nPB.19.047 Police and Crime Plan\nThe plan was discussed.\n");

        draft.AgendaItems.Select(i => i.Number).ShouldBe(["PB.19.045", "PB.19.046", "PB.19.047"]);
    }
}
