namespace Quorum.Import.Minutes;

/// <summary>An agenda item and the lines of the document it covers (from <see cref="Start"/> up to, not including, <see cref="End"/>).</summary>
public sealed record AgendaItemRange(string? Number, string Title, bool Exempt, int Start, int End, int BodyStart);
