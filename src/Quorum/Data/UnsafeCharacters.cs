using System.Buffers;
using Microsoft.EntityFrameworkCore;

namespace Quorum.Data;

/// <summary>
/// Characters no text in Quorum may hold: NUL and the other control characters (tab and line breaks
/// excepted), and the bidirectional overrides, embeddings and isolates that make a name display as
/// something other than what it is (U+202E turns "exe.txt" around). Removed from every text field on
/// save, whichever page, endpoint, import or command wrote it.
/// </summary>
public static class UnsafeCharacters
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c),
         .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
         '\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']);

    public static bool Contains(string text) => text.AsSpan().IndexOfAny(Unsafe) >= 0;

    public static string Strip(string text)
    {
        if (!Contains(text))
            return text;
        return string.Create(text.Length - Count(text), text, (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (!Unsafe.Contains(c))
                    span[i++] = c;
            }
        });
    }

    /// <summary>Strips every added or changed text value the context is about to save.</summary>
    public static void StripFrom(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
                continue;
            foreach (var property in entry.Properties)
            {
                if (property.Metadata.ClrType == typeof(string) && property.CurrentValue is string text && Contains(text))
                    property.CurrentValue = Strip(text);
            }
        }
    }

    private static int Count(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (Unsafe.Contains(c))
                count++;
        }

        return count;
    }
}
