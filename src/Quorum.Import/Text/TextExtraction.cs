namespace Quorum.Import.Text;

/// <summary>Reads any supported document into lines.</summary>
public static class TextExtraction
{
    public static List<TextLine> Extract(byte[] content, SourceFormat format, string fileName) => format switch
    {
        SourceFormat.Docx => DocxExtractor.Extract(content, fileName),
        SourceFormat.Pdf => PdfExtractor.Extract(content, fileName),
        SourceFormat.Html => HtmlExtractor.Extract(TextDecoding.Decode(content)),
        SourceFormat.Markdown => MarkdownExtractor.Extract(TextDecoding.Decode(content)),
        SourceFormat.PlainText or SourceFormat.Csv or SourceFormat.Tsv => PlainTextExtractor.Extract(TextDecoding.Decode(content)),
        _ => throw new ImportException($"'{fileName}' is a spreadsheet; import it as a status table, not as minutes."),
    };
}
