using System.IO.Compression;

namespace Quorum.Import.Text;

/// <summary>
/// Looks inside a Word or Excel zip before any library unpacks it, so that a small upload
/// cannot expand into gigabytes (a zip bomb) or thousands of parts.
/// </summary>
public static class PackageGuard
{
    public static void Check(byte[] content, string fileName)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > ImportLimits.MaxPackageEntries)
                throw new ImportException($"'{fileName}' holds too many parts ({zip.Entries.Count}) to be a real document.");
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > 1024 * 1024 && entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > ImportLimits.MaxCompressionRatio)
                    throw new ImportException($"'{fileName}' expands to far more than its size (a 'zip bomb') and was refused.");
                if (total > ImportLimits.MaxUnpackedBytes)
                    throw new ImportException($"'{fileName}' expands to more than {ImportLimits.MaxUnpackedBytes / (1024 * 1024)} MB when unpacked and was refused.");
            }
        }
        catch (InvalidDataException ex)
        {
            throw new ImportException($"'{fileName}' is damaged: its zip structure cannot be read.", ex);
        }
    }
}
