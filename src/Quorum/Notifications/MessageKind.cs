namespace Quorum.Notifications;

/// <summary>What a message is for; each person chooses which kinds they get.</summary>
public enum MessageKind
{
    /// <summary>An agenda with its papers and invitation, and the invitation's updates and cancellation.</summary>
    MeetingInvitation,

    DraftMinutes,

    PublishedMinutes,

    /// <summary>An action raised or changed, told to its owners.</summary>
    ActionAssigned,

    ActionDigest,

    /// <summary>Exemptions due for review and overdue actions, for a body's clerks.</summary>
    ClerkReminders,

    /// <summary>The link that confirms following a body: always sent, it is the answer to a request.</summary>
    FollowConfirmation,
}

public static class MessageKinds
{
    /// <summary>The kinds a person may turn off on their preferences page, with what the page calls them.</summary>
    public static readonly IReadOnlyList<(MessageKind Kind, string Label, string Hint)> Choosable =
    [
        (MessageKind.MeetingInvitation, "Agendas and meeting invitations", "the agenda, papers and calendar invitation of meetings of bodies you sit on, and changes to them"),
        (MessageKind.DraftMinutes, "Draft minutes", "draft minutes circulated to the members of your bodies"),
        (MessageKind.PublishedMinutes, "Published minutes", "minutes published by bodies you follow"),
        (MessageKind.ActionAssigned, "Actions given to you", "when an action you own is raised or changed"),
        (MessageKind.ActionDigest, "Weekly digest of your actions", "your open actions due within 14 days or overdue"),
        (MessageKind.ClerkReminders, "Reminders for clerks", "exemptions due for review and overdue actions in the bodies you clerk"),
    ];

    public static string Label(MessageKind kind) =>
        Choosable.FirstOrDefault(c => c.Kind == kind).Label ?? "Follow confirmations";
}
