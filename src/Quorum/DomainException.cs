namespace Quorum;

/// <summary>
/// A rule of the model refused a change (for example an edit to approved minutes). The message
/// is written for the person who tried it and is shown to them as it is.
/// </summary>
public class DomainException(string message) : Exception(message);
