using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>Report headings that name who gave the report, as an association's or a club's minutes write them.</summary>
public static partial class AgendaReader
{
    // "Treasurer’s Report (presented by Ann Lee):", "Park Trustee – (presented by Bob Hale)", "Old Business (led by Ann Lee):".
    [GeneratedRegex(@"^(?<t>\p{Lu}[^:()–—\t]{1,60}?)\s*(?:[-–—]\s*)?\((?i:presented|led|given|delivered|introduced|chaired)\s+by\s+[^()]{2,40}\)\s*:?$")]
    private static partial Regex TitlePresentedBy();

    // "Pool Report – Ann Lee:", "Gator report - Bob Hale", "Treasurer’s Report: Ann Lee", "Recreation: Ann Lee:": the title, a dash
    // or a colon, and the name of whoever gave the report.
    [GeneratedRegex(@"^(?<t>\p{Lu}[^:()–—\t]{1,60}?)\s*(?:\s[-–—]|:)\s*(?<who>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,2})\s*:?$")]
    private static partial Regex TitleThenPresenter();

    // "Old Business:", "Homeowner feedback –", "Maintenance Report (none this month):": a heading among those, with no one named,
    // ends with a colon or a dash; a note in brackets after it is no part of its title.
    [GeneratedRegex(@"^(?<t>\p{Lu}[^:()–—\t]{1,60}?)\s*(?:\([^()]{1,60}\))?\s*(?::|\s[-–—])\s*$")]
    private static partial Regex TitleAloneBeforeColon();

    // Labels of a minute's own lines or of the roll, never a report's heading: "Moved: Ann Lee", "Proposer: Bob Hale".
    [GeneratedRegex(@"^(?:proposed|proposer|seconder|minutes?\s+(?:taker|by)|taken\s+by|notes?\s+by|recorder|host|moderator)$", RegexOptions.IgnoreCase)]
    private static partial Regex RollLabel();

    /// <summary>
    /// Minutes set out as reports, each under a heading of its own line that names who gave it ("Treasurer’s Report (presented
    /// by Ann Lee):", "Pool Report – Bob Hale:", "Recreation: Ann Lee:") with its points or paragraphs under it. Where three such
    /// headings stand over a minute, they are the items, and so are the headings among them that name nobody ("Old Business:").
    /// A roll of who holds which portfolio, one "Membership: Ann Lee" a line straight over "Events: Bob Hale", gives none.
    /// </summary>
    private static List<AgendaItemRange> PresentedTitles(IReadOnlyList<TextLine> lines, int from)
    {
        var found = new List<(string? Number, string Title, int Line, int BodyStart)>();
        var presented = 0;
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Text || lines[i].IsBlank)
                continue;
            var text = lines[i].Text.Trim();
            var named = PresentedHeading(text);
            var title = named ?? (TitleAloneBeforeColon().Match(text) is { Success: true } alone ? alone.Groups["t"].Value.Trim() : null);
            if (title is null || !IsReportTitle(title))
                continue;
            var next = NextNonBlank(lines, i + 1);
            if (next < 0 || Roster(text) && lines[next].Kind == LineKind.Text && Roster(lines[next].Text.Trim()))
                continue;
            found.Add((null, CleanTitle(title), i, i + 1));
            presented += named is null ? 0 : 1;
        }

        return presented >= 3 ? ToRanges(found, lines.Count, lines) : [];
    }

    private static string? PresentedHeading(string text)
    {
        if (TitlePresentedBy().Match(text) is { Success: true } by)
            return by.Groups["t"].Value.Trim();
        if (TitleThenPresenter().Match(text) is not { Success: true } then)
            return null;
        // A colon after the name closes a heading ("Compliance – Ann Lee:"); without one the name must open with a given name.
        var who = then.Groups["who"].Value.Trim().TrimEnd(':').Trim();
        return PersonNames.LooksLikeFullName(who) && (text.EndsWith(':') || GivenNames.Contains(PersonNames.Tokens(who)[0])) ? then.Groups["t"].Value.Trim() : null;
    }

    private static bool Roster(string text) => TitlePresentedBy().IsMatch(text) is false && PresentedHeading(text) is not null;

    private static bool IsReportTitle(string title) =>
        IsTitle(title) && PersonNames.Tokens(title).Length <= 8 && !title.EndsWith('.') && !MinutesOwnLabel().IsMatch(title) && !RollLabel().IsMatch(title)
        && !Roles.IsPostOnly(title) && !SectionVocabulary.OpensLine(title, out _, out _) && !NamesAPerson(title) && DateText.FindFirst(title, 2000) is null;
}
