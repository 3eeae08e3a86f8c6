using Quorum.Access;
using Quorum.Bodies;
using Quorum.Papers;
using Quorum.People;
using Quorum.Search;

namespace Quorum.Tests.Search;

public class SearchSnippetTests(InMemoryQuorum quorum) : IClassFixture<InMemoryQuorum>
{
    private static SnippetPart Plain(string text) => new(text, false);

    private static SnippetPart Marked(string text) => new(text, true);

    [Fact]
    public void AShortText_IsShownWhole_WithEveryWordFoundMarked() =>
        SearchReader.Snippet("The budget and the Budgets were noted.", ["budget"])
            .ShouldBe([Plain("The "), Marked("budget"), Plain(" and the "), Marked("Budgets"), Plain(" were noted.")]);

    [Fact]
    public void WordsAreMarked_WhateverTheirCaseOrAccents() =>
        SearchReader.Snippet("CAFÉ, café and cafe.", ["cafe"])
            .ShouldBe([Marked("CAFÉ"), Plain(", "), Marked("café"), Plain(" and "), Marked("cafe"), Plain(".")]);

    [Fact]
    public void AWordIsMarked_OnlyWhenItStartsWithAWordSearchedFor() =>
        SearchReader.Snippet("Consultation on the preconsultation", ["consult"])
            .ShouldBe([Marked("Consultation"), Plain(" on the preconsultation")]);

    [Fact]
    public void ATextWithoutTheWords_IsShownFromItsStart() =>
        SearchReader.Snippet("Nothing to see here.", ["budget"]).ShouldBe([Plain("Nothing to see here.")]);

    [Fact]
    public void MarkdownMarks_AreNotShown()
    {
        SearchReader.Snippet("**Budget** was _noted_.\n\n- First point\r\n# Heading > quote `code`", ["budget"])
            .ShouldBe([Marked("Budget"), Plain(" was noted . First point Heading quote code")]);
        SearchReader.Snippet("A well-known mid - point", ["known"])
            .ShouldBe([Plain("A well-"), Marked("known"), Plain(" mid point")]);
        SearchReader.Snippet("- Budget noted", ["budget"]).ShouldBe([Marked("Budget"), Plain(" noted")]);
    }

    [Fact]
    public void ALongText_IsCutAroundTheFirstWordFound_AtSpaces_AndSaysSo()
    {
        // Words of four letters and a space each: the word at 60 starts at 300.
        var text = string.Join(' ', Enumerable.Range(0, 100).Select(i => i == 60 ? "target" : $"w{i:000}"));

        var parts = SearchReader.Snippet(text, ["target"]);

        // A third of the 220 letters before the word (from 227), moved on to the next word (230);
        // 220 letters on, back to the last space (446).
        parts.ShouldBe([Plain("…"), Plain(text[230..300]), Marked("target"), Plain(text[306..446]), Plain("…")]);
        parts[1].Text.ShouldStartWith("w046 ");
        parts[3].Text.ShouldEndWith(" w088");
    }

    [Fact]
    public void AWordNearTheStart_IsShownFromTheStart_AndOnlyTheEndIsCut()
    {
        var text = "The target " + string.Join(' ', Enumerable.Repeat("word", 60));

        var parts = SearchReader.Snippet(text, ["target"]);

        parts.ShouldBe([Plain("The "), Marked("target"), Plain(text[10..220]), Plain("…")]);
        text[220].ShouldBe(' ');
    }

    [Fact]
    public void AWordFoundAgainPastTheCut_IsNeitherShownNorMarked()
    {
        // The 42nd "word" would start just past the cut, at 221.
        var text = "The target " + string.Join(' ', Enumerable.Range(0, 60).Select(i => i == 42 ? "target" : "word"));

        var parts = SearchReader.Snippet(text, ["target"]);

        parts.ShouldBe([Plain("The "), Marked("target"), Plain(text[10..220]), Plain("…")]);
        text[221..227].ShouldBe("target");
    }

    [Fact]
    public void AWordWithNoSpaceBeforeIt_IsShownFromAThirdOfTheLengthBefore()
    {
        var text = new string('x', 100) + "-target";

        SearchReader.Snippet(text, ["target"]).ShouldBe([Plain("…"), Plain(new string('x', 72) + "-"), Marked("target")]);
    }

    [Fact]
    public void AFirstWordFoundFarIntoTheText_IsShownFromItself_AsAnyWordIs()
    {
        // A rule of dashes is no word: the word searched for is the text's first, at 81.
        var text = new string('-', 80) + " Budget noted";

        SearchReader.Snippet(text, ["budget"]).ShouldBe([Plain("…"), Marked("Budget"), Plain(" noted")]);
    }

    [Fact]
    public void ALongTextWithNoSpaces_IsCutAtTheLength()
    {
        var text = new string('x', 300);

        SearchReader.Snippet(text, ["target"]).ShouldBe([Plain(new string('x', 220)), Plain("…")]);
    }

    [Theory]
    [InlineData("consultations", "Consulted")]
    [InlineData("consultation", "Consulted")]
    [InlineData("meetings", "meets")]
    [InlineData("meeting", "meets")]
    [InlineData("studies", "study")]
    [InlineData("boxes", "box")]
    [InlineData("agreed", "agree")]
    [InlineData("tiled", "tile,till")]
    [InlineData("reports", "reporting")]
    [InlineData("Café", "CAFÉ,cafe")]
    [InlineData("bed", "beds")]
    [InlineData("shed", "sheds")]
    [InlineData("gas", "gas")]
    public async Task AWordSearchedFor_MarksWordsWithItsStem(string term, string marked)
    {
        // A person's job title is their snippet: read through the rule as any record is.
        await using var db = quorum.Open(Viewer.System);
        var person = new Person { FullName = "Ada", JobTitle = "Consulted meets study box agree tile till reporting CAFÉ cafe beds sheds gas be bus sh shop ga" };
        db.People.Add(person);
        await db.SaveChangesAsync();

        var hit = (await SearchReader.ReadVisibleAsync(db, [(SearchKinds.Person, person.Id)], [term], CancellationToken.None)).ShouldHaveSingleItem();

        string.Join(',', hit.Snippet.Where(p => p.IsMatch).Select(p => p.Text)).ShouldBe(marked);
    }

    [Fact]
    public async Task APersonsSnippet_IsTheirJobTitleAndOrganisation_InTheOrderTheIndexRankedThem()
    {
        await using var db = quorum.Open(Viewer.System);
        var shire = new Organisation { Name = "Northshire Council" };
        var people = new[]
        {
            new Person { FullName = "Both", JobTitle = "Clerk", Organisation = shire },
            new Person { FullName = "Organisation only", Organisation = shire },
            new Person { FullName = "Job only", JobTitle = "Clerk" },
            new Person { FullName = "Neither" },
        };
        db.People.AddRange(people);
        await db.SaveChangesAsync();

        var hits = await SearchReader.ReadVisibleAsync(db, [.. people.Reverse().Select(p => (SearchKinds.Person, p.Id)).Append((SearchKinds.Person, 0))], ["clerk"], CancellationToken.None);

        hits.Select(h => (h.Title, string.Concat(h.Snippet.Select(p => p.IsMatch ? $"[{p.Text}]" : p.Text)))).ShouldBe(
        [
            ("Neither", ""),
            ("Job only", "[Clerk]"),
            ("Organisation only", "Northshire Council"),
            ("Both", "[Clerk], Northshire Council"),
        ]);
    }

    [Fact]
    public async Task APaperWithoutText_IsQuotedByItsTitle()
    {
        await using var db = quorum.Open(Viewer.System);
        var body = new Body { Name = "Snippet Board", ShortName = "SB" };
        db.Bodies.Add(body);
        await db.SaveChangesAsync();
        var paper = new Paper { BodyId = body.Id, Title = "Heronry report" };
        paper.Classify(ProtectiveMarking.Official, null, Circulation.Public, [], []);
        db.Papers.Add(paper);
        await db.SaveChangesAsync();

        var hit = (await SearchReader.ReadVisibleAsync(db, [(SearchKinds.Paper, paper.Id)], ["heronry"], CancellationToken.None)).ShouldHaveSingleItem();

        (hit.Title, hit.Url, hit.Date, hit.BodyName).ShouldBe(("Heronry report", $"/papers/{paper.Id}", (DateOnly?)null, (string?)"Snippet Board"));
        hit.Snippet.ShouldBe([Marked("Heronry"), Plain(" report")]);
    }

    [Fact]
    public async Task APaperWithText_IsQuotedByItsText()
    {
        await using var db = quorum.Open(Viewer.System);
        var body = new Body { Name = "Snippet Panel", ShortName = "SP" };
        db.Bodies.Add(body);
        await db.SaveChangesAsync();
        var paper = new Paper { BodyId = body.Id, Title = "Heronry report", Text = "The heronry held twelve nests." };
        paper.Classify(ProtectiveMarking.Official, null, Circulation.Public, [], []);
        db.Papers.Add(paper);
        await db.SaveChangesAsync();

        var hit = (await SearchReader.ReadVisibleAsync(db, [(SearchKinds.Paper, paper.Id)], ["heronry"], CancellationToken.None)).ShouldHaveSingleItem();

        hit.Snippet.ShouldBe([Plain("The "), Marked("heronry"), Plain(" held twelve nests.")]);
    }
}
