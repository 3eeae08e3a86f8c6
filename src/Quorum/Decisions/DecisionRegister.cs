using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Decisions;

/// <summary>Records a meeting's decisions, numbered in the body's series.</summary>
public static class DecisionRegister
{
    public static async Task<Decision> RecordAsync(
        QuorumDb db, Meeting meeting, AgendaItem? item, string text, string? renamesBodyTo, CancellationToken cancellationToken = default)
    {
        text = text.Trim();
        if (text.Length == 0)
            throw new DomainException("Enter what was decided.");
        // Numbers count every decision of the body, seen or not, and those recorded earlier in the
        // same save (an import records many at once), so that no number is issued twice.
        var saved = await db.Decisions.IncludingWithheld().Where(d => d.BodyId == meeting.BodyId)
            .MaxAsync(d => (int?)d.Number, cancellationToken) ?? 0;
        var pending = db.ChangeTracker.Entries<Decision>()
            .Where(e => e.State == EntityState.Added && e.Entity.BodyId == meeting.BodyId)
            .Select(e => e.Entity.Number)
            .DefaultIfEmpty(0)
            .Max();
        var number = Math.Max(saved, pending) + 1;
        var decision = new Decision
        {
            BodyId = meeting.BodyId,
            Meeting = meeting,
            MeetingId = meeting.Id,
            AgendaItem = item,
            AgendaItemId = item?.Id,
            Number = number,
            Text = text,
            IsRecommendation = meeting.IsInformal,
            RenamesBodyTo = string.IsNullOrWhiteSpace(renamesBodyTo) ? null : renamesBodyTo.Trim(),
        };
        db.Decisions.Add(decision);
        return decision;
    }

    /// <summary>Renames the body as the decision says, from the date of the meeting that decided it.</summary>
    public static void ApplyRename(this Decision decision, Bodies.Body body, DateOnly meetingDate)
    {
        if (decision.RenamesBodyTo is null)
            throw new DomainException("This decision does not rename the body.");
        if (decision.RenameAppliedOn is not null)
            throw new DomainException($"The rename was already applied on {decision.RenameAppliedOn:d MMMM yyyy}.");
        body.Rename(decision.RenamesBodyTo, meetingDate);
        decision.RenameAppliedOn = meetingDate;
    }
}
