using System.Text.RegularExpressions;

namespace Quorum.Import.Minutes;

/// <summary>What a labelled section of minutes holds.</summary>
public enum SectionKind
{
    Attendance,
    Apologies,
    Actions,
    Decisions,
    NextMeeting,
}

/// <summary>
/// One way minutes label a section, with the role it gives the people listed under it. A label that can
/// also be a title ("BOARD OF DIRECTORS") opens an attendance list only when people follow it.
/// </summary>
public sealed record SectionPhrase(SectionKind Kind, string Phrase, string? Role = null, bool NeedsPeople = false);

/// <summary>
/// The labels minutes put over their sections and the phrasings they come in, in one table.
/// A label is matched whole, or as the end of a short label ("Voting member attendees").
/// </summary>
public static partial class SectionVocabulary
{
    public static IReadOnlyList<SectionPhrase> Phrases { get; } =
    [
        new(SectionKind.Attendance, "present"),
        new(SectionKind.Attendance, "present were"),
        new(SectionKind.Attendance, "those present"),
        new(SectionKind.Attendance, "the following were present"),
        new(SectionKind.Attendance, "members present"),
        new(SectionKind.Attendance, "councillors present"),
        new(SectionKind.Attendance, "directors present"),
        new(SectionKind.Attendance, "trustees present"),
        new(SectionKind.Attendance, "governors present"),
        new(SectionKind.Attendance, "board members present"),
        new(SectionKind.Attendance, "attendees"),
        new(SectionKind.Attendance, "attendee"),
        new(SectionKind.Attendance, "attendance"),
        new(SectionKind.Attendance, "attending"),
        new(SectionKind.Attendance, "attended"),
        new(SectionKind.Attendance, "also attending"),
        new(SectionKind.Attendance, "also present"),
        new(SectionKind.Attendance, "in attendance"),
        new(SectionKind.Attendance, "also in attendance"),
        new(SectionKind.Attendance, "non-members attending"),
        new(SectionKind.Attendance, "officers"),
        new(SectionKind.Attendance, "officers present"),
        new(SectionKind.Attendance, "officers in attendance"),
        new(SectionKind.Attendance, "participants"),
        new(SectionKind.Attendance, "roll call"),
        new(SectionKind.Attendance, "members"),
        new(SectionKind.Attendance, "staff"),
        new(SectionKind.Attendance, "management and staff"),
        new(SectionKind.Attendance, "staff present"),
        new(SectionKind.Attendance, "staff in attendance"),
        new(SectionKind.Attendance, "board of directors", NeedsPeople: true),
        new(SectionKind.Attendance, "board of trustees", NeedsPeople: true),
        new(SectionKind.Attendance, "board of governors", NeedsPeople: true),
        new(SectionKind.Attendance, "board of commissioners", NeedsPeople: true),
        new(SectionKind.Attendance, "directors", NeedsPeople: true),
        new(SectionKind.Attendance, "trustees", NeedsPeople: true),
        new(SectionKind.Attendance, "commissioners", NeedsPeople: true),
        new(SectionKind.Attendance, "governors", NeedsPeople: true),
        new(SectionKind.Attendance, "board members", NeedsPeople: true),
        new(SectionKind.Attendance, "committee members", NeedsPeople: true),
        new(SectionKind.Attendance, "council members", NeedsPeople: true),
        new(SectionKind.Attendance, "voting members", NeedsPeople: true),
        new(SectionKind.Attendance, "members of the board", NeedsPeople: true),
        new(SectionKind.Attendance, "members of the committee", NeedsPeople: true),
        new(SectionKind.Attendance, "presenting", "Presenter"),
        new(SectionKind.Attendance, "presenters", "Presenter"),
        new(SectionKind.Attendance, "speakers", "Presenter"),
        new(SectionKind.Attendance, "guests", "Guest"),
        new(SectionKind.Attendance, "guest", "Guest"),
        new(SectionKind.Attendance, "visitors", "Guest"),
        new(SectionKind.Attendance, "observers", "Observer"),
        new(SectionKind.Attendance, "observer", "Observer"),
        new(SectionKind.Apologies, "apologies"),
        new(SectionKind.Apologies, "apologies for absence"),
        new(SectionKind.Apologies, "apologies received"),
        new(SectionKind.Apologies, "apologies received from"),
        new(SectionKind.Apologies, "apologies were received from"),
        new(SectionKind.Apologies, "apologies received and accepted from"),
        new(SectionKind.Apologies, "apologies for absence received from"),
        new(SectionKind.Apologies, "apologies for absence were received from"),
        new(SectionKind.Apologies, "apologies for absence were received and accepted from"),
        new(SectionKind.Apologies, "apologies and absences"),
        new(SectionKind.Apologies, "regrets"),
        new(SectionKind.Apologies, "sent regrets"),
        new(SectionKind.Apologies, "absent"),
        new(SectionKind.Apologies, "absentees"),
        new(SectionKind.Apologies, "not present"),
        new(SectionKind.Actions, "actions"),
        new(SectionKind.Actions, "action items"),
        new(SectionKind.Actions, "action points"),
        new(SectionKind.Actions, "action log"),
        new(SectionKind.Actions, "summary of actions"),
        new(SectionKind.Actions, "new actions"),
        new(SectionKind.Decisions, "decisions"),
        new(SectionKind.Decisions, "decisions taken"),
        new(SectionKind.Decisions, "resolutions"),
        new(SectionKind.Decisions, "resolved"),
        new(SectionKind.NextMeeting, "next meeting"),
        new(SectionKind.NextMeeting, "date of next meeting"),
        new(SectionKind.NextMeeting, "dates of next meetings"),
        new(SectionKind.NextMeeting, "future meetings"),
    ];

    // Longest phrasings first, so that "not present" is read before "present".
    private static readonly SectionPhrase[] ByLength = [.. Phrases.OrderByDescending(p => p.Phrase.Length)];

    [GeneratedRegex(@"^\s*(?<label>[^:;\t]{1,60}?)\s*(?:\(\d+\))?\s*(?:[:;\t]|\s[-–]\s|$)\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex LabelAndRest();

    [GeneratedRegex(@"^(?:\d{1,3}(?:[./]\d{1,3}){0,3}[.):]?\s+|item\s+\d{1,3}\s*[.:]?\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"\([^()]*\)\s*$")]
    private static partial Regex Aside();

    [GeneratedRegex(@"[^\p{L}\s/-]")]
    private static partial Regex NotLabelCharacters();

    /// <summary>
    /// Reads a line as a section label: its kind, the role it gives, and the text after it on the
    /// same line. Numbered lines ("39. APOLOGIES FOR ABSENCE") are labels too.
    /// </summary>
    public static bool TryMatch(string line, out SectionPhrase phrase, out string rest)
    {
        phrase = default!;
        rest = string.Empty;
        var text = line.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal).Trim();
        text = Number().Replace(text, string.Empty);
        var match = LabelAndRest().Match(text);
        if (!match.Success)
            return false;
        // "Introduction of participants/roll call (Co-Chair David)": the bracket is an aside, the slash an alternative.
        var raw = Aside().Replace(match.Groups["label"].Value, " ");
        foreach (var alternative in raw.Split('/'))
        {
            var label = NotLabelCharacters().Replace(alternative, " ");
            label = string.Join(' ', label.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (label.Length == 0 || label.Split(' ').Length > 6)
                continue;
            foreach (var candidate in ByLength)
            {
                if (label == candidate.Phrase || label.EndsWith(" " + candidate.Phrase, StringComparison.Ordinal) && Qualifier(label[..^candidate.Phrase.Length]))
                {
                    phrase = candidate;
                    rest = match.Groups["rest"].Value.Trim();
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly HashSet<string> QualifierWords = new(StringComparer.Ordinal)
    {
        "voting", "non-voting", "member", "members", "board", "other", "additional", "also", "committee", "council",
        "staff", "trustee", "trustees", "officer", "officers", "external", "tsc", "tac", "steering", "group", "core",
        "team", "directors", "governors", "councillors", "ex-officio", "co-opted", "panel", "regular", "invited",
        "commissioners", "aldermen", "delegates", "representatives", "introduction", "of", "list", "commission",
    };

    /// <summary>Words allowed before a phrasing: "voting member attendees", "other attendees", "board members present".</summary>
    private static bool Qualifier(string words)
    {
        var list = words.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "District attendees", "Council officers": the organisation's own word qualifies a label too.
        return list.Length is > 0 and <= 3 && list.All(w => QualifierWords.Contains(w) || PersonNames.IsOrganisationWord(w) && w.Length > 3);
    }
}
