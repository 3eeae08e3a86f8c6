namespace Quorum.Access;

/// <summary>
/// A record the public could see that has since been deleted or withheld. Open data keeps
/// answering at its address with <c>deleted: true</c>, so harvesters that copied it learn to drop it.
/// Written by Quorum at save time, never by hand; removed if the record becomes public again.
/// </summary>
public class WithdrawnRecord
{
    /// <summary>The open-data type: Organization, Person, Membership, Meeting, AgendaItem, Paper, File or Location.</summary>
    public required string Kind { get; set; }

    public int EntityId { get; set; }

    /// <summary>When the record itself was created, as it was last published.</summary>
    public DateTime Created { get; set; }

    /// <summary>When it stopped being public: its last modification, as open data reports it.</summary>
    public DateTime Withdrawn { get; set; }

    /// <summary>For a meeting, the body (organization) whose meeting list carried it.</summary>
    public int? BodyId { get; set; }
}

/// <summary>The open-data (OParl) types whose withdrawal is recorded.</summary>
public static class OpenDataKind
{
    public const string Organization = nameof(Organization);
    public const string Person = nameof(Person);
    public const string Membership = nameof(Membership);
    public const string Meeting = nameof(Meeting);
    public const string AgendaItem = nameof(AgendaItem);
    public const string Paper = nameof(Paper);
    public const string File = nameof(File);
    public const string Location = nameof(Location);

    public static readonly IReadOnlyList<string> All = [Organization, Person, Membership, Meeting, AgendaItem, Paper, File, Location];
}
