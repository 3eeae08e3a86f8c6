namespace Quorum.Web.Features.Shared.Exports;

/// <summary>
/// A document as a sequence of blocks, written the same way to Word and to PDF so that the two
/// formats always say the same thing.
/// </summary>
/// <param name="Title">The document's title (its first heading, and its metadata title).</param>
/// <param name="Marking">Printed in the header and footer of every page when set ("NOT FOR PUBLICATION – OFFICIAL-SENSITIVE").</param>
public sealed record DocumentContent(string Title, string? Marking, IReadOnlyList<DocumentBlock> Blocks);

/// <summary>One block of a <see cref="DocumentContent"/>.</summary>
public abstract record DocumentBlock;

/// <summary>A heading; level 1 is the document's title.</summary>
public sealed record HeadingBlock(int Level, string Text) : DocumentBlock;

/// <summary>A paragraph of text; a notice is set apart (bold) from the text around it.</summary>
public sealed record TextBlock(string Text, bool IsNotice = false) : DocumentBlock;

/// <summary>A bulleted line.</summary>
public sealed record BulletBlock(string Text) : DocumentBlock;

/// <summary>
/// A paper carried whole: its text in a Word document; in a PDF, when the paper is itself a PDF, its
/// own pages appended after the document (the way agenda packs are printed), or else its text.
/// </summary>
public sealed record PaperBlock(string Text, byte[]? Pdf) : DocumentBlock;

/// <summary>A numbered agenda item's heading: "3.1 Title". Depth 0 is a top-level item, 1 a sub-item.</summary>
public sealed record ItemBlock(int Depth, string Number, string Title) : DocumentBlock;

/// <summary>A table with a header row; <paramref name="Widths"/> are relative column widths.</summary>
public sealed record TableBlock(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int>? Widths = null) : DocumentBlock
{
    public IReadOnlyList<int> RelativeWidths => Widths ?? [.. Columns.Select(_ => 1)];
}
