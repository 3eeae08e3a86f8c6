using System.IO.Compression;

namespace Quorum.Import;

/// <summary>
/// Decides how to read a file from its name and its first bytes. The two must agree: a
/// name can lie (a Word file renamed .txt) and so can content (junk renamed .docx).
/// </summary>
public static class SourceFormatDetector
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZipSignature = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static SourceFormat Detect(ReadOnlySpan<byte> content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var sniffed = Sniff(content);
        var named = FromExtension(extension);

        if (sniffed == Sniffed.CompoundFile)
        {
            throw new ImportException(
                $"'{fileName}' is password-protected or saved in an old Office format (.doc/.xls). Save it as an unprotected .docx or .xlsx and upload it again.");
        }

        return named switch
        {
            SourceFormat.Docx or SourceFormat.Xlsx when sniffed != Sniffed.Zip => throw new ImportException(
                $"'{fileName}' is not a valid {(named == SourceFormat.Docx ? "Word" : "Excel")} file: it is damaged, or it is another kind of file renamed."),
            SourceFormat.Pdf when sniffed != Sniffed.Pdf => throw new ImportException(
                $"'{fileName}' is not a valid PDF: it is damaged, or it is another kind of file renamed."),
            SourceFormat.Docx or SourceFormat.Xlsx or SourceFormat.Pdf => named.Value,
            not null when sniffed is Sniffed.Zip or Sniffed.Pdf => throw new ImportException(
                $"'{fileName}' is named as text but holds a {(sniffed == Sniffed.Pdf ? "PDF" : "Word or Excel")} document. Give it its proper extension and upload it again."),
            not null when sniffed == Sniffed.Binary => throw new ImportException(
                $"'{fileName}' does not contain readable text: it looks like a binary file."),
            not null => named.Value,
            null => sniffed switch
            {
                Sniffed.Pdf => SourceFormat.Pdf,
                Sniffed.Zip => ZipKind(content, fileName),
                Sniffed.Binary => throw new ImportException($"'{fileName}' is not a document Quorum can read: it looks like a binary file."),
                _ => LooksLikeHtml(content) ? SourceFormat.Html : SourceFormat.PlainText,
            },
        };
    }

    private static SourceFormat? FromExtension(string extension) => extension switch
    {
        ".txt" or ".text" => SourceFormat.PlainText,
        ".md" or ".markdown" => SourceFormat.Markdown,
        ".docx" => SourceFormat.Docx,
        ".pdf" => SourceFormat.Pdf,
        ".html" or ".htm" => SourceFormat.Html,
        ".csv" => SourceFormat.Csv,
        ".tsv" or ".tab" => SourceFormat.Tsv,
        ".xlsx" => SourceFormat.Xlsx,
        _ => null,
    };

    private enum Sniffed
    {
        Text,
        Binary,
        Zip,
        Pdf,
        CompoundFile,
    }

    private static Sniffed Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(ZipSignature) || content.StartsWith(EmptyZipSignature))
            return Sniffed.Zip;
        if (content.StartsWith(CompoundFileSignature))
            return Sniffed.CompoundFile;
        // The PDF header may follow a little junk; readers accept it within the first kilobyte.
        if (content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
            return Sniffed.Pdf;
        return LooksLikeText(content) ? Sniffed.Text : Sniffed.Binary;
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> content)
    {
        var sample = content[..Math.Min(content.Length, 64 * 1024)];
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return true;
        var suspicious = 0;
        foreach (var b in sample)
        {
            if (b == 0)
                return false;
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
                suspicious++;
        }

        if (suspicious * 100 > sample.Length * 2)
            return false;
        var text = TextDecoding.Decode(sample);
        var odd = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')))
                odd++;
        }

        return odd * 100 <= Math.Max(1, text.Length) * 5;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> content)
    {
        var head = TextDecoding.Decode(content[..Math.Min(content.Length, 2048)]).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static SourceFormat ZipKind(ReadOnlySpan<byte> content, string fileName)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray()), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null)
                return SourceFormat.Docx;
            if (zip.GetEntry("xl/workbook.xml") is not null)
                return SourceFormat.Xlsx;
        }
        catch (InvalidDataException ex)
        {
            throw new ImportException($"'{fileName}' is a damaged zip archive and cannot be read.", ex);
        }

        throw new ImportException($"'{fileName}' is a zip archive, not a Word or Excel document.");
    }
}
