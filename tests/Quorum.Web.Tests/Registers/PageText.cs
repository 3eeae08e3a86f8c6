using System.Net;

namespace Quorum.Web.Tests.Registers;

/// <summary>A page's main content with its character references decoded (Razor writes £ as &amp;#xA3;), so that tests read it as a person does.</summary>
internal static class PageText
{
    public static string MainOf(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        return WebUtility.HtmlDecode(start >= 0 && end > start ? html[start..end] : html);
    }

    public static async Task<string> MainAsync(this HttpClient client, string url) => MainOf(await client.GetStringAsync(url));
}
