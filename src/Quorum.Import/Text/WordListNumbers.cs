using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Quorum.Import.Text;

/// <summary>
/// The numbers Word prints before numbered paragraphs ("3.", "4.2", "(b)"), which the document holds not as text but as
/// counters of its numbering definitions: minutes numbered by Word's lists or numbered headings would otherwise lose their
/// item numbers. Counts as Word does, paragraph by paragraph in body order: a level counts up from its start and the
/// levels below it start again.
/// </summary>
internal sealed class WordListNumbers
{
    private readonly Dictionary<int, Dictionary<int, Level>> _levels = [];
    private readonly Dictionary<string, NumberingProperties> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int[]> _counters = [];

    private sealed record Level(int Start, string Format, string Text);

    public WordListNumbers(MainDocumentPart main)
    {
        if (main.NumberingDefinitionsPart?.Numbering is { } numbering)
        {
            var abstracts = numbering.Elements<AbstractNum>().Where(a => a.AbstractNumberId?.Value is not null)
                .GroupBy(a => a.AbstractNumberId!.Value).ToDictionary(g => g.Key, g => g.First());
            foreach (var instance in numbering.Elements<NumberingInstance>())
            {
                if (instance.NumberID?.Value is not { } id || instance.AbstractNumId?.Val?.Value is not { } abstractId
                    || !abstracts.TryGetValue(abstractId, out var definition))
                {
                    continue;
                }

                var levels = new Dictionary<int, Level>();
                foreach (var level in definition.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>())
                {
                    var index = level.LevelIndex?.Value ?? 0;
                    var start = instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == index)?.StartOverrideNumberingValue?.Val?.Value
                        ?? level.StartNumberingValue?.Val?.Value ?? 1;
                    levels[index] = new Level(start, level.NumberingFormat?.Val?.InnerText ?? "decimal", level.LevelText?.Val?.Value ?? string.Empty);
                }

                _levels[id] = levels;
            }
        }

        // A numbered heading style ("Heading 1" linked to a list) numbers its paragraphs without their saying so.
        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id && style.StyleParagraphProperties?.NumberingProperties is { } numbered)
                _styles[id] = numbered;
        }
    }

    /// <summary>The number printed before the paragraph, as Word prints it ("3.", "2.1", "a)"); null when it has none.</summary>
    public string? Next(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties;
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var fromStyle = style is not null && _styles.TryGetValue(style, out var styled) ? styled : null;
        var id = properties?.NumberingId?.Val?.Value ?? fromStyle?.NumberingId?.Val?.Value;
        var index = properties?.NumberingLevelReference?.Val?.Value ?? fromStyle?.NumberingLevelReference?.Val?.Value ?? 0;
        if (id is not { } numId || numId == 0 || !_levels.TryGetValue(numId, out var levels) || !levels.TryGetValue(index, out var level)
            || level.Format is "bullet" or "none")
        {
            return null;
        }

        if (!_counters.TryGetValue(numId, out var counters))
            _counters[numId] = counters = Enumerable.Range(0, 9).Select(l => levels.TryGetValue(l, out var each) ? each.Start - 1 : 0).ToArray();
        counters[Math.Clamp(index, 0, 8)]++;
        for (var below = index + 1; below < counters.Length; below++)
            counters[below] = levels.TryGetValue(below, out var deeper) ? deeper.Start - 1 : 0;

        var text = new StringBuilder();
        for (var i = 0; i < level.Text.Length; i++)
        {
            if (level.Text[i] == '%' && i + 1 < level.Text.Length && char.IsAsciiDigit(level.Text[i + 1]))
            {
                var of = level.Text[i + 1] - '1';
                var format = levels.TryGetValue(of, out var named) ? named.Format : "decimal";
                text.Append(Formatted(Math.Max(counters[Math.Clamp(of, 0, 8)], 1), format));
                i++;
            }
            else
            {
                text.Append(level.Text[i]);
            }
        }

        var printed = text.ToString().Trim();
        return printed.Length == 0 ? null : printed;
    }

    private static string Formatted(int value, string format) => format switch
    {
        "lowerLetter" => Letters(value).ToLowerInvariant(),
        "upperLetter" => Letters(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    // Word's letters repeat past z: a … z, aa … zz.
    private static string Letters(int value) => new((char)('A' + (value - 1) % 26), (value - 1) / 26 + 1);

    private static string Roman(int value)
    {
        var text = new StringBuilder();
        foreach (var (amount, numeral) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            for (; value >= amount; value -= amount)
                text.Append(numeral);
        }

        return text.ToString();
    }
}
