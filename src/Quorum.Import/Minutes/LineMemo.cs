namespace Quorum.Import.Minutes;

/// <summary>
/// What one reading makes of a line's text, kept for the next reader that asks the same of the same text while one
/// document is read: the section readers each split every line into sentences and look at it as a label, and the
/// answer depends on the text alone. Per thread, so that documents read side by side do not share it.
/// </summary>
internal sealed class LineMemo<T>(Func<string, T> read)
{
    // Many times the lines of a long set of minutes.
    private const int Capacity = 20_000;

    private readonly ThreadLocal<Known> _known = new(() => new());

    public T Read(string text)
    {
        var known = _known.Value!;
        // A reader called on its own, outside a document's reading, never starts a new one: bounded all the same.
        if (known.Document != LineMemos.Document || known.Results.Count >= Capacity)
        {
            // A new document: what the last one's lines read as is of no more use, and is not held.
            known.Results.Clear();
            known.Document = LineMemos.Document;
        }

        if (known.Results.TryGetValue(text, out var result))
            return result;
        result = read(text);
        known.Results[text] = result;
        return result;
    }

    private sealed class Known
    {
        public Dictionary<string, T> Results { get; } = new(StringComparer.Ordinal);

        public int Document { get; set; } = -1;
    }
}

/// <summary>Where the reading of one document begins, for the memos of its lines.</summary>
internal static class LineMemos
{
    [ThreadStatic]
    private static int _document;

    public static int Document => _document;

    /// <summary>Called as a document's reading begins: no line memo answers from an earlier document after it.</summary>
    public static void StartDocument() => _document++;
}
