namespace Quorum.Import.Text;

/// <summary>What a block of a document is, the same whatever the file format.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
    Table,
    FrontMatter,
}

/// <summary>
/// One block of a document: a heading with its level, a paragraph, a list item with its depth,
/// or a table with its header row and cells. <see cref="First"/> and <see cref="Last"/> index the
/// document's lines; <see cref="SourceFrom"/> and <see cref="SourceTo"/> are the lines in the file.
/// </summary>
public sealed record ExtractedBlock(BlockKind Kind, int Level, int First, int Last, IReadOnlyList<TextLine> Lines)
{
    /// <summary>The block's text, its lines joined by new lines; a table's rows have their cells joined by tabs.</summary>
    public string Text => string.Join('\n', Lines.Select(l => l.Text));

    public int SourceFrom => Lines.Select(l => l.Source).Where(s => s > 0).DefaultIfEmpty(0).Min();

    public int SourceTo => Lines.Select(l => l.Source).DefaultIfEmpty(0).Max();

    /// <summary>A table's first row, read as its header.</summary>
    public IReadOnlyList<string> Header => Kind == BlockKind.Table && Lines.Count > 0 ? Lines[0].Cells ?? [] : [];

    /// <summary>A table's rows after the header.</summary>
    public IEnumerable<IReadOnlyList<string>> Rows => Kind == BlockKind.Table ? Lines.Skip(1).Select(l => l.Cells ?? []) : [];
}
