using Bogus.Bson;

namespace Quorum.Import.Minutes;

/// <summary>
/// A gazetteer of given names, read at first use from the locale data of the Bogus package (MIT):
/// its English and British first names, male and female. Tells "Jane Smith Department for
/// Education" apart as a person followed by an organisation.
/// </summary>
public static class GivenNames
{
    private static readonly string[] Locales = ["en", "en_GB", "en_US", "en_IE", "en_AU", "fr", "de", "es", "it", "nl", "pl"];

    private static readonly string[] Lists = ["first_name", "male_first_name", "female_first_name"];

    private static readonly Lazy<HashSet<string>> Names = new(Load);

    public static bool Contains(string word)
    {
        var trimmed = word.Trim().TrimEnd('.', ',', ';', ':');
        return trimmed.Length > 1 && Names.Value.Contains(trimmed);
    }

    public static int Count => Names.Value.Count;

    private static HashSet<string> Load()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var locale in Locales)
        {
            if (!Bogus.Database.LocaleResourceExists(locale))
                continue;
            foreach (var list in Lists)
            {
                if (Bogus.Database.Get("name", list, locale) is not BArray array)
                    continue;
                foreach (var value in array.OfType<BValue>())
                {
                    var name = value.StringValue;
                    if (!string.IsNullOrWhiteSpace(name) && !name.Contains(' ', StringComparison.Ordinal))
                        names.Add(name);
                }
            }
        }

        return names;
    }
}
