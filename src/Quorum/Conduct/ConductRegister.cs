using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Decisions;
using Quorum.Meetings;

namespace Quorum.Conduct;

/// <summary>A declaration as the clerk records it.</summary>
public sealed record DeclarationInput(int? PersonId, InterestKind? Kind, string? Nature, bool LeftTheRoom = false, bool TookNoPart = false);

/// <summary>A motion or amendment as the clerk records it.</summary>
public sealed record MotionInput(string? Text, int? MoverId, int? SeconderId, string? TextIfCarried = null);

/// <summary>
/// The conduct of a meeting: its quorum, the interests declared, the motions moved, amended and put
/// to the vote. One set of rules for the pages, the API and the importer; every change is one save.
/// </summary>
public static class ConductRegister
{
    /// <summary>The meeting's quorum as its recorded attendance stands (<paramref name="meeting"/> with its attendance loaded).</summary>
    public static async Task<QuorumCount> QuorumOfAsync(QuorumDb db, Meeting meeting, CancellationToken cancellationToken = default)
    {
        var body = meeting.Body ?? await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, cancellationToken);
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.BodyId == meeting.BodyId && (m.From == null || m.From <= meeting.Date) && (m.Until == null || m.Until >= meeting.Date))
            .ToListAsync(cancellationToken);
        return QuorumRule.Of(body).Count(meeting, memberships);
    }

    /// <summary>
    /// Records that an inquorate meeting went ahead as an informal meeting (or no longer did): its
    /// decisions are recorded as recommendations, for a quorate meeting to take.
    /// </summary>
    public static async Task HoldAsInformalAsync(QuorumDb db, Meeting meeting, bool informal, CancellationToken cancellationToken = default)
    {
        await db.EnsureMayEditAsync(meeting, cancellationToken);
        await db.Entry(meeting).Collection(m => m.Attendance).LoadAsync(cancellationToken);
        var quorum = await QuorumOfAsync(db, meeting, cancellationToken);
        meeting.RecordInformal(informal, quorum.IsQuorate);
        foreach (var decision in await db.Decisions.Where(d => d.MeetingId == meeting.Id).ToListAsync(cancellationToken))
            decision.IsRecommendation = informal;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Who is present, who chairs, and who declared an interest that keeps them out of <paramref name="item"/>.</summary>
    public static async Task<Floor> FloorAsync(QuorumDb db, Meeting meeting, AgendaItem item, CancellationToken cancellationToken = default)
    {
        var attendance = await db.Attendance.AsNoTracking().Include(a => a.Person).Where(a => a.MeetingId == meeting.Id).ToListAsync(cancellationToken);
        var present = attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.PersonId).ToHashSet();
        var chair = attendance.FirstOrDefault(a => a.Status == AttendanceStatus.Present && string.Equals(a.Role?.Trim(), "Chair", StringComparison.OrdinalIgnoreCase))?.PersonId;
        chair ??= await db.Memberships.AsNoTracking()
            .Where(m => m.BodyId == meeting.BodyId && m.Role == Bodies.MembershipRole.Chair
                && (m.From == null || m.From <= meeting.Date) && (m.Until == null || m.Until >= meeting.Date))
            .Select(m => (int?)m.PersonId)
            .FirstOrDefaultAsync(p => p != null && present.Contains(p.Value), cancellationToken);
        var barred = (await db.Declarations.AsNoTracking().Where(d => d.AgendaItemId == item.Id).ToListAsync(cancellationToken))
            .Where(d => d.BarsVoting).Select(d => d.PersonId).ToHashSet();
        var names = attendance.Where(a => a.Person is not null).ToDictionary(a => a.PersonId, a => a.Person!.FullName);
        foreach (var id in barred.Where(id => !names.ContainsKey(id)))
            names[id] = await db.People.Where(p => p.Id == id).Select(p => p.FullName).SingleOrDefaultAsync(cancellationToken) ?? "That person";
        return new Floor(present, chair, barred, names);
    }

    /// <summary>Records a member's declaration of an interest in <paramref name="item"/>.</summary>
    public static async Task<Declaration> DeclareAsync(QuorumDb db, AgendaItem item, DeclarationInput input, CancellationToken cancellationToken = default)
    {
        var meeting = await MeetingOfAsync(db, item, cancellationToken);
        var problems = new Dictionary<string, string>();
        var nature = input.Nature?.Trim() ?? "";
        if (input.PersonId is not { } personId)
            problems["personId"] = "Choose who declared the interest";
        else if (!await TakesPartAsync(db, meeting, personId, cancellationToken))
            problems["personId"] = "Choose a member of the body or someone recorded at the meeting";
        if (input.Kind is null)
            problems["kind"] = "Choose the kind of interest";
        if (nature.Length == 0)
            problems["nature"] = "Describe the nature of the interest";
        else if (FieldLengths.ProblemWith<Declaration>(db, nameof(Declaration.Nature), nature, "The nature of the interest") is { } longNature)
            problems["nature"] = longNature;
        InvalidInputException.ThrowIfAny(problems);

        var declaration = new Declaration
        {
            MeetingId = meeting.Id,
            AgendaItemId = item.Id,
            PersonId = input.PersonId!.Value,
            Kind = input.Kind!.Value,
            Nature = nature,
            LeftTheRoom = input.LeftTheRoom,
            // Localism Act 2011 s.31(4): a pecuniary interest keeps the member out of the discussion and the vote.
            TookNoPart = input.TookNoPart || input.LeftTheRoom || input.Kind == InterestKind.DisclosablePecuniary,
        };
        if (declaration.BarsVoting)
        {
            var motions = await db.Motions.Include(m => m.Votes).Where(m => m.AgendaItemId == item.Id).ToListAsync(cancellationToken);
            if (motions.Any(m => m.Involves(declaration.PersonId)))
                throw new DomainException("This member moved, seconded or voted on a motion under this item: a member with this interest takes no part, so correct the motion first.");
        }

        db.Declarations.Add(declaration);
        await db.SaveChangesAsync(cancellationToken);
        return declaration;
    }

    /// <summary>Removes a declaration recorded in error.</summary>
    public static async Task RemoveDeclarationAsync(QuorumDb db, Declaration declaration, CancellationToken cancellationToken = default)
    {
        await db.EnsureMayEditAsync(declaration, cancellationToken);
        var meeting = await db.Meetings.Include(m => m.MinutesApprovedAt).SingleAsync(m => m.Id == declaration.MeetingId, cancellationToken);
        meeting.EnsureEditable();
        db.Declarations.Remove(declaration);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Records a motion moved under <paramref name="item"/>, or an amendment to <paramref name="amends"/>.</summary>
    public static async Task<Motion> MoveAsync(QuorumDb db, AgendaItem item, MotionInput input, Motion? amends = null, CancellationToken cancellationToken = default)
    {
        var meeting = await MeetingOfAsync(db, item, cancellationToken);
        if (amends is not null)
            await db.Entry(amends).Collection(m => m.Amendments).LoadAsync(cancellationToken);
        var floor = await FloorAsync(db, meeting, item, cancellationToken);
        if (floor.Present.Count == 0)
            throw new DomainException("Record who is present on the attendance page first: only members present move, second and vote.");
        var motion = Motion.Move(item, input.Text, input.MoverId, input.SeconderId, floor, amends, input.TextIfCarried);
        motion.Meeting = meeting;
        motion.Position = (await db.Motions.Where(m => m.AgendaItemId == item.Id).MaxAsync(m => (int?)m.Position, cancellationToken) ?? 0) + 1;
        db.Motions.Add(motion);
        await db.SaveChangesAsync(cancellationToken);
        return motion;
    }

    /// <summary>
    /// Puts a motion or amendment to the vote. A carried motion becomes the item's decision (a
    /// recommendation, at an informal meeting); an inquorate meeting decides nothing.
    /// </summary>
    public static async Task PutToVoteAsync(QuorumDb db, Motion motion, Ballot ballot, CancellationToken cancellationToken = default)
    {
        var item = await db.AgendaItems.SingleAsync(i => i.Id == motion.AgendaItemId, cancellationToken);
        var meeting = await MeetingOfAsync(db, item, cancellationToken);
        await LoadAsync(db, motion, cancellationToken);
        if (ballot.Outcome != MotionOutcome.Withdrawn && !meeting.IsInformal)
        {
            await db.Entry(meeting).Collection(m => m.Attendance).LoadAsync(cancellationToken);
            var quorum = await QuorumOfAsync(db, meeting, cancellationToken);
            if (quorum.IsQuorate == false)
                throw new DomainException($"The meeting was not quorate ({quorum.Present} of {quorum.Required} voting members present), so it decides nothing. Record it as an informal meeting on the attendance page, and what it agrees is recorded as recommendations.");
        }

        var floor = await FloorAsync(db, meeting, item, cancellationToken);
        motion.PutToVote(ballot, floor);
        if (motion is { Outcome: MotionOutcome.Carried, IsAmendment: false })
            motion.Decision = await DecisionRegister.RecordAsync(db, meeting, item, motion.Resolution, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Withdraws a motion or amendment before it is put.</summary>
    public static async Task WithdrawAsync(QuorumDb db, Motion motion, CancellationToken cancellationToken = default) =>
        await PutToVoteAsync(db, motion, new Ballot(MotionOutcome.Withdrawn), cancellationToken);

    private static async Task LoadAsync(QuorumDb db, Motion motion, CancellationToken cancellationToken)
    {
        await db.Entry(motion).Collection(m => m.Amendments).Query().Include(a => a.Mover).LoadAsync(cancellationToken);
        await db.Entry(motion).Collection(m => m.Votes).LoadAsync(cancellationToken);
        if (motion.AmendsId is not null)
            await db.Entry(motion).Reference(m => m.Amends).LoadAsync(cancellationToken);
    }

    private static async Task<Meeting> MeetingOfAsync(QuorumDb db, AgendaItem item, CancellationToken cancellationToken)
    {
        await db.EnsureMayEditAsync(item, cancellationToken);
        var meeting = await db.Meetings.Include(m => m.Body).Include(m => m.MinutesApprovedAt).SingleAsync(m => m.Id == item.MeetingId, cancellationToken);
        meeting.EnsureEditable();
        return meeting;
    }

    private static async Task<bool> TakesPartAsync(QuorumDb db, Meeting meeting, int personId, CancellationToken cancellationToken) =>
        await db.Attendance.AnyAsync(a => a.MeetingId == meeting.Id && a.PersonId == personId, cancellationToken)
        || await db.Memberships.AnyAsync(m => m.BodyId == meeting.BodyId && m.PersonId == personId
            && (m.From == null || m.From <= meeting.Date) && (m.Until == null || m.Until >= meeting.Date), cancellationToken);
}
