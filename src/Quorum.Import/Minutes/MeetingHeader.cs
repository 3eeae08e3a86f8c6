namespace Quorum.Import.Minutes;

/// <summary>What the top of a set of minutes says about the meeting itself.</summary>
public sealed record MeetingHeader(string? Title, string? Body, DateOnly? Date, string? StartTime, string? EndTime, string? Venue);
