using System.Text.RegularExpressions;

namespace Quorum.Import.Minutes;

public static partial class MinuteActionsReader
{
    // "Cllr. Martin", "Cllrs. Hurst", "the Clerk": the title or article a mention of someone opens with.
    [GeneratedRegex(@"(?:\b(?:Cllrs?|Councillors?)\.?\s+|\b(?i:the)\s+)$")]
    private static partial Regex TitleBefore();

    // "… Consultation – Cllrs. Hurst …", "… and Cllr. Ashfield will …": where a clause starts within a sentence.
    [GeneratedRegex(@"\s[-–—]\s|[;,]\s|\sand\s")]
    private static partial Regex ClauseBreak();

    /// <summary>
    /// "Gravel path – It was queried whose … safely? Cllr. Martin said she would follow this up with HCC. | JM": beside a
    /// whole paragraph, the owner in the margin acts on the last sentence that names them (by surname or post), from the
    /// clause that names them on; null when no sentence does. A sentence that names them first is kept whole, as "It was
    /// agreed that the Clerk should apply asap" says what was agreed.
    /// </summary>
    private static string? SentenceNamingOwner(string paragraph, string ownerField, IReadOnlyList<string> owners)
    {
        var names = owners.Where(o => o.Contains(' ', StringComparison.Ordinal)).Select(o => o.Split(' ')[^1])
            .Concat(ownerField.Split([' ', '/', '&', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3 && w.Any(char.IsLower)))
            .Where(n => n.Length >= 3).Distinct().ToList();
        if (names.Count == 0)
            return null;
        var mention = new Regex(@"\b(?:" + string.Join('|', names.Select(Regex.Escape)) + @")\p{Ll}*\b");
        foreach (var sentence in Sentences.Split(paragraph).Reverse())
        {
            if (mention.Match(sentence) is not { Success: true } named)
                continue;
            var start = named.Index;
            if (TitleBefore().Match(sentence[..start]) is { Success: true } title)
                start = title.Index;
            return ClauseBreak().IsMatch(sentence[..start]) ? sentence[start..].Trim() : sentence;
        }

        return null;
    }
}
