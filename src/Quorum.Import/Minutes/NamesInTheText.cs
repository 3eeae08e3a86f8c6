using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// The full names minutes write in their text rather than their attendance ("Opening remarks from Keith Wagner, President",
/// "Irene Wong, Housing Service Administrator"), for an action's owner the attendance leaves as written: "Keith", "IW".
/// The owner becomes the one person of the text that fits; where none or several do, it stays as written.
/// </summary>
public static partial class NamesInTheText
{
    // "Keith Wagner", "Matthias J. Kannwischer", "Anne-Marie O’Neill": a capitalised given name, an initial perhaps, a surname.
    [GeneratedRegex(@"(?<![\p{L}'’-])(?<given>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?: \p{Lu}\.)? (?<surname>(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'’-])")]
    private static partial Regex FullName();

    /// <summary>The owners with each short form the attendance left as written resolved against the names the text gives in full.</summary>
    public static IReadOnlyList<ActionDraft> Resolve(IReadOnlyList<ActionDraft> actions, IReadOnlyList<TextLine> lines, PeopleDirectory attendance)
    {
        if (!actions.Any(a => a.Owners.Any(o => Unresolved(o, attendance))))
            return actions;
        var owners = actions.SelectMany(a => a.Owners).Where(o => Unresolved(o, attendance)).ToHashSet(StringComparer.Ordinal);
        var written = Find(lines, owners);
        return actions.Select(a => a.Owners.Any(o => Unresolved(o, attendance))
            ? a with { Owners = a.Owners.Select(o => Unresolved(o, attendance) ? Fitting(o, written) ?? o : o).Distinct(StringComparer.OrdinalIgnoreCase).ToList() }
            : a).ToList();
    }

    /// <summary>
    /// The one written name the short form stands for: the given name itself ("Keith" for Keith Wagner), or the initials of
    /// the given name and surname ("IW" for Irene Wong). A familiar form ("Tom" for Thomas Baker) is not enough where the
    /// attendance does not vouch for the person.
    /// </summary>
    private static string? Fitting(string owner, List<(string Name, string Given, string Surname)> written)
    {
        var initials = PersonNames.LooksLikeInitials(owner);
        var fitting = written.Where(w => initials
                ? owner.Length == 2 && w.Given[0] == owner[0] && w.Surname[0] == owner[1]
                : w.Given.Equals(owner, StringComparison.Ordinal))
            .Select(w => w.Name).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>
    /// A given name alone ("Keith") or initials ("IW") the attendance gives no one for; offices and groups ("Clerk", "All")
    /// own tasks as written.
    /// </summary>
    private static bool Unresolved(string owner, PeopleDirectory attendance) =>
        PersonNames.Tokens(owner) is [var only] && only.All(char.IsLetter)
        && (PersonNames.LooksLikeInitials(only) || char.IsUpper(only[0]) && only.Skip(1).All(char.IsLower))
        && !PersonNames.IsGroupOwner(only) && !Roles.IsOffice(only) && !Roles.LooksLikeRole(only)
        && attendance.Resolve(only) == only && !attendance.Names.Contains(only, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The full names of the text: a given name the gazetteer knows, or one an owner is written as ("Priya" where the text
    /// also writes "Priya Nandakumar"), then a surname that is no given name, office or organisation word.
    /// </summary>
    private static List<(string Name, string Given, string Surname)> Find(IReadOnlyList<TextLine> lines, HashSet<string> owners)
    {
        var names = new List<(string Name, string Given, string Surname)>();
        foreach (var line in lines)
        {
            if (line.IsBlank)
                continue;
            foreach (Match match in FullName().Matches(line.Text))
            {
                var given = match.Groups["given"].Value;
                var surname = match.Groups["surname"].Value;
                if (!(GivenNames.Contains(given) || owners.Contains(given)) || GivenNames.Contains(surname) || PersonNames.IsOrganisationWord(surname) || Roles.LooksLikeRole(surname))
                    continue;
                names.Add((match.Value.Trim(), given, surname));
            }
        }

        return names;
    }
}
