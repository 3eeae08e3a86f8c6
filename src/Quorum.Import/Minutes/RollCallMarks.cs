using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// A roll call set out as a table of marks, as township clerks type it: a header "Roll Call  Board Members  Present" over
/// one row a member, "David Leonard, Supervisor   X" or "Corinne Norton, Clerk   Ab". The row gives the name and the
/// office; the mark in the last column says present (X, ✓, P, Present, Yes), absent (Ab, A, Absent, No) or excused (E, Excused).
/// </summary>
internal static partial class RollCallMarks
{
    /// <summary>How far into the minutes the roll call's header is looked for.</summary>
    private const int OpeningLines = 40;

    // "Roll Call     Board Members     Present", "Roll call:\tBoard members\tPresent": the header names the column of marks last.
    [GeneratedRegex(@"^roll\s*call\b.*\bpresent\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Header();

    // "David Leonard, Supervisor   X": the name, its office after a comma, and the mark.
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s*(?<office>\p{L}[\p{L} ./-]{1,40}?)\s+(?<mark>[Xx✓✔]|P|Present|Yes|Ab|A|Absent|No|E|Exc|Excused)\s*$")]
    private static partial Regex Row();

    /// <summary>The people the table marks present and excused, and the lines it covers ((-1, -1) when there is none).</summary>
    public static (List<PersonDraft> Present, List<PersonDraft> Excused, int Start, int End) Read(IReadOnlyList<TextLine> lines)
    {
        var present = new List<PersonDraft>();
        var excused = new List<PersonDraft>();
        for (var i = 0; i < Math.Min(lines.Count, OpeningLines); i++)
        {
            if (lines[i].Kind is not (LineKind.Text or LineKind.TableRow) || !Header().IsMatch(Flat(lines[i])))
                continue;
            var j = i + 1;
            for (; j < lines.Count && Row().Match(Flat(lines[j])) is { Success: true } row; j++)
            {
                var person = new PersonDraft(row.Groups["name"].Value, null, Roles.Normalise(row.Groups["office"].Value.Trim()));
                var mark = RollColumns.Mark(row.Groups["mark"].Value);
                if (mark is RollMark.Tick or RollMark.Present)
                    present.Add(person);
                else if (mark == RollMark.Apologies)
                    excused.Add(person);
            }

            if (j > i + 1)
                return (present, excused, i, j);
        }

        return (present, excused, -1, -1);
    }

    /// <summary>The line's text with its columns, however they were set (tabs, runs of spaces, cells), one space apart.</summary>
    private static string Flat(TextLine line) =>
        Spaces().Replace(line.Kind == LineKind.TableRow && line.Cells is { } cells ? string.Join(' ', cells) : line.Text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
