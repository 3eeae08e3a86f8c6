namespace Quorum.Import.Tests.Corpus;

/// <summary>
/// The shared answer-key corpus lives beside the repository (X/../shared/corpus), not in it.
/// Found by walking up from the test assembly; null when this checkout has none.
/// </summary>
public static class CorpusLocation
{
    public static string? Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpus");
            if (Directory.Exists(candidate))
                return candidate;
            directory = directory.Parent;
        }

        return null;
    }

    /// <summary>The project's own corpus: the <c>corpus</c> folder at the root of the repository (beside Quorum.slnx).</summary>
    public static string? FindProjectCorpus()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Quorum.slnx")))
            {
                var candidate = Path.Combine(directory.FullName, "corpus");
                return Directory.Exists(candidate) ? candidate : null;
            }

            directory = directory.Parent;
        }

        return null;
    }

    /// <summary>
    /// The four sets scored apart: the seeds and dev documents the readers were written against,
    /// the tune half of the project corpus, and its check half, kept from rule-writing.
    /// </summary>
    public static string? FolderOf(string set) => set switch
    {
        "seeds" or "dev" => Find() is { } shared ? Existing(Path.Combine(shared, set)) : null,
        "tune" or "check" => FindProjectCorpus() is { } project ? Existing(Path.Combine(project, set)) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, "seeds, dev, tune or check"),
    };

    private static string? Existing(string folder) => Directory.Exists(folder) ? folder : null;

    public static string? FindSchema()
    {
        var corpus = Find();
        if (corpus is null)
            return null;
        var schema = Path.Combine(Path.GetDirectoryName(corpus)!, "import-schema.json");
        return File.Exists(schema) ? schema : null;
    }

    /// <summary>Every document in the corpus: files other than answer keys and notes.</summary>
    public static IEnumerable<string> Documents(string corpus) =>
        Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal)
                && !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase)
                && !Path.GetFileName(f).Equals("SOURCES.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    /// <summary>The document an answer key describes: same name without its extension.</summary>
    public static string? DocumentFor(string keyPath)
    {
        var stem = Path.GetFileName(keyPath)[..^".expected.json".Length];
        return Directory.EnumerateFiles(Path.GetDirectoryName(keyPath)!, stem + ".*")
            .FirstOrDefault(f => !f.EndsWith(".expected.json", StringComparison.Ordinal));
    }
}
