namespace Quorum.Import;

/// <summary>The sizes beyond which an upload is refused rather than read.</summary>
public static class ImportLimits
{
    /// <summary>Largest file accepted, in bytes (50 MB).</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>Largest total uncompressed size of the parts of a Word or Excel file (200 MB).</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    /// <summary>Most parts a Word or Excel file may hold.</summary>
    public const int MaxPackageEntries = 5_000;

    /// <summary>Highest compression ratio of any one part; real Office parts stay far below it.</summary>
    public const int MaxCompressionRatio = 200;

    /// <summary>Most pages read from a PDF.</summary>
    public const int MaxPdfPages = 2_000;

    /// <summary>Characters of a single line the readers look at; the rest of a huge line is noise.</summary>
    public const int MaxLineChars = 20_000;

    /// <summary>Most lines the readers look at.</summary>
    public const int MaxLines = 200_000;
}
