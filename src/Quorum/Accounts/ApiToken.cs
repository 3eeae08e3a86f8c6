using System.Security.Cryptography;
using System.Text;

namespace Quorum.Accounts;

/// <summary>
/// A bearer token for API clients. Only its SHA-256 is stored: the token itself is shown once, when issued.
/// </summary>
public class ApiToken
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public QuorumUser? User { get; set; }

    public required string Hash { get; set; }

    public string? Name { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    /// <summary>After this moment the token is refused; tokens are issued for <see cref="DefaultLifetime"/> unless asked otherwise.</summary>
    public DateTime? ExpiresAt { get; set; }

    public static TimeSpan DefaultLifetime { get; } = TimeSpan.FromDays(365);

    public bool IsValidAt(DateTime now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    /// <summary>Creates a token for a user, returning the secret to hand over and the record to store.</summary>
    public static (string Secret, ApiToken Record) Issue(string userId, string? name, DateTime now, TimeSpan? lifetime = null)
    {
        var secret = "qrm_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (secret, new ApiToken { UserId = userId, Name = name, Hash = HashOf(secret), CreatedAt = now, ExpiresAt = now + (lifetime ?? DefaultLifetime) });
    }

    public static string HashOf(string secret) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
