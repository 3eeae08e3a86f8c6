using System.Text;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Quorum.Import;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Quorum.Benchmarks;

/// <summary>
/// Reading one set of minutes (about 110 lines) in each format. The baseline only decodes the
/// text and splits it into lines, so the ratios show what the readers add on top.
/// </summary>
[MemoryDiagnoser]
public class MinutesReading
{
    private byte[] _text = [];
    private byte[] _docx = [];
    private byte[] _pdf = [];

    [GlobalSetup]
    public void Setup()
    {
        var lines = SeedMinutes.Lines();
        _text = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        _docx = Docx(lines);
        _pdf = Pdf(lines);
    }

    [Benchmark(Baseline = true)]
    public int SplitLines() => Encoding.UTF8.GetString(_text).Split('\n').Length;

    [Benchmark]
    public int Text() => DocumentImporter.ReadMinutes(_text, "minutes.txt").Attendees.Count;

    [Benchmark]
    public int Docx() => DocumentImporter.ReadMinutes(_docx, "minutes.docx").Attendees.Count;

    [Benchmark]
    public int Pdf() => DocumentImporter.ReadMinutes(_pdf, "minutes.pdf").Attendees.Count;

    private static byte[] Docx(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(lines.Select(l =>
                new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(l) { Space = SpaceProcessingModeValues.Preserve })))));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static byte[] Pdf(IEnumerable<string> lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 800.0;
        foreach (var line in lines)
        {
            if (y < 40)
            {
                page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
                y = 800;
            }

            var x = 40.0;
            foreach (var cell in line.Split('\t'))
            {
                // The standard fonts cover Latin-1 only.
                var latin = new string(cell.Select(c => c < 256 ? c : '-').ToArray());
                if (latin.Trim().Length > 0)
                    page.AddText(latin, 9, new PdfPoint(x, y), font);
                x += 200;
            }

            y -= 12;
        }

        return builder.Build();
    }
}
