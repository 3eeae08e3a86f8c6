namespace Quorum;

/// <summary>
/// Input an operation refuses, field by field: each problem is keyed by the field's name as the
/// operation's input spells it (camelCase) and says what to enter instead. Forms show them beside
/// their fields; the API answers 400 with the same messages.
/// </summary>
public sealed class InvalidInputException(IReadOnlyDictionary<string, string> problems)
    : Exception(string.Join(" ", problems.Values))
{
    public IReadOnlyDictionary<string, string> Problems { get; } = problems;

    public static void ThrowIfAny(IReadOnlyDictionary<string, string> problems)
    {
        if (problems.Count > 0)
            throw new InvalidInputException(problems);
    }
}
