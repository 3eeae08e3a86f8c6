namespace Quorum.Import.Minutes;

/// <summary>
/// What one reading makes of a line's text, kept for the next reader that asks the same of the same text: the
/// section readers each split every line into sentences and look at it as a label, and the answer depends on the
/// text alone. Per thread, so that imports read side by side do not share it.
/// </summary>
internal sealed class LineMemo<T>(Func<string, T> read)
{
    // A document's lines fit several times over; bounded so that a long import does not hold every line it read.
    private const int Capacity = 8192;

    private readonly ThreadLocal<Dictionary<string, T>> _known = new(() => new(StringComparer.Ordinal));

    public T Read(string text)
    {
        var known = _known.Value!;
        if (known.TryGetValue(text, out var result))
            return result;
        if (known.Count >= Capacity)
            known.Clear();
        result = read(text);
        known[text] = result;
        return result;
    }
}
