namespace Quorum.Import.Text;

/// <summary>
/// One line of a document as the readers see it, whatever the file format.
/// <paramref name="Level"/> is the heading level or the list depth; <paramref name="Cells"/> holds table cells.
/// </summary>
public sealed record TextLine(string Text, LineKind Kind = LineKind.Text, int Level = 0, IReadOnlyList<string>? Cells = null)
{
    public static TextLine Blank { get; } = new(string.Empty, LineKind.Blank);

    public bool IsBlank => Kind == LineKind.Blank || string.IsNullOrWhiteSpace(Text);

    public static TextLine Row(IReadOnlyList<string> cells) => new(string.Join('\t', cells), LineKind.TableRow, 0, cells);
}
