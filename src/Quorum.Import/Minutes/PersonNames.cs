using System.Globalization;
using System.Text;

namespace Quorum.Import.Minutes;

/// <summary>Tells a person's name from an organisation's, and compares names as the answer keys do.</summary>
public static class PersonNames
{
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "council", "county", "city", "borough", "district", "office", "department", "dept", "ltd", "limited", "plc",
        "inc", "llp", "llc", "gmbh", "university", "college", "school", "police", "fire", "rescue", "consulting",
        "consultant", "consultancy", "agency", "group", "trust", "nhs", "services", "service", "government",
        "authority", "executive", "partnership", "foundation", "institute", "centre", "center", "association",
        "society", "board", "committee", "ministry", "bank", "company", "network", "unit", "team", "programme",
        "program", "project", "directorate", "commission", "cabinet", "parliament", "assembly", "club", "union",
        "federation", "facility", "laboratory", "lab", "survey", "corporation", "systems", "solutions", "technologies",
        "technology", "international", "national", "regional", "local", "public", "health", "hospital", "care",
        "housing", "transport", "energy", "water", "computing", "scientific", "research", "sciences", "science",
        "independent", "secretariat", "chair", "secretary", "present", "apologies", "minutes", "meeting", "agenda",
        "action", "actions", "item", "items", "notes", "update", "report", "welcome", "introductions", "business",
        "other", "any", "the", "and", "of", "for", "all", "members", "member", "officers", "observers", "guests",
        "appendix", "premises", "house", "street", "road", "park", "hall", "room", "call", "conference", "video",
        "phone", "online", "remote", "virtual", "zoom", "teams", "date", "time", "venue", "location", "present:",
        "treasury", "customs", "revenue", "ministry", "inspectorate", "ombudsman", "regulator", "registry", "museum", "library",
    };

    // Common surnames that are also words for a place or a body ("Ben Hall", "Helen Park", "Graham Banks", "Ian Church"): after a given name, a person's.
    private static readonly HashSet<string> PlaceSurnames = new(StringComparer.OrdinalIgnoreCase) { "Hall", "Park", "House", "Banks", "Church" };

    public static bool IsPlaceSurname(string word) => PlaceSurnames.Contains(word.Trim().TrimEnd('.', ','));

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "la", "le", "bin", "al", "el", "ter", "dos", "das",
    };

    /// <summary>A word that begins a surname ("van" in "Bobbi Jo Van Deusen", "de" in "Ana de Souza").</summary>
    public static bool IsParticle(string word) => Particles.Contains(word);

    // "Action everybody: write about your role", "Everyone else to have takes on the above": the whole meeting, or all but
    // the people just named, takes a task in the words the clerk chose.
    private static readonly HashSet<string> GroupOwners = new(StringComparer.OrdinalIgnoreCase)
    {
        "All", "Everyone", "Everybody", "Everyone else", "Everybody else", "All others", "Secretariat", "Secretary", "Chair", "Clerk", "Members", "Board", "Committee", "Officers", "Team",
        "Trustees", "Governors", "Directors", "Councillors", "Treasurer",
    };

    /// <summary>True for "Jos Creese", "Nooriyah Poonawala-Lohani", "Çağıl Uluşahin Sonmez"; false for "Kent CC", "Cabinet Office".</summary>
    public static bool LooksLikeFullName(string text)
    {
        var tokens = Tokens(text);
        if (tokens.Length is < 2 or > 5)
            return false;
        var capitalised = 0;
        foreach (var token in tokens)
        {
            if (Particles.Contains(token))
                continue;
            if (!IsNameToken(token))
                return false;
            capitalised++;
        }

        return capitalised >= 2;
    }

    // Words a sentence or a note beside a name is written with, never a name typed in lower case ("John to", "Ann via zoom").
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "to", "from", "with", "by", "via", "on", "in", "at", "as", "not", "also", "will", "was", "is", "are",
        "has", "had", "his", "her", "who", "due", "late", "left", "only", "sent", "gave", "joined", "arrived", "absent",
        "excused", "regrets", "apologised", "apologized", "chaired", "took", "new", "tbc", "were", "be", "said",
    };

    /// <summary>
    /// "John mcnamara", "matthew becker", "Anne l’Ons": a name typed with a word in lower case, known by the given name it
    /// opens with; two or three words of letters, none of them a word a sentence or an organisation is written with.
    /// </summary>
    public static bool LooksLikeNameTypedInLowerCase(string text)
    {
        var tokens = Tokens(text.Trim().TrimEnd('.'));
        return tokens.Length is 2 or 3 && GivenNames.Contains(tokens[0]) && !tokens.All(t => char.IsUpper(t[0]))
            && tokens.All(t => t.Length >= 2 && t.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') && !OrganisationWords.Contains(t) && !FunctionWords.Contains(t));
    }

    /// <summary>A single capitalised word that could be a first name ("Dylan", "Derek").</summary>
    public static bool LooksLikeSingleName(string text)
    {
        var tokens = Tokens(text);
        return tokens.Length == 1 && IsNameToken(tokens[0]) && !GroupOwners.Contains(tokens[0]);
    }

    /// <summary>A word organisations are named with ("Council", "Department", "Ltd") rather than people.</summary>
    public static bool IsOrganisationWord(string word)
    {
        var w = word.Trim().TrimEnd('.', ',', ';', ':');
        return w.Length > 0 && (OrganisationWords.Contains(w) || OrganisationWords.Contains(w.TrimEnd('s')));
    }

    /// <summary>"SH", "JC", "SDGR": upper-case initials.</summary>
    public static bool LooksLikeInitials(string text) =>
        text.Length is >= 2 and <= 4 && text.All(c => c is >= 'A' and <= 'Z');

    public static bool IsGroupOwner(string text) => GroupOwners.Contains(text.Trim());

    public static string[] Tokens(string text) =>
        text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsNameToken(string token)
    {
        var word = token.TrimEnd('.', ',');
        if (word.Length == 0 || !char.IsUpper(word[0]))
            return false;
        if (OrganisationWords.Contains(word) || OrganisationWords.Contains(word.TrimEnd('s')))
            return false;
        if (word.Length >= 2 && word.All(c => char.IsUpper(c) || c is '-' or '\''))
            return false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not '-' and not '\'' and not '’' and not '.')
                return false;
        }

        return true;
    }

    /// <summary>Lower case, accents removed, whitespace collapsed: how names are compared.</summary>
    public static string Key(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(char.ToLowerInvariant(Fold(c)));
        }

        return builder.ToString();
    }

    // Letters that do not decompose into a base letter and a mark.
    private static char Fold(char c) => c switch
    {
        'ı' => 'i',
        'ł' or 'Ł' => 'l',
        'ø' or 'Ø' => 'o',
        'đ' or 'Đ' => 'd',
        'ß' => 's',
        _ => c,
    };
}
