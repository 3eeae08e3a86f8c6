using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Quorum.Import.Tests.Corpus;

/// <summary>The matching rules of corpus/README.md.</summary>
public static partial class Matching
{
    // "ZT to", "Mike and Eddy will", "The Clerk to": the owners written in front of what is to be done.
    [GeneratedRegex(@"^\s*(?:the\s+)?[\p{Lu}@][\p{L}\p{M}'’.@-]*(?:(?:\s*[,/&+]\s*|\s+and\s+|\s+)[\p{Lu}][\p{L}\p{M}'’.-]*){0,4}?\s+(?i:to|will|shall)\s+(?=\S)")]
    private static partial Regex LeadingOwner();

    /// <summary>
    /// Action texts match as texts do, with or without owners written in front ("ZT to circulate the paper"
    /// and "circulate the paper" are the same action): answer keys made before the owner prefix was dropped stay fair.
    /// </summary>
    public static bool SameActionText(string expected, string actual)
    {
        var bareExpected = LeadingOwner().Replace(expected, string.Empty, 1);
        var bareActual = LeadingOwner().Replace(actual, string.Empty, 1);
        return SameText(expected, actual) || SameText(bareExpected, actual) || SameText(expected, bareActual) || SameText(bareExpected, bareActual);
    }

    /// <summary>Names match case-, accent- and whitespace-insensitively.</summary>
    public static string NameKey(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || char.IsWhiteSpace(c))
                continue;
            builder.Append(char.ToLowerInvariant(c switch { 'ı' => 'i', 'ł' => 'l', 'ø' => 'o', _ => c }));
        }

        return builder.ToString();
    }

    /// <summary>Texts match when at least 60 % of the words of the longer one are shared.</summary>
    public static bool SameText(string expected, string actual)
    {
        var a = Words(expected);
        var b = Words(actual);
        if (a.Count == 0 || b.Count == 0)
            return a.Count == b.Count;
        var shared = a.Intersect(b).Count();
        return shared >= 0.6 * Math.Max(a.Count, b.Count);
    }

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        foreach (var c in NameKeyKeepSpaces(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
                continue;
            }

            if (current.Length > 0)
                words.Add(current.ToString());
            current.Clear();
        }

        if (current.Length > 0)
            words.Add(current.ToString());
        return words;
    }

    private static string NameKeyKeepSpaces(string text) =>
        string.Join(' ', text.Split(' ').Select(NameKey));

    /// <summary>Pairs expected with actual items one to one (first fit); returns (tp, fp, fn) and the pairs.</summary>
    public static (int Tp, int Fp, int Fn, List<(T Expected, T Actual)> Pairs) Pair<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual, Func<T, T, bool> same)
    {
        var used = new bool[actual.Count];
        var pairs = new List<(T, T)>();
        foreach (var item in expected)
        {
            for (var i = 0; i < actual.Count; i++)
            {
                if (!used[i] && same(item, actual[i]))
                {
                    used[i] = true;
                    pairs.Add((item, actual[i]));
                    break;
                }
            }
        }

        return (pairs.Count, actual.Count - pairs.Count, expected.Count - pairs.Count, pairs);
    }
}
