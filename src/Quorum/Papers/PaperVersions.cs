namespace Quorum.Papers;

/// <summary>Makes a version record from an upload, cleaning the name the browser sent.</summary>
public static class PaperVersions
{
    public static PaperVersion New(int number, string fileName, string? contentType, string sha, string sha512, long size, string? uploadedBy, DateTime uploadedAt) => new()
    {
        Number = number,
        FileName = SafeName(fileName),
        ContentType = string.IsNullOrWhiteSpace(contentType) || contentType.Length > 200 ? "application/octet-stream" : contentType,
        Sha256 = sha,
        Sha512 = sha512,
        Size = size,
        UploadedBy = uploadedBy ?? "unknown",
        UploadedAt = uploadedAt,
    };

    // Browsers may send a full path; keep only a plain file name.
    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = string.Concat(name.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')));
        return string.IsNullOrWhiteSpace(name) ? "paper" : name.Length > 200 ? name[^200..] : name;
    }
}
