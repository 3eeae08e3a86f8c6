namespace Quorum.Import.Minutes;

/// <summary>
/// An action read from one line: reference as printed (or null), owners (full names where the
/// known people make them unambiguous), what is to be done, and the due date (ISO, or yyyy-MM).
/// <see cref="OwnersOnly"/> is true when the line named owners but said nothing else ("Action: SH").
/// </summary>
public sealed record ActionLine(string? Reference, IReadOnlyList<string> Owners, string Text, string? Due, bool OwnersOnly = false);
