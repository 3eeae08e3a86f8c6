using System.Text.RegularExpressions;

namespace Quorum.Import.Text;

/// <summary>
/// A page title set by an Apache server-side include, "&lt;!--#set var="title" value="Minutes of the AGM, 5th March 2015" --&gt;",
/// and printed where the page echoes it ("&lt;h1&gt;&lt;!--#echo var="title" --&gt;&lt;/h1&gt;"): sites built so give their heading
/// nowhere else, so the echo is replaced by the title, as the server does.
/// </summary>
public static partial class ServerSideTitle
{
    [GeneratedRegex(@"<!--\s*#set\s+var\s*=\s*""title""\s+value\s*=\s*""(?<v>[^""<>]{1,200})""\s*-->", RegexOptions.IgnoreCase)]
    private static partial Regex SetTitle();

    [GeneratedRegex(@"<!--\s*#echo\s+(?:encoding\s*=\s*""[^""]*""\s+)?var\s*=\s*""title""\s*-->", RegexOptions.IgnoreCase)]
    private static partial Regex EchoTitle();

    public static string Expand(string text)
    {
        if (!text.Contains("#set", StringComparison.Ordinal) || SetTitle().Match(text) is not { Success: true } set)
            return text;
        var title = set.Groups["v"].Value;
        return EchoTitle().Replace(text, _ => title);
    }
}
