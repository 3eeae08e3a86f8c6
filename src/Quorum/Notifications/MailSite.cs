namespace Quorum.Notifications;

/// <summary>Where Quorum is reached from a message: links, unsubscribe addresses and calendar UIDs are built on it.</summary>
public sealed record MailSite(Uri Root, string From)
{
    public static readonly MailSite Default = new(new Uri("http://localhost:5080/"), "quorum@localhost");

    public string Host => Root.Host;

    public Uri Url(string path) => new(Root, path.TrimStart('/'));

    /// <summary>The site from its settings: its public address and the address messages come from.</summary>
    public static MailSite Of(string? url, string? from) => new(
        Uri.TryCreate(string.IsNullOrWhiteSpace(url) ? null : url.TrimEnd('/') + "/", UriKind.Absolute, out var root) ? root : Default.Root,
        string.IsNullOrWhiteSpace(from) ? Default.From : from.Trim());
}
