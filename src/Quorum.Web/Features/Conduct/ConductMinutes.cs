using Microsoft.EntityFrameworkCore;
using Quorum.Conduct;
using Quorum.Data;

namespace Quorum.Web.Features.Conduct;

/// <summary>A motion as the minutes show it, with its amendments in the order they were moved.</summary>
public sealed record MotionInMinutes(Motion Motion, IReadOnlyList<Motion> Amendments);

/// <summary>What the minutes record under one item about its conduct: the interests declared, then the motions in the order moved.</summary>
public sealed record ItemConduct(IReadOnlyList<Declaration> Declarations, IReadOnlyList<MotionInMinutes> Motions)
{
    public static readonly ItemConduct None = new([], []);

    public bool IsEmpty => Declarations.Count == 0 && Motions.Count == 0;
}

/// <summary>Reads a meeting's declarations and motions, as the viewer may see them, item by item.</summary>
public static class ConductMinutes
{
    public static async Task<IReadOnlyDictionary<int, ItemConduct>> ForMeetingAsync(QuorumDb db, int meetingId)
    {
        var declarations = await db.Declarations.AsNoTracking().Include(d => d.Person)
            .Where(d => d.MeetingId == meetingId).OrderBy(d => d.Id).ToListAsync();
        // One meeting's motions and votes are few: one query rather than one per collection.
        var motions = await Motions(db).Where(m => m.MeetingId == meetingId).AsSingleQuery().ToListAsync();
        return Group(declarations, motions);
    }

    /// <summary>The motions with whatever the minutes say of them: who moved, seconded and voted, and the decision.</summary>
    public static IQueryable<Motion> Motions(QuorumDb db) =>
        db.Motions.AsNoTracking()
            .Include(m => m.Mover).Include(m => m.Seconder).Include(m => m.CastingVoteBy)
            .Include(m => m.Votes).ThenInclude(v => v.Person)
            .Include(m => m.Decision)
            .AsSplitQuery()
            .OrderBy(m => m.AgendaItemId).ThenBy(m => m.Position);

    private static Dictionary<int, ItemConduct> Group(List<Declaration> declarations, List<Motion> motions)
    {
        var amendments = motions.Where(m => m.AmendsId is not null).ToLookup(m => m.AmendsId!.Value);
        return declarations.Select(d => d.AgendaItemId).Concat(motions.Select(m => m.AgendaItemId)).Distinct()
            .ToDictionary(item => item, item => new ItemConduct(
                [.. declarations.Where(d => d.AgendaItemId == item)],
                [.. motions.Where(m => m.AgendaItemId == item && m.AmendsId is null).Select(m => new MotionInMinutes(m, [.. amendments[m.Id]]))]));
    }

    /// <summary>
    /// The item's conduct as plain paragraphs, in the order it happened, for the Word and PDF
    /// minutes: the declarations, then each motion with its amendments, outcome and vote.
    /// </summary>
    public static IEnumerable<string> Paragraphs(ItemConduct conduct)
    {
        foreach (var d in conduct.Declarations)
            yield return $"Declaration of interest: {d.Describe(d.Person?.FullName ?? "A member")}";
        foreach (var entry in conduct.Motions)
        {
            var motion = entry.Motion;
            yield return $"Motion moved by {MovedBy(motion)}: “{motion.Text}”";
            foreach (var amendment in entry.Amendments)
            {
                yield return $"Amendment moved by {MovedBy(amendment)}: “{amendment.Text}”. The amendment was {amendment.DescribeOutcome()}.";
                if (amendment.IsRecordedVote)
                    yield return $"Recorded vote on the amendment. {RecordedVote(amendment)}";
            }

            yield return motion.Outcome == MotionOutcome.Moved
                ? "The motion has not yet been put to the vote."
                : $"The motion{(motion.TextAsAmended is null ? "" : $", as amended (“{motion.TextAsAmended}”),")} was {motion.DescribeOutcome()}.";
            if (motion.IsRecordedVote)
                yield return $"Recorded vote. {RecordedVote(motion)}";
        }
    }

    private static string MovedBy(Motion motion) =>
        $"{motion.Mover?.FullName}{(motion.Seconder is null ? "" : $", seconded by {motion.Seconder.FullName}")}";

    /// <summary>"For: Ann, Bob. Against: Cat. Abstained: Dan." for a recorded vote.</summary>
    public static string RecordedVote(Motion motion)
    {
        var parts = new List<string>();
        foreach (var (choice, label) in new[] { (VoteChoice.For, "For"), (VoteChoice.Against, "Against"), (VoteChoice.Abstain, "Abstained") })
        {
            var names = motion.Votes.Where(v => v.Choice == choice).Select(v => v.Person?.FullName ?? "").Order().ToList();
            if (names.Count > 0)
                parts.Add($"{label}: {string.Join(", ", names)}.");
        }

        return string.Join(" ", parts);
    }
}
