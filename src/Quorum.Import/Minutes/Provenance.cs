using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Gives every field of a draft its confidence and the document lines it came from: each value is
/// found again among the lines it was read from, and its confidence follows from how it was read.
/// </summary>
public static class Provenance
{
    public static MinutesDraft Attach(MinutesDraft draft, IReadOnlyList<TextLine> lines, DateSource dateSource)
    {
        var directory = draft.Attendees.Concat(draft.Apologies).Select(p => PersonNames.Key(p.Name)).ToHashSet(StringComparer.Ordinal);
        var sources = new Dictionary<string, FieldSource>(StringComparer.Ordinal);
        if (draft.Body is { } body)
            sources["body"] = new FieldSource(0.7, Find(lines, body));
        if (draft.MeetingDate is not null)
        {
            var confidence = dateSource switch { DateSource.Document => 0.9, DateSource.FrontMatter => 0.85, _ => 0.6 };
            sources["meeting_date"] = new FieldSource(confidence, []);
        }

        if (draft.Venue is { } venue)
            sources["venue"] = new FieldSource(0.6, Find(lines, venue));
        for (var k = 0; k < draft.NextMeetings.Count; k++)
            sources[$"next_meetings[{k}]"] = new FieldSource(0.7, []);

        return draft with
        {
            Attendees = draft.Attendees.Select(p => Person(p, lines)).ToList(),
            Apologies = draft.Apologies.Select(p => Person(p, lines)).ToList(),
            AgendaItems = draft.AgendaItems.Select(a =>
            {
                var found = Find(lines, a.Title);
                return a with { Lines = found, Confidence = Score(a.Number is null ? 0.7 : 0.9, found) };
            }).ToList(),
            Actions = draft.Actions.Select(a =>
            {
                var found = Find(lines, a.Text);
                var owners = a.Owners.Count == 0 ? 0.4 : a.Owners.All(o => directory.Contains(PersonNames.Key(o)) || PersonNames.IsGroupOwner(o)) ? 0.9 : 0.7;
                return a with { Lines = found, Confidence = Score(owners, found) };
            }).ToList(),
            Decisions = draft.Decisions.Select(d =>
            {
                var found = Find(lines, d.Text);
                var wording = d.Text.Contains("resolved", StringComparison.OrdinalIgnoreCase) || d.Text.Contains("agreed", StringComparison.OrdinalIgnoreCase) ? 0.8 : 0.6;
                return d with { Lines = found, Confidence = Score(wording, found) };
            }).ToList(),
            Sources = sources,
        };
    }

    private static PersonDraft Person(PersonDraft person, IReadOnlyList<TextLine> lines)
    {
        var found = Find(lines, person.Name);
        var shape = PersonEntries.LooksLikePerson(person.Name, strict: true) ? 0.9 : PersonEntries.LooksLikePerson(person.Name, strict: false, bareWord: true) ? 0.7 : 0.4;
        return person with { Lines = found, Confidence = Score(shape, found) };
    }

    /// <summary>A value that cannot be found again in the document is less certain.</summary>
    private static double Score(double confidence, List<int> found) => Math.Round(found.Count > 0 ? confidence : confidence - 0.2, 2);

    /// <summary>The line holding the value, or the line holding its first words; nothing when neither is there.</summary>
    private static List<int> Find(IReadOnlyList<TextLine> lines, string value)
    {
        var needle = TextCleaning.Squash(value).Trim();
        if (needle.Length == 0)
            return [];
        var probe = needle.Length > 40 ? needle[..40] : needle;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || line.Source <= 0)
                continue;
            if (line.Text.Contains(probe, StringComparison.OrdinalIgnoreCase) || line.Cells is { } cells && cells.Any(c => c.Contains(probe, StringComparison.OrdinalIgnoreCase)))
                return [line.Source];
        }

        return [];
    }
}

/// <summary>Where the meeting date was read: the document's text, its front matter, or only its file name.</summary>
public enum DateSource
{
    Document,
    FrontMatter,
    FileName,
}
