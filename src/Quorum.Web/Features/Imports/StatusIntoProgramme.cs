using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Import.Status;
using Quorum.People;
using Quorum.Programmes;

namespace Quorum.Web.Features.Imports;

/// <summary>
/// Turns a status table into a programme's workstreams: sponsors, objectives, spend, risks and issues
/// (RAID log), milestones with a readable date, and a first highlight report. The table gives no RAG,
/// so the report's is left "not assessed" rather than guessed.
/// </summary>
public static class StatusIntoProgramme
{
    public static async Task<IReadOnlyList<Workstream>> AddAsync(QuorumDb db, Programme programme, StatusDraft draft, DateOnly today, string? author)
    {
        var added = new List<Workstream>();
        foreach (var row in draft.Workstreams)
        {
            var workstream = new Workstream
            {
                Name = row.Name.Trim(),
                Description = row.Description,
                StrategicObjectives = string.Join('\n', row.StrategicObjectives),
                WorkstreamObjectives = string.Join('\n', row.Objectives),
                PlannedSpend = Money(row.PlannedSpend),
                ActualSpend = Money(row.ActualSpend),
            };
            foreach (var name in row.Sponsors.Where(n => !string.IsNullOrWhiteSpace(n)))
                workstream.Sponsors.Add(await db.People.FirstOrDefaultAsync(p => p.FullName == name.Trim()) ?? new Person { FullName = name.Trim() });
            workstream.Raid.AddRange(row.Risks.Select(r => new RaidEntry { Kind = RaidKind.Risk, Description = r }));
            workstream.Raid.AddRange(row.Issues.Select(i => new RaidEntry { Kind = RaidKind.Issue, Description = i }));
            foreach (var milestone in row.NextMilestones)
            {
                if (TargetIn(milestone) is { } target)
                    workstream.Milestones.Add(new Milestone { Text = milestone, TargetDate = target.Date, TargetIsMonth = target.IsMonth });
            }

            if (row.StatusUpdates.Count > 0 || row.NextMilestones.Count > 0)
            {
                workstream.Reports.Add(new HighlightReport
                {
                    ReportDate = today,
                    StatusUpdates = string.Join('\n', row.StatusUpdates),
                    NextMilestones = string.Join('\n', row.NextMilestones),
                    KeyRisksAndIssues = string.Join('\n', row.Risks.Select(r => $"Risk: {r}").Concat(row.Issues.Select(i => $"Issue: {i}"))),
                    SpendToDate = Money(row.ActualSpend),
                    AuthoredBy = author,
                });
            }

            programme.Workstreams.Add(workstream);
            added.Add(workstream);
        }

        return added;
    }

    private static Money Money(MoneyDraft? draft) =>
        draft?.Amount is { } amount ? new Money { Amount = amount, Currency = draft.Currency ?? "GBP" } : new Money();

    /// <summary>The first date in a milestone line, read from runs of one to three words: "Go live (March 2010)", "31/03/2010: sign-off".</summary>
    private static (DateOnly Date, bool IsMonth)? TargetIn(string milestone)
    {
        var words = milestone.Split([' ', '(', ')', ',', ':', ';'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            for (var length = 3; length >= 1; length--)
            {
                if (i + length <= words.Length && Programmes.MilestoneTarget.TryRead(string.Join(' ', words[i..(i + length)]), out var date, out var isMonth))
                    return (date, isMonth);
            }
        }

        return null;
    }
}
