using Quorum.Import;
using Quorum.Import.Text;
using Quorum.Papers;

namespace Quorum.Web.Features.Papers;

/// <summary>The words of an uploaded paper, read with the minutes importer's readers (Word, PDF, HTML, text), for search.</summary>
public static class PaperText
{
    // Enough for any report's words; a longer file is found by its first 200,000 characters.
    private const int MaxCharacters = 200_000;

    /// <summary>The text of the stored file, or null when it is not a document Quorum can read (a spreadsheet, an image, a damaged file).</summary>
    public static string? Read(IPaperStore store, string sha256, string fileName)
    {
        try
        {
            using var stream = store.OpenRead(sha256);
            var content = DocumentImporter.ReadBounded(stream, fileName);
            var format = SourceFormatDetector.Detect(content, fileName);
            if (format is SourceFormat.Xlsx)
                return null;
            var text = string.Join('\n', TextExtraction.Extract(content, format, fileName).Where(l => !l.IsBlank).Select(l => l.Text));
            return text.Length > MaxCharacters ? text[..MaxCharacters] : text;
        }
        catch (ImportException)
        {
            return null;
        }
    }
}
