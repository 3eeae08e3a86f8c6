using Quorum.Access;

namespace Quorum.Notifications;

/// <summary>An address that asked not to get one kind of message (from the preferences page or a one-click unsubscribe).</summary>
public class MailOptOut : IOwned
{
    Owner IOwned.Owner => Owner.Administrators;

    public int Id { get; set; }

    /// <summary>Lower-case e-mail address.</summary>
    public required string Address { get; set; }

    public MessageKind Kind { get; set; }

    public DateTime At { get; set; }
}

/// <summary>Someone following a public body by e-mail: told when its minutes are published, once they confirm.</summary>
public class BodyFollower : IOwned
{
    Owner IOwned.Owner => Owner.Of<Bodies.Body>(BodyId);

    public int Id { get; set; }

    public int BodyId { get; set; }

    public Bodies.Body? Body { get; set; }

    /// <summary>Lower-case e-mail address.</summary>
    public required string Address { get; set; }

    /// <summary>The secret in the confirmation link.</summary>
    public required string ConfirmationToken { get; set; }

    public DateTime RequestedAt { get; set; }

    /// <summary>Null until the link in the confirmation message is followed (double opt-in).</summary>
    public DateTime? ConfirmedAt { get; set; }
}

/// <summary>
/// A scheduled run that happened (the weekly digest of week 2026-W49, say). Its unique key lets
/// one node of several write a period's messages and the others find it done.
/// </summary>
public class ScheduledRun : IOwned
{
    Owner IOwned.Owner => Owner.Administrators;

    public int Id { get; set; }

    public required string Key { get; set; }

    public DateTime At { get; set; }
}
