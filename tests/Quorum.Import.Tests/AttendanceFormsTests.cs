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

    [Fact]
    public void NumberedRowWithALeadColumn_ListsTheApologiesBelowIt()
    {
        var draft = Read(Society + "Attendees: Holly Packer (HP) (Chairing), Evie Wilson (EW)\n\n1\tApologies\tHP\n● Joseph Adams\n● Ella Gardner\n\n"
            + "2\tAdoption of Previous Minutes\tLA\n● Unanimous adoption of previous minutes\n");

        draft.Apologies.Select(a => a.Name).ShouldBe(["Joseph Adams", "Ella Gardner"]);
    }

    [Fact]
    public void LeadColumnAlone_NamesNobody()
    {
        var draft = Read(Society + "Attendees: Holly Packer (HP) (Chairing), Evie Wilson (EW)\n\n1\tApologies received from\tAll\n\n2\tMatters Arising\tHP\n● None\n");

        draft.Apologies.ShouldBeEmpty();
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
}
