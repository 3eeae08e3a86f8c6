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
        html = ServerSideTitle.Expand(html);
        var frontMatter = new List<TextLine>();
        var markup = MarkdownExtractor.ReadFencedFrontMatter(html, frontMatter);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(markup);
        var walker = new Walker();
        walker.Lines.AddRange(frontMatter);
        // The page's <title> ("Autumn Chest Group Meeting - Yorkshire Imaging Collaborative") often names the body and the site.
        var title = TextCleaning.Clean(TextCleaning.Squash(document.Title ?? string.Empty)).Trim();
        if (title.Length > 0)
            walker.Lines.Add(new TextLine($"title: {title}", LineKind.FrontMatter) { Source = document.Head?.QuerySelector("title")?.SourceReference?.Position.Line ?? 0 });
        if (document.Body is not null)
            walker.Visit(document.Body, 0);
        walker.Flush();
        var offset = MarkdownExtractor.LinesBefore(html, markup);
        return offset == 0
            ? walker.Lines
            : [.. walker.Lines.Take(frontMatter.Count), .. walker.Lines.Skip(frontMatter.Count).Select(l => l.Source > 0 ? l with { Source = l.Source + offset } : l)];
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
            // "<span class="screen-reader-only">Tip</span>View Attendee List": words only a screen reader speaks are no part of what the page shows.
            if (SkippedTags.Contains(tag) || element.ClassList.Any(c => c is "screen-reader-only" or "sr-only" or "visually-hidden" or "visuallyhidden"))
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
                case "pre":
                    // Preformatted minutes keep their lines: a plain-text document set inside the page.
                    Flush();
                    var first = element.SourceReference?.Position.Line ?? 0;
                    foreach (var line in PlainTextExtractor.Extract(element.TextContent))
                    {
                        if (Lines.Count >= ImportLimits.MaxLines)
                            break;
                        Lines.Add(line.IsBlank ? line : line with { Source = first + line.Source - 1 });
                    }

                    Lines.Add(TextLine.Blank);
                    return;
                case "table" when IsLayout(element):
                    // A page laid out in a table (as web editors of the early 2000s did) is read as the page it lays out.
                    Flush();
                    foreach (var cell in element.QuerySelectorAll("td, th").Where(c => c.Closest("table") == element))
                    {
                        VisitChildren(cell, listDepth);
                        Flush();
                    }

                    return;
                case "table":
                    Flush();
                    foreach (var row in element.QuerySelectorAll("tr").Where(r => r.Closest("table") == element))
                    {
                        var paragraphs = row.Children.Where(c => c.LocalName is "td" or "th").Select(CellParagraphs).ToList();
                        if (paragraphs.Count > 0)
                            Lines.Add(TextLine.Row(paragraphs.Select(p => string.Join(' ', p)).ToList()) with { Source = row.SourceReference?.Position.Line ?? 0, CellParagraphs = paragraphs });
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
        /// A table that lays out a page rather than holding data: one of its own cells holds a table of its own, or holds the
        /// page's flow (three paragraphs or more, a heading or a list) while no row sets two cells with text side by side.
        /// </summary>
        private static bool IsLayout(IElement table)
        {
            var cells = table.QuerySelectorAll("td, th").Where(c => c.Closest("table") == table).ToList();
            if (cells.Any(c => c.QuerySelector("table") is not null))
                return true;
            var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table);
            if (rows.Any(r => r.Children.Count(c => c.LocalName is "td" or "th" && !string.IsNullOrWhiteSpace(c.TextContent)) > 1))
                return false;
            return cells.Any(c => c.QuerySelectorAll("p, div, br").Length >= 3 || c.QuerySelector("h1, h2, h3, h4, h5, h6, ul, ol") is not null);
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

        /// <summary>
        /// A cell's text as the paragraphs a browser shows: its block elements and line breaks part them, where the cell's
        /// bare text content would run a bold title into the sentence after it ("Finance reportGT presented …").
        /// </summary>
        private static IReadOnlyList<string> CellParagraphs(IElement cell)
        {
            var paragraphs = new List<string>();
            var current = new StringBuilder();
            void Part()
            {
                var text = TextCleaning.Clean(TextCleaning.Squash(current.ToString())).Trim();
                if (text.Length > 0)
                    paragraphs.Add(text);
                current.Clear();
            }

            void Walk(INode node)
            {
                if (node is IText text)
                {
                    current.Append(text.Data);
                    return;
                }

                if (node is not IElement element || SkippedTags.Contains(element.LocalName))
                    return;
                var parts = element.LocalName is "br" or "li" or "ul" or "ol" or "table" or "tr" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
                    || BlockTags.Contains(element.LocalName);
                if (parts)
                    Part();
                foreach (var child in element.ChildNodes)
                    Walk(child);
                if (parts)
                    Part();
            }

            foreach (var child in cell.ChildNodes)
                Walk(child);
            Part();
            return paragraphs;
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
            var text = TextCleaning.Clean(TextCleaning.Squash(_current.ToString()));
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
}
