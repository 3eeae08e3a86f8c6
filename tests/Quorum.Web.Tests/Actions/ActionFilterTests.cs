using Quorum.Actions;
using Quorum.Web.Features.Actions;

namespace Quorum.Web.Tests.Actions;

/// <summary>
/// The tracker skips the counts a filter must leave at nought; <see cref="ActionFilter.Admits"/>
/// must never rule out a status <see cref="ActionFilter.Apply"/> lets through, for every status and
/// every combination of the filters that depend on status.
/// </summary>
public class ActionFilterTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    public static TheoryData<ActionStatus?, bool, int?> Filters()
    {
        var data = new TheoryData<ActionStatus?, bool, int?>();
        foreach (var status in Enum.GetValues<ActionStatus>().Cast<ActionStatus?>().Append(null))
            foreach (var overdue in new[] { false, true })
                foreach (var days in new int?[] { null, 30 })
                    data.Add(status, overdue, days);
        return data;
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public void Admits_AgreesWithApply(ActionStatus? status, bool overdue, int? dueWithinDays)
    {
        var filter = new ActionFilter(null, null, status, overdue, dueWithinDays);
        var actions = Enum.GetValues<ActionStatus>()
            .SelectMany(s => new DateOnly?[] { null, Today.AddDays(-3), Today.AddDays(3) }.Select(due => Raised(s, due)))
            .ToList();

        var passed = filter.Apply(actions.AsQueryable(), Today).ToList();

        // Overdue and due soon together let nothing through; Admits need only never say no to a
        // status Apply lets through, but elsewhere it says exactly which statuses can appear.
        foreach (var candidate in Enum.GetValues<ActionStatus>())
        {
            if (passed.Any(a => a.Status == candidate))
                Assert.True(filter.Admits(candidate));
            else if (!(overdue && dueWithinDays is not null))
                Assert.False(filter.Admits(candidate));
        }
    }

    private static ActionItem Raised(ActionStatus status, DateOnly? due)
    {
        var action = new ActionItem { Text = "Report back", DueDate = due };
        if (status != ActionStatus.Open)
            action.RecordUpdate(null, status, Today.AddDays(-10), "Clerk", new DateTime(2026, 6, 5, 10, 0, 0, DateTimeKind.Utc));
        Assert.Equal(status, action.Status);
        return action;
    }
}
