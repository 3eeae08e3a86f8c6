namespace Quorum.Papers;

/// <summary>The Government Security Classifications a paper may carry.</summary>
public enum ProtectiveMarking
{
    Official,
    OfficialSensitive,
    Secret,
}

/// <summary>How markings are written, and how the pre-2014 markings map onto today's.</summary>
public static class ProtectiveMarkings
{
    public static string Label(ProtectiveMarking marking) => marking switch
    {
        ProtectiveMarking.OfficialSensitive => "OFFICIAL-SENSITIVE",
        ProtectiveMarking.Secret => "SECRET",
        _ => "OFFICIAL",
    };

    /// <summary>
    /// Reads a marking as written on a document. Legacy PROTECT and RESTRICTED map to
    /// OFFICIAL-SENSITIVE, CONFIDENTIAL to SECRET (Cabinet Office transition guidance, 2014).
    /// </summary>
    public static bool TryParse(string? text, out ProtectiveMarking marking, out string? legacy)
    {
        legacy = null;
        var words = (text ?? "").Trim().ToUpperInvariant().Replace('_', '-').Replace(' ', '-');
        marking = ProtectiveMarking.Official;
        switch (words)
        {
            case "OFFICIAL" or "UNCLASSIFIED" or "NOT-PROTECTIVELY-MARKED":
                return true;
            case "OFFICIAL-SENSITIVE" or "OFFICIALSENSITIVE":
                marking = ProtectiveMarking.OfficialSensitive;
                return true;
            case "SECRET":
                marking = ProtectiveMarking.Secret;
                return true;
        }

        if (words.StartsWith("PROTECT", StringComparison.Ordinal) || words.StartsWith("RESTRICTED", StringComparison.Ordinal))
        {
            legacy = text!.Trim().ToUpperInvariant();
            marking = ProtectiveMarking.OfficialSensitive;
            return true;
        }

        if (words.StartsWith("CONFIDENTIAL", StringComparison.Ordinal))
        {
            legacy = text!.Trim().ToUpperInvariant();
            marking = ProtectiveMarking.Secret;
            return true;
        }

        return false;
    }
}
