using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Quorum.Import.Text;

/// <summary>Lines of an HTML document, read with AngleSharp: block elements become lines, table rows keep their cells.</summary>
public static class HtmlExtractor
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote", "pre",
        "address", "dl", "dt", "dd", "figure", "figcaption", "form", "fieldset", "hr", "center",
    };

    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "head", "template", "noscript", "svg", "iframe", "object",
    };

    public static List<TextLine> Extract(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(ServerSideTitle.Expand(html));
        var walker = new Walker();
        // The page's <title> ("Autumn Chest Group Meeting - Yorkshire Imaging Collaborative") often names the body and the site.
        var title = TextCleaning.Squash(TextCleaning.Clean(document.Title ?? string.Empty)).Trim();
        if (title.Length > 0)
            walker.Lines.Add(new TextLine($"title: {title}", LineKind.FrontMatter) { Source = document.Head?.QuerySelector("title")?.SourceReference?.Position.Line ?? 0 });
        if (document.Body is not null)
            walker.Visit(document.Body, 0);
        walker.Flush();
        return walker.Lines;
    }

    private sealed class Walker
    {
        private readonly StringBuilder _current = new();
        private LineKind _kind = LineKind.Text;
        private int _level;
        private int _line;
        private string? _number;
        private bool _hasText;

        public List<TextLine> Lines { get; } = [];

        public void Visit(INode node, int listDepth)
        {
            if (Lines.Count >= ImportLimits.MaxLines)
                return;
            switch (node)
            {
                case IText text:
                    _current.Append(text.Data);
                    _hasText |= !string.IsNullOrWhiteSpace(text.Data);
                    return;
                case IElement element:
                    VisitElement(element, listDepth);
                    return;
            }
        }

        private void VisitElement(IElement element, int listDepth)
        {
            var tag = element.LocalName;
            if (SkippedTags.Contains(tag))
                return;
            if (IsPageChrome(element))
            {
                // A blog sidebar keeps the post's date in a <time> among its links: that date is the meeting's.
                Flush();
                foreach (var time in element.QuerySelectorAll("time").Take(3))
                {
                    _current.Append(time.TextContent);
                    _line = time.SourceReference?.Position.Line ?? 0;
                    Flush();
                }

                return;
            }

            if (_line == 0 || !_hasText)
                _line = element.SourceReference?.Position.Line ?? 0;
            switch (tag)
            {
                case "br":
                    Flush();
                    return;
                case "table":
                    Flush();
                    foreach (var row in element.QuerySelectorAll("tr").Where(r => r.Closest("table") == element))
                    {
                        var cells = row.Children.Where(c => c.LocalName is "td" or "th")
                            .Select(c => TextCleaning.Squash(TextCleaning.Clean(CellText(c)))).ToList();
                        if (cells.Count > 0)
                            Lines.Add(TextLine.Row(cells) with { Source = row.SourceReference?.Position.Line ?? 0 });
                    }

                    Lines.Add(TextLine.Blank);
                    return;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Flush();
                    Start(LineKind.Heading, tag[1] - '0');
                    VisitChildren(element, listDepth);
                    Flush();
                    return;
                case "ul" or "ol":
                    Flush();
                    VisitChildren(element, listDepth + 1);
                    Flush();
                    return;
                case "li":
                    Flush();
                    Start(LineKind.ListItem, Math.Max(1, listDepth));
                    _number = OrderedNumber(element);
                    VisitChildren(element, listDepth);
                    Flush();
                    return;
            }

            var block = BlockTags.Contains(tag);
            if (block)
                Flush();
            VisitChildren(element, listDepth);
            if (block)
                Flush();
        }

        /// <summary>
        /// Site navigation (menus, breadcrumbs, search options) and heading permalinks ("¶") are the
        /// website's, not the minutes': read as text they would pass for list items and headings.
        /// </summary>
        private static bool IsPageChrome(IElement element) =>
            element.LocalName == "nav"
            || string.Equals(element.GetAttribute("role"), "navigation", StringComparison.OrdinalIgnoreCase)
            || element.LocalName == "a" && element.ClassList.Contains("headerlink");

        private void VisitChildren(IElement element, int listDepth)
        {
            foreach (var child in element.ChildNodes)
                Visit(child, listDepth);
        }

        /// <summary>The number a browser shows before an item of an ordered list.</summary>
        private static string? OrderedNumber(IElement item)
        {
            if (item.ParentElement is not { LocalName: "ol" } list)
                return null;
            var start = int.TryParse(list.GetAttribute("start"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var first) ? first : 1;
            var position = list.Children.Where(c => c.LocalName == "li").TakeWhile(c => c != item).Count();
            return (start + position).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        private void Start(LineKind kind, int level)
        {
            _kind = kind;
            _level = level;
        }

        public void Flush()
        {
            var text = TextCleaning.Squash(TextCleaning.Clean(_current.ToString()));
            _current.Clear();
            if (text.Length > 0)
            {
                var line = _kind == LineKind.Text ? PlainTextExtractor.ToLine(text) : new TextLine(text, _kind, _level) { Number = _kind == LineKind.ListItem ? _number : null };
                Lines.Add(line.IsBlank ? line : line with { Source = _line });
            }
            else if (_kind == LineKind.Text && Lines.Count > 0 && !Lines[^1].IsBlank)
            {
                Lines.Add(TextLine.Blank);
            }

            _kind = LineKind.Text;
            _level = 0;
            _line = 0;
            _number = null;
            _hasText = false;
        }
    }

    /// <summary>
    /// A table cell's text, its lines parted by a space: "&lt;br&gt;" and the paragraphs inside a cell add no text of their
    /// own, so "- Book the hall.&lt;br&gt;- Tell the members." would otherwise run its points together.
    /// </summary>
    private static string CellText(IElement cell)
    {
        var builder = new StringBuilder();
        void Visit(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement element && (element.LocalName is "br" or "li" || BlockTags.Contains(element.LocalName)))
                    builder.Append(' ');
                if (child.NodeType == NodeType.Text)
                    builder.Append(child.TextContent);
                else
                    Visit(child);
            }
        }

        Visit(cell);
        return builder.ToString();
    }
}
