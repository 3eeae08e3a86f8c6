using System.Text;

namespace Quorum.Import.Text;

/// <summary>Removes what documents carry but readers should not see: zero-width and control characters, over-long lines.</summary>
public static class TextCleaning
{
    public static string Clean(string raw)
    {
        var text = raw.Length > ImportLimits.MaxLineChars ? raw[..ImportLimits.MaxLineChars] : raw;
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var keep = c switch
            {
                '\t' => true,
                '\u00A0' => true,
                '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => false,
                >= '\uFB00' and <= '\uFB06' => false,
                _ => !char.IsControl(c),
            };
            if (keep && c != '\u00A0')
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length);
            if (c == '\u00A0')
                builder.Append(' ');
            else if (c is >= '\uFB00' and <= '\uFB06')
                builder.Append(Ligature(c)); // PDFs set "ﬁnalised" with one glyph; words compare letter by letter.
        }

        return builder?.ToString() ?? text;
    }

    private static string Ligature(char c) => c switch
    {
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        _ => "st",
    };

    /// <summary>Collapses runs of spaces and tabs to one space.</summary>
    public static string Squash(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\u00A0' or '\n' or '\r')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
