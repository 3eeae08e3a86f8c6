using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Notifications;

namespace Quorum.Web.Features.Notifications;

/// <summary>
/// Sends the outbox. Each message is claimed with one conditional UPDATE (status pending and due,
/// or a lease that ran out): on any database, of several workers racing for the same row exactly
/// one sees its update count 1, and only that one sends it. Marking it sent is guarded by the same
/// lease, and a sent message is never claimed again. The worker also writes the scheduled reminders.
/// </summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, MailSettings settings, TimeProvider clock, ILogger<OutboxWorker> logger) : BackgroundService
{
    private readonly string node = settings.NodeName ?? $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(0.05, settings.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (settings.Reminders)
                    await RunRemindersAsync(stoppingToken);
                if (settings.CanSend)
                    while (await SendDueAsync(stoppingToken) > 0 && !stoppingToken.IsCancellationRequested)
                    {
                        // Keep going while there is a backlog.
                    }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or IOException)
            {
                logger.LogWarning(e, "The outbox worker's round failed; it tries again in {Interval}", interval);
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RunRemindersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuorumDb>();
        db.Viewer = Viewer.System;
        db.Clock = clock;
        await Reminders.RunDueAsync(db, scope.ServiceProvider.GetRequiredService<MailSite>(), cancellationToken);
    }

    /// <summary>One round: claims and sends up to 20 due messages; returns how many it claimed.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuorumDb>();
        db.Viewer = Viewer.System;
        db.Clock = clock;
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => (m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now) || (m.Status == OutboxStatus.Sending && m.LeaseUntil < now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(20)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
            return 0;

        await using var mailer = new SmtpMailer(settings);
        var claimed = 0;
        foreach (var id in due)
        {
            now = clock.GetUtcNow().UtcDateTime;
            var leaseUntil = now.AddSeconds(settings.LeaseSeconds);
            var won = await db.OutboxMessages
                .Where(m => m.Id == id && ((m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now) || (m.Status == OutboxStatus.Sending && m.LeaseUntil < now)))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, OutboxStatus.Sending)
                    .SetProperty(m => m.LeaseOwner, node)
                    .SetProperty(m => m.LeaseUntil, leaseUntil)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
            if (won == 0)
                continue;
            claimed++;
            var message = await db.OutboxMessages.AsNoTracking().Include(m => m.Attachments).SingleAsync(m => m.Id == id, cancellationToken);
            try
            {
                await mailer.SendAsync(message, cancellationToken);
                var sentAt = clock.GetUtcNow().UtcDateTime;
                await db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == node)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(m => m.Status, OutboxStatus.Sent)
                        .SetProperty(m => m.SentAt, sentAt)
                        .SetProperty(m => m.LeaseUntil, (DateTime?)null)
                        .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
                logger.LogInformation("Sent message {Id} ({Kind}) to {Recipient}", id, message.Kind, message.Recipient);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var failedAt = clock.GetUtcNow().UtcDateTime;
                var givesUp = message.Attempts >= settings.MaxAttempts;
                var error = $"{e.GetType().Name}: {e.Message}";
                await db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == node)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(m => m.Status, givesUp ? OutboxStatus.Failed : OutboxStatus.Pending)
                        .SetProperty(m => m.NextAttemptAt, failedAt.Add(BackOff(message.Attempts)))
                        .SetProperty(m => m.LastError, error.Length > 2000 ? error[..2000] : error)
                        .SetProperty(m => m.LeaseUntil, (DateTime?)null)
                        .SetProperty(m => m.LeaseOwner, (string?)null), CancellationToken.None);
                logger.LogWarning(e, "Message {Id} to {Recipient} failed (attempt {Attempt})", id, message.Recipient, message.Attempts);
            }
        }

        return claimed;
    }

    /// <summary>30 seconds after the first failure, doubling to at most six hours.</summary>
    public static TimeSpan BackOff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(6 * 3600, 30 * Math.Pow(2, Math.Max(0, attempts - 1))));
}
