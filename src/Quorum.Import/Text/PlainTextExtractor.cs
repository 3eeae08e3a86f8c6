namespace Quorum.Import.Text;

/// <summary>Lines of a plain-text file; bullet characters mark list items.</summary>
public static partial class PlainTextExtractor
{
    private static readonly string[] Bullets = ["· ", "- ", "* ", "– ", "·\t"];

    /// <summary>
    /// The glyphs word processors print as bullets: Google Docs' "●", "○" and "■" for the first three levels, Word's
    /// "•", "◦" or "o", and "▪" (or its Symbol and Wingdings bullets, private-use characters in the extracted text).
    /// Word's second-level "o" is a letter as well, so it is a bullet only alone before a space (<see cref="GlyphBullet"/>).
    /// </summary>
    internal const string BulletGlyphs = "●•\uF0B7➢►○◦■▪\uF0A7";

    public static List<TextLine> Extract(string text)
    {
        var lines = new List<TextLine>();
        var number = 0;
        foreach (var raw in SplitLines(text))
        {
            number++;
            foreach (var line in ToLines(raw))
                lines.Add(line.IsBlank ? line : line with { Source = number });
            if (lines.Count >= ImportLimits.MaxLines)
                break;
        }

        MarkUnderlinedTitles(lines);
        return lines;
    }

    /// <summary>
    /// reStructuredText and Setext titles in a text file: "General Meeting" over "===============", "Apologies" over "---------".
    /// A line that opens a block, underlined by a run of one punctuation character at least about as long as itself, is a heading
    /// ('=' the top level, '-' the next, any other the one below); the run is a drawn rule, not a line of the minutes.
    /// </summary>
    private static void MarkUnderlinedTitles(List<TextLine> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var title = lines[i];
            if (title.Kind != LineKind.Text || title.IsBlank || title.Text.Length > 100 || char.IsWhiteSpace(title.Text[0])
                || Adornment(title.Text) is not null || Adornment(lines[i + 1].Text) is not { } mark
                || lines[i + 1].Text.Trim().Length < 0.8 * title.Text.Trim().Length)
            {
                continue;
            }

            // The title opens its block: the top of the file, a blank line or an overline above it.
            if (i > 0 && !lines[i - 1].IsBlank && Adornment(lines[i - 1].Text) != mark)
                continue;
            if (i > 0 && Adornment(lines[i - 1].Text) == mark)
                lines[i - 1] = TextLine.Blank;
            lines[i] = new TextLine(title.Text.Trim(), LineKind.Heading, mark switch { '=' => 1, '-' => 2, _ => 3 }) { Source = title.Source };
            lines[i + 1] = TextLine.Blank;
        }
    }

    /// <summary>The character a line repeats when it is nothing but a run of at least three of one punctuation mark; else null.</summary>
    private static char? Adornment(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 3 || "=-~^*#+".IndexOf(trimmed[0], StringComparison.Ordinal) < 0)
            return null;
        return trimmed.All(c => c == trimmed[0]) ? trimmed[0] : null;
    }

    internal static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\f' or '\v')
            {
                yield return text[start..i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                start = i + 1;
            }
        }

        if (start < text.Length)
            yield return text[start..];
    }

    /// <summary>The list depth a bullet glyph marks (<see cref="BulletGlyphs"/>); null when the line does not open with one and a space.</summary>
    private static int? GlyphBullet(string text)
    {
        if (text.Length < 2 || !(char.IsWhiteSpace(text[1]) || text[1] == '\u200B'))
            return null;
        return text[0] switch
        {
            '●' or '•' or '\uF0B7' or '➢' or '►' => 1,
            '○' or '◦' or 'o' => 2,
            '■' or '▪' or '\uF0A7' => 3,
            _ => null,
        };
    }

    /// <summary>
    /// A line as one or more lines: a PDF runs bullets of different depths into one printed line
    /// ("○ We ran out of plates ■ Action CW: Buy plates ■ Bulk is cheaper"); each glyph opens an item of its own.
    /// </summary>
    internal static IEnumerable<TextLine> ToLines(string raw)
    {
        var first = ToLine(raw);
        if (first.Kind != LineKind.ListItem || GlyphBullet(TextCleaning.Clean(raw).TrimStart()) is null || !InnerGlyph().IsMatch(first.Text))
            return [first];
        var text = TextCleaning.Clean(raw).TrimStart();
        var starts = InnerGlyph().Matches(text).Select(m => m.Index + 1).Prepend(0).Append(text.Length + 1).ToList();
        return Enumerable.Range(0, starts.Count - 1).Select(k => ToLine(text[starts[k]..Math.Min(text.Length, starts[k + 1] - 1)])).Where(l => !l.IsBlank);
    }

    // Word's "o" opens a run-together bullet only before what a bullet opens with, not a lower-case word ("Bulk o cheaper" is no list).
    [System.Text.RegularExpressions.GeneratedRegex(@"\s(?:[" + BulletGlyphs + @"]|o(?=\s+[^\s\p{Ll}]))(?=\s)")]
    private static partial System.Text.RegularExpressions.Regex InnerGlyph();

    [System.Text.RegularExpressions.GeneratedRegex(@"^-\p{Lu}[\p{L}\d]*[\s\p{Ll}]")]
    private static partial System.Text.RegularExpressions.Regex DashRunIntoWord();

    internal static TextLine ToLine(string raw)
    {
        var text = TextCleaning.Clean(raw);
        if (text.Trim().Length == 0)
            return TextLine.Blank;
        var trimmed = text.TrimStart();
        foreach (var bullet in Bullets)
        {
            if (trimmed.StartsWith(bullet, StringComparison.Ordinal))
                return new TextLine(trimmed[bullet.Length..].Trim(), LineKind.ListItem, 1);
        }

        if (GlyphBullet(trimmed) is { } level)
            return new TextLine(trimmed[1..].Trim().TrimStart('\u200B').Trim(), LineKind.ListItem, level);
        // "-NB to contact the sports club": a dash typed straight against the word it bullets, as quick notes are written.
        if (DashRunIntoWord().IsMatch(trimmed))
            return new TextLine(trimmed[1..].Trim(), LineKind.ListItem, 1);
        if (trimmed is "·" or "•")
            return TextLine.Blank;
        return new TextLine(text.TrimEnd());
    }
}
