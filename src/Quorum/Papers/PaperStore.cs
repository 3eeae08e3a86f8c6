using System.Security.Cryptography;

namespace Quorum.Papers;

/// <summary>Where paper files are kept, by content hash. The disk store can be replaced by an object store.</summary>
public interface IPaperStore
{
    /// <summary>Stores the content (at most <paramref name="maxBytes"/>) and returns its SHA-256 and size.</summary>
    Task<(string Sha256, long Size)> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default);

    Stream OpenRead(string sha256);

    /// <summary>The SHA-512 of stored content, which open data publishes beside the SHA-256 that names it.</summary>
    async Task<string> Sha512Async(string sha256, CancellationToken cancellationToken = default)
    {
        await using var content = OpenRead(sha256);
        return Convert.ToHexStringLower(await SHA512.HashDataAsync(content, cancellationToken));
    }
}

/// <summary>Files under <c>{data}/papers/ab/abcdef…</c>; the same content is stored once.</summary>
public sealed class DiskPaperStore(string folder) : IPaperStore
{
    public async Task<(string Sha256, long Size)> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $"upload-{Guid.NewGuid():N}.tmp");
        try
        {
            long size = 0;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var file = File.Create(temporary))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                        throw new DomainException($"The file is too big: a paper can be up to {maxBytes / (1024 * 1024)} MB.");
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (size == 0)
                throw new DomainException("The file is empty.");
            var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            var target = PathOf(sha);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!File.Exists(target))
                File.Move(temporary, target);
            return (sha, size);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Stream OpenRead(string sha256) => File.OpenRead(PathOf(sha256));

    private string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit))
            throw new ArgumentException("Not a SHA-256.", nameof(sha256));
        return Path.Combine(folder, sha256[..2], sha256);
    }
}
