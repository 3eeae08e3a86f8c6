using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;

namespace Quorum.Notifications;

/// <summary>Someone a message goes to.</summary>
public sealed record Recipient(string Address, string? Name, int? PersonId)
{
    public string Key => Address.Trim().ToLowerInvariant();
}

/// <summary>What a message's unsubscribe link stops: one kind for an address, or, for published minutes, one followed body.</summary>
public sealed record UnsubscribeLink(string Address, MessageKind Kind, int? BodyId);

/// <summary>
/// Writes messages into the outbox of the current unit of work: they are saved by the same
/// <c>SaveChangesAsync</c> as the change that causes them, or not at all.
/// </summary>
public static class Outbox
{
    /// <summary>Adds a message to <paramref name="db"/> unless the recipient turned this kind off; returns it, or null.</summary>
    public static async Task<OutboxMessage?> WriteAsync(QuorumDb db, MailSite site, Recipient to, MessageKind kind, Letter letter, string why,
        int? bodyId = null, int? meetingId = null, IEnumerable<OutboxAttachment>? attachments = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(to.Address) || !to.Address.Contains('@', StringComparison.Ordinal))
            return null;
        if (kind != MessageKind.FollowConfirmation && await HasOptedOutAsync(db, to.Key, kind, cancellationToken))
            return null;

        var now = db.Clock.GetUtcNow().UtcDateTime;
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
        var unsubscribe = site.Url($"mail/unsubscribe/{token}");
        letter.Footer(why, unsubscribe, site.Url("account/notifications"));
        var message = new OutboxMessage
        {
            Kind = kind,
            BodyId = bodyId,
            MeetingId = meetingId,
            PersonId = to.PersonId,
            Recipient = to.Address.Trim(),
            RecipientName = to.Name,
            Subject = letter.Subject,
            TextBody = letter.Text,
            HtmlBody = letter.Html,
            Headers = $"List-Unsubscribe: <{unsubscribe}>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n",
            MessageId = $"{Guid.NewGuid():N}@{site.Host}",
            UnsubscribeToken = token,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        message.Attachments.AddRange(attachments ?? []);
        db.OutboxMessages.Add(message);
        return message;
    }

    public static Task<bool> HasOptedOutAsync(QuorumDb db, string address, MessageKind kind, CancellationToken cancellationToken = default)
    {
        var key = address.Trim().ToLowerInvariant();
        return db.MailOptOuts.AnyAsync(o => o.Address == key && o.Kind == kind, cancellationToken);
    }

    /// <summary>Turns one kind of message off for an address (idempotent: a second click changes nothing).</summary>
    public static async Task OptOutAsync(QuorumDb db, string address, MessageKind kind, CancellationToken cancellationToken = default)
    {
        var key = address.Trim().ToLowerInvariant();
        if (!await db.MailOptOuts.AnyAsync(o => o.Address == key && o.Kind == kind, cancellationToken))
            db.MailOptOuts.Add(new MailOptOut { Address = key, Kind = kind, At = db.Clock.GetUtcNow().UtcDateTime });
    }

    /// <summary>Turns a kind of message back on for an address, as following a body again asks.</summary>
    public static async Task OptInAsync(QuorumDb db, string address, MessageKind kind, CancellationToken cancellationToken = default)
    {
        var key = address.Trim().ToLowerInvariant();
        db.MailOptOuts.RemoveRange(await db.MailOptOuts.Where(o => o.Address == key && o.Kind == kind).ToListAsync(cancellationToken));
    }

    /// <summary>
    /// What an unsubscribe link stands for: the address, the kind and the body of its message.
    /// Reads past the visibility rule (the outbox is for clerks), and returns nothing of the message but those.
    /// </summary>
    public static async Task<UnsubscribeLink?> UnsubscribeLinkAsync(QuorumDb db, string token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
            return null;
        var link = await db.OutboxMessages.IncludingWithheld().AsNoTracking()
            .Where(m => m.UnsubscribeToken == token)
            .Select(m => new { m.Recipient, m.Kind, m.BodyId })
            .SingleOrDefaultAsync(cancellationToken);
        return link is null ? null : new UnsubscribeLink(link.Recipient.ToLowerInvariant(), link.Kind, link.Kind == MessageKind.PublishedMinutes ? link.BodyId : null);
    }

    /// <summary>
    /// Follows an unsubscribe link: published minutes stop for that one body (the address stops
    /// following it, and keeps the others it follows); any other kind stops for the address.
    /// </summary>
    public static async Task UnsubscribeAsync(QuorumDb db, UnsubscribeLink link, CancellationToken cancellationToken = default)
    {
        if (link.BodyId is { } body)
            db.BodyFollowers.RemoveRange(await db.BodyFollowers.Where(f => f.BodyId == body && f.Address == link.Address).ToListAsync(cancellationToken));
        else
            await OptOutAsync(db, link.Address, link.Kind, cancellationToken);
    }

    /// <summary>True once the link has been followed (or its messages stopped another way).</summary>
    public static async Task<bool> IsUnsubscribedAsync(QuorumDb db, UnsubscribeLink link, CancellationToken cancellationToken = default) =>
        link.BodyId is { } body
            ? !await db.BodyFollowers.AnyAsync(f => f.BodyId == body && f.Address == link.Address, cancellationToken)
            : await HasOptedOutAsync(db, link.Address, link.Kind, cancellationToken);

    /// <summary>Puts a failed or pending message back in line for the worker's next round.</summary>
    public static void Retry(OutboxMessage message, DateTime now)
    {
        if (message.Status == OutboxStatus.Sent)
            throw new DomainException("This message was sent; it is not sent again.");
        if (message.Status == OutboxStatus.Sending && message.LeaseUntil > now)
            throw new DomainException("This message is being sent now.");
        message.Status = OutboxStatus.Pending;
        message.NextAttemptAt = now;
        message.LeaseUntil = null;
        message.LeaseOwner = null;
    }
}
