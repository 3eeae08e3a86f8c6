using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Actions;

/// <summary>
/// Raises a body's actions, issuing each the next reference in the body's scheme, and changes them;
/// either way the action's owners are told when the change is saved, in the same transaction.
/// </summary>
public static class ActionRegister
{
    public static async Task<ActionItem> RaiseAsync(
        QuorumDb db, Meeting meeting, AgendaItem? item, IReadOnlyCollection<Person> owners, string text, DateOnly? due,
        string? reference = null, CancellationToken cancellationToken = default)
    {
        text = text.Trim();
        if (text.Length == 0)
            throw new DomainException("Enter what is to be done.");
        EnsureOwned(owners);
        var body = meeting.Body ?? await db.Bodies.IncludingWithheld().SingleAsync(b => b.Id == meeting.BodyId, cancellationToken);
        var action = new ActionItem
        {
            BodyId = body.Id,
            Meeting = meeting,
            MeetingId = meeting.Id,
            MeetingDate = meeting.Date,
            MinutesPublished = meeting.MinutesState == MinutesState.Published,
            AgendaItem = item,
            AgendaItemId = item?.Id,
            PrintedReference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(),
            Text = text,
            DueDate = due,
        };
        await NumberAsync(db, body, action, PendingOf(db, body.Id), cancellationToken);
        action.Owners.AddRange(owners);
        db.Actions.Add(action);
        NoticeOf(db, action).Raised = true;
        return action;
    }

    /// <summary>
    /// Changes what an action says, when it is due, who owns it, or its status (with a dated update);
    /// each owner is told what changed, except an owner who made the change. Returns the update
    /// recorded, if a status or note was given. The owners must be loaded.
    /// </summary>
    public static ActionUpdate? Change(QuorumDb db, ActionItem action, ActionChange change)
    {
        var notice = NoticeOf(db, action);
        if (change.Text is { } text && text.Trim() is { Length: > 0 } trimmed && trimmed != action.Text)
        {
            if (FieldLengths.ProblemWith<ActionItem>(db, nameof(ActionItem.Text), trimmed, "The action") is { } tooLong)
                throw new InvalidInputException(new Dictionary<string, string> { ["text"] = tooLong });
            action.Text = trimmed;
            notice.Changes.Add($"What is to be done is now: {trimmed}");
        }

        if (change.DueDate is { } due && due != action.DueDate)
        {
            notice.Changes.Add(action.DueDate is { } before
                ? $"Due date moved from {ActionNotice.Date(before)} to {ActionNotice.Date(due)}."
                : $"Due date set: {ActionNotice.Date(due)}.");
            action.DueDate = due;
        }
        else if (change.RemoveDueDate && change.DueDate is null && action.DueDate is { } was)
        {
            notice.Changes.Add($"Due date {ActionNotice.Date(was)} taken away: no date is set.");
            action.DueDate = null;
        }

        if (change.Owners is { } owners)
        {
            // An action is never left without an owner.
            EnsureOwned(owners);
            var added = owners.Where(o => action.Owners.All(a => a.Id != o.Id)).ToList();
            var removed = action.Owners.Where(a => owners.All(o => o.Id != a.Id)).ToList();
            if (added.Count > 0 || removed.Count > 0)
            {
                action.Owners.Clear();
                action.Owners.AddRange(owners.DistinctBy(o => o.Id));
                if (added.Count > 0)
                    notice.Changes.Add($"Owner{(added.Count == 1 ? "" : "s")} added: {string.Join(", ", added.Select(o => o.FullName))}.");
                if (removed.Count > 0)
                    notice.Changes.Add($"No longer owned by: {string.Join(", ", removed.Select(o => o.FullName))}.");
            }
        }

        if (change.Status is null && string.IsNullOrWhiteSpace(change.Note))
            return null;
        var from = action.Status;
        var update = action.RecordUpdate(change.Note, change.Status == action.Status ? null : change.Status,
            change.AtMeeting?.Date ?? db.Today, db.Viewer.Name ?? "unknown", db.Clock.GetUtcNow().UtcDateTime, change.AtMeeting);
        if (update.StatusTo is { } to)
            notice.Changes.Add($"Status changed from {ActionItem.Describe(from)} to {ActionItem.Describe(to)}{(update.Text.Length > 0 ? $": {update.Text}" : ".")}");
        return update;
    }

    private static ActionNotice NoticeOf(QuorumDb db, ActionItem action)
    {
        if (!db.PendingActionNotices.TryGetValue(action, out var notice))
            db.PendingActionNotices[action] = notice = new ActionNotice(db.Viewer.PersonId, db.Viewer.PersonId is null && db.Viewer.UserId is null ? null : db.Viewer.DisplayName);
        return notice;
    }

    /// <summary>
    /// The people named to own an action, by id: at least one, and every id a person. Raising and
    /// reassigning check owners by this one rule, from the page or the API.
    /// </summary>
    public static async Task<List<Person>> OwnersAsync(QuorumDb db, IEnumerable<int>? ids, CancellationToken cancellationToken = default)
    {
        var owners = await db.People.AllWithIdsAsync(ids, "ownerIds", cancellationToken);
        EnsureOwned(owners);
        return owners;
    }

    private static void EnsureOwned(IReadOnlyCollection<Person> owners)
    {
        if (owners.Count == 0)
            throw new InvalidInputException(new Dictionary<string, string> { ["ownerIds"] = "Choose who owns the action" });
    }

    /// <summary>
    /// Numbers again the actions of a save that another writer beat to their references (two clerks
    /// raising at once): each takes the next free number as if raised now. False when none is pending.
    /// </summary>
    public static async Task<bool> RenumberPendingAsync(QuorumDb db, CancellationToken cancellationToken = default)
    {
        var pending = db.ChangeTracker.Entries<ActionItem>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (pending.Count == 0)
            return false;
        foreach (var group in pending.GroupBy(a => a.BodyId))
        {
            var body = await db.Bodies.IncludingWithheld().SingleAsync(b => b.Id == group.Key, cancellationToken);
            var earlier = new List<ActionItem>();
            foreach (var action in group)
            {
                action.Meeting ??= await db.Meetings.IncludingWithheld().SingleAsync(m => m.Id == action.MeetingId, cancellationToken);
                await NumberAsync(db, body, action, earlier, cancellationToken);
                earlier.Add(action);
            }
        }

        return true;
    }

    /// <summary>A meeting's date and whether its minutes are published, as its actions keep them.</summary>
    public readonly record struct MeetingCopy(int MeetingId, DateOnly Date, bool MinutesPublished);

    /// <summary>
    /// Before a save: each action it raises takes its meeting's date and publication. Returns the
    /// meetings the save moves to another date or publishes, for <see cref="CarryToActionsAsync"/>
    /// to carry to their actions.
    /// </summary>
    public static async Task<List<MeetingCopy>> KeepMeetingCopiesAsync(QuorumDb db, CancellationToken cancellationToken = default)
    {
        var meetings = db.ChangeTracker.Entries<Meeting>().Where(e => e.State != EntityState.Deleted).ToList();
        var changed = meetings
            .Where(e => e.State == EntityState.Modified && (Changed(e.Property(m => m.Date)) || Changed(e.Property(m => m.MinutesState))))
            .Select(e => Copy(e.Entity)).ToList();
        var tracked = meetings.Where(e => e.Entity.Id > 0).ToDictionary(e => e.Entity.Id, e => Copy(e.Entity));
        var raised = db.ChangeTracker.Entries<ActionItem>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        // Raised at a meeting named by its id alone: its date and publication are read once.
        var unknown = raised.Where(a => a.Meeting is null && !tracked.ContainsKey(a.MeetingId)).Select(a => a.MeetingId).Distinct().ToList();
        var read = unknown.Count == 0
            ? []
            : (await db.Meetings.IncludingWithheld().Where(m => unknown.Contains(m.Id))
                .Select(m => new { m.Id, m.Date, m.MinutesState }).ToListAsync(cancellationToken))
                .ToDictionary(m => m.Id, m => new MeetingCopy(m.Id, m.Date, m.MinutesState == MinutesState.Published));
        foreach (var action in raised)
        {
            MeetingCopy? known = action.Meeting is { } meeting ? Copy(meeting)
                : tracked.TryGetValue(action.MeetingId, out var copy) || read.TryGetValue(action.MeetingId, out copy) ? copy
                : null;
            if (known is { } meetingNow)
            {
                action.MeetingDate = meetingNow.Date;
                action.MinutesPublished = meetingNow.MinutesPublished;
            }
        }

        return changed;

        static MeetingCopy Copy(Meeting m) => new(m.Id, m.Date, m.MinutesState == MinutesState.Published);

        static bool Changed<T>(PropertyEntry<Meeting, T> property) =>
            property.IsModified && !EqualityComparer<T>.Default.Equals(property.OriginalValue, property.CurrentValue);
    }

    /// <summary>
    /// After a save that moved or published meetings, inside its transaction: the actions raised at
    /// them take the meeting's new date and publication, so none stays listed under the date it had
    /// or is passed over once its minutes are out. The action itself is not changed (its version
    /// stays), as both are its meeting's.
    /// </summary>
    public static async Task CarryToActionsAsync(QuorumDb db, List<MeetingCopy> changed, CancellationToken cancellationToken = default)
    {
        foreach (var (meetingId, date, published) in changed)
        {
            await db.Actions.IncludingWithheld().Where(a => a.MeetingId == meetingId && (a.MeetingDate != date || a.MinutesPublished != published))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.MeetingDate, date).SetProperty(a => a.MinutesPublished, published), cancellationToken);
            foreach (var entry in db.ChangeTracker.Entries<ActionItem>().Where(e => e.Entity.MeetingId == meetingId).ToList())
            {
                Settle(entry.Property(a => a.MeetingDate), date);
                Settle(entry.Property(a => a.MinutesPublished), published);
            }
        }

        static void Settle<T>(PropertyEntry<ActionItem, T> property, T value)
        {
            property.CurrentValue = value;
            property.OriginalValue = value;
            property.IsModified = false;
        }
    }

    /// <summary>True when the save about to be made raises actions.</summary>
    public static bool HasPending(QuorumDb db) => db.ChangeTracker.Entries<ActionItem>().Any(e => e.State == EntityState.Added);

    /// <summary>
    /// Takes the numbering lock of every body whose actions the current transaction raises, until it
    /// ends. On PostgreSQL a transaction-scoped advisory lock per body (in body order, so two savers
    /// never wait on each other); on SQLite the transaction already holds the database's write lock.
    /// </summary>
    public static async Task LockNumberingAsync(QuorumDb db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsNpgsql())
            return;
        var bodies = db.ChangeTracker.Entries<ActionItem>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.BodyId).Distinct().Order().ToList();
        foreach (var body in bodies)
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({NumberingLock}, {body})", cancellationToken);
    }

    /// <summary>The first key of the advisory locks that guard action numbering (the second is the body).</summary>
    private const int NumberingLock = 0x51_4143;

    private static List<ActionItem> PendingOf(QuorumDb db, int bodyId) =>
        [.. db.ChangeTracker.Entries<ActionItem>().Where(e => e.State == EntityState.Added && e.Entity.BodyId == bodyId).Select(e => e.Entity)];

    // Numbering counts every action of the body, seen or not, saved or raised earlier in the same
    // save (an import raises many at once), so that no reference is issued twice.
    private static async Task NumberAsync(QuorumDb db, Bodies.Body body, ActionItem action, List<ActionItem> earlier, CancellationToken cancellationToken)
    {
        var meeting = action.Meeting!;
        var all = db.Actions.IncludingWithheld();
        var savedSequence = meeting.Id == 0 ? null : await all.Where(a => a.MeetingId == meeting.Id).MaxAsync(a => (int?)a.Sequence, cancellationToken);
        var sequence = Math.Max(savedSequence ?? 0, earlier.Where(a => a.Meeting == meeting).Select(a => a.Sequence).DefaultIfEmpty(0).Max()) + 1;
        var running = await all.CountAsync(a => a.BodyId == body.Id, cancellationToken) + earlier.Count + 1;

        async Task<bool> TakenAsync(string candidate) =>
            earlier.Any(a => a.Reference == candidate)
            || await all.AnyAsync(a => a.BodyId == body.Id && a.Reference == candidate, cancellationToken);

        string reference;
        if (action.PrintedReference is not { } printed)
        {
            reference = ActionReferenceScheme.Format(body.ActionReferenceScheme, body.ActionPrefix, meeting.Number, sequence, running);
            while (await TakenAsync(reference))
                reference = ActionReferenceScheme.Format(body.ActionReferenceScheme, body.ActionPrefix, meeting.Number, ++sequence, ++running);
        }
        else
        {
            // A printed reference is kept as printed; one the body already holds (minutes do repeat
            // references) is told apart by a suffix rather than renumbered out of recognition.
            reference = printed;
            for (var copy = 2; await TakenAsync(reference); copy++)
                reference = $"{printed} ({copy})";
        }

        action.Sequence = sequence;
        action.Reference = reference;
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
