using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>A licensing board's answer to a numbered application or petition, set on a line of its own below it.</summary>
public static partial class DecisionReader
{
    // "GRANTED", "Granted - no changes to operations.", "DEFERRED to allow for completion of community process.", "Denied": the
    // answers a licensing or permit board gives an application; "approved" and "agreed" are the outcomes read as settling a motion.
    [GeneratedRegex(@"^(?:granted|denied|refused|deferred|withdrawn)(?:\s*(?:[-–—:,]\s*|\s)(?<rest>\S.{0,80}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex PetitionAnswer();

    // "1. Universal Pizza of Brighton, Inc. d/b/a Universal Pizza & Shawarma, 1443": the entry's number and its first line.
    [GeneratedRegex(@"^(?<n>\d{1,3})[.)]\s+(?<t>\S.*)$")]
    private static partial Regex NumberedApplication();

    /// <summary>
    /// "2. Carlos Cabral d/b/a CQ Tacos, 79 Hancock Street, …" over its premises, manager and hours, then "Granted" alone: a
    /// board voting on applications numbers them and writes each answer under the one it answers. The decision is the
    /// application's first line and the answer. Null when <paramref name="text"/> is no such answer, or no numbered entry
    /// stands above it before a heading or another answer.
    /// </summary>
    private static string? AnswersTheApplicationAbove(IReadOnlyList<TextLine> lines, int index, string text)
    {
        text = text.Trim('\u200b', ' ');
        if (!PetitionAnswer().IsMatch(text))
            return null;
        for (var j = index - 1; j >= 0 && index - j <= 20; j--)
        {
            var above = lines[j];
            if (above.Kind == LineKind.Heading)
                return null;
            var written = above.Text.Trim('\u200b', ' ');
            if (PetitionAnswer().IsMatch(written))
                return null;
            var title = above.Kind == LineKind.ListItem && above.Number is not null ? written
                : NumberedApplication().Match(written) is { Success: true } entry ? entry.Groups["t"].Value : null;
            // A paragraph run together from its wrapped lines names the applicant and premises in its first sentence; the
            // manager, rooms and hours after it are the application's particulars.
            if (title is not null)
                return $"{Sentences.Split(title.Trim()).FirstOrDefault(s => s.Trim().Length > 0, title).Trim().TrimEnd(',', '.', ';')}: {text}";
        }

        return null;
    }
}
