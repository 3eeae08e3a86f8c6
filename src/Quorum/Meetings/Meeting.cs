using Quorum.Access;
using Quorum.Bodies;
using Quorum.People;

namespace Quorum.Meetings;

/// <summary>
/// A meeting of a body, numbered in the body's series. Times are wall-clock times in
/// <see cref="TimeZone"/>: a meeting at 10:00 stays at 10:00 whatever the clocks do.
/// </summary>
public class Meeting : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Body>(BodyId);

    public int BodyId { get; set; }

    public Body? Body { get; set; }

    /// <summary>The meeting's number in its body's series (03 in "LG CIO 03/05").</summary>
    public int Number { get; set; }

    public string? Title { get; set; }

    public MeetingKind Kind { get; set; } = MeetingKind.Ordinary;

    public DateOnly Date { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    public string TimeZone { get; set; } = Body.DefaultTimeZone;

    public int? LocationId { get; set; }

    public Location? Location { get; set; }

    /// <summary>Joining details for a remote meeting or conference call.</summary>
    public string? RemoteDetails { get; set; }

    public int? HostOrganisationId { get; set; }

    public Organisation? HostOrganisation { get; set; }

    public MeetingState State { get; private set; } = MeetingState.Scheduled;

    /// <summary>Why the meeting was cancelled, postponed or rescheduled.</summary>
    public string? StateReason { get; private set; }

    public int? ReplacementMeetingId { get; private set; }

    public Meeting? ReplacementMeeting { get; private set; }

    public MinutesState MinutesState { get; private set; } = MinutesState.None;

    /// <summary>The later meeting at which these minutes were approved.</summary>
    public int? MinutesApprovedAtId { get; private set; }

    public Meeting? MinutesApprovedAt { get; private set; }

    /// <summary>When the agenda and invitation were last circulated; changes to a circulated meeting update the invitation.</summary>
    public DateTime? AgendaCirculatedAt { get; private set; }

    /// <summary>The SEQUENCE of the latest invitation sent for this meeting (RFC 5546): each update or cancellation raises it.</summary>
    public int InvitationSequence { get; private set; }

    /// <summary>Not quorate, the meeting went ahead informally: what it agreed is recorded as recommendations.</summary>
    public bool IsInformal { get; private set; }

    public List<AgendaItem> AgendaItems { get; set; } = [];

    public List<Attendance> Attendance { get; set; } = [];

    public bool IsRemote => Kind == MeetingKind.ConferenceCall || (LocationId is null && RemoteDetails is not null);

    /// <summary>Approved and published minutes are the record: they change only by amendment.</summary>
    public bool IsFrozen => MinutesState is MinutesState.Approved or MinutesState.Published;

    public string DisplayTitle => Title ?? $"{Body?.Name ?? "Meeting"} {Number:00}";

    /// <summary>Refuses any change to the record of a meeting whose minutes are approved.</summary>
    public void EnsureEditable()
    {
        if (IsFrozen)
            throw new DomainException(
                $"The minutes of this meeting were approved{(MinutesApprovedAt is null ? "" : $" at the meeting of {MinutesApprovedAt.Date:d MMMM yyyy}")} and can no longer be edited.");
    }

    /// <summary>Records that the meeting, not being quorate, was held as an informal meeting (or undoes it).</summary>
    public void RecordInformal(bool informal, bool? quorate)
    {
        EnsureEditable();
        if (informal && quorate == true)
            throw new DomainException("The meeting is quorate as its attendance stands: only an inquorate meeting is held as an informal one.");
        IsInformal = informal;
    }

    /// <summary>Records a circulation of the agenda; a second one is an update of the invitation.</summary>
    public void RecordAgendaCirculated(DateTime at)
    {
        if (State != MeetingState.Scheduled)
            throw new DomainException($"Only a scheduled meeting's agenda can be circulated; this one is {State.ToString().ToLowerInvariant()}.");
        if (AgendaCirculatedAt is not null)
            InvitationSequence++;
        AgendaCirculatedAt = at;
    }

    /// <summary>Raises the invitation's SEQUENCE for an update or cancellation about to be sent.</summary>
    public int NextInvitationSequence() => ++InvitationSequence;

    public void MarkHeld()
    {
        if (State is not (MeetingState.Scheduled or MeetingState.Postponed))
            throw new DomainException($"A {State.ToString().ToLowerInvariant()} meeting cannot be marked as held.");
        State = MeetingState.Held;
        StateReason = null;
    }

    public void Cancel(string? reason)
    {
        if (State is not (MeetingState.Scheduled or MeetingState.Postponed))
            throw new DomainException($"A {State.ToString().ToLowerInvariant()} meeting cannot be cancelled.");
        State = MeetingState.Cancelled;
        StateReason = reason;
    }

    public void Postpone(string? reason)
    {
        if (State != MeetingState.Scheduled)
            throw new DomainException($"Only a scheduled meeting can be postponed; this one is {State.ToString().ToLowerInvariant()}.");
        State = MeetingState.Postponed;
        StateReason = reason;
    }

    /// <summary>
    /// Moves the meeting to a new date: this meeting is marked rescheduled and a replacement is
    /// created with the same body, kind, venue and agenda, linked from this one.
    /// </summary>
    public Meeting RescheduleTo(DateOnly date, TimeOnly? start, TimeOnly? end, int replacementNumber, string? reason)
    {
        if (State is not (MeetingState.Scheduled or MeetingState.Postponed))
            throw new DomainException($"A {State.ToString().ToLowerInvariant()} meeting cannot be rescheduled.");
        if (date == Date && start == StartTime)
            throw new DomainException("Choose a different date or time for the rescheduled meeting.");

        var replacement = new Meeting
        {
            BodyId = BodyId,
            Body = Body,
            Number = replacementNumber,
            Title = Title,
            Kind = Kind,
            Date = date,
            StartTime = start,
            EndTime = end,
            TimeZone = TimeZone,
            LocationId = LocationId,
            RemoteDetails = RemoteDetails,
            HostOrganisationId = HostOrganisationId,

            // The replacement is the same event in members' calendars: its invitation updates the first.
            AgendaCirculatedAt = AgendaCirculatedAt,
            InvitationSequence = InvitationSequence,
        };
        CopyAgendaTo(replacement);
        State = MeetingState.Rescheduled;
        StateReason = reason;
        ReplacementMeeting = replacement;
        return replacement;
    }

    /// <summary>Marks the minutes as being drafted; called when the first minute is written.</summary>
    public void StartMinutes()
    {
        EnsureEditable();
        if (MinutesState == MinutesState.None)
            MinutesState = MinutesState.Draft;
    }

    public void CirculateMinutes()
    {
        if (MinutesState != MinutesState.Draft)
            throw new DomainException(MinutesState == MinutesState.None
                ? "There are no draft minutes to circulate yet."
                : $"The minutes are already {MinutesState.ToString().ToLowerInvariant()}.");
        if (State != MeetingState.Held)
            throw new DomainException("Minutes can be circulated only for a meeting that was held.");
        MinutesState = MinutesState.Circulated;
    }

    /// <summary>
    /// Records that a later meeting of the same body approved these minutes as a true record.
    /// From then on they are frozen.
    /// </summary>
    public void ApproveMinutesAt(Meeting later)
    {
        if (MinutesState is not (MinutesState.Draft or MinutesState.Circulated))
            throw new DomainException(MinutesState == MinutesState.None
                ? "There are no minutes to approve yet."
                : $"The minutes are already {MinutesState.ToString().ToLowerInvariant()}.");
        if (State != MeetingState.Held)
            throw new DomainException("Only the minutes of a meeting that was held can be approved.");
        if (later.BodyId != BodyId)
            throw new DomainException("Minutes are approved by a later meeting of the same body.");
        if (later.Date <= Date || ReferenceEquals(later, this) || (later.Id != 0 && later.Id == Id))
            throw new DomainException("Minutes are approved by a later meeting: choose a meeting after this one.");
        if (later.State is MeetingState.Cancelled or MeetingState.Rescheduled or MeetingState.Postponed)
            throw new DomainException($"The meeting of {later.Date:d MMMM yyyy} was {later.State.ToString().ToLowerInvariant()} and cannot approve minutes.");
        MinutesApprovedAt = later;
        MinutesApprovedAtId = later.Id;
        MinutesState = MinutesState.Approved;
    }

    public List<MinutesAmendment> Amendments { get; set; } = [];

    /// <summary>
    /// Corrects the minute of an item after approval, recording who, when, why and what. The only
    /// way frozen minutes change.
    /// </summary>
    public MinutesAmendment AmendMinute(AgendaItem item, string newText, string reason, string amendedBy, DateTime at)
    {
        if (!IsFrozen)
            throw new DomainException("These minutes are not yet approved: edit the minute directly.");
        reason = reason.Trim();
        if (reason.Length == 0)
            throw new DomainException("Say why the approved minutes are being amended.");
        var before = item.Minute?.Text ?? "";
        newText = newText.Trim();
        if (newText == before)
            throw new DomainException("The amended minute is the same as the approved one.");
        if (item.Minute is null)
            item.Minute = new Minute { Text = newText };
        else
            item.Minute.Text = newText;
        var amendment = new MinutesAmendment
        {
            Meeting = this,
            AgendaItem = item,
            Reason = reason,
            Before = before,
            After = newText,
            AmendedBy = amendedBy,
            AmendedAt = at,
        };
        Amendments.Add(amendment);
        return amendment;
    }

    public void PublishMinutes()
    {
        if (MinutesState != MinutesState.Approved)
            throw new DomainException("Minutes are published once a later meeting has approved them.");
        MinutesState = MinutesState.Published;
    }

    /// <summary>Adds an item at the end of the agenda, or at the end of <paramref name="parent"/>'s sub-items.</summary>
    public AgendaItem AddAgendaItem(string title, AgendaItem? parent = null)
    {
        EnsureEditable();
        title = title.Trim();
        if (title.Length == 0)
            throw new DomainException("Enter the item's title.");
        if (parent is not null && parent.Parent is not null)
            throw new DomainException("Items can be nested one level deep (3.1), not further.");
        var item = new AgendaItem
        {
            Title = title,
            Meeting = this,
            MeetingId = Id,
            Parent = parent,
            ParentId = parent?.Id,
            Position = SiblingsOf(parent).Count() + 1,
        };
        AgendaItems.Add(item);
        RenumberAgenda();
        return item;
    }

    /// <summary>Starts an empty agenda with the body's standing items, its matters-arising item among them.</summary>
    public void StartAgendaWithStandingItems(Body body)
    {
        if (AgendaItems.Count > 0)
            return;
        foreach (var title in body.StandingItemTitles)
        {
            var item = AddAgendaItem(title);
            if (item.Title == body.MattersArisingItem && !AgendaItems.Any(i => i.IsMattersArising))
                item.Kind = AgendaItemKind.MattersArising;
        }
    }

    /// <summary>Sets what <paramref name="item"/> is for. An agenda has one matters-arising item at most: making another one so makes the last one ordinary.</summary>
    public void SetKind(AgendaItem item, AgendaItemKind kind)
    {
        if (item.Kind == kind)
            return;
        EnsureEditable();
        if (kind == AgendaItemKind.MattersArising)
        {
            foreach (var other in AgendaItems.Where(i => i.IsMattersArising))
                other.Kind = AgendaItemKind.Ordinary;
        }

        item.Kind = kind;
    }

    /// <summary>Moves an item up (offset -1) or down (+1) among its siblings.</summary>
    public void MoveAgendaItem(AgendaItem item, int offset)
    {
        EnsureEditable();
        var siblings = SiblingsOf(item.Parent).ToList();
        var index = siblings.IndexOf(item);
        var target = index + offset;
        if (index < 0 || target < 0 || target >= siblings.Count)
            return;
        (siblings[index], siblings[target]) = (siblings[target], siblings[index]);
        for (var i = 0; i < siblings.Count; i++)
            siblings[i].Position = i + 1;
        RenumberAgenda();
    }

    /// <summary>Makes an item a sub-item of the item above it (3 becomes 2.1).</summary>
    public void NestAgendaItem(AgendaItem item)
    {
        EnsureEditable();
        if (item.Parent is not null)
            throw new DomainException($"Item {item.Number} is already a sub-item.");
        if (item.Children.Count > 0 || AgendaItems.Any(i => i.Parent == item))
            throw new DomainException($"Item {item.Number} has sub-items of its own and cannot be nested.");
        var above = SiblingsOf(null).LastOrDefault(i => i.Position < item.Position)
            ?? throw new DomainException("The first item cannot be nested: there is no item above it.");
        item.Parent = above;
        item.ParentId = above.Id == 0 ? null : above.Id;
        item.Position = SiblingsOf(above).Count(i => i != item) + 1;
        ClosePositions(null);
        RenumberAgenda();
    }

    /// <summary>Lifts a sub-item to the top level, just after its parent (2.1 becomes 3).</summary>
    public void UnnestAgendaItem(AgendaItem item)
    {
        EnsureEditable();
        var parent = item.Parent ?? throw new DomainException($"Item {item.Number} is not a sub-item.");
        item.Parent = null;
        item.ParentId = null;
        foreach (var later in SiblingsOf(null).Where(i => i != item && i.Position > parent.Position))
            later.Position++;
        item.Position = parent.Position + 1;
        ClosePositions(parent);
        RenumberAgenda();
    }

    public void RemoveAgendaItem(AgendaItem item)
    {
        EnsureEditable();
        if (AgendaItems.Any(i => i.Parent == item))
            throw new DomainException($"Item {item.Number} has sub-items: remove or move them first.");
        AgendaItems.Remove(item);
        ClosePositions(item.Parent);
        RenumberAgenda();
    }

    /// <summary>Numbers the agenda from its order: 1, 2, 2.1, 2.2, 3.</summary>
    public void RenumberAgenda()
    {
        var top = 0;
        foreach (var item in SiblingsOf(null))
        {
            item.Number = (++top).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var sub = 0;
            foreach (var child in SiblingsOf(item))
                child.Number = $"{item.Number}.{++sub}";
        }
    }

    /// <summary>The agenda in reading order: each item followed by its sub-items.</summary>
    public IEnumerable<AgendaItem> AgendaInOrder() =>
        SiblingsOf(null).SelectMany(item => SiblingsOf(item).Prepend(item));

    private IEnumerable<AgendaItem> SiblingsOf(AgendaItem? parent) =>
        AgendaItems.Where(i => i.Parent == parent).OrderBy(i => i.Position);

    private void ClosePositions(AgendaItem? parent)
    {
        var position = 0;
        foreach (var sibling in SiblingsOf(parent))
            sibling.Position = ++position;
    }

    private void CopyAgendaTo(Meeting replacement)
    {
        var copies = new Dictionary<AgendaItem, AgendaItem>();
        foreach (var item in AgendaItems.OrderBy(i => i.ParentId is null ? 0 : 1))
        {
            var copy = new AgendaItem { Title = item.Title, Number = item.Number, Position = item.Position, Meeting = replacement };
            copy.Presenters.AddRange(item.Presenters);
            copies[item] = copy;
        }

        foreach (var (item, copy) in copies)
        {
            if (item.Parent is not null && copies.TryGetValue(item.Parent, out var parentCopy))
                copy.Parent = parentCopy;
            replacement.AgendaItems.Add(copy);
        }
    }
}
