using Quorum.Notifications;

namespace Quorum.Tests.Notifications;

public class LetterTests
{
    private const string Page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{0}</title></head>" +
        "<body style=\"font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4\">{1}</body></html>";

    [Fact]
    public void AnEmptyLetter_HasNoText_AndAnHtmlPageTitledWithItsEncodedSubject()
    {
        var letter = new Letter("Minutes <draft> & notes");

        letter.Subject.ShouldBe("Minutes <draft> & notes");
        letter.Text.ShouldBe("");
        letter.Html.ShouldBe(string.Format(null, Page, "Minutes &lt;draft&gt; &amp; notes", ""));
    }

    [Fact]
    public void HeadingsAndParagraphs_AreUnderlinedInText_AndEncodedInHtml()
    {
        var letter = new Letter("S")
            .Heading("Board <1>")
            .Subheading("Items & papers")
            .Paragraph("Read \"this\".");

        letter.Text.ShouldBe("Board <1>\n=========\n\nItems & papers\n--------------\n\nRead \"this\".\n\n");
        letter.Html.ShouldBe(string.Format(null, Page, "S",
            "<h1 style=\"font-size: 24px\">Board &lt;1&gt;</h1><h2 style=\"font-size: 19px\">Items &amp; papers</h2><p>Read &quot;this&quot;.</p>"));
    }

    [Theory]
    [InlineData(69, 69)]
    [InlineData(70, 70)]
    [InlineData(71, 70)]
    [InlineData(200, 70)]
    public void AnUnderline_IsAsLongAsTheWords_UpToSeventyCharacters(int words, int underline)
    {
        var heading = new string('h', words);

        new Letter("S").Heading(heading).Text.ShouldBe($"{heading}\n{new string('=', underline)}\n\n");
        new Letter("S").Subheading(heading).Text.ShouldBe($"{heading}\n{new string('-', underline)}\n\n");
    }

    [Fact]
    public void ALink_ShowsItsAddressInText_AndIsAnAnchorInHtml()
    {
        var letter = new Letter("S").Link("Open the agenda", new Uri("https://quorum.example.org/meetings/4?a=1&b=2"));

        letter.Text.ShouldBe("Open the agenda: https://quorum.example.org/meetings/4?a=1&b=2\n\n");
        letter.Html.ShouldBe(string.Format(null, Page, "S",
            "<p><a href=\"https://quorum.example.org/meetings/4?a=1&amp;b=2\">Open the agenda</a></p>"));
    }

    [Fact]
    public void AList_BulletsEachEntry_AndLinksThoseWithAnAddress()
    {
        var letter = new Letter("S").List([
            ("NDLC 01/02 <late>", new Uri("https://q.example.org/actions/2")),
            ("Report & plan", null),
        ]);

        letter.Text.ShouldBe("- NDLC 01/02 <late> <https://q.example.org/actions/2>\n- Report & plan\n\n");
        letter.Html.ShouldBe(string.Format(null, Page, "S",
            "<ul><li><a href=\"https://q.example.org/actions/2\">NDLC 01/02 &lt;late&gt;</a></li><li>Report &amp; plan</li></ul>"));
    }

    [Fact]
    public void AnEmptyList_AddsNothing()
    {
        var letter = new Letter("S").Paragraph("Before").List([]).Paragraph("After");

        letter.Text.ShouldBe("Before\n\nAfter\n\n");
        letter.Html.ShouldBe(string.Format(null, Page, "S", "<p>Before</p><p>After</p>"));
    }

    [Fact]
    public void TheFooter_SaysWhyTheMessageCame_AndHowToStopIt()
    {
        var letter = new Letter("S").Footer("You sit on <the Board>.", new Uri("https://q.example.org/mail/unsubscribe/ab"), new Uri("https://q.example.org/account/notifications"));

        letter.Text.ShouldBe("-- \nYou sit on <the Board>.\nStop these messages: https://q.example.org/mail/unsubscribe/ab\n"
            + "Choose which messages you get: https://q.example.org/account/notifications\n");
        letter.Html.ShouldBe(string.Format(null, Page, "S",
            "<hr><p style=\"font-size: 14px\">You sit on &lt;the Board&gt;.<br><a href=\"https://q.example.org/mail/unsubscribe/ab\">Stop these messages</a> · "
            + "<a href=\"https://q.example.org/account/notifications\">Choose which messages you get</a></p>"));
    }
}
