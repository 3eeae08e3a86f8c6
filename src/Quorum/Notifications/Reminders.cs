using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Data;

namespace Quorum.Notifications;

/// <summary>
/// Scheduled messages, once a week (ISO week, Monday to Sunday, by Quorum's clock): each owner's
/// digest of their actions due within 14 days or overdue, and each clerk's reminder of exemptions
/// due for review and actions overdue in their bodies. Every node's worker calls
/// <see cref="RunDueAsync"/> each round; each message carries a key naming its week and person
/// (<see cref="OutboxMessage.RunKey"/>, unique), so of nodes racing for the same week exactly one
/// message per person is kept, and a week marked done costs the others one look-up.
/// </summary>
public static class Reminders
{
    /// <summary>How far ahead the digest and the clerks' reminder look.</summary>
    public const int HorizonDays = 14;

    public static async Task RunDueAsync(QuorumDb db, MailSite site, CancellationToken cancellationToken = default)
    {
        var today = db.Today;
        var week = WeekOf(today);
        var done = $"reminders:{week}";
        if (await db.ScheduledRuns.AsNoTracking().AnyAsync(r => r.Key == done, cancellationToken))
            return;

        await WriteDigestsAsync(db, site, today, week, cancellationToken);
        await WriteClerkRemindersAsync(db, site, today, week, cancellationToken);
        db.ScheduledRuns.Add(new ScheduledRun { Key = done, At = db.Clock.GetUtcNow().UtcDateTime });
        await SaveOnceAsync(db, cancellationToken);
    }

    /// <summary>The ISO week a day falls in, as "2026-W49".</summary>
    public static string WeekOf(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}";
    }

    /// <summary>The actions a digest lists: open or in progress, with a due date no later than <see cref="HorizonDays"/> from today (so overdue ones too).</summary>
    public static IQueryable<ActionItem> DueForDigest(this IQueryable<ActionItem> actions, DateOnly today)
    {
        var horizon = today.AddDays(HorizonDays);
        return actions.Where(a => (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && a.DueDate != null && a.DueDate <= horizon);
    }

    /// <summary>Open actions whose due date has passed.</summary>
    public static IQueryable<ActionItem> Overdue(this IQueryable<ActionItem> actions, DateOnly today) =>
        actions.Where(a => (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && a.DueDate != null && a.DueDate < today);

    /// <summary>Exempt items whose exemption is to be reviewed within <see cref="HorizonDays"/>, or should have been.</summary>
    public static IQueryable<Meetings.AgendaItem> ExemptionsDueForReview(this IQueryable<Meetings.AgendaItem> items, DateOnly today)
    {
        var horizon = today.AddDays(HorizonDays);
        return items.Where(i => i.IsExempt && i.Exemption!.ReviewDate != null && i.Exemption.ReviewDate <= horizon);
    }

    private static async Task WriteDigestsAsync(QuorumDb db, MailSite site, DateOnly today, string week, CancellationToken cancellationToken)
    {
        var owners = await db.Actions.AsNoTracking().DueForDigest(today)
            .SelectMany(a => a.Owners)
            .Where(p => p.Email != null && p.Email != "")
            .Select(p => new { p.Id, p.FullName, p.Email })
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var owner in owners.OrderBy(o => o.Id))
        {
            var key = $"digest:{week}:person:{owner.Id}";
            if (await db.OutboxMessages.AsNoTracking().AnyAsync(m => m.RunKey == key, cancellationToken))
                continue;

            // Read as the owner: the digest lists only what they may see.
            var viewer = await ViewerLookup.ForPersonAsync(db, owner.Id, today, cancellationToken);
            await using var asOwner = db.ReadingAs(viewer);
            // The owner's actions by the owners' link (indexed by owner), then the rule on those
            // alone: testing every visible action for its owners cost each digest a read of them all.
            var ownerId = owner.Id;
            var owned = await db.Set<Dictionary<string, object>>("ActionOwners").AsNoTracking()
                .Where(o => EF.Property<int>(o, "OwnersId") == ownerId)
                .Select(o => EF.Property<int>(o, "ActionItemId"))
                .ToListAsync(cancellationToken);
            var actions = await asOwner.Actions.AsNoTracking().DueForDigest(today)
                .Where(a => owned.Contains(a.Id))
                .Select(a => new Listed(a.Id, a.BodyId, a.Reference, a.Text, a.DueDate!.Value, a.Body!.Name))
                .ToListAsync(cancellationToken);
            if (actions.Count == 0)
                continue;

            var overdue = actions.Where(a => a.Due < today).OrderBy(a => a.Due).ThenBy(a => a.Reference).ToList();
            var soon = actions.Where(a => a.Due >= today).OrderBy(a => a.Due).ThenBy(a => a.Reference).ToList();
            var letter = new Letter($"Your actions: {overdue.Count} overdue, {soon.Count} due in the next two weeks")
                .Heading("Your actions this week")
                .Paragraph($"Hello {owner.FullName}. These are your open actions that are overdue or due by {ActionNotice.Date(today.AddDays(HorizonDays))}.");
            if (overdue.Count > 0)
                letter.Subheading("Overdue").List(overdue.Select(a => Line(a, site)));
            if (soon.Count > 0)
                letter.Subheading("Due in the next two weeks").List(soon.Select(a => Line(a, site)));
            letter.Link("All your actions", site.Url($"actions?owner={owner.Id}"));

            var bodies = actions.Select(a => a.BodyId).Distinct().ToList();
            var message = await Outbox.WriteAsync(db, site, new Recipient(owner.Email!, owner.FullName, owner.Id), MessageKind.ActionDigest, letter,
                "You get this once a week because you own open actions.", BodyOnlyIfOne(bodies), cancellationToken: cancellationToken);
            if (message is null)
                continue;
            message.RunKey = key;
            await SaveOnceAsync(db, cancellationToken);
        }
    }

    private static async Task WriteClerkRemindersAsync(QuorumDb db, MailSite site, DateOnly today, string week, CancellationToken cancellationToken)
    {
        var clerks = await db.Memberships.AsNoTracking()
            .Where(m => m.Role == MembershipRole.Secretary && (m.From == null || m.From <= today) && (m.Until == null || m.Until >= today))
            .Where(m => m.Person!.Email != null && m.Person.Email != "")
            .Select(m => new { m.PersonId, m.Person!.FullName, m.Person.Email })
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var clerk in clerks.DistinctBy(c => c.PersonId).OrderBy(c => c.PersonId))
        {
            var key = $"clerks:{week}:person:{clerk.PersonId}";
            var personId = clerk.PersonId;
            if (await db.OutboxMessages.AsNoTracking().AnyAsync(m => m.RunKey == key, cancellationToken))
                continue;

            var viewer = await ViewerLookup.ForPersonAsync(db, personId, today, cancellationToken);
            var clerkOf = viewer.ClerkOf.ToList();
            await using var asClerk = db.ReadingAs(viewer);
            var exemptions = await asClerk.AgendaItems.AsNoTracking().ExemptionsDueForReview(today)
                .Where(i => clerkOf.Contains(i.Meeting!.BodyId))
                .Select(i => new { i.Id, i.MeetingId, i.Number, i.Title, Review = i.Exemption!.ReviewDate!.Value, i.Meeting!.BodyId, Body = i.Meeting.Body!.Name, MeetingDate = i.Meeting.Date })
                .ToListAsync(cancellationToken);
            var overdue = await asClerk.Actions.AsNoTracking().Overdue(today)
                .Where(a => clerkOf.Contains(a.BodyId))
                .Select(a => new Listed(a.Id, a.BodyId, a.Reference, a.Text, a.DueDate!.Value, a.Body!.Name))
                .ToListAsync(cancellationToken);
            if (exemptions.Count == 0 && overdue.Count == 0)
                continue;

            var letter = new Letter($"For the clerk: {Count(exemptions.Count, "exemption", "exemptions")} to review, {Count(overdue.Count, "overdue action", "overdue actions")}")
                .Heading("Your bodies this week")
                .Paragraph($"Hello {clerk.FullName}. What needs a clerk's attention in the bodies you clerk, as of {ActionNotice.Date(today)}.");
            if (exemptions.Count > 0)
            {
                letter.Subheading("Exemptions due for review")
                    .List(exemptions.OrderBy(e => e.Review).ThenBy(e => e.Body).Select(e =>
                        ($"{e.Body}, meeting of {ActionNotice.Date(e.MeetingDate)}, item {e.Number} {e.Title}: review {(e.Review < today ? "was due" : "due")} {ActionNotice.Date(e.Review)}",
                         (Uri?)site.Url($"meetings/{e.MeetingId}/items/{e.Id}"))))
                    .Link("All exemptions", site.Url("exemptions"));
            }

            if (overdue.Count > 0)
            {
                foreach (var body in overdue.GroupBy(a => a.Body).OrderBy(g => g.Key))
                    letter.Subheading($"Overdue actions of {body.Key}").List(body.OrderBy(a => a.Due).ThenBy(a => a.Reference).Select(a => Line(a, site)));
            }

            var bodies = exemptions.Select(e => e.BodyId).Concat(overdue.Select(a => a.BodyId)).Distinct().ToList();
            var message = await Outbox.WriteAsync(db, site, new Recipient(clerk.Email!, clerk.FullName, personId), MessageKind.ClerkReminders, letter,
                "You get this once a week as the clerk of a body.", BodyOnlyIfOne(bodies), cancellationToken: cancellationToken);
            if (message is null)
                continue;
            message.RunKey = key;
            await SaveOnceAsync(db, cancellationToken);
        }
    }

    private sealed record Listed(int Id, int BodyId, string Reference, string Text, DateOnly Due, string Body);

    private static (string, Uri?) Line(Listed a, MailSite site) =>
        ($"{a.Reference} ({a.Body}): {ActionMail.Shorten(a.Text)}, due {ActionNotice.Date(a.Due)}", site.Url($"actions/{a.Id}"));

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    // A message about one body shows in that body's outbox; one that spans bodies only in the
    // administrators', so no clerk reads another body's actions there.
    private static int? BodyOnlyIfOne(List<int> bodies) => bodies.Count == 1 ? bodies[0] : null;

    /// <summary>Saves one message or the week's mark; another node that got there first wins, and this one lets go.</summary>
    private static async Task SaveOnceAsync(QuorumDb db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (QuorumDb.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
        }
    }
}
