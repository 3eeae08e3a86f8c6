using Quorum.Access;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Conduct;

/// <summary>Where a motion stands.</summary>
public enum MotionOutcome
{
    /// <summary>Moved and not yet put to the vote.</summary>
    Moved,
    Carried,
    Lost,
    Withdrawn,
}

/// <summary>How a member voted.</summary>
public enum VoteChoice
{
    For,
    Against,
    Abstain,
}

/// <summary>
/// A motion moved under an agenda item, or an amendment to one (<see cref="AmendsId"/> set): its
/// text, mover and seconder, and once put, the outcome and the vote. Amendments are put before the
/// motion they amend; a carried motion becomes the item's decision.
/// </summary>
public class Motion : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<AgendaItem>(AgendaItemId);

    public int MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public int AgendaItemId { get; set; }

    public AgendaItem? AgendaItem { get; set; }

    /// <summary>The order in which motions and amendments were moved under the item, from 1.</summary>
    public int Position { get; set; }

    /// <summary>The motion this amendment amends; null for a substantive motion.</summary>
    public int? AmendsId { get; set; }

    public Motion? Amends { get; set; }

    public List<Motion> Amendments { get; set; } = [];

    public string Text { get; set; } = "";

    /// <summary>For an amendment: the motion as it reads if the amendment is carried.</summary>
    public string? TextIfCarried { get; set; }

    /// <summary>For a substantive motion: its words after the amendments carried, when they changed it.</summary>
    public string? TextAsAmended { get; set; }

    public int MoverId { get; set; }

    public Person? Mover { get; set; }

    public int? SeconderId { get; set; }

    public Person? Seconder { get; set; }

    public MotionOutcome Outcome { get; set; } = MotionOutcome.Moved;

    public int? VotesFor { get; set; }

    public int? VotesAgainst { get; set; }

    public int? Abstentions { get; set; }

    /// <summary>The vote was recorded by name: <see cref="Votes"/> lists each member's vote.</summary>
    public bool IsRecordedVote { get; set; }

    public List<RecordedVote> Votes { get; set; } = [];

    /// <summary>The chair's second, casting vote on an equality of votes.</summary>
    public VoteChoice? CastingVote { get; set; }

    public int? CastingVoteById { get; set; }

    public Person? CastingVoteBy { get; set; }

    /// <summary>The decision a carried motion became.</summary>
    public int? DecisionId { get; set; }

    public Decisions.Decision? Decision { get; set; }

    public bool IsAmendment => AmendsId is not null || Amends is not null;

    /// <summary>The words a carried motion decided.</summary>
    public string Resolution => TextAsAmended ?? Text;

    /// <summary>Whether the person moved, seconded or voted on this motion.</summary>
    public bool Involves(int personId) =>
        MoverId == personId || SeconderId == personId || CastingVoteById == personId || Votes.Any(v => v.PersonId == personId);

    /// <summary>
    /// Moves a motion under <paramref name="item"/>, or an amendment to <paramref name="amends"/>.
    /// The mover and seconder must be present and free to take part: a member who declared a
    /// disclosable pecuniary interest in the item may not move, second or vote (Localism Act 2011 s.31(4)).
    /// </summary>
    public static Motion Move(AgendaItem item, string? text, int? moverId, int? seconderId, Floor floor, Motion? amends = null, string? textIfCarried = null)
    {
        var problems = new Dictionary<string, string>();
        text = text?.Trim() ?? "";
        var noun = amends is null ? "motion" : "amendment";
        if (text.Length == 0)
            problems["text"] = $"Enter the {noun}";
        else if (text.Length > 4000)
            problems["text"] = $"The {noun} must be 4,000 characters or fewer";
        if (textIfCarried?.Trim().Length > 4000)
            problems["textIfCarried"] = "The motion as amended must be 4,000 characters or fewer";
        if (moverId is not { } mover)
            problems["moverId"] = $"Choose who moved the {noun}";
        else if (floor.Barred.Contains(mover))
            problems["moverId"] = $"{floor.NameOf(mover)} declared an interest that bars them from taking part in this item";
        else if (!floor.Present.Contains(mover))
            problems["moverId"] = $"{floor.NameOf(mover)} is not recorded as present at the meeting";
        if (seconderId is { } seconder)
        {
            if (seconder == moverId)
                problems["seconderId"] = "The seconder must be someone other than the mover";
            else if (floor.Barred.Contains(seconder))
                problems["seconderId"] = $"{floor.NameOf(seconder)} declared an interest that bars them from taking part in this item";
            else if (!floor.Present.Contains(seconder))
                problems["seconderId"] = $"{floor.NameOf(seconder)} is not recorded as present at the meeting";
        }

        InvalidInputException.ThrowIfAny(problems);
        if (amends is not null)
        {
            if (amends.IsAmendment)
                throw new DomainException("An amendment amends a motion, not another amendment.");
            if (amends.Outcome != MotionOutcome.Moved)
                throw new DomainException($"The motion was already {amends.Outcome.ToString().ToLowerInvariant()}: an amendment is moved before the motion is put.");
            if (amends.AgendaItemId != item.Id || (item.Id == 0 && amends.AgendaItem != item))
                throw new DomainException("An amendment is moved under the same item as the motion it amends.");
        }

        var motion = new Motion
        {
            AgendaItem = item,
            AgendaItemId = item.Id,
            MeetingId = item.MeetingId,
            Text = text,
            TextIfCarried = amends is null || string.IsNullOrWhiteSpace(textIfCarried) ? null : textIfCarried.Trim(),
            MoverId = moverId!.Value,
            SeconderId = seconderId,
            Amends = amends,
            AmendsId = amends?.Id is > 0 ? amends.Id : null,
        };
        amends?.Amendments.Add(motion);
        return motion;
    }

    /// <summary>
    /// Puts the motion to the vote. Counts (or names) decide the outcome: more for than against
    /// carries it; an equality is settled by the chair's casting vote, and without one the motion
    /// is lost. Without a count the outcome is stated (agreed without a vote, or lost on a show of hands).
    /// </summary>
    public void PutToVote(Ballot ballot, Floor floor)
    {
        if (Outcome != MotionOutcome.Moved)
            throw new DomainException($"This {Noun} was already {Outcome.ToString().ToLowerInvariant()}.");
        if (Amendments.FirstOrDefault(a => a.Outcome == MotionOutcome.Moved) is { } pending)
            throw new DomainException($"Put the amendment moved by {pending.Mover?.FullName ?? "the mover"} to the vote first: amendments are decided before the motion they amend.");
        if (ballot.Outcome == MotionOutcome.Withdrawn)
        {
            Withdraw();
            return;
        }

        var problems = new Dictionary<string, string>();
        int? votesFor = ballot.For, against = ballot.Against, abstained = ballot.Abstained;
        if (ballot.ByName is { Count: > 0 } names)
        {
            if (ballot.For is not null || ballot.Against is not null || ballot.Abstained is not null)
                problems["votesFor"] = "Enter the counts or each member's vote by name, not both";
            foreach (var (personId, _) in names)
            {
                if (floor.Barred.Contains(personId))
                    problems["votes"] = $"{floor.NameOf(personId)} declared an interest that bars them from voting on this item";
                else if (!floor.Present.Contains(personId))
                    problems["votes"] = $"{floor.NameOf(personId)} is not recorded as present, so cannot vote";
            }

            votesFor = names.Count(n => n.Value == VoteChoice.For);
            against = names.Count(n => n.Value == VoteChoice.Against);
            abstained = names.Count(n => n.Value == VoteChoice.Abstain);
        }
        else if (votesFor is < 0 || against is < 0 || abstained is < 0)
        {
            problems["votesFor"] = "Votes are counted from 0";
        }
        else if ((votesFor is null) != (against is null))
        {
            problems[votesFor is null ? "votesFor" : "votesAgainst"] = "Enter the votes for and against, or neither";
        }
        else if (votesFor + against + (abstained ?? 0) > floor.Present.Count && floor.Present.Count > 0)
        {
            problems["votesFor"] = $"More votes than the {floor.Present.Count} members present";
        }

        InvalidInputException.ThrowIfAny(problems);
        var counted = votesFor is not null;
        if (ballot.CastingVote is { } casting)
        {
            if (!counted || votesFor != against)
                throw new DomainException("The chair has a casting vote only when the votes for and against are equal.");
            if (casting == VoteChoice.Abstain)
                throw new DomainException("A casting vote is for or against.");
            if (floor.ChairId is not { } chair)
                throw new DomainException("Record who chaired the meeting (their role at the meeting on the attendance page) before recording a casting vote.");
            if (floor.Barred.Contains(chair))
                throw new DomainException($"{floor.NameOf(chair)} declared an interest that bars them from voting on this item, so cannot give a casting vote.");
        }

        MotionOutcome outcome;
        if (counted)
        {
            outcome = votesFor > against || (votesFor == against && ballot.CastingVote == VoteChoice.For)
                ? MotionOutcome.Carried
                : MotionOutcome.Lost;
            if (ballot.Outcome is { } stated && stated != outcome)
                throw new DomainException($"The votes recorded mean the {Noun} was {outcome.ToString().ToLowerInvariant()}, not {stated.ToString().ToLowerInvariant()}.");
        }
        else
        {
            outcome = ballot.Outcome is MotionOutcome.Carried or MotionOutcome.Lost
                ? ballot.Outcome.Value
                : throw new InvalidInputException(new Dictionary<string, string> { ["outcome"] = "Choose whether the motion was carried or lost, or enter the votes" });
        }

        Outcome = outcome;
        VotesFor = votesFor;
        VotesAgainst = against;
        Abstentions = counted ? abstained ?? 0 : null;
        CastingVote = ballot.CastingVote;
        CastingVoteById = ballot.CastingVote is null ? null : floor.ChairId;
        IsRecordedVote = ballot.ByName is { Count: > 0 };
        Votes.Clear();
        if (ballot.ByName is { Count: > 0 } byName)
            Votes.AddRange(byName.Select(n => new RecordedVote { Motion = this, PersonId = n.Key, Choice = n.Value }));
        if (outcome == MotionOutcome.Carried && Amends is { } motion && TextIfCarried is { } amended)
            motion.TextAsAmended = amended;
    }

    /// <summary>Withdraws the motion before it is put; its amendments not yet put fall with it.</summary>
    public void Withdraw()
    {
        if (Outcome != MotionOutcome.Moved)
            throw new DomainException($"This {Noun} was already {Outcome.ToString().ToLowerInvariant()}.");
        Outcome = MotionOutcome.Withdrawn;
        foreach (var amendment in Amendments.Where(a => a.Outcome == MotionOutcome.Moved))
            amendment.Outcome = MotionOutcome.Withdrawn;
    }

    private string Noun => IsAmendment ? "amendment" : "motion";

    /// <summary>
    /// What an item's motions came to, in a word or two ("Carried as amended"), as open data gives
    /// an item's result: the carried substantive motion, or else the last one put or withdrawn.
    /// What an informal meeting carried is a recommendation. Null while nothing has been put.
    /// </summary>
    public static string? ResultOf(IEnumerable<Motion> motions, bool informal)
    {
        var put = motions.Where(m => !m.IsAmendment && m.Outcome != MotionOutcome.Moved).OrderBy(m => m.Position).ToList();
        var motion = put.LastOrDefault(m => m.Outcome == MotionOutcome.Carried) ?? put.LastOrDefault();
        return motion?.Outcome switch
        {
            MotionOutcome.Carried => (informal ? "Recommended" : "Carried") + (motion.TextAsAmended is null ? "" : " as amended"),
            MotionOutcome.Lost => "Lost",
            MotionOutcome.Withdrawn => "Withdrawn",
            _ => null,
        };
    }

    /// <summary>"carried (7 for, 5 against, 1 abstention)", as the minutes say it.</summary>
    public string DescribeOutcome()
    {
        var outcome = Outcome switch
        {
            MotionOutcome.Carried => "carried",
            MotionOutcome.Lost => "lost",
            MotionOutcome.Withdrawn => "withdrawn",
            _ => "not yet put to the vote",
        };
        if (VotesFor is { } votesFor && VotesAgainst is { } against)
        {
            outcome += $" ({votesFor} for, {against} against, {Abstentions ?? 0} {(Abstentions == 1 ? "abstention" : "abstentions")}";
            if (CastingVote is { } casting)
                outcome += $"; on the chair's casting vote {(casting == VoteChoice.For ? "for" : "against")}";
            outcome += ")";
        }

        return outcome;
    }
}

/// <summary>One member's vote in a recorded vote.</summary>
public class RecordedVote : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Motion>(MotionId);

    public int MotionId { get; set; }

    public Motion? Motion { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public VoteChoice Choice { get; set; }
}

/// <summary>
/// What the clerk records when a motion is put: the outcome, or the counts, or each member's vote
/// by name; and the chair's casting vote on an equality.
/// </summary>
public sealed record Ballot(
    MotionOutcome? Outcome = null,
    int? For = null,
    int? Against = null,
    int? Abstained = null,
    IReadOnlyDictionary<int, VoteChoice>? ByName = null,
    VoteChoice? CastingVote = null);

/// <summary>
/// The meeting as the clerk sees it when an item's motions are moved and put: who is present, who
/// chairs, and who may not take part because of an interest they declared in the item.
/// </summary>
public sealed record Floor(IReadOnlySet<int> Present, int? ChairId, IReadOnlySet<int> Barred, IReadOnlyDictionary<int, string> Names)
{
    public string NameOf(int personId) => Names.TryGetValue(personId, out var name) ? name : "That person";
}
