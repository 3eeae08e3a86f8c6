using Quorum.Access;
using Quorum.Bodies;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Papers;

/// <summary>
/// A document belonging to a body's meeting or agenda item, kept in versions, carrying a protective
/// marking and a circulation that decide who may open it.
/// </summary>
public class Paper : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Body>(BodyId);

    public int BodyId { get; set; }

    public Body? Body { get; set; }

    public int? MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public int? AgendaItemId { get; set; }

    public AgendaItem? AgendaItem { get; set; }

    public required string Title { get; set; }

    public string? Author { get; set; }

    public ProtectiveMarking Marking { get; private set; } = ProtectiveMarking.Official;

    /// <summary>The marking as written on the original, when it was a pre-2014 one (PROTECT, RESTRICTED).</summary>
    public string? LegacyMarking { get; private set; }

    public Circulation Circulation { get; private set; } = Circulation.MembersOfBodies;

    /// <summary>The words of the latest version (Word, PDF or text), read at upload so the paper can be found by search.</summary>
    public string? Text { get; set; }

    public List<Body> CirculatedToBodies { get; set; } = [];

    public List<Person> CirculatedToPeople { get; set; } = [];

    public List<PaperVersion> Versions { get; set; } = [];

    public PaperVersion? Latest => Versions.OrderByDescending(v => v.Number).FirstOrDefault();

    public string MarkingLabel => LegacyMarking is null
        ? ProtectiveMarkings.Label(Marking)
        : $"{ProtectiveMarkings.Label(Marking)} (was {LegacyMarking})";

    /// <summary>Sets the marking and circulation together, refusing a combination that would publish a sensitive paper.</summary>
    public void Classify(ProtectiveMarking marking, string? legacyMarking, Circulation circulation, IReadOnlyCollection<Body> bodies, IReadOnlyCollection<Person> people)
    {
        if (circulation == Circulation.Public && marking != ProtectiveMarking.Official)
            throw new DomainException($"A paper marked {ProtectiveMarkings.Label(marking)} cannot be public: choose who it is circulated to.");
        if (circulation == Circulation.MembersOfBodies && bodies.Count == 0)
            throw new DomainException("Choose the bodies whose members may see the paper.");
        if (circulation == Circulation.NamedPeople && people.Count == 0)
            throw new DomainException("Choose the people who may see the paper.");
        Marking = marking;
        LegacyMarking = string.IsNullOrWhiteSpace(legacyMarking) ? null : legacyMarking.Trim().ToUpperInvariant();
        Circulation = circulation;
        CirculatedToBodies.Clear();
        CirculatedToPeople.Clear();
        if (circulation == Circulation.MembersOfBodies)
            CirculatedToBodies.AddRange(bodies);
        if (circulation == Circulation.NamedPeople)
            CirculatedToPeople.AddRange(people);
    }

    /// <summary>The name a download carries, so that the marking travels with the file.</summary>
    public string DownloadName(PaperVersion version)
    {
        var extension = Path.GetExtension(version.FileName);
        // The characters no common system allows in a file name (the server's own list is only
        // Linux's), and those that would break the Content-Disposition header.
        var safeTitle = string.Concat(Title.Select(c => char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' or ';' ? '_' : c)).Trim();
        return $"{ProtectiveMarkings.Label(Marking)} - {safeTitle} v{version.Number}{extension}";
    }
}
