using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Data;

namespace Quorum.Notifications;

/// <summary>Messages to an action's owners: that it was raised for them, or changed by someone else.</summary>
public static class ActionMail
{
    /// <summary>
    /// Writes one message per owner for each action the save raised or changed, called by
    /// <see cref="QuorumDb"/> between its first save and its commit (so a raised action has its id).
    /// An owner is told only of an action they may see, read through the visibility rule as them on
    /// this save's own connection, where the uncommitted action is visible.
    /// </summary>
    internal static async Task<List<OutboxMessage>> WriteNoticesAsync(QuorumDb db, CancellationToken cancellationToken)
    {
        List<OutboxMessage> written = [];
        if (db.PendingActionNotices.Count == 0)
            return written;
        var changer = db.Viewer;
        var today = db.Today;
        try
        {
            foreach (var (action, notice) in db.PendingActionNotices.ToList())
            {
                if (notice.IsEmpty || db.Entry(action).State is EntityState.Detached or EntityState.Deleted)
                    continue;
                foreach (var owner in notice.ToTell(action).ToList())
                {
                    db.Viewer = await ViewerLookup.ForPersonAsync(db, owner.Id, today, cancellationToken);
                    var seen = await db.Actions.AsNoTracking()
                        .Where(a => a.Id == action.Id)
                        .Select(a => new { a.Reference, a.Text, a.DueDate, a.Status, Body = a.Body!.Name, Meeting = a.Meeting!.Title, a.Meeting.Number, MeetingDate = a.Meeting.Date })
                        .SingleOrDefaultAsync(cancellationToken);
                    db.Viewer = changer;
                    if (seen is null)
                        continue;

                    var by = notice.ByName;
                    var meeting = seen.Meeting ?? $"{seen.Body} {seen.Number:00}";
                    var letter = notice.Raised
                        ? new Letter($"Action {seen.Reference} is yours: {Shorten(seen.Text)}")
                            .Heading($"Action {seen.Reference}")
                            .Paragraph(by is null
                                ? $"An action of {seen.Body} has been raised for you, at {meeting} on {ActionNotice.Date(seen.MeetingDate)}."
                                : $"{by} raised an action of {seen.Body} for you, at {meeting} on {ActionNotice.Date(seen.MeetingDate)}.")
                        : new Letter($"Action {seen.Reference} has changed")
                            .Heading($"Action {seen.Reference} has changed")
                            .Paragraph($"{by ?? "Quorum"} changed an action of {seen.Body} that you own:")
                            .List(notice.Changes.Select(c => (c, (Uri?)null)));
                    letter.Subheading("The action")
                        .Paragraph(seen.Text)
                        .Paragraph($"Due: {(seen.DueDate is { } due ? ActionNotice.Date(due) : "no date set")}. Status: {ActionItem.Describe(seen.Status)}.")
                        .Paragraph($"Owned by: {string.Join(", ", action.Owners.Select(o => o.FullName))}.")
                        .Link("The action's page", db.Site.Url($"actions/{action.Id}"));
                    var to = new Recipient(owner.Email!, owner.FullName, owner.Id);
                    if (await Outbox.WriteAsync(db, db.Site, to, MessageKind.ActionAssigned, letter, $"You get this because you own action {seen.Reference}.",
                            action.BodyId, action.MeetingId, cancellationToken: cancellationToken) is { } message)
                        written.Add(message);
                }
            }
        }
        finally
        {
            db.Viewer = changer;
        }

        return written;
    }

    internal static string Shorten(string text) => text.Length <= 70 ? text : text[..67].TrimEnd() + "…";
}
