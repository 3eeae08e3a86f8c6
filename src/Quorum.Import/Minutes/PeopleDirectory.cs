using System.Text.RegularExpressions;

namespace Quorum.Import.Minutes;

/// <summary>
/// The people a document names in its attendance and apologies lists, for turning the short
/// forms used in actions ("SH", "Mark B", "Dylan") into full names when only one person fits.
/// </summary>
public sealed class PeopleDirectory
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, string> _declaredInitials = new(StringComparer.Ordinal);
    // Minutes name the same owners over and over ("SH", "Clerk"): each short form is worked out once, until someone is added.
    private readonly Dictionary<string, string> _resolved = new(StringComparer.Ordinal);

    public PeopleDirectory(IEnumerable<string>? names = null)
    {
        if (names is not null)
        {
            foreach (var name in names)
                Add(name);
        }
    }

    public IReadOnlyList<string> Names => _names;

    public void Add(string name, string? initials = null)
    {
        if (string.IsNullOrWhiteSpace(name))
            return;
        _resolved.Clear();
        if (!_names.Any(n => PersonNames.Key(n) == PersonNames.Key(name)))
            _names.Add(name.Trim());
        if (!string.IsNullOrEmpty(initials))
            _declaredInitials[initials.ToUpperInvariant()] = name.Trim();
    }

    /// <summary>The full name <paramref name="shortForm"/> stands for, or the short form itself when no single person fits.</summary>
    public string Resolve(string shortForm)
    {
        if (!_resolved.TryGetValue(shortForm, out var resolved))
            _resolved[shortForm] = resolved = Worked(shortForm);
        return resolved;
    }

    private string Worked(string shortForm)
    {
        var text = shortForm.Trim().Trim('[', ']', '(', ')').Trim();
        if (text.Length == 0)
            return text;
        if (PersonNames.IsGroupOwner(text))
            return char.ToUpperInvariant(text[0]) + text[1..];
        // "@jfeld" for Jonas Feld: projects name owners by their login, which is often the initial and surname run together.
        if (text.StartsWith('@') && text.Length >= 4)
            return Single(_names.Where(n => Handle(n) == PersonNames.Key(text[1..]))) ?? text;
        // "Alison Hopkins (AHop)" declares AHop; minutes then write "AHop", "Ahop" or "AHOP".
        if (!text.Contains(' ', StringComparison.Ordinal) && _declaredInitials.TryGetValue(text.ToUpperInvariant(), out var declaredForm))
            return declaredForm;
        if (PersonNames.LooksLikeInitials(text))
        {
            if (_declaredInitials.TryGetValue(text, out var declared))
                return declared;
            // "DG" for Dorian Grieve where Despo Pentara Gale also sits (and signs "DPG"): the name whose every part
            // gives the initials is the one meant; skipping a middle part is only a fallback.
            var fitting = _names.Where(n => Initials(n).Contains(text)).ToList();
            // "JBR" for Joseph Rickert: the signer's middle initial, which the attendance list leaves out.
            var middleUnwritten = text.Length == 3 && fitting.Count == 0
                ? Single(_names.Where(n => FullInitials(n) is { Length: 2 } two && two[0] == text[0] && two[1] == text[2]))
                : null;
            return Single(fitting) ?? Single(fitting.Where(n => FullInitials(n) == text)) ?? middleUnwritten ?? text;
        }

        var tokens = PersonNames.Tokens(text);
        var key = PersonNames.Key(text);
        var exact = _names.FirstOrDefault(n => PersonNames.Key(n) == key);
        if (exact is not null)
            return text;
        // "TomH", "MattA": a login-style short form, the given name with the surname's initial run on.
        if (tokens.Length == 1 && text.Length >= 4 && char.IsUpper(text[0]) && char.IsUpper(text[^1]) && text[1..^1].All(char.IsLower))
            tokens = [text[..^1], text[^1..]];

        if (tokens.Length == 1)
        {
            return Single(_names.Where(n => PersonNames.Key(GivenName(n)) == key))
                ?? Single(_names.Where(n => FamiliarNames.Fits(key, PersonNames.Key(GivenName(n)))))
                ?? (text.Length >= 4 && text.All(char.IsLower) ? Single(_names.Where(n => Handle(n) == key)) : null)
                ?? InitialOnlyFor(text)
                ?? ShortenedGivenName(text)
                ?? text;
        }

        if (tokens.Length == 2 && tokens[1].TrimEnd('.').Length == 1)
        {
            // "Mark B", "Dylan R."
            var first = PersonNames.Key(tokens[0]);
            var initial = char.ToLowerInvariant(tokens[1][0]);
            return Single(_names.Where(n =>
            {
                var parts = PersonNames.Tokens(n);
                return parts.Length >= 2 && PersonNames.Key(parts[0]) == first && PersonNames.Key(parts[^1]).StartsWith(initial);
            })) ?? text;
        }

        // "C Mitton", "J. P. Walsh" for Chris Mitton and John Walsh: the initials of the given names and the surname stand for the
        // one person of that surname whose given name opens with the first initial.
        if (tokens.Length >= 2 && tokens[..^1].All(t => t.TrimEnd('.').Length == 1 && char.IsUpper(t[0])) && PersonNames.Key(tokens[^1]) is { Length: > 1 } family)
        {
            var initial = char.ToLowerInvariant(tokens[0][0]);
            return Single(_names.Where(n => PersonNames.Tokens(n) is { Length: >= 2 } parts && PersonNames.Key(parts[^1]) == family
                && GivenName(n) is { Length: > 0 } given && char.ToLowerInvariant(given[0]) == initial)) ?? text;
        }

        // "Cllr Hughes", "Mrs Wood" for "Cllr T Hughes": an honorific and a surname stand for the one person of that surname.
        if (tokens.Length >= 2 && PersonEntries.HasHonorific(text) && PersonNames.Key(tokens[^1]) is { Length: > 1 } surname)
            return Single(_names.Where(n => PersonNames.Tokens(n) is { Length: >= 2 } parts && PersonNames.Key(parts[^1]) == surname)) ?? text;

        return text;
    }

    /// <summary>
    /// "Pam" for "P. Keyes": attendance lists that give only an initial and a surname leave the minutes to call the
    /// person by a given name the list never spells; the one attendee whose initial is the given name's first letter,
    /// and whose given name is not written out, is the person meant.
    /// </summary>
    private string? InitialOnlyFor(string givenName)
    {
        if (givenName.Length < 3 || !char.IsUpper(givenName[0]) || !givenName.Skip(1).All(char.IsLower))
            return null;
        var initial = char.ToLowerInvariant(givenName[0]);
        return Single(_names.Where(n =>
        {
            var given = GivenName(n).TrimEnd('.');
            return PersonNames.Tokens(n).Length >= 2 && given.Length == 1 && char.ToLowerInvariant(given[0]) == initial;
        }));
    }

    // Words that open a sentence or name a month, and open given names too ("The" Theo, "Mar" Mark, "Jan" Janet): never a
    // given name cut short.
    private static readonly HashSet<string> NotShortenedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "They", "Then", "There", "This", "That", "These", "Those", "And", "Any", "Are", "Can", "Had", "Has", "Her", "His",
        "May", "Will", "Was", "Who", "Why", "How", "Art", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>
    /// "Jac" for Jack Mata, "Jean" for Jeanne Banks: a clerk cuts a given name short by its last letters, as no list of familiar
    /// forms holds; the one person of the roll whose given name opens with the short form, at most three letters longer, is meant.
    /// </summary>
    private string? ShortenedGivenName(string shortForm)
    {
        if (shortForm.Length < 3 || !char.IsUpper(shortForm[0]) || !shortForm.Skip(1).All(char.IsLower) || NotShortenedNames.Contains(shortForm))
            return null;
        var key = PersonNames.Key(shortForm);
        return Single(_names.Where(n => PersonNames.Tokens(n).Length >= 2 && PersonNames.Key(GivenName(n)) is var given
            && given.Length > key.Length && given.Length <= key.Length + 3 && given.StartsWith(key, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The name a person is called by: the first part of the name, after any honorific ("George" for "Cllr George
    /// Freeman"), as minutes write a councillor's given name alone in an owner column.
    /// </summary>
    private static string GivenName(string name)
    {
        var tokens = PersonNames.Tokens(name);
        while (tokens.Length > 2 && PersonEntries.HasHonorific(string.Join(' ', tokens)))
            tokens = tokens[1..];
        return tokens.Length == 0 ? name : tokens[0];
    }

    /// <summary>"ehuss" for Eric Huss: the login handle many projects give, the given name's initial and the surname run together.</summary>
    private static string? Handle(string name)
    {
        var tokens = PersonNames.Tokens(name);
        if (tokens.Length < 2)
            return null;
        var first = PersonNames.Key(tokens[0]);
        var last = PersonNames.Key(tokens[^1]);
        return first.Length == 0 || last.Length < 2 ? null : first[0] + last;
    }

    /// <summary>
    /// "JM" beside "… Cllr. Martin said she would follow this up" where both Jim MacDonald and Jenny Martin attended: the one
    /// person of those the initials fit whose surname <paramref name="text"/> names; null when none or several are.
    /// </summary>
    public string? NamedIn(string initials, string text) =>
        PersonNames.LooksLikeInitials(initials)
            ? Single(_names.Where(n => Initials(n).Contains(initials) && Regex.IsMatch(text, $@"\b{Regex.Escape(PersonNames.Tokens(n)[^1])}\b")))
            : null;

    private static string? Single(IEnumerable<string> candidates)
    {
        var list = candidates.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }

    /// <summary>The initials of every part of a name: "Despo Pentara Gale" is DPG, "Dorian Grieve" DG.</summary>
    private static string FullInitials(string name)
    {
        var tokens = PersonNames.Tokens(name).Where(t => t.Length > 0 && char.IsLetter(t[0]) && PersonNames.Key(t).Length > 0).ToArray();
        while (tokens.Length > 2 && PersonEntries.HasHonorific(string.Join(' ', tokens)))
            tokens = tokens[1..];
        return string.Concat(tokens.Select(t => char.ToUpperInvariant(PersonNames.Key(t)[0])));
    }

    /// <summary>
    /// "@mloning" gives ML and "@TonyBagnall" TB: a login that runs the given name's initial into the surname, or the two
    /// names together in capitals, as projects that name members by login write their initials in the notes.
    /// </summary>
    private static string? HandleInitials(string handle)
    {
        if (handle.Length < 2 || !handle.All(char.IsLetter))
            return null;
        var capitals = string.Concat(handle.Where(char.IsUpper));
        if (char.IsUpper(handle[0]) && capitals.Length is 2 or 3)
            return capitals;
        return handle.Length >= 5 && handle.All(char.IsLower) ? handle[..2].ToUpperInvariant() : null;
    }

    /// <summary>"Nooriyah Poonawala-Lohani" gives NP, NPL and NL; "Mary Anne Smith" gives MS and MAS.</summary>
    private static HashSet<string> Initials(string name)
    {
        var tokens = PersonNames.Tokens(name).Where(t => t.Length > 0 && char.IsLetter(t[0])).ToArray();
        // "Cllr T Hughes" is TH: honorifics are no part of the initials.
        while (tokens.Length > 2 && PersonEntries.HasHonorific(string.Join(' ', tokens)))
            tokens = tokens[1..];
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (PersonNames.Tokens(name) is [['@', .. var handle]] && HandleInitials(handle) is { } fromHandle)
            result.Add(fromHandle);
        if (tokens.Length < 2)
            return result;
        static char Upper(string s) => char.ToUpperInvariant(PersonNames.Key(s)[0]);
        var first = Upper(tokens[0]);
        var last = tokens[^1];
        result.Add($"{first}{Upper(last)}");
        result.Add(string.Concat(tokens.Select(Upper)));
        var lastParts = last.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (lastParts.Length > 1)
        {
            result.Add($"{first}{string.Concat(lastParts.Select(Upper))}");
            result.Add($"{first}{Upper(lastParts[^1])}");
        }

        return result;
    }
}
