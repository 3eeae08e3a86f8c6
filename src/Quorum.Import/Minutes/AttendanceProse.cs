using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Attendance in the opening paragraph of US federal and state boards' minutes, with no list or label:
/// "Ann Lee, Chairman of the Harbour Board, convened a meeting of the Board members on May 4, 2020. In attendance
/// were Tom Hall of Ohio, member (by telephone); Jo Hart, Chief Financial Officer; and Ray Stone, Director,
/// Office of Audit." The one who convenes the meeting from the chair is there and chairs it; the people in
/// attendance are written one to an entry between semicolons, each followed by their post after a comma.
/// </summary>
internal static partial class AttendanceProse
{
    /// <summary>How many lines of one paragraph are joined to read a sentence wrapped over them.</summary>
    private const int ParagraphLines = 8;

    // "In attendance were …." / "Also in attendance were …": the list runs to the full stop that ends the sentence, which
    // is not the one after an initial ("Dana K. Bilyeu", "N.E.").
    [GeneratedRegex(@"\b(?:also\s+)?in\s+attendance\s+were:?\s+(?<list>.+?)(?<![\s.]\p{Lu})\.(?=\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex InAttendanceWere();

    // "Ann Lee, Chairman of the Harbour Board, convened a telephonic meeting": the convener and the chair they hold.
    [GeneratedRegex(@"(?:^|[.!?]\s+)(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}),\s+(?<post>(?i:(?:vice[\s-]+)?(?:chair(?:man|woman|person)?|president))\b[^,]{0,120}),\s+(?:convened|called|opened)\b")]
    private static partial Regex Convened();

    // "Tom Hall of Ohio": the place a member represents follows the name and is no part of it.
    [GeneratedRegex(@"\s+of\s+\p{Lu}.*$")]
    private static partial Regex OfPlace();

    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"^(?:and|&)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndBefore();

    public static void Read(IReadOnlyList<TextLine> lines, int upTo, List<PersonDraft> present)
    {
        foreach (var paragraph in PresenceSentences.Paragraphs(lines, upTo, ParagraphLines))
        {
            foreach (Match convened in Convened().Matches(paragraph))
            {
                if (PersonNames.LooksLikeFullName(convened.Groups["name"].Value))
                    AttendanceReader.AddPerson(present, new PersonDraft(convened.Groups["name"].Value, null, Roles.Normalise(convened.Groups["post"].Value)));
            }

            foreach (Match attendance in InAttendanceWere().Matches(paragraph))
            {
                foreach (var person in Entries(attendance.Groups["list"].Value))
                    AttendanceReader.AddPerson(present, person);
            }
        }
    }

    /// <summary>
    /// "Tom Hall of Ohio, member (by telephone); Jo Hart, Director, Office of Audit": between semicolons, a name and its post.
    /// Without semicolons the entries are names alone ("Tom Hall, Jo Hart and Ray Stone"). An entry that is not a name
    /// leaves the list unread: the sentence says something else.
    /// </summary>
    internal static List<PersonDraft> Entries(string list)
    {
        var people = new List<PersonDraft>();
        var withPosts = list.Contains(';', StringComparison.Ordinal);
        var parts = withPosts ? list.Split(';') : AttendanceReader.NameListSeparator().Split(list);
        foreach (var part in parts.Select(p => AndBefore().Replace(Parenthetical().Replace(p, string.Empty).Trim(), string.Empty)).Where(p => p.Length > 0))
        {
            var comma = withPosts ? part.IndexOf(',', StringComparison.Ordinal) : -1;
            var name = OfPlace().Replace(comma > 0 ? part[..comma] : part, string.Empty).Trim();
            if (!PersonNames.LooksLikeFullName(name))
                return [];
            var post = comma > 0 ? part[(comma + 1)..].Trim().TrimEnd('.', ',') : null;
            people.Add(new PersonDraft(name, null, Roles.Normalise(post)));
        }

        return people;
    }
}
