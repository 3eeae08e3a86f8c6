using System.Diagnostics;
using System.Text;
using Quorum.Import.Tests.Corpus;
using Xunit.Abstractions;

namespace Quorum.Import.Tests;

/// <summary>
/// Damaged and hostile variants of real documents: the readers either read them or refuse them
/// with an <see cref="ImportException"/>, never crash, and never take long over one file.
/// </summary>
[Collection(TimedCollection.Name)]
public sealed class RobustnessTests(ITestOutputHelper output)
{
    private const int Seed = 20100107;
    // A guard against a reader that hangs or runs away, not a measure of speed (that is bench/'s). The largest
    // damaged copy, a seed with one action line repeated 20,000 times, takes some 9.5 s of processor time, about
    // half a millisecond a line however many; a runaway reader takes minutes, so the guard leaves half as much again.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(15);

    [Fact]
    public void MutatedDocuments_AreReadOrRefusedQuickly()
    {
        var random = new Random(Seed);
        var sources = Sources();
        var failures = new List<string>();
        var cases = 0;
        var refused = 0;
        var slowest = TimeSpan.Zero;
        foreach (var (name, bytes, perKind) in sources)
        {
            // The first read of each format pays for JIT compilation; the time budget is for reading.
            Read(name, bytes);
            foreach (var (mutation, mutated) in Mutations(name, bytes, random, perKind))
            {
                cases++;
                var watch = ProcessorTime.Start();
                try
                {
                    if (IsStatus(name))
                        DocumentImporter.ReadStatus(mutated, name);
                    else
                        DocumentImporter.ReadMinutes(mutated, name);
                }
                catch (ImportException)
                {
                    refused++;
                }
                catch (Exception ex)
                {
                    failures.Add($"{name} [{mutation}]: {ex.GetType().Name}: {ex.Message}");
                }

                var elapsed = watch.Elapsed;

                // Processor time of this process, not wall-clock time, so that other programs busy on the
                // same cores are not taken for a slow reader; a case over budget is timed once more.
                var budget = BudgetFor(name, bytes);
                if (elapsed > budget)
                    elapsed = TimeSpan.FromTicks(Math.Min(elapsed.Ticks, TimeRead(name, mutated).Ticks));
                slowest = elapsed > slowest ? elapsed : slowest;
                if (elapsed > budget)
                    failures.Add($"{name} [{mutation}]: took {elapsed.TotalSeconds:F1} s");
            }
        }

        output.WriteLine($"{cases} mutated documents from {sources.Count} sources, {refused} refused, slowest {slowest.TotalMilliseconds:F0} ms");
        cases.ShouldBeGreaterThanOrEqualTo(2000);
        failures.ShouldBeEmpty();
    }

    /// <summary>
    /// Fifteen seconds a file; a damaged PDF makes PdfPig re-read its fonts and streams, which grows with
    /// the file, so a large PDF gets two seconds more for each half megabyte.
    /// </summary>
    private static TimeSpan BudgetFor(string name, byte[] bytes) =>
        Path.GetExtension(name) is ".pdf" ? Budget + TimeSpan.FromSeconds(4.0 * bytes.Length / (1024 * 1024)) : Budget;

    private static TimeSpan TimeRead(string name, byte[] bytes)
    {
        var watch = ProcessorTime.Start();
        Read(name, bytes);
        return watch.Elapsed;
    }

    private static void Read(string name, byte[] bytes)
    {
        try
        {
            if (IsStatus(name))
                DocumentImporter.ReadStatus(bytes, name);
            else
                DocumentImporter.ReadMinutes(bytes, name);
        }
        catch (ImportException)
        {
        }
    }

    private static bool IsStatus(string name) => Path.GetExtension(name) is ".tsv" or ".csv" or ".xlsx";

    /// <summary>Each source with how many mutations of each kind it gets; the project corpus is large, so fewer each.</summary>
    private static List<(string Name, byte[] Bytes, int PerKind)> Sources()
    {
        var sources = new List<(string, byte[], int)>
        {
            ("sample.txt", SampleDocuments.PlainText(), 45),
            ("sample.md", SampleDocuments.Markdown(), 45),
            ("sample.html", SampleDocuments.Html(), 45),
            ("sample.docx", SampleDocuments.Docx(), 45),
            ("sample.pdf", SampleDocuments.Pdf(), 30),
        };
        if (CorpusLocation.Find() is { } corpus)
        {
            foreach (var document in CorpusLocation.Documents(corpus))
            {
                var name = Path.GetFileName(document);
                var bytes = File.ReadAllBytes(document);
                sources.Add((name, bytes, Path.GetExtension(name) is ".pdf" ? 30 : 45));
                if (Path.GetExtension(name) is ".txt" or ".md" or ".markdown")
                {
                    var lines = Encoding.UTF8.GetString(bytes).Split('\n');
                    sources.Add((Path.ChangeExtension(name, ".docx"), SampleDocuments.Docx(lines), 45));
                }
            }
        }

        if (CorpusLocation.FindProjectCorpus() is { } project)
        {
            foreach (var document in CorpusLocation.Documents(project).Where(d => Path.GetFileName(Path.GetDirectoryName(d)) is "tune" or "check"))
                sources.Add((Path.GetFileName(document), File.ReadAllBytes(document), Path.GetExtension(document) is ".pdf" ? 4 : 6));
        }

        return sources;
    }

    private static IEnumerable<(string Mutation, byte[] Bytes)> Mutations(string name, byte[] bytes, Random random, int perKind)
    {
        for (var i = 0; i < perKind; i++)
        {
            var kind = i % 6;
            switch (kind)
            {
                case 0 or 1:
                    yield return ($"bit flips #{i}", FlipBits(bytes, random, 1 + random.Next(30)));
                    break;
                case 2:
                    yield return ($"truncated #{i}", bytes[..random.Next(1, Math.Max(2, bytes.Length))]);
                    break;
                case 3 when Path.GetExtension(name) is ".docx" or ".xlsx":
                    yield return ($"reordered zip #{i}", SampleDocuments.ReorderZip(bytes, random));
                    break;
                case 3:
                    yield return ($"byte run #{i}", OverwriteRun(bytes, random));
                    break;
                case 4:
                    yield return ($"huge line #{i}", HugeLine(bytes, random));
                    break;
                default:
                    yield return ($"spliced #{i}", Splice(bytes, random));
                    break;
            }
        }
    }

    private static byte[] FlipBits(byte[] bytes, Random random, int flips)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < flips; i++)
        {
            var index = random.Next(copy.Length);
            copy[index] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] OverwriteRun(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        var start = random.Next(copy.Length);
        var length = Math.Min(copy.Length - start, random.Next(1, 512));
        random.NextBytes(copy.AsSpan(start, length));
        return copy;
    }

    /// <summary>One line of the document repeated into a single very long line, or into very many lines.</summary>
    private static byte[] HugeLine(byte[] bytes, Random random)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n');
        var line = lines[random.Next(lines.Length)];
        if (line.Trim().Length == 0)
            line = "Action 01: Mark Brett and Jos Creese to review the paper by 31 March 2010 - ";
        // About 2 MB: far beyond any real line or page of minutes, small enough to read inside the time budget.
        var repeated = random.Next(2) == 0
            ? string.Concat(Enumerable.Repeat(line.TrimEnd('\r') + " ", 200_000 / Math.Max(1, line.Length) + 1))
            : string.Join('\n', Enumerable.Repeat(line, Math.Min(20_000, 2_000_000 / Math.Max(1, line.Length))));
        var at = random.Next(lines.Length);
        var result = lines.Take(at).Append(repeated).Concat(lines.Skip(at));
        return Encoding.UTF8.GetBytes(string.Join('\n', result));
    }

    private static byte[] Splice(byte[] bytes, Random random)
    {
        var a = random.Next(bytes.Length);
        var b = random.Next(bytes.Length);
        var (from, to) = a < b ? (a, b) : (b, a);
        return [.. bytes[..to], .. bytes[from..]];
    }

    /// <summary>Processor time used by this process (the readers, the garbage collector) since it started.</summary>
    private sealed class ProcessorTime
    {
        private readonly TimeSpan _start = Process.GetCurrentProcess().TotalProcessorTime;

        public static ProcessorTime Start() => new();

        public TimeSpan Elapsed => Process.GetCurrentProcess().TotalProcessorTime - _start;
    }
}
