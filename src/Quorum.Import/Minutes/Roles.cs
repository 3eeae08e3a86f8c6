using System.Text.RegularExpressions;

namespace Quorum.Import.Minutes;

/// <summary>Role labels normalised as the import schema asks: Chair, Vice Chair, Secretary, Presenter, Guest, else as written.</summary>
public static partial class Roles
{
    // A town's mayor, a school's headteacher and a US district's superintendent sit in their bodies' minutes by their office; a
    // council's officers and advisers by their profession ("Paul Ross (Solicitor)", "Ann Lee (Planning Consultant)").
    [GeneratedRegex(@"\b(?:chair|secretar|treasurer|member|assistant|officer|clerk|director|manager|presenter|presenting|guest|observer|minute|scribe|facilitat|vice|deputy|president|advis|co-opted|convenor|coordinator|lead|head\s+of|speaker|attendance|note|chief\b|ceo\b|cfo\b|coo\b|rfo\b|mayor\b|head\s?teacher\b|superintendent\b|solicitor\b|portfolio\s+holder\b|auditor\b|accountant\b|engineer\b|planner\b|consultant\b|inspector\b|librarian\b|archivist\b|independent\s+person\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RoleWords();

    public static bool LooksLikeRole(string text) => RoleWords().IsMatch(text);

    // Words that join the words of a post: "Clerk to the Council", "the speaker", "Chair of Governors".
    private static readonly HashSet<string> PostJoiners = new(StringComparer.OrdinalIgnoreCase) { "the", "of", "to", "and", "&" };

    // "Ward Councillor", "County Councillor", "Parish Clerk": the council, or the part of it a post serves, before the post.
    [GeneratedRegex(@"^(?:ward|county|district|city|town|parish|borough|unitary|community)\s+(?:councillor|clerk|member|officer)$", RegexOptions.IgnoreCase)]
    private static partial Regex TierPost();

    /// <summary>
    /// A post and nothing else, every word of it a post's word ("Clerk", "Assistant Clerk", "Chairman", "the speaker"):
    /// written after a name in a list it belongs to that name, where a name's words would not all be posts.
    /// </summary>
    public static bool IsPostOnly(string text)
    {
        var words = text.Trim().Trim('.', ',', ';').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return TierPost().IsMatch(string.Join(' ', words)) || words.Length is > 0 and <= 4 && words.Any(w => !PostJoiners.Contains(w))
            && words.All(w => PostJoiners.Contains(w) || RoleWords().Match(w) is { Success: true, Index: 0 });
    }

    // "Director of Finance", "Head of Governance", "Clerk to the Council"; "Trust Secretary", "Company Secretary", "Medical Director":
    // a post over what it serves, or a word qualifying a post's last word.
    [GeneratedRegex(@"^(?i:(?:deputy|assistant|associate|interim|acting)\s+)?(?i:director|head|chief|clerk|secretary|officer|manager|chair(?:man|woman)?|lead)\s+(?i:of|to|for)\s+(?i:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'’-]*){0,2}$|^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?i:secretary|director|manager|officer|clerk)$")]
    private static partial Regex NamedPost();

    /// <summary>A post in words a list of names writes beside a person: "Director of Finance", "Trust Secretary".</summary>
    public static bool IsNamedPost(string text) => NamedPost().IsMatch(text.Trim());

    /// <summary>
    /// The role of a person whose post is written beside the name: the post, unless a role was read already; taking the
    /// minutes ("Trust Secretary (minutes)") is a duty at the meeting, and gives way to the post.
    /// </summary>
    public static string? WithPost(string? role, string post) =>
        role is null || role.StartsWith("minute", StringComparison.OrdinalIgnoreCase) || role.StartsWith("note", StringComparison.OrdinalIgnoreCase)
            ? Normalise(post)
            : role;

    /// <summary>An office written before a surname: "Chair", "Vice-Chair", "President", "Secretary".</summary>
    public static bool IsOffice(string word) => Office().IsMatch(word.Trim());

    [GeneratedRegex(@"^(?:(?:vice|deputy|co)[\s-]?)?(?:chair(?:man|woman|person)?|president|secretary|treasurer|mayor)$", RegexOptions.IgnoreCase)]
    private static partial Regex Office();

    public static string? Normalise(string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
            return null;
        var text = role.Trim().Trim('(', ')', ',', ';').Trim();
        var lower = text.ToLowerInvariant();
        if (Regex.IsMatch(lower, @"vice[\s-]*chair"))
            return "Vice Chair";
        if (Regex.IsMatch(lower, @"^co[\s-]*chair"))
            return "Co-Chair";
        if (Regex.IsMatch(lower, @"^(?:the\s+)?chair(?:man|woman|person)?(?:\s+(?:of|to)\b.*)?$"))
            return "Chair";
        if (Regex.IsMatch(lower, @"^(?:the\s+)?secretar(?:y|iat)\b"))
            return "Secretary";
        if (Regex.IsMatch(lower, @"^present(?:er|ing)\b"))
            return "Presenter";
        if (Regex.IsMatch(lower, @"^guest\b"))
            return "Guest";
        return text;
    }
}
