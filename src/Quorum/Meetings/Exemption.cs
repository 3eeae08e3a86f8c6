namespace Quorum.Meetings;

/// <summary>
/// Why an agenda item is withheld from publication: a paragraph of Local Government Act 1972
/// Schedule 12A, or a section of the Freedom of Information Act 2000.
/// </summary>
public class Exemption
{
    /// <summary>e.g. "LGA 1972 Sch 12A para 3" or "FOIA s43".</summary>
    public required string Ground { get; set; }

    /// <summary>The public-interest test, in a sentence or two.</summary>
    public string? Note { get; set; }

    public DateOnly? ReviewDate { get; set; }

    /// <summary>Schedule 12A's seven categories of exempt information, as short labels.</summary>
    public static readonly IReadOnlyDictionary<string, string> Schedule12A = new Dictionary<string, string>
    {
        ["LGA 1972 Sch 12A para 1"] = "Information relating to any individual",
        ["LGA 1972 Sch 12A para 2"] = "Information likely to reveal the identity of an individual",
        ["LGA 1972 Sch 12A para 3"] = "Financial or business affairs of any particular person",
        ["LGA 1972 Sch 12A para 4"] = "Consultations or negotiations on labour relations",
        ["LGA 1972 Sch 12A para 5"] = "Legal professional privilege",
        ["LGA 1972 Sch 12A para 6"] = "Notices, orders or directions under an enactment",
        ["LGA 1972 Sch 12A para 7"] = "Prevention, investigation or prosecution of crime",
        ["FOIA s36"] = "Prejudice to effective conduct of public affairs",
        ["FOIA s40"] = "Personal information",
        ["FOIA s43"] = "Commercial interests",
    };
}
