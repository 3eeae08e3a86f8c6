namespace Quorum.Import;

/// <summary>The kinds of file the readers understand.</summary>
public enum SourceFormat
{
    PlainText,
    Markdown,
    Docx,
    Pdf,
    Html,
    Csv,
    Tsv,
    Xlsx,
}
