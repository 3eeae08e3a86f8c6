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

        // Numbering counts every action of the body, seen or not, saved or raised earlier in the same
        // save (an import raises many at once), so that no reference is issued twice.
        var all = db.Actions.IncludingWithheld();
        var pending = db.ChangeTracker.Entries<ActionItem>()
            .Where(e => e.State == EntityState.Added && e.Entity.BodyId == body.Id)
            .Select(e => e.Entity)
            .ToList();
        var savedSequence = meeting.Id == 0 ? null : await all.Where(a => a.MeetingId == meeting.Id).MaxAsync(a => (int?)a.Sequence, cancellationToken);
        var sequence = Math.Max(savedSequence ?? 0, pending.Where(a => a.Meeting == meeting).Select(a => a.Sequence).DefaultIfEmpty(0).Max()) + 1;
        var running = await all.CountAsync(a => a.BodyId == body.Id, cancellationToken) + pending.Count + 1;

        async Task<bool> TakenAsync(string candidate) =>
            pending.Any(a => a.Reference == candidate)
            || await all.AnyAsync(a => a.BodyId == body.Id && a.Reference == candidate, cancellationToken);

        if (string.IsNullOrWhiteSpace(reference))
        {
            reference = ActionReferenceScheme.Format(body.ActionReferenceScheme, body.ActionPrefix, meeting.Number, sequence, running);
            while (await TakenAsync(reference))
                reference = ActionReferenceScheme.Format(body.ActionReferenceScheme, body.ActionPrefix, meeting.Number, ++sequence, ++running);
        }
        else
        {
            // A printed reference is kept as printed; one the body already holds (minutes do repeat
            // references) is told apart by a suffix rather than renumbered out of recognition.
            var printed = reference.Trim();
            reference = printed;
            for (var copy = 2; await TakenAsync(reference); copy++)
                reference = $"{printed} ({copy})";
        }

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
