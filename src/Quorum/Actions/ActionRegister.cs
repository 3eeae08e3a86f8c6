using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Actions;

/// <summary>Raises a body's actions, issuing each the next reference in the body's scheme.</summary>
public static class ActionRegister
{
    public static async Task<ActionItem> RaiseAsync(
        QuorumDb db, Meeting meeting, AgendaItem? item, IReadOnlyCollection<Person> owners, string text, DateOnly? due,
        string? reference = null, CancellationToken cancellationToken = default)
    {
        text = text.Trim();
        if (text.Length == 0)
            throw new DomainException("Enter what is to be done.");
        if (owners.Count == 0)
            throw new DomainException("Choose who owns the action.");
        var body = meeting.Body ?? await db.Bodies.IncludingWithheld().SingleAsync(b => b.Id == meeting.BodyId, cancellationToken);

        // Numbering counts every action of the body, seen or not, so that no reference is issued twice.
        var all = db.Actions.IncludingWithheld();
        var sequence = (await all.Where(a => a.MeetingId == meeting.Id).MaxAsync(a => (int?)a.Sequence, cancellationToken) ?? 0) + 1;
        var running = await all.CountAsync(a => a.BodyId == body.Id, cancellationToken) + 1;
        reference = string.IsNullOrWhiteSpace(reference)
            ? ActionReferenceScheme.Format(body.ActionReferenceScheme, body.ActionPrefix, meeting.Number, sequence, running)
            : reference.Trim();
        while (await all.AnyAsync(a => a.BodyId == body.Id && a.Reference == reference, cancellationToken))
            reference = ActionReferenceScheme.Format(body.ActionReferenceScheme, body.ActionPrefix, meeting.Number, ++sequence, ++running);

        var action = new ActionItem
        {
            BodyId = body.Id,
            Meeting = meeting,
            MeetingId = meeting.Id,
            AgendaItem = item,
            AgendaItemId = item?.Id,
            Sequence = sequence,
            Reference = reference,
            Text = text,
            DueDate = due,
        };
        action.Owners.AddRange(owners);
        db.Actions.Add(action);
        return action;
    }

    /// <summary>
    /// The actions to take under a meeting's matters arising: those raised at earlier meetings of the
    /// body that were still open on the meeting's date, and those closed at this meeting.
    /// </summary>
    public static IQueryable<ActionItem> MattersArisingFor(this IQueryable<ActionItem> actions, Meeting meeting) =>
        actions.Where(a => a.BodyId == meeting.BodyId
            && a.Meeting!.Date < meeting.Date
            && (a.ClosedAtMeetingId == meeting.Id
                || a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress
                || (a.ClosedOn != null && a.ClosedOn >= meeting.Date)));
}
