using System.Text.RegularExpressions;

namespace Quorum.Import.Minutes;

/// <summary>The section labels minutes use for attendance, apologies, actions and agendas.</summary>
public static partial class Labels
{
    [GeneratedRegex(@"^(?:(?<board>(?:the\s+following\s+)?(?:new\s+)?board\s+members?)\s+(?:in\s+attendance|present)(?:\s+were)?|(?<board>other\s+board\s+members)[^:]{0,40}?present|(?:the\s+following\s+)?(?:new\s+)?(?<board>board\s+members)\s+were\s+present|(?:those\s+|members\s+|councillors\s+|persons\s+)?present|participants|attendees(?:\s+present)?|attendance|(?:also\s+)?in\s+attendance(?:\s+were)?|also\s+present(?:\s+were)?|members\s+in\s+attendance|(?<presenter>presenting|presenters|speakers)|(?<observer>observers?)|(?<guest>guests?)|(?<officer>officers?(?:\s+present|\s+in\s+attendance)?))\s*(?:\(\d+\))?\s*(?::|-|–|\t|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AttendancePattern();

    [GeneratedRegex(@"^(?:apologies(?:\s+for\s+absence)?(?:\s+received)?(?:\s+(?:were\s+)?(?:received\s+)?from)?|regrets|absent|absentees|not\s+present|apologies\s+and\s+absences)\s*(?:\(\d+\))?\s*(?::|-|–|\t|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ApologiesPattern();

    [GeneratedRegex(@"^(?:new\s+|open\s+|agreed\s+|summary\s+of\s+)?actions?(?:\s+(?:items?|list|points?|arising|log|summary|agreed|required|from\s+this\s+meeting))?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionSectionPattern();

    [GeneratedRegex(@"\b(?:previous|prior|last|earlier|outstanding|review\s+of|matters\s+arising|from\s+the\s+meetings?|carried\s+forward|status)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReviewPattern();

    [GeneratedRegex(@"^agenda(?:\s+\d+)?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaPattern();

    /// <summary>A label opening an attendance list; <paramref name="rest"/> is any text after it on the same line.</summary>
    public static bool IsAttendance(string text, out string rest, out string? role)
    {
        var match = AttendancePattern().Match(text);
        rest = match.Success ? text[match.Length..].Trim() : string.Empty;
        role = null;
        if (!match.Success)
            return false;
        if (match.Groups["board"].Success)
            role = "Board member";
        else if (match.Groups["presenter"].Success)
            role = "Presenter";
        else if (match.Groups["observer"].Success)
            role = "Observer";
        else if (match.Groups["guest"].Success)
            role = "Guest";
        return true;
    }

    public static bool IsApologies(string text, out string rest)
    {
        var match = ApologiesPattern().Match(text);
        rest = match.Success ? text[match.Length..].Trim() : string.Empty;
        return match.Success;
    }

    /// <summary>"Actions", "Action items", "New Actions": a heading over a list or table of actions.</summary>
    public static bool IsActionSection(string text) => ActionSectionPattern().IsMatch(text.Trim().TrimEnd('.'));

    /// <summary>Words that mark a review of earlier actions rather than new ones.</summary>
    public static bool IsReview(string text) => ReviewPattern().IsMatch(text);

    public static bool IsAgenda(string text) => AgendaPattern().IsMatch(text.Trim());
}
