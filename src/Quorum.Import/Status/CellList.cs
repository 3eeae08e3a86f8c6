using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Quorum.Import.Text;

namespace Quorum.Import.Status;

/// <summary>
/// The items in a status-table cell. Cells hold HTML (paragraphs, lists, sometimes lists whose
/// &lt;li&gt; tags were flattened into " - " separators); AngleSharp reads the markup.
/// </summary>
public static partial class CellList
{
    private static readonly HtmlParser Parser = new();

    [GeneratedRegex(@"(?:^|\s)-\s+(?=[\p{Lu}\d'‘""(])")]
    private static partial Regex FlattenedItemSeparator();

    [GeneratedRegex(@"<\s*(?:p|ul|ol|li|br|div)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasMarkup();

    /// <summary>Items in order. Lead-in lines ending with ':' ("Ongoing:") are headers, not items.</summary>
    public static List<string> Items(string cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
            return [];
        if (!HasMarkup().IsMatch(cell))
            return SplitPlain(cell);
        var document = Parser.ParseDocument($"<body>{cell}</body>");
        var items = new List<string>();
        foreach (var node in document.Body!.ChildNodes)
            Collect(node, items);
        return items.Where(i => i.Length > 0 && !i.EndsWith(':')).ToList();
    }

    private static void Collect(INode node, List<string> items)
    {
        switch (node)
        {
            case IElement { LocalName: "ul" or "ol" } list:
                var listItems = list.Children.Where(c => c.LocalName == "li").ToList();
                if (listItems.Count > 0)
                {
                    foreach (var li in listItems)
                        items.Add(Clean(li.TextContent));
                }
                else
                {
                    items.AddRange(SplitFlattened(list.TextContent));
                }

                break;
            case IElement { LocalName: "p" or "li" or "div" } block:
                if (block.Children.Any(c => c.LocalName is "ul" or "ol"))
                {
                    foreach (var child in block.ChildNodes)
                        Collect(child, items);
                }
                else
                {
                    items.Add(Clean(block.TextContent));
                }

                break;
            case IText text when text.Data.Trim().Length > 0:
                items.AddRange(SplitFlattened(text.Data));
                break;
            case IElement element:
                items.Add(Clean(element.TextContent));
                break;
        }
    }

    private static IEnumerable<string> SplitFlattened(string text) =>
        FlattenedItemSeparator().Split(text).Select(Clean).Where(s => s.Length > 0);

    private static List<string> SplitPlain(string cell)
    {
        var lines = cell.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(Clean).Where(l => l.Length > 0).ToList();
        return lines.SelectMany(l => l.StartsWith("- ", StringComparison.Ordinal) || l.StartsWith("• ", StringComparison.Ordinal) ? [l[2..].Trim()] : SplitFlattened(l)).ToList();
    }

    private static string Clean(string text) => TextCleaning.Squash(TextCleaning.Clean(text)).Trim();
}
