using Quorum.Access;

namespace Quorum.Notifications;

/// <summary>
/// One e-mail to one recipient, written in the same transaction as the change that causes it and
/// sent later by the outbox worker. Its <see cref="MessageId"/> is fixed when it is written, so a
/// retry after a crash carries the same SMTP Message-Id as the first try.
/// </summary>
public class OutboxMessage : IOwned
{
    Owner IOwned.Owner => BodyId is { } body ? Owner.Of<Bodies.Body>(body) : Owner.Administrators;

    public int Id { get; set; }

    public MessageKind Kind { get; set; }

    /// <summary>The body the message is about: its clerks see it in the outbox.</summary>
    public int? BodyId { get; set; }

    public int? MeetingId { get; set; }

    public int? PersonId { get; set; }

    public required string Recipient { get; set; }

    public string? RecipientName { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public required string HtmlBody { get; set; }

    /// <summary>Extra headers, one "Name: value" a line (List-Unsubscribe and its one-click companion).</summary>
    public string Headers { get; set; } = "";

    /// <summary>The SMTP Message-Id, without angle brackets; unique.</summary>
    public required string MessageId { get; set; }

    /// <summary>The secret in the message's one-click unsubscribe link.</summary>
    public required string UnsubscribeToken { get; set; }

    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;

    public int Attempts { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime NextAttemptAt { get; set; }

    /// <summary>While a worker sends the message, no other worker may claim it until this time.</summary>
    public DateTime? LeaseUntil { get; set; }

    public string? LeaseOwner { get; set; }

    public string? LastError { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>
    /// For a scheduled message, the period and person it is for ("digest:2026-W49:person:17"):
    /// unique, so of two nodes writing the same week's digest only one message is kept. Null otherwise.
    /// </summary>
    public string? RunKey { get; set; }

    public List<OutboxAttachment> Attachments { get; set; } = [];

    public IEnumerable<KeyValuePair<string, string>> HeaderLines() =>
        Headers.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => new KeyValuePair<string, string>(parts[0].Trim(), parts[1].Trim()));
}

/// <summary>A file sent with an outbox message, such as a meeting's .ics invitation.</summary>
public class OutboxAttachment : IOwned
{
    Owner IOwned.Owner => Owner.Of<OutboxMessage>(OutboxMessageId);

    public int Id { get; set; }

    public int OutboxMessageId { get; set; }

    public OutboxMessage? OutboxMessage { get; set; }

    public required string FileName { get; set; }

    /// <summary>The MIME type with its parameters, e.g. <c>text/calendar; method=REQUEST</c>.</summary>
    public required string ContentType { get; set; }

    public required string Content { get; set; }
}

public enum OutboxStatus
{
    /// <summary>Waiting to be sent (first try, or a retry after <see cref="OutboxMessage.NextAttemptAt"/>).</summary>
    Pending,

    /// <summary>Claimed by a worker whose lease has not run out.</summary>
    Sending,

    Sent,

    /// <summary>Every attempt failed; a clerk may retry it.</summary>
    Failed,
}
