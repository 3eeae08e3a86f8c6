namespace Quorum.Import.Text;

/// <summary>
/// One line of a document as the readers see it, whatever the file format.
/// <paramref name="Level"/> is the heading level or the list depth; <paramref name="Cells"/> holds table cells.
/// </summary>
public sealed record TextLine(string Text, LineKind Kind = LineKind.Text, int Level = 0, IReadOnlyList<string>? Cells = null)
{
    public static TextLine Blank { get; } = new(string.Empty, LineKind.Blank);

    /// <summary>
    /// Where the line came from, counted from 1: the line of a text, Markdown or HTML file, the
    /// paragraph or table row of a Word file, the printed line of a PDF; 0 when unknown.
    /// </summary>
    public int Source { get; init; }

    /// <summary>The number an item of an ordered list was written with ("3" for "3. Draft the letter"), where the source writes it.</summary>
    public string? Number { get; init; }

    /// <summary>
    /// A table row's cells as the paragraphs each holds, where the format keeps them apart (HTML, Word): a cell of
    /// minutes often starts with the item's title in a paragraph of its own, which <see cref="Cells"/> runs into the text.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>>? CellParagraphs { get; init; }

    /// <summary>
    /// A PDF table row's cells as printed, the empty ones kept (the line's text leaves them out): where a mark stands in a
    /// row ("Ann Lee | | ✓" under "Name | Present | Absent") is what it says.
    /// </summary>
    public IReadOnlyList<string>? PrintedCells { get; init; }

    /// <summary>
    /// What a PDF page prints in its right-hand margin beside the line ("JM", "Clerk"), kept out of the text while wrapped
    /// lines are joined, so that it stands beside the whole paragraph.
    /// </summary>
    internal string? Margin { get; init; }

    public bool IsBlank => Kind == LineKind.Blank || string.IsNullOrWhiteSpace(Text);

    public static TextLine Row(IReadOnlyList<string> cells) => new(string.Join('\t', cells), LineKind.TableRow, 0, cells);
}
