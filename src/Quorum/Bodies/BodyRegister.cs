using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;

namespace Quorum.Bodies;

/// <summary>
/// What a body is to be, from a form or the API. A null leaves the current value (a new body takes
/// the default) for the prefix, kind, reference scheme, standing items and their matters-arising
/// item (kept while it is still a standing item), time zone and openness;
/// the other fields are set as given.
/// </summary>
public sealed record BodyDetails
{
    public string? Name { get; init; }

    public string? ShortName { get; init; }

    public string? ActionPrefix { get; init; }

    public BodyKind? Kind { get; init; }

    public string? ActionReferenceScheme { get; init; }

    public IReadOnlyList<string>? StandingItems { get; init; }

    /// <summary>The standing item that is matters arising; empty for none.</summary>
    public string? MattersArisingItem { get; init; }

    public int? ParentBodyId { get; init; }

    public int? Quorum { get; init; }

    /// <summary>The quorum as a fraction of the voting members ("1/4"), instead of <see cref="Quorum"/>.</summary>
    public string? QuorumFraction { get; init; }

    public Conduct.QuorumRounding? QuorumRounding { get; init; }

    public int? QuorumMinimum { get; init; }

    public int? Seats { get; init; }

    public Conduct.QuorumBasis? QuorumBasis { get; init; }

    public int? AbsenceThreshold { get; init; }

    public string? TimeZone { get; init; }

    public bool? IsPublic { get; init; }

    public string? TermsOfReference { get; init; }

    /// <summary>When the name changes: the day the new name took effect (today if not given).</summary>
    public DateOnly? RenamedOn { get; init; }
}

/// <summary>Adds and changes bodies: one set of rules for the pages, the API and the command line.</summary>
public static partial class BodyRegister
{
    public static async Task<Body> CreateAsync(QuorumDb db, BodyDetails details, CancellationToken cancellationToken = default)
    {
        if (!db.Viewer.IsAdministrator)
            throw new EditNotAllowedException();
        InvalidInputException.ThrowIfAny(await ProblemsAsync(db, details, null, cancellationToken));
        var body = new Body { Name = details.Name!.Trim(), ShortName = details.ShortName!.Trim() };
        Apply(body, details, db.Today);
        db.Bodies.Add(body);
        await db.SaveChangesAsync(cancellationToken);
        return body;
    }

    public static async Task UpdateAsync(QuorumDb db, Body body, BodyDetails details, CancellationToken cancellationToken = default)
    {
        await db.EnsureMayEditAsync(body, cancellationToken);
        InvalidInputException.ThrowIfAny(await ProblemsAsync(db, details, body, cancellationToken));
        Apply(body, details, db.Today);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>What is wrong with <paramref name="details"/>, by field; empty when nothing is.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ProblemsAsync(QuorumDb db, BodyDetails details, Body? body, CancellationToken cancellationToken = default)
    {
        var bodyId = body?.Id;
        var problems = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(details.Name))
            problems["name"] = "Enter the body's name";
        else if (FieldLengths.ProblemWith<Body>(db, nameof(Body.Name), details.Name, "The name") is { } longName)
            problems["name"] = longName;

        var shortName = details.ShortName?.Trim();
        if (string.IsNullOrEmpty(shortName))
            problems["shortName"] = "Enter a short name";
        else if (!ShortNamePattern().IsMatch(shortName))
            problems["shortName"] = "The short name may use only letters, numbers and hyphens, like LCIOC";
        // Short names are unique across every body, including those the viewer cannot see.
        else if (await db.Bodies.IncludingWithheld().AnyAsync(b => b.ShortName == shortName && b.Id != bodyId, cancellationToken))
            problems["shortName"] = $"Another body already uses the short name {shortName}";

        if (FieldLengths.ProblemWith<Body>(db, nameof(Body.ActionPrefix), details.ActionPrefix, "The prefix") is { } longPrefix)
            problems["actionPrefix"] = longPrefix;
        if (details.ActionReferenceScheme is { } scheme)
        {
            if (FieldLengths.ProblemWith<Body>(db, nameof(Body.ActionReferenceScheme), scheme, "The reference scheme") is { } longScheme)
                problems["actionReferenceScheme"] = longScheme;
            else if (!Actions.ActionReferenceScheme.IsValid(scheme))
                problems["actionReferenceScheme"] = "Use {prefix}, {meeting:00}, {seq:00} or {n:00}, with {seq} or {n} for the action's number, like {prefix} {meeting:00}/{seq:00}";
        }

        if (details.StandingItems is { } items
            && FieldLengths.ProblemWith<Body>(db, nameof(Body.StandingItems), StandingItemsText(items), "The standing items") is { } longItems)
            problems["standingItems"] = longItems;
        if (FieldLengths.ProblemWith<Body>(db, nameof(Body.MattersArisingItem), details.MattersArisingItem, "The matters arising item") is { } longArising)
            problems["mattersArisingItem"] = longArising;
        else if (details.MattersArisingItem is { Length: > 0 } chosen && chosen.Trim().Length > 0 && !StandingTitles(details, body).Contains(chosen.Trim()))
            problems["mattersArisingItem"] = $"“{chosen.Trim()}” is not one of the standing items: write it as it appears there, or leave it blank for none";
        if (details.Quorum is < 1 or > 500)
            problems["quorum"] = "The quorum must be a number of members from 1 to 500";
        if (!string.IsNullOrWhiteSpace(details.QuorumFraction))
        {
            if (!Conduct.QuorumRule.TryParseFraction(details.QuorumFraction, out _, out _))
                problems["quorumFraction"] = "Enter the quorum as a fraction such as 1/4 or 1/3";
            else if (details.Quorum is not null)
                problems["quorumFraction"] = "Give the quorum as a number of members or as a fraction, not both";
        }

        if (details.QuorumMinimum is < 1 or > 500)
            problems["quorumMinimum"] = "The fewest members for a quorum must be from 1 to 500";
        if (details.Seats is < 1 or > 1000)
            problems["seats"] = "The number of seats must be from 1 to 1,000";
        if (details.AbsenceThreshold is < 1 or > 50)
            problems["absenceThreshold"] = "The attendance rule must be a number of meetings from 1 to 50";
        if (details.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone.Trim(), out _))
            problems["timeZone"] = "Enter a time zone such as Europe/London";
        if (bodyId is not null && details.ParentBodyId == bodyId)
            problems["parentBodyId"] = "A body cannot be part of itself";
        return problems;
    }

    private static void Apply(Body body, BodyDetails details, DateOnly today)
    {
        var name = details.Name!.Trim();
        if (body.Id != 0 && !string.Equals(body.Name, name, StringComparison.Ordinal))
            body.Rename(name, details.RenamedOn ?? today);
        else
            body.Name = name;

        body.ShortName = details.ShortName!.Trim();
        body.ActionPrefix = details.ActionPrefix?.Trim() ?? body.ActionPrefix;
        body.Kind = details.Kind ?? body.Kind;
        body.ActionReferenceScheme = details.ActionReferenceScheme?.Trim() ?? body.ActionReferenceScheme;
        if (details.StandingItems is { } items)
            body.StandingItems = StandingItemsText(items);
        body.MattersArisingItem = details.MattersArisingItem is { } given
            ? (string.IsNullOrWhiteSpace(given) ? null : given.Trim())
            : body.MattersArisingItem is { } current && body.StandingItemTitles.Contains(current) ? current : null;
        body.ParentBodyId = details.ParentBodyId;
        body.Quorum = details.Quorum;
        body.QuorumFraction = string.IsNullOrWhiteSpace(details.QuorumFraction) ? null : details.QuorumFraction.Replace(" ", "", StringComparison.Ordinal);
        body.QuorumRounding = details.QuorumRounding ?? body.QuorumRounding;
        body.QuorumMinimum = details.QuorumMinimum;
        body.Seats = details.Seats;
        body.QuorumBasis = details.QuorumBasis ?? body.QuorumBasis;
        body.AbsenceThreshold = details.AbsenceThreshold;
        body.TimeZone = details.TimeZone?.Trim() ?? body.TimeZone;
        body.IsPublic = details.IsPublic ?? body.IsPublic;
        body.TermsOfReference = details.TermsOfReference;
    }

    /// <summary>The standing items the body will have: those given, else its current ones (a new body's default).</summary>
    private static IEnumerable<string> StandingTitles(BodyDetails details, Body? body) =>
        details.StandingItems is { } given ? given.Select(i => i.Trim()) : body?.StandingItemTitles ?? Body.DefaultStandingItems;

    private static string StandingItemsText(IEnumerable<string> items) =>
        string.Join('\n', items.Select(i => i.Trim()).Where(i => i.Length > 0));

    [GeneratedRegex("^[A-Za-z0-9-]{1,50}$")]
    private static partial Regex ShortNamePattern();
}
