using Quorum.Import.Minutes;

namespace Quorum.Import.Tests;

public class ActionLineReaderTests
{
    private static readonly string[] People = ["Mark Brett", "Jos Creese", "Suzanne Horner", "Dylan Roberts", "Martin Bellamy"];
    private readonly ActionLineReader _reader = new(People);

    [Fact]
    public void ReferencedAction_KeepsReferenceAndOwner_TextLeavesOutTheOwner()
    {
        var action = _reader.Read("Action LG CIO 03/05: Mark Brett to progress this with GC")!;
        action.Reference.ShouldBe("LG CIO 03/05");
        action.Owners.ShouldBe(["Mark Brett"]);
        action.Text.ShouldBe("progress this with GC");
    }

    [Fact]
    public void NumberedAction_WithWill_NamesTheOwner()
    {
        var action = _reader.Read("Action 01: Martin Bellamy will circulate the slide pack to the LCIOC.")!;
        action.Reference.ShouldBe("01");
        action.Owners.ShouldBe(["Martin Bellamy"]);
    }

    [Fact]
    public void BareInitials_ResolveToTheOnlyPersonWhoFits()
    {
        var action = _reader.Read("Action:  SH")!;
        action.Reference.ShouldBeNull();
        action.Owners.ShouldBe(["Suzanne Horner"]);
        action.OwnersOnly.ShouldBeTrue();
    }

    [Fact]
    public void AnOwnerWrittenAsInitialAndSurname_IsThePersonOfThatSurnameWithThatInitial()
    {
        var reader = new ActionLineReader(["Mark Brett", "Jos Creese", "Anna Creese", "Dylan Roberts"]);

        reader.ReadEntry("Circulate the slide pack", ownerField: "J Creese").Owners.ShouldBe(["Jos Creese"]);
        reader.ReadEntry("Book the room", ownerField: "A. Creese").Owners.ShouldBe(["Anna Creese"]);
        reader.ReadEntry("Chase the supplier", ownerField: "D. J. Roberts").Owners.ShouldBe(["Dylan Roberts"]);
        reader.ReadEntry("Print the agenda", ownerField: "P Creese").Owners.ShouldBe(["P Creese"]);
    }

    [Fact]
    public void TwoOwnersJoinedByAnd_AreBothOwners()
    {
        var action = _reader.Read("Mark Brett and Jos Creese to review the terms of reference")!;
        action.Owners.ShouldBe(["Mark Brett", "Jos Creese"]);
        action.Reference.ShouldBeNull();
    }

    [Fact]
    public void SlashSeparatedInitials_ResolveEachOwner()
    {
        var action = _reader.Read("Action: JC/DR to agree the workshop agenda")!;
        action.Owners.ShouldBe(["Jos Creese", "Dylan Roberts"]);
    }

    [Fact]
    public void AmbiguousInitials_AreKeptAsPrinted()
    {
        // Mark Brett and Martin Bellamy are both MB.
        _reader.Read("Action: MB to book the room")!.Owners.ShouldBe(["MB"]);
    }

    [Fact]
    public void FirstNameAndInitial_ResolveToFullName()
    {
        _reader.Read("Action 04: Dylan R to submit paper to the PSN team re funding.")!.Owners.ShouldBe(["Dylan Roberts"]);
    }

    [Fact]
    public void PassiveAction_HasNoOwner()
    {
        var action = _reader.Read("Action 05: GIS/Ordinance Survey to be an agenda item at the next meeting.")!;
        action.Owners.ShouldBeEmpty();
        action.Reference.ShouldBe("05");
    }

    [Fact]
    public void OwnerBeforeColon_IsStrippedFromTheText()
    {
        var action = _reader.ReadEntry("Thibaud Colas: Update the Fundraising website page");
        action.Owners.ShouldBe(["Thibaud Colas"]);
        action.Text.ShouldBe("Update the Fundraising website page");
    }

    [Fact]
    public void BracketedInitials_AreTheOwner()
    {
        var action = _reader.ReadEntry("[SH]\tDraft the minutes of the meeting.");
        action.Owners.ShouldBe(["Suzanne Horner"]);
        action.Text.ShouldBe("Draft the minutes of the meeting.");
    }

    [Fact]
    public void DueDateAfterBy_IsReadAsIsoDate()
    {
        _reader.Read("Action 7: Jos Creese to write to the Minister by 31 March 2010")!.Due.ShouldBe("2010-03-31");
    }

    [Fact]
    public void DueMonthOnly_IsYearAndMonth()
    {
        _reader.Read("Action: Mark Brett to report back by June 2011")!.Due.ShouldBe("2011-06");
    }

    [Fact]
    public void RelativeDeadline_HasNoDueDate()
    {
        _reader.Read("Action: Mark Brett to report back within the next 5 days")!.Due.ShouldBeNull();
    }

    [Fact]
    public void OrdinaryProse_IsNotAnAction()
    {
        _reader.Read("The programme is at the high level design stage.").ShouldBeNull();
        _reader.Read("Minutes to be circulated with the papers.").ShouldBeNull();
    }

    [Fact]
    public void UnknownInitials_AreKeptAsPrinted()
    {
        _reader.Read("Action: XY to chase the supplier")!.Owners.ShouldBe(["XY"]);
    }

    [Fact]
    public void ReaderWithoutKnownPeople_StillReadsFullNames()
    {
        new ActionLineReader().Read("Action 2: Jane Doe will book the room")!.Owners.ShouldBe(["Jane Doe"]);
    }

    [Theory]
    [InlineData("The budget figures to be shared by SH/JC before the next meeting.", "Suzanne Horner+Jos Creese")]
    [InlineData("Last year's accounts to be circulated by Mark Brett and Jos Creese.", "Mark Brett+Jos Creese")]
    public void PassiveTask_NamesItsOwnersAfterBy(string entry, string owners)
    {
        var action = _reader.ReadEntry(entry);
        string.Join('+', action.Owners).ShouldBe(owners);
        action.Text.ShouldBe(entry);
    }

    [Fact]
    public void PassiveTask_ByADate_NamesNoOwner()
    {
        _reader.ReadEntry("The budget figures to be shared by Friday 12 March.").Owners.ShouldBeEmpty();
    }
}
