namespace Quorum.Contracts;

/// <summary>Where a contract's end falls against an alignment window.</summary>
public enum WindowFit
{
    /// <summary>It ends outside the window, whatever is done with its extensions.</summary>
    Outside,

    /// <summary>Its end date is inside the window.</summary>
    EndsInWindow,

    /// <summary>Its end date is before the window, but taking an extension can carry it into the window.</summary>
    CanBeExtendedIntoWindow,
}

/// <summary>
/// The months in which partners would like their contracts of one kind to end together, so that a
/// shared service can start: a contract fits when it ends inside the window, or when its extensions
/// can carry it there.
/// </summary>
public sealed record AlignmentWindow
{
    public AlignmentWindow(DateOnly from, DateOnly to)
    {
        if (to < from)
            throw new InvalidInputException(new Dictionary<string, string> { ["to"] = "The end of the window must be on or after its start" });
        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    /// <summary>The window Quorum offers first: the year from today.</summary>
    public static AlignmentWindow Default(DateOnly today) => new(today, today.AddYears(1).AddDays(-1));

    public bool Contains(DateOnly day) => day >= From && day <= To;

    public WindowFit Fit(Contract contract) =>
        Contains(contract.EndDate) ? WindowFit.EndsInWindow
        : contract.EndDate < From && contract.LatestEndDate >= From ? WindowFit.CanBeExtendedIntoWindow
        : WindowFit.Outside;
}
