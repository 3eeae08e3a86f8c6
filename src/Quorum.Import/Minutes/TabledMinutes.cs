using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Minutes set out as a table, a row to each item: "Item | Minute | Action", the item's reference in the first column, its
/// title in a paragraph of its own at the head of the minute (or in a column of its own), what was said and agreed below
/// it, and who is to act in the last column. NHS and government boards often write them so. Each such row is read as the
/// heading, paragraphs and "Action:" line it stands for, so the readers of items, decisions and actions find them as in
/// minutes written out. Council minutes in Word often use such a table without borders or header, the minute's number in
/// the left column and its title and text in the right. A table that is not so (a register of actions, a list of people)
/// is left as it is.
/// </summary>
internal static partial class TabledMinutes
{
    // A column titling the row's item, where the minute's own first paragraph does not.
    [GeneratedRegex(@"^(?:item|agenda\s+item|subject|topic|title|heading)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleColumn();

    // A reference or number: "TB/24/031", "12.", "3.1", "Min 45/23", "A".
    [GeneratedRegex(@"^(?:min(?:ute)?\.?\s*)?[A-Z]{0,4}[/\-.]?\d[\w/.\-]{0,12}\.?$|^[A-Z]\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceCell();

    public static List<TextLine> Unroll(List<TextLine> lines)
    {
        List<TextLine>? read = null;
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Kind != LineKind.TableRow)
            {
                read?.Add(lines[i]);
                i++;
                continue;
            }

            var end = i;
            while (end + 1 < lines.Count && lines[end + 1].Kind == LineKind.TableRow)
                end++;
            var table = lines.GetRange(i, end - i + 1);
            if (Unrolled(table, HeadingLevel(lines, i)) is { } unrolled)
            {
                read ??= lines.GetRange(0, i);
                read.AddRange(unrolled);
            }
            else
            {
                read?.AddRange(table);
            }

            i = end + 1;
        }

        return read ?? lines;
    }

    /// <summary>One level below the last heading above the table, so its items fall under the minutes' title.</summary>
    private static int HeadingLevel(List<TextLine> lines, int table)
    {
        for (var j = table - 1; j >= 0; j--)
        {
            if (lines[j].Kind == LineKind.Heading)
                return Math.Min(6, lines[j].Level + 1);
        }

        return 2;
    }

    private static List<TextLine>? Unrolled(List<TextLine> table, int level)
    {
        // A table laid out without borders or a header ("24/101 | Apologies for absence / Apologies were received …"), as
        // Word minutes often set the minute's number in a column of its own, starts with a minute; a header names columns.
        var width = table[0].Cells?.Count ?? 0;
        if (width is < 2 or > 5)
            return null;
        var headed = table[0].Cells!.All(c => PersonNames.Tokens(c).Length <= 4 && !ReferenceCell().IsMatch(c.Trim()));
        var rows = table.Skip(headed ? 1 : 0).Where(r => r.CellParagraphs is { } p && p.Count == width).ToList();
        if (rows.Count < 2)
            return null;
        var keys = headed ? table[0].Cells!.Select(c => c.Trim().TrimEnd(':', '.').Trim()).ToList() : Enumerable.Repeat(string.Empty, width).ToList();
        // The minute: the column whose cells run longest, to sentences.
        var minute = Enumerable.Range(0, keys.Count).MaxBy(c => rows.Average(r => Words(r.CellParagraphs![c])));
        // "Item | Discussion | Decision / Action": a header that names the items' column and the column of what was said (or,
        // without one, of what was decided) makes the table a set of minutes however briefly each row is written.
        var decided = headed ? keys.FindIndex(k => DecisionColumn().IsMatch(k)) : -1;
        var said = headed ? keys.FindIndex(k => MinuteColumn().IsMatch(k)) : -1;
        // A column of the actions written out ("Actions: Owner / Note" holding "Book the roofer. Carol to tell the tenants.") makes
        // it a table for the readers of action tables, as below.
        var tasks = headed ? keys.FindIndex(k => ActionColumns.HeadsActionColumn(k) && !DecisionColumn().IsMatch(k)) : -1;
        var named = headed && keys.Any(k => TitleColumn().IsMatch(k)) && (said >= 0 || decided >= 0) && !(tasks >= 0 && rows.Any(r => Words(r.CellParagraphs![tasks]) > 6));
        if (named)
            minute = said >= 0 ? said : decided;
        // A table whose longest column is its actions ("Topic | Notes | Actions: Owner / Note") is read by the readers of
        // action tables, as it stands.
        else if (rows.Average(r => Words(r.CellParagraphs![minute])) < 8 || ActionColumns.HeadsActionColumn(keys[minute]))
            return null;
        // The column of who is to act, named as the readers of action tables know it ("Action", "Action by", "Owner").
        var owner = keys.FindIndex(ActionColumns.HeadsOwnersOrTasks);
        if (owner == minute || owner >= 0 && rows.Any(r => Words(r.CellParagraphs![owner]) > 6))
            owner = -1;
        // Without a header, a column right of the minutes holding only initials or a name here and there is its margin of
        // who is to act ("SB", "Clerk").
        if (!headed && owner < 0)
        {
            owner = Enumerable.Range(minute + 1, width - minute - 1).FirstOrDefault(c => rows.Any(r => r.CellParagraphs![c].Count > 0)
                && rows.All(r => r.CellParagraphs![c] is var cell && (cell.Count == 0 || cell.Count == 1 && PersonNames.Tokens(cell[0]).Length <= 3)), -1);
        }
        var title = keys.FindIndex(k => TitleColumn().IsMatch(k));
        if (title == minute || title >= 0 && !rows.All(r => r.CellParagraphs![title] is var cell && (cell.Count == 0 || IsTitle(cell[0]) && cell.Count == 1)))
            title = -1;
        var reference = Enumerable.Range(0, minute).FirstOrDefault(c => c != title && c != owner
            && rows.All(r => r.CellParagraphs![c] is var cell && (cell.Count == 0 || cell.Count == 1 && ReferenceCell().IsMatch(cell[0])))
            && rows.Count(r => r.CellParagraphs![c].Count == 1) * 2 > rows.Count, -1);
        // Without a column of titles, most minutes open with a title of their own: otherwise the table is no set of minutes.
        // Without a header, the minutes' numbers in a column of their own say so too.
        if (title < 0 && rows.Count(r => r.CellParagraphs![minute] is [var first, _, ..] && IsTitle(first)) * 2 < rows.Count || !headed && reference < 0)
            return null;

        var unrolled = new List<TextLine>();
        foreach (var row in table.Skip(headed ? 1 : 0))
        {
            if (row.CellParagraphs is not { } cells || cells.Count != width)
            {
                unrolled.Add(row);
                continue;
            }

            var body = cells[minute].ToList();
            var heading = title >= 0 && cells[title].Count > 0 ? cells[title][0]
                : body.Count >= 2 && IsTitle(body[0]) ? body[0] : null;
            if (heading is not null && title < 0)
                body.RemoveAt(0);
            var number = reference >= 0 && cells[reference].Count > 0 ? cells[reference][0].TrimEnd('.') : null;
            if (heading is not null)
            {
                // "3" in a column of its own is item "3." as the readers know numbered headings; "TB/24/031" stands as it is.
                var numbered = number is null ? heading : number.All(c => char.IsAsciiDigit(c) || c == '.') ? $"{number}. {heading}" : $"{number} {heading}";
                unrolled.Add(new TextLine(numbered, LineKind.Heading, level) { Source = row.Source });
            }

            foreach (var paragraph in body)
                unrolled.Add(PlainTextExtractor.ToLine(paragraph) with { Source = row.Source });
            // Any other column ("Decision", "Actions" written out) is the labelled line it stands for, so nothing is lost.
            foreach (var other in Enumerable.Range(0, width).Where(c => c != minute && c != title && c != reference && c != owner && cells[c].Count > 0))
            {
                if (other == decided)
                    unrolled.AddRange(Decided(cells[other]).Select(p => PlainTextExtractor.ToLine(p) with { Source = row.Source }));
                else if (headed && keys[other].Length > 0)
                    unrolled.Add(new TextLine($"{keys[other]}: {string.Join(' ', cells[other])}") { Source = row.Source });
                else
                    unrolled.AddRange(cells[other].Select(p => PlainTextExtractor.ToLine(p) with { Source = row.Source }));
            }

            if (owner >= 0 && cells[owner].Count > 0)
            {
                // Who is to act on what the row decided stands with the decision, as "Agreed to repair the pipe. Action: DR";
                // with nothing decided, with the minute above.
                var action = $"Action: {string.Join(", ", cells[owner])}";
                if (decided >= 0 && decided != minute && cells[decided].Count > 0 && unrolled[^1].Kind == LineKind.Text)
                    unrolled[^1] = PlainTextExtractor.ToLine($"{unrolled[^1].Text.TrimEnd()} {action}") with { Source = row.Source };
                else
                    unrolled.Add(new TextLine(action) { Source = row.Source });
            }

            unrolled.Add(TextLine.Blank);
        }

        return unrolled;
    }

    // The column of what was said: "Discussion", "Notes", "Minute", "Summary", "Key points".
    [GeneratedRegex(@"^(?:discussion(?:\s+points)?|notes?|minutes?|summary|comments?|key\s+points|report|details)$", RegexOptions.IgnoreCase)]
    private static partial Regex MinuteColumn();

    // The column of what was decided: "Decision", "Outcome", "Agreed", "Decision / Action", "Decisions and actions".
    [GeneratedRegex(@"^(?:decisions?|outcomes?|agreed|conclusions?|resolutions?)(?:\s*(?:/|and|&)\s*actions?)?$|^actions?\s*(?:/|and|&)\s*decisions?$", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionColumn();

    /// <summary>
    /// A decision column's paragraphs as they stand ("Agreed to publish the summary. Action: RP by 31 March." keeps the action
    /// with what is to be done; "Approved." settles the minute above it, as it would written out).
    /// </summary>
    private static IEnumerable<string> Decided(IReadOnlyList<string> cell) =>
        cell.Select(paragraph => paragraph.Trim() switch
        {
            // "Rents to stay at £45 for 2025.": what the decision column says is decided, in whatever words.
            var text when !SaysItDecides().IsMatch(text) && !NothingDecided().IsMatch(text) => $"Decision: {text}",
            var text => text,
        });

    [GeneratedRegex(@"^(?:it\s+was\s+|the\s+\w+\s+|all\s+|members\s+)?(?:unanimously\s+)?(?:agreed|approved|resolved|decided|adopted|endorsed|accepted|ratified|elected|actions?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SaysItDecides();

    [GeneratedRegex(@"^(?:noted|none|nil|n/?a|no\s+decision|tbc|[-–—]+)\b[\s.]*$|^noted\b", RegexOptions.IgnoreCase)]
    private static partial Regex NothingDecided();

    /// <summary>A short line that names a subject rather than says something: "Finance report", "Minutes of the last meeting".</summary>
    private static bool IsTitle(string paragraph)
    {
        var text = paragraph.Trim();
        return text.Length > 0 && Words([text]) <= 12 && !text.EndsWith('.') && !text.EndsWith(',') && !text.EndsWith(';');
    }

    private static double Words(IReadOnlyList<string> paragraphs) => paragraphs.Sum(p => PersonNames.Tokens(p).Length);
}
