using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using UglyToad.PdfPig;

namespace Quorum.Web.Tests.MeetingDocuments;

/// <summary>Reads Word and PDF files the way their users' software does: the Open XML validator, LibreOffice, PdfPig.</summary>
public static class DocumentFiles
{
    /// <summary>Every schema error OpenXmlValidator finds, one per line (none for a valid file).</summary>
    public static List<string> WordErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var word = WordprocessingDocument.Open(stream, false);
        return [.. new OpenXmlValidator().Validate(word).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    /// <summary>The text of the body, headers and footers of a .docx.</summary>
    public static (string Body, string Headers, string Footers) WordText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var word = WordprocessingDocument.Open(stream, false);
        var main = word.MainDocumentPart!;
        return (main.Document!.Body!.InnerText,
            string.Join('\n', main.HeaderParts.Select(h => h.Header!.InnerText)),
            string.Join('\n', main.FooterParts.Select(f => f.Footer!.InnerText)));
    }

    /// <summary>The text of each page of a PDF.</summary>
    public static List<string> PdfPages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => p.Text)];
    }

    public static string? LibreOfficeMissingReason =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "soffice")))
            ? null
            : "LibreOffice not found (apt-get install libreoffice-writer-nogui)";

    /// <summary>
    /// Converts a .docx to PDF with LibreOffice headless and returns the PDF's page count. soffice
    /// exits 0 even when it cannot load a file, so the output's presence is what counts.
    /// </summary>
    public static async Task<int> LibreOfficePageCountAsync(byte[] docx)
    {
        var folder = Directory.CreateTempSubdirectory("quorum-lo-");
        try
        {
            var input = Path.Combine(folder.FullName, "document.docx");
            await File.WriteAllBytesAsync(input, docx);
            var profile = new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;
            var start = new ProcessStartInfo("soffice")
            {
                ArgumentList = { $"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", folder.FullName, input },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var soffice = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var output = soffice.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = soffice.StandardError.ReadToEndAsync(timeout.Token);
            await soffice.WaitForExitAsync(timeout.Token);
            var pdf = Path.Combine(folder.FullName, "document.pdf");
            File.Exists(pdf).ShouldBeTrue($"LibreOffice wrote no PDF: {await output} {await error}");
            using var document = PdfDocument.Open(await File.ReadAllBytesAsync(pdf));
            return document.NumberOfPages;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
