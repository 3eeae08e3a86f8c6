namespace Quorum.Import.Text;

/// <summary>Reads any supported document into lines.</summary>
public static class TextExtraction
{
    public static List<TextLine> Extract(byte[] content, SourceFormat format, string fileName) => Number(Read(content, format, fileName));

    /// <summary>Lines whose extractor knows no better place (Word paragraphs and rows, PDF lines) are numbered in reading order, blanks not counted.</summary>
    private static List<TextLine> Number(List<TextLine> lines)
    {
        var number = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
                continue;
            number++;
            if (lines[i].Source == 0)
                lines[i] = lines[i] with { Source = number };
        }

        return lines;
    }

    private static List<TextLine> Read(byte[] content, SourceFormat format, string fileName) => format switch
    {
        SourceFormat.Docx => DocxExtractor.Extract(content, fileName),
        SourceFormat.Pdf => PdfExtractor.Extract(content, fileName),
        SourceFormat.Html => HtmlExtractor.Extract(TextDecoding.Decode(content)),
        SourceFormat.Markdown => MarkdownExtractor.Extract(TextDecoding.Decode(content)),
        SourceFormat.PlainText or SourceFormat.Csv or SourceFormat.Tsv => PlainTextExtractor.Extract(TextDecoding.Decode(content)),
        _ => throw new ImportException($"'{fileName}' is a spreadsheet; import it as a status table, not as minutes."),
    };
}
