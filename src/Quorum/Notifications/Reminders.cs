using Quorum.Data;

namespace Quorum.Notifications;

/// <summary>Scheduled messages: the weekly digest of each owner's actions and the clerks' reminders.</summary>
public static class Reminders
{
    public static Task RunDueAsync(QuorumDb db, MailSite site, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
