using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;

namespace Quorum.Search;

/// <summary>
/// Reads the records behind the index's candidates through the visibility rule (the context's
/// query filters) and cuts each a snippet from what was read. A candidate the viewer may not see
/// is simply not returned by these queries.
/// </summary>
internal static partial class SearchReader
{
    private const int SnippetLength = 220;

    private sealed record Row(string Kind, int Id, string Title, string Url, string Text, DateOnly? Date, string? BodyName);

    public static async Task<List<SearchHit>> ReadVisibleAsync(QuorumDb db, List<(string Kind, int Id)> candidates, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<(string, int), Row>();
        foreach (var group in candidates.GroupBy(c => c.Kind))
        {
            var ids = group.Select(c => c.Id).ToList();
            foreach (var row in await ReadAsync(db, group.Key, ids, cancellationToken))
                rows[(row.Kind, row.Id)] = row;
        }

        var stems = terms.Select(Stem).ToList();
        return [.. candidates.Where(rows.ContainsKey).Select(c => rows[c])
            .Select(r => new SearchHit(r.Kind, r.Id, r.Title, r.Url, Snippet(r.Text, stems), r.Date, r.BodyName))];
    }

    private static async Task<List<Row>> ReadAsync(QuorumDb db, string kind, List<int> ids, CancellationToken cancellationToken) => kind switch
    {
        SearchKinds.Minute => await db.Minutes.AsNoTracking().Where(n => ids.Contains(n.Id))
            .Select(n => new Row(kind, n.Id, $"Minute {n.AgendaItem!.Number}: {n.AgendaItem.Title}", $"/meetings/{n.AgendaItem.MeetingId}#item-{n.AgendaItem.Number}",
                n.Text, n.AgendaItem.Meeting!.Date, n.AgendaItem.Meeting.Body!.Name))
            .ToListAsync(cancellationToken),
        SearchKinds.AgendaItem => await db.AgendaItems.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new Row(kind, i.Id, $"Item {i.Number}: {i.Title}", $"/meetings/{i.MeetingId}#item-{i.Number}", i.Title, i.Meeting!.Date, i.Meeting.Body!.Name))
            .ToListAsync(cancellationToken),
        SearchKinds.Decision => await db.Decisions.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new Row(kind, d.Id, $"Decision {d.Number}", $"/meetings/{d.MeetingId}", d.Text, d.Meeting!.Date, d.Body!.Name))
            .ToListAsync(cancellationToken),
        SearchKinds.Action => await db.Actions.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new Row(kind, a.Id, $"Action {a.Reference}", $"/actions/{a.Id}", a.Text, a.Meeting!.Date, a.Body!.Name))
            .ToListAsync(cancellationToken),
        SearchKinds.Paper => await db.Papers.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new Row(kind, p.Id, p.Title, $"/papers/{p.Id}", p.Text ?? p.Title, p.Meeting == null ? null : p.Meeting.Date, p.Body!.Name))
            .ToListAsync(cancellationToken),
        SearchKinds.Person => await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new Row(kind, p.Id, p.FullName, $"/people/{p.Id}",
                p.JobTitle == null ? p.Organisation == null ? "" : p.Organisation.Name : p.Organisation == null ? p.JobTitle : p.JobTitle + ", " + p.Organisation.Name,
                null, null))
            .ToListAsync(cancellationToken),
        _ => [],
    };

    /// <summary>
    /// A stretch of the text around the first word searched for, split so the words found can be
    /// marked. Words are compared without accents or case, and by their start, so "consult" marks
    /// "Consultation".
    /// </summary>
    public static List<SnippetPart> Snippet(string text, IReadOnlyList<string> stems)
    {
        // Minutes are Markdown: the marks of emphasis, headings and lists are not words.
        text = MarkdownMarks().Replace(text.ReplaceLineEndings(" "), " ");
        text = Spaces().Replace(text, " ").Trim();
        var words = WordSpans(text);
        var first = words.FindIndex(w => Matches(text.Substring(w.Start, w.Length), stems));
        var start = first < 0 ? 0 : Math.Max(0, words[first].Start - (SnippetLength / 3));
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space < 0 || space > words[first].Start ? start : space + 1;
        }

        var end = Math.Min(text.Length, start + SnippetLength);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > start ? space : end;
        }

        var parts = new List<SnippetPart>();
        if (start > 0)
            parts.Add(new SnippetPart("…", false));
        var at = start;
        foreach (var word in words.Where(w => w.Start >= start && w.Start + w.Length <= end))
        {
            if (!Matches(text.Substring(word.Start, word.Length), stems))
                continue;
            if (word.Start > at)
                parts.Add(new SnippetPart(text[at..word.Start], false));
            parts.Add(new SnippetPart(text.Substring(word.Start, word.Length), true));
            at = word.Start + word.Length;
        }

        if (end > at)
            parts.Add(new SnippetPart(text[at..end], false));
        if (end < text.Length)
            parts.Add(new SnippetPart("…", false));
        return parts;
    }

    private static bool Matches(string word, IReadOnlyList<string> stems)
    {
        var plain = Plain(word);
        return stems.Any(s => plain.StartsWith(s, StringComparison.Ordinal));
    }

    /// <summary>A rough stem for marking words (the database does the real stemming when it matches).</summary>
    private static string Stem(string term)
    {
        var plain = Plain(term);
        foreach (var suffix in new[] { "ations", "ation", "ings", "ing", "ies", "es", "ed", "s" })
        {
            if (plain.Length - suffix.Length >= 3 && plain.EndsWith(suffix, StringComparison.Ordinal))
                return plain[..^suffix.Length];
        }

        return plain;
    }

    private static string Plain(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                plain.Append(char.ToLowerInvariant(c));
        }

        return plain.ToString();
    }

    private static List<(int Start, int Length)> WordSpans(string text)
    {
        var spans = new List<(int, int)>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
                i++;
            spans.Add((start, i - start));
        }

        return spans;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[*_`#>]+|(?<=^|\s)-(?=\s)")]
    private static partial System.Text.RegularExpressions.Regex MarkdownMarks();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s{2,}")]
    private static partial System.Text.RegularExpressions.Regex Spaces();
}
