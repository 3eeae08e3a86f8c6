using Quorum.Import.Minutes;
using Quorum.Import.Status;
using Quorum.Import.Text;

namespace Quorum.Import;

/// <summary>
/// The one way in for uploads and the command line: checks limits and format, then reads a
/// document into a draft. Anything Quorum will not read raises <see cref="ImportException"/>.
/// </summary>
public static class DocumentImporter
{
    public static MinutesDraft ReadMinutes(Stream content, string fileName)
    {
        var bytes = ReadBounded(content, fileName);
        return ReadMinutes(bytes, fileName);
    }

    public static MinutesDraft ReadMinutes(byte[] content, string fileName)
    {
        var name = Path.GetFileName(fileName);
        var format = Prepare(content, name);
        var lines = TextExtraction.Extract(content, format, name);
        return MinutesReader.Read(lines, name);
    }

    public static StatusDraft ReadStatus(Stream content, string fileName)
    {
        var bytes = ReadBounded(content, fileName);
        return ReadStatus(bytes, fileName);
    }

    public static StatusDraft ReadStatus(byte[] content, string fileName)
    {
        var name = Path.GetFileName(fileName);
        var format = Prepare(content, name);
        return format switch
        {
            SourceFormat.Csv => StatusTableReader.Read(DelimitedRows.Read(TextDecoding.Decode(content), ','), name),
            SourceFormat.Tsv => StatusTableReader.Read(DelimitedRows.Read(TextDecoding.Decode(content), '\t'), name),
            SourceFormat.Xlsx => StatusTableReader.Read(SpreadsheetRows.Read(content, name), name),
            SourceFormat.PlainText when LooksTabSeparated(content) =>
                StatusTableReader.Read(DelimitedRows.Read(TextDecoding.Decode(content), '\t'), name),
            _ => HighlightReportReader.Read(TextExtraction.Extract(content, format, name), name),
        };
    }

    /// <summary>
    /// The rows of a table (CSV, TSV or the first sheet of an .xlsx workbook), each a list of cells
    /// as text, for a register's importer to read; any other document is refused.
    /// </summary>
    public static List<List<string>> ReadTable(byte[] content, string fileName)
    {
        var name = Path.GetFileName(fileName);
        return Prepare(content, name) switch
        {
            SourceFormat.Csv => DelimitedRows.Read(TextDecoding.Decode(content), ','),
            SourceFormat.Tsv => DelimitedRows.Read(TextDecoding.Decode(content), '\t'),
            SourceFormat.Xlsx => SpreadsheetRows.Read(content, name),
            SourceFormat.PlainText when LooksTabSeparated(content) => DelimitedRows.Read(TextDecoding.Decode(content), '\t'),
            _ => throw new ImportException($"'{name}' is not a table: upload a CSV file or an Excel workbook (.xlsx)."),
        };
    }

    private static SourceFormat Prepare(byte[] content, string fileName)
    {
        if (content.Length == 0)
            throw new ImportException($"'{fileName}' is empty.");
        if (content.LongLength > ImportLimits.MaxFileBytes)
            throw TooLarge(fileName);
        var format = SourceFormatDetector.Detect(content, fileName);
        if (format is SourceFormat.PlainText or SourceFormat.Markdown or SourceFormat.Html
            && TextDecoding.Decode(content.AsSpan(0, Math.Min(content.Length, 4096))).Trim().Length == 0
            && TextDecoding.Decode(content).Trim().Length == 0)
        {
            throw new ImportException($"'{fileName}' contains no text.");
        }

        return format;
    }

    private static bool LooksTabSeparated(byte[] content)
    {
        var text = TextDecoding.Decode(content.AsSpan(0, Math.Min(content.Length, 8192)));
        var lines = text.Split('\n').Where(l => l.Trim().Length > 0).Take(5).ToList();
        return lines.Count >= 2 && lines.Count(l => l.Count(c => c == '\t') >= 3) >= 2;
    }

    /// <summary>Reads at most the size limit plus one byte, so a huge upload is refused without being held in memory.</summary>
    public static byte[] ReadBounded(Stream content, string fileName)
    {
        if (content.CanSeek && content.Length - content.Position > ImportLimits.MaxFileBytes)
            throw TooLarge(fileName);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > ImportLimits.MaxFileBytes)
                throw TooLarge(fileName);
        }

        return buffer.ToArray();
    }

    private static ImportException TooLarge(string fileName) =>
        new($"'{Path.GetFileName(fileName)}' is larger than {ImportLimits.MaxFileBytes / (1024 * 1024)} MB, the most Quorum will import.");
}
