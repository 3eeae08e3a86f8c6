using Quorum.Notifications;

namespace Quorum.Tests.Notifications;

public class MailSiteTests
{
    [Theory]
    [InlineData("https://quorum.example.org", "https://quorum.example.org/")]
    [InlineData("https://quorum.example.org/council//", "https://quorum.example.org/council/")]
    [InlineData(null, "http://localhost:5080/")]
    [InlineData("  ", "http://localhost:5080/")]
    [InlineData("quorum.example.org", "http://localhost:5080/")]
    public void TheSiteAddress_EndsInOneSlash_AndFallsBackToLocalhostWhenUnreadable(string? url, string root) =>
        MailSite.Of(url, "clerk@example.org").Root.ShouldBe(new Uri(root));

    [Theory]
    [InlineData(" clerk@example.org ", "clerk@example.org")]
    [InlineData(null, "quorum@localhost")]
    [InlineData(" ", "quorum@localhost")]
    public void TheSenderAddress_IsTrimmed_AndFallsBackToQuorumAtLocalhost(string? from, string expected) =>
        MailSite.Of("https://quorum.example.org", from).From.ShouldBe(expected);

    [Fact]
    public void LinksAreBuiltUnderTheSiteAddress_AndNamedForItsHost()
    {
        var site = MailSite.Of("https://quorum.example.org/council", null);

        site.Url("/actions/4").ShouldBe(new Uri("https://quorum.example.org/council/actions/4"));
        site.Url("mail/unsubscribe/ab").ShouldBe(new Uri("https://quorum.example.org/council/mail/unsubscribe/ab"));
        site.Host.ShouldBe("quorum.example.org");
    }
}
