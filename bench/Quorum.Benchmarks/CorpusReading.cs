using BenchmarkDotNet.Attributes;
using Quorum.Import;
using Quorum.Import.Text;

namespace Quorum.Benchmarks;

/// <summary>
/// Reading every document of the import corpus (<c>corpus/tune</c> and <c>corpus/check</c>: real
/// minutes of other publishers) of one format. The baseline only extracts each document's lines,
/// so the ratio shows what the minutes readers add on top of opening the file.
/// </summary>
[MemoryDiagnoser]
public class CorpusReading
{
    private List<(string Name, byte[] Content, SourceFormat Format)> _documents = [];

    [Params("txt", "md", "html", "docx", "pdf")]
    public string Format { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        _documents = [.. new[] { "tune", "check" }
            .SelectMany(half => Directory.EnumerateFiles(Path.Combine(root, "corpus", half)))
            .Where(path => !path.EndsWith(".json", StringComparison.Ordinal) && Extension(path) == Format)
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var content = File.ReadAllBytes(path);
                var name = Path.GetFileName(path);
                return (name, content, SourceFormatDetector.Detect(content, name));
            })];
        if (_documents.Count == 0)
            throw new InvalidOperationException($"No {Format} documents in {root}/corpus.");
        Console.WriteLine($"// {Format}: {_documents.Count} documents, {_documents.Sum(d => d.Content.Length) / 1024} KB");
    }

    [Benchmark(Baseline = true)]
    public int ExtractLines() => _documents.Sum(d => TextExtraction.Extract(d.Content, d.Format, d.Name).Count);

    [Benchmark]
    public int ReadMinutes() => _documents.Sum(d => DocumentImporter.ReadMinutes(d.Content, d.Name).Attendees.Count);

    // Markdown keys come as .md and .markdown; plain text as .txt.
    private static string Extension(string path) => Path.GetExtension(path).TrimStart('.') switch
    {
        "markdown" => "md",
        var other => other,
    };

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Quorum.slnx")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Run from within a Quorum checkout: the corpus is read from its corpus/ folder.");
    }
}
