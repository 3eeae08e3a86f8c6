using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Minutes kept as web pages often hold their record in the front matter ("directors:" over a list of names,
/// "apologies:", "agenda:", "next-meeting: 2018-02-11"). A key that names a section of minutes is read as the
/// section it would render to: a list under its label, or a labelled line. Other keys stay front matter.
/// </summary>
public static partial class FrontMatterSections
{
    [GeneratedRegex(@"^(?<key>[A-Za-z][\w -]{0,40}?)\s*:\s*(?<value>.*)$")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^-\s+(?<entry>\S.*)$")]
    private static partial Regex ListEntry();

    public static List<TextLine> Expand(List<TextLine> lines)
    {
        if (!lines.Any(l => l.Kind == LineKind.FrontMatter))
            return lines;
        var output = new List<TextLine>(lines.Count + 8);
        var sections = new List<TextLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind != LineKind.FrontMatter || KeyLine().Match(line.Text) is not { Success: true } key)
            {
                output.Add(line);
                continue;
            }

            var label = key.Groups["key"].Value.Replace('-', ' ').Replace('_', ' ').Trim();
            var value = key.Groups["value"].Value.Trim().Trim('"', '\'');
            var kind = SectionOf(label);
            var entries = new List<TextLine>();
            for (var j = i + 1; value.Length == 0 && j < lines.Count && lines[j].Kind == LineKind.FrontMatter && ListEntry().Match(lines[j].Text) is { Success: true } entry; j++)
                entries.Add(new TextLine(entry.Groups["entry"].Value.Trim().Trim('"', '\''), LineKind.ListItem, 1) { Source = lines[j].Source });
            output.Add(line);
            if (kind is null)
                continue;
            var heading = char.ToUpperInvariant(label[0]) + label[1..];
            if (entries.Count > 0)
            {
                // Kept beside the front matter too, so the header still sees the whole block; the section goes after it.
                sections.Add(new TextLine(heading, LineKind.Heading, 2) { Source = line.Source });
                sections.AddRange(entries);
                sections.Add(TextLine.Blank);
            }
            else if (value.Length > 0 && kind == SectionKind.NextMeeting)
            {
                sections.Add(new TextLine($"{heading}: {value}") { Source = line.Source });
                sections.Add(TextLine.Blank);
            }
        }

        if (sections.Count == 0)
            return output;
        var end = output.FindLastIndex(l => l.Kind == LineKind.FrontMatter) + 1;
        output.InsertRange(end, sections);
        return output;
    }

    /// <summary>The section a front matter key names: attendance, apologies, absence, agenda or next meeting.</summary>
    private static SectionKind? SectionOf(string label)
    {
        if (!SectionVocabulary.TryMatch(label, out var phrase, out var rest) || rest.Length > 0)
            return null;
        return phrase.Kind is SectionKind.Attendance or SectionKind.Apologies or SectionKind.Absence or SectionKind.Agenda or SectionKind.NextMeeting ? phrase.Kind : null;
    }
}
