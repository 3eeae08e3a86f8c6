namespace Quorum.Web.Features.Notifications;

/// <summary>How messages leave Quorum: the <c>Quorum:Mail</c> settings. Without a host nothing is sent and messages wait in the outbox.</summary>
public sealed class MailSettings
{
    public string? Host { get; set; }

    public int? Port { get; set; }

    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "quorum@localhost";

    /// <summary>Quorum's public address, for the links in messages.</summary>
    public string? SiteUrl { get; set; }

    /// <summary>How often the worker looks for messages to send and reminders to write.</summary>
    public double PollSeconds { get; set; } = 10;

    /// <summary>How long a worker holds a message it is sending before another may take it over: well above the SMTP timeout.</summary>
    public double LeaseSeconds { get; set; } = 300;

    public int MaxAttempts { get; set; } = 8;

    /// <summary>Whether this node's worker writes the weekly digests and clerks' reminders (any number of nodes may).</summary>
    public bool Reminders { get; set; } = true;

    /// <summary>A name for this node in the outbox's lease column; defaults to the machine and process.</summary>
    public string? NodeName { get; set; }

    public bool CanSend => !string.IsNullOrWhiteSpace(Host);

    public int EffectivePort => Port ?? Security switch
    {
        MailSecurity.SslOnConnect => 465,
        MailSecurity.StartTls => 587,
        _ => 25,
    };
}

public enum MailSecurity
{
    None,
    StartTls,
    SslOnConnect,
}
