using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Finds what the meeting agreed, approved, adopted, elected or resolved, sentence by sentence.
/// Reports of other bodies' decisions ("agreed by the Board of Directors") are left out.
/// </summary>
public static partial class DecisionReader
{
    [GeneratedRegex(@"\b(?:was|were|been|is|are|be)\s+(?:\w+\s+)?(?:agreed|approved|adopted|resolved|decided|elected|ratified|endorsed|carried)\b|\b(?:it\s+was|we)\s+(?:\w+\s+)?(?:agreed|resolved|decided)\b|\bthere\s+was\s+(?:\w+\s+)?consensus\b|^(?:agreed|resolved|decided|decision|conclusion|consensus|outcome|resolution)\b\s*[:\-–]", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionWords();

    [GeneratedRegex(@"\b(?:agreed|approved|adopted|decided|endorsed)\s+(?:by|within)\s+(?:the\s+)?(?!meeting\b|group\b|members\s+present)(?:[\w/&-]+\s+){0,5}?(?:board|council|cabinet|directors|government|ministers?|department|executive)\b|\bby\s+the\s+(?:[\w/&-]+\s+){0,4}(?:council|board|cabinet)\s+meeting\s+in\b|^at\s+the\s+(?:last|previous)\s+meeting\b|\b(?:observes?|observed|noted|notes|reported|reports|said|says|mentioned|explained|commented|asked)\s+(?:that|whether|if)\b|\b(?:has|have|had)\s+agreed\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherBody();

    [GeneratedRegex(@"\b(?:all|members|councillors|trustees|directors|commissioners|governors|committee|council|board|tac|tsc|group|meeting|panel)\s+(?:present\s+)?(?:\w+\s+)?(?:agreed|resolved|approved|decided|voted|adopted)\b|\bwe\s+(?:\w+\s+)?(?:voted|resolved)\b|^(?:agreed|resolved|decided|decision)\b|\bAGREED\b|\bRESOLVED\b|\b(?:motion|proposal|resolution)\s+(?:was\s+)?(?:\w+\s+)?(?:carried|passed|approved|adopted)\b|\b(?:approved|passed|carried)\s+(?:by|with)\s+(?:\w+\s+)?(?:unanimous|consent|majority|\d)|\bno\s+objections?,?\s+approved\b|\bmotion\s+passed\b", RegexOptions.IgnoreCase)]
    private static partial Regex CouncilDecision();

    [GeneratedRegex(@"\b(?:resolved|agreed)\s+to\s+note\b|\bapolog|\bstanding\s+orders\b|\bagenda\s+(?:was\s+)?(?:\w+\s+)?approved\b|\b(?:can|could|should|would|will|may|might|must|to)\s+(?:not\s+)?be\s+(?:\w+\s+)?(?:approved|agreed|adopted|resolved|decided)\b|\b(?:'ve|have)\s+been\s+approved\s+for\b|\bto\s+be\s+agreed\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotADecision();

    [GeneratedRegex(@"^(?:this|that|these|which)\s+(?:was|were)\s+(?:\w+\s+)?(?:agreed|approved|adopted|endorsed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphoric();

    [GeneratedRegex(@"^outcome\s*:\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Outcome();

    [GeneratedRegex(@"\b(?:should|to|will|would|must|shall|that)\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenEnded();

    [GeneratedRegex(@"\b(?:approved|adopted|agreed|elected|resolutions?|decisions?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionHeading();

    [GeneratedRegex(@"^proposal\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ProposalPrefix();

    public static List<DecisionDraft> Read(IReadOnlyList<TextLine> lines, IReadOnlyList<AgendaItemRange> items, int from)
    {
        var decisions = new List<DecisionDraft>();
        string? heading = null;
        var previousSentence = string.Empty;
        for (var i = Math.Max(0, from); i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || line.Kind is LineKind.TableRow or LineKind.FrontMatter)
                continue;
            var item = ItemAt(items, i);
            if (line.Kind == LineKind.Heading)
            {
                heading = line.Text.Trim();
                if (DecisionHeading().IsMatch(heading))
                    i = ReadApprovalList(lines, i, heading, item, decisions);
                previousSentence = string.Empty;
                continue;
            }

            foreach (var sentence in Sentences.Split(line.Text.Replace("**", string.Empty, StringComparison.Ordinal)))
            {
                var text = sentence;
                var outcome = Outcome().Match(text);
                if (outcome.Success && (heading ?? item?.Title) is { } context)
                {
                    Add(decisions, $"{ProposalPrefix().Replace(context, string.Empty)} — {outcome.Groups["rest"].Value.Trim()}", item);
                    previousSentence = text;
                    continue;
                }

                if (!(DecisionWords().IsMatch(text) || CouncilDecision().IsMatch(text)) || OtherBody().IsMatch(text) || NotADecision().IsMatch(text) || text.EndsWith('?'))
                {
                    previousSentence = text;
                    continue;
                }

                // Minutes record a decision with its context in one short paragraph: keep the paragraph whole.
                // When the decision closes the paragraph, the sentences before it are what was decided on.
                var paragraph = line.Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
                var sentences = Sentences.Split(paragraph).ToList();
                if (line.Kind == LineKind.Text && paragraph.Length > text.Length && PersonNames.Tokens(paragraph).Length <= 60 && !paragraph.EndsWith(':')
                    && sentences.Count <= 3 && sentences[^1] == sentence)
                {
                    Add(decisions, paragraph, item);
                    previousSentence = sentence;
                    continue;
                }

                if (Anaphoric().IsMatch(text) && PersonNames.Tokens(text).Length <= 8 && previousSentence.Length > 0)
                    text = $"{previousSentence} {text}";
                if (text.EndsWith(':') && OpenEnded().IsMatch(text))
                    text += ListAfter(lines, i);
                Add(decisions, text, item);
                previousSentence = sentence;
            }
        }

        return decisions;
    }

    /// <summary>Under "Grants approved": each item is a decision; a long list (new members, say) is one.</summary>
    private static int ReadApprovalList(IReadOnlyList<TextLine> lines, int headingLine, string heading, AgendaItemRange? item, List<DecisionDraft> decisions)
    {
        var entries = new List<string>();
        var j = headingLine + 1;
        for (; j < lines.Count && lines[j].Kind != LineKind.Heading; j++)
        {
            if (lines[j].Kind == LineKind.ListItem && lines[j].Text.Trim().Length > 0)
                entries.Add(lines[j].Text.Trim());
            else if (!lines[j].IsBlank)
                return headingLine;
        }

        if (entries.Count == 0)
            return headingLine;
        if (entries.Count <= 10)
        {
            foreach (var entry in entries)
                Add(decisions, entry, item);
        }
        else
        {
            Add(decisions, $"{heading.TrimEnd(':')}: {string.Join("; ", entries)}", item);
        }

        return j - 1;
    }

    private static string ListAfter(IReadOnlyList<TextLine> lines, int index)
    {
        var parts = new List<string>();
        var j = index + 1;
        while (j < lines.Count && lines[j].IsBlank)
            j++;
        for (; j < lines.Count && lines[j].Kind == LineKind.ListItem; j++)
            parts.Add($" - {lines[j].Text.Trim()}");
        return string.Concat(parts);
    }

    private static void Add(List<DecisionDraft> decisions, string text, AgendaItemRange? item)
    {
        var clean = TextCleaning.Squash(text).Trim().TrimStart('>', ' ');
        if (clean.Length > 0 && !decisions.Any(d => d.Text == clean))
            decisions.Add(new DecisionDraft(clean, item?.Number));
    }

    /// <summary>The item whose lines include <paramref name="line"/>; items are in document order, so a binary search finds it.</summary>
    internal static AgendaItemRange? ItemAt(IReadOnlyList<AgendaItemRange> items, int line)
    {
        int low = 0, high = items.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (items[middle].Start <= line)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && line < items[found].End ? items[found] : null;
    }
}
