using System.Text;
using NJsonSchema;
using Quorum.Import.Minutes;

namespace Quorum.Import.Tests;

/// <summary>The ways minutes record declarations of interest, motions and votes, each from a short invented document.</summary>
public class ConductKindsTests
{
    /// <summary>Reads the minutes with a closing item after them, so that the items read as an agenda.</summary>
    private static MinutesDraft Read(string text, string name = "minutes.txt") =>
        DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text + "\n\n24/03 Close of meeting\nThe meeting closed at 9pm.\n"), name);

    private const string Council = "MINUTES OF THE MEETING OF BROOKFIELD TOWN COUNCIL HELD ON TUESDAY 5TH MARCH 2024\n\n"
        + "Present: Cllr Ann Lee (Chair), Cllr Bob Hart, Cllr Cara Mills, Cllr Dev Shah\nIn attendance: Mrs J Black (Clerk)\n\n"
        + "24/01 Apologies for absence\nNone.\n\n";

    [Fact]
    public void ADeclarationInANamedItem_GivesThePersonTheItemAndTheNature()
    {
        var draft = Read(Council + "24/02 Declarations of interest\nCllr Bob Hart declared an interest in item 5 as a governor of Brookfield School.\n");

        var declaration = draft.Declarations.ShouldHaveSingleItem();
        declaration.Person.ShouldBe("Cllr Bob Hart");
        declaration.Item.ShouldBe("5");
        declaration.Kind.ShouldBeNull("the minutes do not say which kind");
        declaration.Nature.ShouldBe("a governor of Brookfield School");
        declaration.LeftTheRoom.ShouldBeFalse();
        declaration.Lines.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("declared a disclosable pecuniary interest", "disclosable_pecuniary")]
    [InlineData("declared a pecuniary interest", "disclosable_pecuniary")]
    [InlineData("declared an other registrable interest", "other_registrable")]
    [InlineData("declared a non-registrable interest", "non_registrable")]
    [InlineData("declared a non registrable interest", "non_registrable")]
    public void TheKindOfInterest_IsReadFromItsName(string words, string kind)
    {
        var draft = Read(Council + $"24/02 Planning\nCllr Dev Shah {words} because he owns the neighbouring field. He left the room and took no part in the vote.\n");

        var declaration = draft.Declarations.ShouldHaveSingleItem();
        declaration.Kind.ShouldBe(kind);
        declaration.Item.ShouldBe("24/02", "the item the declaration was made under");
        declaration.Nature.ShouldBe("he owns the neighbouring field");
        declaration.LeftTheRoom.ShouldBeTrue();
        declaration.TookNoPart.ShouldBeTrue();
    }

    [Fact]
    public void NoInterestsDeclared_IsNoDeclaration()
    {
        var draft = Read(Council + "24/02 Declarations of interest\nThere were no declarations of interest. Members declared no interests.\n");
        draft.Declarations.ShouldBeEmpty();
    }

    [Fact]
    public void MovedSecondedAndCarried_WithTheCounts()
    {
        var draft = Read(Council + "24/02 Library hours\nIt was moved by Cllr Ann Lee, seconded by Cllr Cara Mills, that the library opens on Sundays. "
            + "Carried: For 5, Against 2, Abstentions 1.\n");

        var motion = draft.Motions.ShouldHaveSingleItem();
        motion.Text.ShouldBe("That the library opens on Sundays");
        motion.Mover.ShouldBe("Cllr Ann Lee");
        motion.Seconder.ShouldBe("Cllr Cara Mills");
        motion.Outcome.ShouldBe("carried");
        (motion.For, motion.Against, motion.Abstentions).ShouldBe((5, 2, 1));
        motion.Item.ShouldBe("24/02");
    }

    [Fact]
    public void ProposedAndSeconded_ThenCarriedByVotesToVotes()
    {
        var draft = Read(Council + "24/02 Precept\nIt was proposed by Cllr Bob Hart and seconded by Cllr Dev Shah that the precept be set at £52,000.\n"
            + "The motion was carried by 6 votes to 3.\n");

        var motion = draft.Motions.ShouldHaveSingleItem();
        motion.Text.ShouldBe("That the precept be set at £52,000");
        motion.Mover.ShouldBe("Cllr Bob Hart");
        motion.Seconder.ShouldBe("Cllr Dev Shah");
        motion.Outcome.ShouldBe("carried");
        (motion.For, motion.Against, motion.Abstentions).ShouldBe((6, 3, null));
    }

    [Theory]
    [InlineData("Moved by Cllr Cara Mills and seconded by Cllr Ann Lee that the grant be refused; lost.", "lost")]
    [InlineData("That the grant be refused (moved by Cllr Cara Mills, seconded by Cllr Ann Lee) was withdrawn.", "withdrawn")]
    [InlineData("Cllr Cara Mills moved, and Cllr Ann Lee seconded, that the grant be refused. The motion was defeated.", "lost")]
    public void TheOutcome_IsCarriedLostOrWithdrawn(string sentence, string outcome)
    {
        var motion = Read(Council + $"24/02 Grants\n{sentence}\n").Motions.ShouldHaveSingleItem();

        motion.Mover.ShouldBe("Cllr Cara Mills");
        motion.Seconder.ShouldBe("Cllr Ann Lee");
        motion.Text.ShouldBe("That the grant be refused");
        motion.Outcome.ShouldBe(outcome);
    }

    [Fact]
    public void ALostMotionsVotes_CountTheSmallerSideFor()
    {
        var motion = Read(Council + "24/02 Grants\nMoved by Cllr Cara Mills, seconded by Cllr Ann Lee, that the grant be increased. The motion was lost by 2 votes to 5 with one abstention.\n")
            .Motions.ShouldHaveSingleItem();
        motion.Outcome.ShouldBe("lost");
        (motion.For, motion.Against, motion.Abstentions).ShouldBe((2, 5, 1));
    }

    [Theory]
    [InlineData("Cllrs Bob Hart and Cara Mills declared an interest in item 5 as members of the allotment society.")]
    [InlineData("Cllr Bob Hart and Cllr Cara Mills each declared an interest in item 5 as members of the allotment society.")]
    [InlineData("Under declarations, Cllr Bob Hart and Cllr Cara Mills declared an interest in item 5 as members of the allotment society.")]
    public void SeveralMembersDeclaringInOneSentence_AreEachADeclaration(string sentence)
    {
        var draft = Read(Council + "24/02 Declarations of interest\n" + sentence + "\n");

        draft.Declarations.Select(d => d.Person).ShouldBe(["Cllr Bob Hart", "Cllr Cara Mills"]);
        draft.Declarations.ShouldAllBe(d => d.Item == "5" && d.Nature == "members of the allotment society");
    }

    [Fact]
    public void ThreeMembersListedWithCommas_AreEachADeclaration()
    {
        var draft = Read(Council + "24/02 Declarations of interest\nCouncillors Lee, Hart and Shah declared a non-registrable interest in item 7 as trustees of the village hall.\n");

        draft.Declarations.Select(d => d.Person).ShouldBe(["Cllr Lee", "Cllr Hart", "Cllr Shah"]);
        draft.Declarations.ShouldAllBe(d => d.Kind == "non_registrable" && d.Item == "7");
    }

    [Fact]
    public void ATableOfDeclarations_GivesOneForEachRow_WithTheKindFromItsColumn()
    {
        var text = "# Minutes of Brookfield Town Council, 5 March 2024\n\n"
            + "Present: Cllr Ann Lee (Chair), Cllr Bob Hart, Cllr Cara Mills, Cllr Dev Shah\n\n"
            + "## 1. Declarations of interest\n\n"
            + "| Member | Agenda item | Type of interest | Nature of interest |\n|---|---|---|---|\n"
            + "| Cllr Dev Shah | 4 | Disclosable pecuniary | Owns the neighbouring field; left the room |\n"
            + "| Cllr Cara Mills | 6 | Other registrable | Trustee of the village hall |\n"
            + "| None | | | |\n\n"
            + "## 2. Planning\n\nThe council raised no objection.\n";
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), "minutes.md");

        draft.Declarations.Count.ShouldBe(2);
        var (shah, mills) = (draft.Declarations[0], draft.Declarations[1]);
        (shah.Person, shah.Item, shah.Kind, shah.LeftTheRoom).ShouldBe(("Cllr Dev Shah", "4", "disclosable_pecuniary", true));
        shah.Nature.ShouldBe("Owns the neighbouring field; left the room");
        (mills.Person, mills.Item, mills.Kind, mills.LeftTheRoom).ShouldBe(("Cllr Cara Mills", "6", "other_registrable", false));
        shah.Lines.ShouldNotBeEmpty();
    }

    [Fact]
    public void AnAttendanceTable_IsNotReadAsDeclarations()
    {
        var text = "# Minutes of Brookfield Town Council, 5 March 2024\n\n## Present\n\n| Name | Organisation |\n|---|---|\n| Ann Lee | Brookfield Town Council |\n\n## 1. Planning\n\nNo objection.\n";
        DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), "minutes.md").Declarations.ShouldBeEmpty();
    }

    [Fact]
    public async Task TheDraftWithDeclarationsAndMotions_MatchesTheImportSchema()
    {
        var draft = Read(Council + "24/02 Planning\nCllr Dev Shah declared a pecuniary interest as he owns the field.\n"
            + "It was moved by Cllr Ann Lee, seconded by Cllr Cara Mills, that no objection be raised. Carried: For 4, Against 0, Abstentions 0.\n");
        draft.Declarations.Count.ShouldBe(1);
        draft.Motions.Count.ShouldBe(1);

        var schemaPath = Path.Combine(AppContext.BaseDirectory, "import-schema.json");
        var schema = await JsonSchema.FromJsonAsync((await File.ReadAllTextAsync(schemaPath)).Replace("$defs", "definitions", StringComparison.Ordinal));
        var json = DraftJson.Serialize(draft);
        schema.Validate(json).Select(e => $"{e.Path} {e.Kind}").ShouldBeEmpty();
        json.ShouldContain("\"kind\": \"disclosable_pecuniary\"");
        json.ShouldContain("\"outcome\": \"carried\"");

        // A declaration of an unknown kind, or a motion missing its mover, is refused by the schema.
        schema.Validate(json.Replace("\"disclosable_pecuniary\"", "\"pecuniary\"", StringComparison.Ordinal)).ShouldNotBeEmpty();
    }
}
