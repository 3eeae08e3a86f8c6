using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Quorum.Import.Text;

/// <summary>Lines of a Markdown file, read with Markdig so that wrapped paragraphs and list items come back whole.</summary>
public static partial class MarkdownExtractor
{
    private const char SoftBreak = '\u2028';

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseGridTables().Build();

    public static List<TextLine> Extract(string text)
    {
        var lines = new List<TextLine>();
        text = ServerSideTitle.Expand(text);
        var body = ReadFrontMatter(text, lines);
        lines.AddRange(ReadBody(body, LinesBefore(text, body)));
        return lines.Count > ImportLimits.MaxLines ? lines[..ImportLimits.MaxLines] : lines;
    }

    /// <summary>The lines of Markdown text that starts <paramref name="offset"/> lines into its file.</summary>
    private static List<TextLine> ReadBody(string body, int offset)
    {
        var lines = new List<TextLine>();
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(SplitLongTables(body), Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig gives up on absurd nesting (a huge generated table); the words are still worth reading.
            return PlainTextExtractor.Extract(body);
        }

        foreach (var block in document)
            AddBlock(block, lines, 0, LineKind.Text);
        for (var i = 0; i < lines.Count; i++)
        {
            // "[[_TOC_]]", "[TOC]", "{:toc}": a wiki's or generator's order to print a table of contents here, no words of the minutes.
            if (TableOfContentsMarker().IsMatch(lines[i].Text.Trim()))
                lines[i] = TextLine.Blank;
            if (lines[i].Source > 0)
                lines[i] = lines[i] with { Source = lines[i].Source + offset };
        }

        return lines;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\[\[?_?toc_?\]\]?|\{:\s*toc\s*\}|<!--\s*toc\s*-->)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TableOfContentsMarker();

    /// <summary>How many lines of the file come before the Markdown body (the front matter).</summary>
    internal static int LinesBefore(string text, string body)
    {
        var head = text.Length - body.Length;
        var count = 0;
        for (var i = 0; i < head && i < text.Length; i++)
        {
            if (text[i] == '\n')
                count++;
        }

        return count;
    }

    /// <summary>Lines added for a block take its line in the file; a paragraph's lines count on from there.</summary>
    private static void Stamp(List<TextLine> lines, int from, Block block)
    {
        var span = block is LeafBlock { Lines.Count: > 0 } leaf ? leaf.Lines.Count : 1;
        var k = 0;
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Source != 0 || lines[i].IsBlank)
                continue;
            lines[i] = lines[i] with { Source = block.Line + 1 + Math.Min(k, span - 1) };
            k++;
        }
    }

    private const int MaxTableRows = 400;

    /// <summary>
    /// Markdig's pipe tables slow down quadratically with thousands of rows; a very long table is
    /// cut into tables of <see cref="MaxTableRows"/> rows, each with the original header.
    /// </summary>
    private static string SplitLongTables(string text)
    {
        if (text.Length < 40_000)
            return text;
        var lines = text.Split('\n');
        var output = new StringBuilder(text.Length + 1024);
        var run = new List<string>();
        void FlushRun()
        {
            var header = run.Count > 2 && run[1].Contains('-', StringComparison.Ordinal) ? run.Take(2).ToList() : [];
            for (var k = 0; k < run.Count; k++)
            {
                if (k > 0 && k % MaxTableRows == 0)
                {
                    output.Append('\n');
                    foreach (var h in header)
                        output.Append(h).Append('\n');
                }

                output.Append(run[k]).Append('\n');
            }

            run.Clear();
        }

        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith('|'))
            {
                run.Add(line);
                continue;
            }

            FlushRun();
            output.Append(line).Append('\n');
        }

        FlushRun();
        return output.ToString();
    }

    /// <summary>
    /// Front matter fenced by '---' or '+++' at the very top, as Jekyll and Hugo sites keep it on HTML pages too
    /// ("---" / "layout: minutes" / "title: Minutes - Meeting of February 5, 2008" / "---" / "&lt;p&gt;…"); the rest of the text.
    /// </summary>
    internal static string ReadFencedFrontMatter(string text, List<TextLine> lines)
    {
        var trimmed = text.TrimStart('\uFEFF');
        return trimmed.StartsWith("---", StringComparison.Ordinal) || trimmed.StartsWith("+++", StringComparison.Ordinal)
            ? ReadFrontMatter(text, lines)
            : text;
    }

    // Jekyll/Hugo front matter: "key: value" lines between two '---' lines at the very top, or Hugo and Zola's
    // TOML between two '+++' lines ('title = "Board meeting: 2024-02-03"'), read as the same "key: value" lines.
    private static string ReadFrontMatter(string text, List<TextLine> lines)
    {
        var trimmed = text.TrimStart('\uFEFF');
        var fence = trimmed.StartsWith("+++", StringComparison.Ordinal) ? "+++" : "---";
        if (!trimmed.StartsWith(fence, StringComparison.Ordinal))
            return ReadMetadataBlock(trimmed, lines);
        var firstBreak = trimmed.IndexOf('\n', StringComparison.Ordinal);
        if (firstBreak < 0 || trimmed[..firstBreak].Trim() != fence)
            return trimmed;
        var end = trimmed.IndexOf("\n" + fence, firstBreak, StringComparison.Ordinal);
        if (end < 0)
            return trimmed;
        if (end == firstBreak)
        {
            var rest = trimmed.IndexOf('\n', end + 1);
            return rest < 0 ? string.Empty : trimmed[(rest + 1)..];
        }

        var front = PlainTextExtractor.SplitLines(trimmed[(firstBreak + 1)..end]).Select(l => fence == "+++" ? TomlAsYaml(l) : l).ToList();
        for (var k = 0; k < front.Count; k++)
        {
            var number = k + 2;
            if (BlockScalarKey().Match(front[k]) is { Success: true } key)
            {
                var (content, taken) = BlockScalar(front, k + 1);
                if (content.Count(l => l.Trim().Length > 0) >= 2)
                {
                    // "minutes: >-" followed by indented Markdown (Eleventy and Jekyll sites keep whole minutes so):
                    // read as the section it renders to, under a heading named by its key.
                    lines.Add(new TextLine(Heading(key.Groups["key"].Value), LineKind.Heading, 2) { Source = number });
                    lines.AddRange(ReadBody(string.Join('\n', content), number));
                    lines.Add(TextLine.Blank);
                    k += taken;
                    continue;
                }
            }

            var clean = TextCleaning.Clean(front[k]).Trim();
            if (clean.Length > 0)
                lines.Add(new TextLine(clean, LineKind.FrontMatter) { Source = number });
        }

        var after = trimmed.IndexOf('\n', end + 1);
        return after < 0 ? string.Empty : trimmed[(after + 1)..];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<key>[A-Za-z_][\w-]{0,40})\s*=\s*""(?<value>.*)""\s*$|^(?<key>[A-Za-z_][\w-]{0,40})\s*=\s*(?<value>.*)$")]
    private static partial System.Text.RegularExpressions.Regex TomlPair();

    private static string TomlAsYaml(string line) =>
        TomlPair().Match(line) is { Success: true } pair ? $"{pair.Groups["key"].Value}: {pair.Groups["value"].Value}" : line;

    private static readonly HashSet<string> MetadataKeys = new(StringComparer.Ordinal)
    {
        "title", "date", "slug", "tags", "category", "categories", "author", "authors", "summary", "description", "link",
        "type", "status", "modified", "updated", "lang", "template", "save_as", "url",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<key>[a-z][a-z0-9_-]{0,30}):(?:\s+\S.*|\s*)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MetadataLine();

    /// <summary>
    /// Metadata written without fences, as Nikola, Pelican and MultiMarkdown keep it ("title: 2005 AGM" /
    /// "date: 2022-08-26 12:03:03" / "slug: …", then a blank line): every line up to the first blank one is
    /// "key: value", the first key names the page and most keys are the generators' own. Read as front matter.
    /// </summary>
    private static string ReadMetadataBlock(string text, List<TextLine> lines)
    {
        var block = new List<string>();
        foreach (var line in PlainTextExtractor.SplitLines(text))
        {
            if (line.Trim().Length == 0)
                break;
            if (!MetadataLine().IsMatch(line.Trim()) || block.Count >= 30)
                return text;
            block.Add(line.Trim());
        }

        // Generators write their keys in lower case and keep some that minutes never label ("slug", "tags").
        var keys = block.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ToList();
        if (block.Count < 3 || keys[0] is not ("title" or "date" or "slug") || keys.Any(k => !char.IsLower(k[0]))
            || keys.Count(MetadataKeys.Contains) * 2 < keys.Count || !keys.Any(k => k is "slug" or "tags" or "category" or "categories" or "template" or "save_as" or "status"))
        {
            return text;
        }

        for (var k = 0; k < block.Count; k++)
            lines.Add(new TextLine(TextCleaning.Clean(block[k]).Trim(), LineKind.FrontMatter) { Source = k + 1 });
        var rest = text;
        for (var k = 0; k < block.Count; k++)
            rest = rest[(rest.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        return rest;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<key>[A-Za-z_][\w -]{0,40}):\s*[>|][+-]?\s*$")]
    private static partial System.Text.RegularExpressions.Regex BlockScalarKey();

    /// <summary>The indented lines of a YAML block scalar from <paramref name="from"/>, dedented; and how many lines it took.</summary>
    private static (List<string> Content, int Taken) BlockScalar(List<string> front, int from)
    {
        var end = from;
        while (end < front.Count && (front[end].Trim().Length == 0 || front[end][0] is ' ' or '\t'))
            end++;
        while (end > from && front[end - 1].Trim().Length == 0)
            end--;
        var block = front[from..end];
        var indent = block.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return (block.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()).ToList(), end - from);
    }

    private static string Heading(string key)
    {
        var words = key.Replace('_', ' ').Replace('-', ' ').Trim();
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static void AddBlock(Block block, List<TextLine> lines, int depth, LineKind kind)
    {
        var before = lines.Count;
        AddBlockLines(block, lines, depth, kind);
        Stamp(lines, before, block);
        if (kind != LineKind.ListItem)
            lines.Add(TextLine.Blank);
    }

    private static void AddBlockLines(Block block, List<TextLine> lines, int depth, LineKind kind)
    {
        switch (block)
        {
            case HeadingBlock heading:
                AddInlineLines(heading.Inline, lines, LineKind.Heading, heading.Level);
                break;
            case ParagraphBlock paragraph:
                AddInlineLines(paragraph.Inline, lines, kind, depth);
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                    AddListItem(item, lines, depth + 1);
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                    AddBlock(child, lines, depth, LineKind.Quote);
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                    lines.Add(TextLine.Row(row.OfType<TableCell>().Select(CellText).ToList()) with { Source = row.Line + 1 });
                break;
            case HtmlBlock html:
                lines.AddRange(HtmlExtractor.Extract(html.Lines.ToString()).Select(l => l.Source > 0 ? l with { Source = l.Source + html.Line } : l));
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                foreach (var line in leaf.Lines.Lines.Take(leaf.Lines.Count))
                    lines.Add(PlainTextExtractor.ToLine(line.ToString()));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                    AddBlock(child, lines, depth, kind);
                break;
        }
    }

    private static void AddListItem(ListItemBlock item, List<TextLine> lines, int depth)
    {
        var first = true;
        foreach (var child in item)
        {
            if (first && child is ParagraphBlock paragraph)
            {
                var text = InlineText(paragraph.Inline).Replace(SoftBreak, ' ');
                var parts = text.Split('\n');
                var number = item.Parent is ListBlock { IsOrdered: true } ? item.Order.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
                lines.Add(new TextLine(TextCleaning.Clean(parts[0]).Trim(), LineKind.ListItem, depth) { Source = paragraph.Line + 1, Number = number });
                foreach (var rest in parts.Skip(1))
                    AddTextLine(rest, lines, LineKind.Text, depth);
            }
            else
            {
                AddBlock(child, lines, depth, child is ListBlock ? LineKind.ListItem : LineKind.Text);
            }

            first = false;
        }

        if (first)
            lines.Add(new TextLine(string.Empty, LineKind.ListItem, depth));
    }

    private static void AddInlineLines(ContainerInline? inline, List<TextLine> lines, LineKind kind, int level)
    {
        foreach (var part in InlineText(inline, markBold: true).Split('\n'))
        {
            foreach (var line in JoinSoftBreaks(part))
                AddTextLine(WithoutBoldMarks(line), lines, kind, level);
        }
    }

    // Private-use characters around strong emphasis while a paragraph is split into lines, so that a
    // wholly bold line can be told from the prose beside it; removed before any line is kept.
    private const char BoldStart = '\uE000';
    private const char BoldEnd = '\uE001';

    private static string WithoutBoldMarks(string text) =>
        text.Replace(BoldStart.ToString(), string.Empty, StringComparison.Ordinal).Replace(BoldEnd.ToString(), string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// "**Present:**" or "**Apologies**" alone on a line, the names on the lines below: a wholly bold short
    /// line is the writer's label or heading, as it renders, not the first words of the sentence under it.
    /// </summary>
    private static bool IsBoldLabel(string segment)
    {
        var text = segment.Trim().TrimEnd(':').TrimEnd();
        if (text.Length < 3 || text[0] != BoldStart || text[^1] != BoldEnd)
            return false;
        var inner = text[1..^1];
        return inner.IndexOf(BoldStart) < 0 && inner.IndexOf(BoldEnd) < 0 && inner.Trim().Length > 0
            && inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12;
    }

    /// <summary>
    /// "**Date:** 3 April" over "**Attendees:** Priya Shah, Marcus Lee": lines that each open with a bold label and its
    /// colon are the fields of a record written one a line, as they were typed, not a sentence the editor wrapped.
    /// </summary>
    private static bool OpensWithBoldLabel(string segment)
    {
        var text = segment.TrimStart();
        var end = text.IndexOf(BoldEnd);
        if (text.Length == 0 || text[0] != BoldStart || end < 2)
            return false;
        var label = text[1..end].Trim();
        var colon = label.EndsWith(':') || text[(end + 1)..].TrimStart().StartsWith(':');
        return colon && label.TrimEnd(':').Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is > 0 and <= 4;
    }

    /// <summary>
    /// Markdown joins wrapped lines into one paragraph, but minutes often put an item heading
    /// ("1. Welcome") or an action straight above its text with no blank line: those stay lines of their own.
    /// </summary>
    private static IEnumerable<string> JoinSoftBreaks(string text)
    {
        var current = new StringBuilder();
        var segments = 0;
        var headingLine = false;
        // "{: .no_toc}", "{: #resolution1 .resolution}": kramdown's attribute lists (Jekyll's Markdown) style the block they
        // stand by; they are no words of the minutes, and left in they glue onto the label below ("{: .no_toc} Present: …").
        var all = text.Split(SoftBreak).Where(s => !AttributeList().IsMatch(WithoutBoldMarks(s))).ToArray();
        if (all.Length == 0)
            yield break;
        var index = 0;
        // "Jane Smith, Chair" / "Tom Brown" / "Sue Green": short lines one under another are a list written
        // without bullets (names, an address), not a sentence wrapped by the editor.
        // "Dr Karen Walsh, Office for National Statistics" / "Ben Ashworth Ministry of Justice": three or more lines of up to
        // eight words, each opening with a capital, are such a list too; an editor's wrapping leaves lines longer than that, and
        // most of them open mid-sentence.
        var listed = all.Length >= 2 && all.Select(WithoutBoldMarks).All(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is > 0 and <= 6 && !s.TrimEnd().EndsWith(" and", StringComparison.Ordinal) && !s.TrimEnd().EndsWith(','))
            || all.Length >= 3 && all.Select(WithoutBoldMarks).All(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 and <= 8 } words
                && char.IsUpper(words[0][0]) && !ContinuingWords.Contains(words[^1]) && !s.TrimEnd().EndsWith(','));
        foreach (var segment in all)
        {
            if (segments > 0 && (headingLine || listed || IsBoldLabel(segment) || IsBoldLabel(all[index - 1]) || OpensWithBoldLabel(segment) || StartsOwnLine().IsMatch(WithoutBoldMarks(segment))))
            {
                yield return current.ToString();
                current.Clear();
                segments = 0;
            }

            if (segments > 0)
                current.Append(' ');
            else
                headingLine = IsItemHeading(WithoutBoldMarks(segment));
            current.Append(segment);
            segments++;
            index++;
        }

        yield return current.ToString();
    }

    private static readonly HashSet<string> ContinuingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "the", "a", "an", "of", "to", "for", "in", "on", "at", "by", "with", "from", "that", "which", "is", "was", "be", "&",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\{:\s*[^{}]*\}\s*$")]
    private static partial System.Text.RegularExpressions.Regex AttributeList();

    private static bool IsItemHeading(string text) =>
        NumberedHeading().IsMatch(text) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\S")]
    private static partial System.Text.RegularExpressions.Regex NumberedHeading();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s|(?i:actions?)\b[^:]{0,30}:)")]
    private static partial System.Text.RegularExpressions.Regex StartsOwnLine();

    private static void AddTextLine(string text, List<TextLine> lines, LineKind kind, int level)
    {
        var clean = TextCleaning.Clean(text).TrimEnd();
        if (clean.Trim().Length == 0)
            return;
        lines.Add(kind == LineKind.Text ? PlainTextExtractor.ToLine(clean) : new TextLine(clean.Trim(), kind, level));
    }

    /// <summary>
    /// A cell's text on one line: a "&lt;br&gt;" or a hard break inside the cell parts its lines with a space, so
    /// "- Book the hall.&lt;br&gt;- Tell the members." keeps its points apart rather than running them together.
    /// </summary>
    private static string CellText(TableCell cell)
    {
        var builder = new StringBuilder();
        foreach (var paragraph in cell.OfType<ParagraphBlock>())
            builder.Append(InlineText(paragraph.Inline).Replace(SoftBreak, ' ').Replace('\n', ' ')).Append(' ');
        return TextCleaning.Squash(TextCleaning.Clean(builder.ToString()));
    }

    private static string InlineText(ContainerInline? container, bool markBold = false)
    {
        var builder = new StringBuilder();
        if (container is not null)
            AppendInline(container, builder, markBold);
        return builder.ToString();
    }

    private static void AppendInline(Inline inline, StringBuilder builder, bool markBold)
    {
        switch (inline)
        {
            case EmphasisInline { DelimiterCount: >= 2 } strong when markBold:
                builder.Append(BoldStart);
                foreach (var child in strong)
                    AppendInline(child, builder, markBold);
                builder.Append(BoldEnd);
                break;
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case LineBreakInline lineBreak:
                builder.Append(lineBreak.IsHard ? '\n' : SoftBreak);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString());
                break;
            case HtmlInline html when html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase):
                builder.Append('\n');
                break;
            case LinkInline { FirstChild: null }:
                // "[](https://…#actions)": an empty anchor before a heading says nothing.
                break;
            case ContainerInline container:
                foreach (var child in container)
                    AppendInline(child, builder, markBold);
                break;
        }
    }
}
