using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;

namespace Quorum.Kpis;

/// <summary>What a measure is to be, from a form or the API. Every field is set as given.</summary>
public sealed record KpiDetails
{
    public int? BodyId { get; init; }

    public string? Name { get; init; }

    public string? Definition { get; init; }

    public string? Unit { get; init; }

    public KpiDirection? Direction { get; init; }

    public decimal? Target { get; init; }

    public decimal? Tolerance { get; init; }

    public bool Restricted { get; init; }

    public static KpiDetails From(Kpi k) => new()
    {
        BodyId = k.BodyId,
        Name = k.Name,
        Definition = k.Definition,
        Unit = k.Unit,
        Direction = k.Direction,
        Target = k.Target,
        Tolerance = k.Tolerance,
        Restricted = k.Restricted,
    };
}

/// <summary>One organisation's figure for one quarter, as entered.</summary>
public sealed record KpiReading
{
    public int? OrganisationId { get; init; }

    /// <summary>The quarter as written: 2025-Q3.</summary>
    public string? Period { get; init; }

    public decimal? Value { get; init; }

    public string? Note { get; init; }
}

/// <summary>
/// Keeps the strategic KPIs register: one set of rules for the pages and the API. Each change
/// checks its input and the right to edit the register's body, and saves in one transaction.
/// </summary>
public static class KpiRegister
{
    /// <summary>Figures are kept to four decimal places; beyond this size a figure is a typing slip.</summary>
    public const decimal Largest = 1_000_000_000_000m;

    public static async Task<Kpi> AddAsync(QuorumDb db, KpiDetails details, CancellationToken cancellationToken = default)
    {
        await EnsureMayKeepRegisterOfAsync(db, details.BodyId, cancellationToken);
        InvalidInputException.ThrowIfAny(await ProblemsAsync(db, details, null, cancellationToken));
        var kpi = new Kpi { Name = "", Unit = "" };
        Apply(kpi, details);
        db.Kpis.Add(kpi);
        await db.SaveChangesAsync(cancellationToken);
        return kpi;
    }

    public static async Task UpdateAsync(QuorumDb db, Kpi kpi, KpiDetails details, CancellationToken cancellationToken = default)
    {
        await db.EnsureMayEditAsync(kpi, cancellationToken);
        if (details.BodyId != kpi.BodyId)
            await EnsureMayKeepRegisterOfAsync(db, details.BodyId, cancellationToken);
        InvalidInputException.ThrowIfAny(await ProblemsAsync(db, details, kpi.Id, cancellationToken));
        Apply(kpi, details);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Records an organisation's figure for a quarter. A figure for a quarter the organisation has
    /// already reported replaces the one held (a correction), so there is one value per quarter;
    /// <c>Replaced</c> says which happened.
    /// </summary>
    public static async Task<(KpiValue Value, bool Replaced)> RecordAsync(QuorumDb db, Kpi kpi, KpiReading reading, CancellationToken cancellationToken = default)
    {
        await db.EnsureMayEditAsync(kpi, cancellationToken);
        var problems = new Dictionary<string, string>(ReadingProblems(reading, db.Today));
        if (reading.OrganisationId is { } organisationId && !await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
            problems["organisationId"] = "Choose the organisation the figure is for";
        InvalidInputException.ThrowIfAny(problems);

        var period = Quarter.Parse(reading.Period!).ToString();
        var value = await db.KpiValues.SingleOrDefaultAsync(v => v.KpiId == kpi.Id && v.OrganisationId == reading.OrganisationId && v.Period == period, cancellationToken);
        var replaced = value is not null;
        if (value is null)
        {
            value = new KpiValue { KpiId = kpi.Id, OrganisationId = reading.OrganisationId!.Value, Period = period };
            db.KpiValues.Add(value);
        }

        value.Value = decimal.Round(reading.Value!.Value, 4, MidpointRounding.AwayFromZero);
        value.Note = Clean(reading.Note);
        await db.SaveChangesAsync(cancellationToken);
        return (value, replaced);
    }

    /// <summary>A measure with its register and every value the viewer may see, each with its organisation.</summary>
    public static async Task<Kpi?> FindWithValuesAsync(QuorumDb db, int id, CancellationToken cancellationToken = default) =>
        await WithValues(db).SingleOrDefaultAsync(k => k.Id == id, cancellationToken);

    /// <summary>The measures the viewer may see, by register and name, with their values; only <paramref name="bodyId"/>'s when given.</summary>
    public static async Task<IReadOnlyList<Kpi>> AllWithValuesAsync(QuorumDb db, int? bodyId = null, CancellationToken cancellationToken = default) =>
        await WithValues(db).Where(k => bodyId == null || k.BodyId == bodyId)
            .OrderBy(k => k.Body!.Name).ThenBy(k => k.Name).ThenBy(k => k.Id).ToListAsync(cancellationToken);

    private static IQueryable<Kpi> WithValues(QuorumDb db) =>
        db.Kpis.AsNoTracking().Include(k => k.Body).Include(k => k.Values).ThenInclude(v => v.Organisation).AsSplitQuery();

    /// <summary>Refuses unless the viewer keeps the register of body <paramref name="bodyId"/> (its clerks and administrators).</summary>
    public static async Task EnsureMayKeepRegisterOfAsync(QuorumDb db, int? bodyId, CancellationToken cancellationToken = default)
    {
        if (bodyId is null)
            throw new InvalidInputException(new Dictionary<string, string> { ["bodyId"] = "Choose the body whose register keeps the measure" });
        if (!await db.MayEditAsync(Owner.Of<Body>(bodyId.Value), cancellationToken))
            throw new EditNotAllowedException();
    }

    /// <summary>What is wrong with <paramref name="details"/>, by field; empty when nothing is.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ProblemsAsync(QuorumDb db, KpiDetails details, int? kpiId, CancellationToken cancellationToken = default)
    {
        var problems = new Dictionary<string, string>(Problems(details));
        if (details.BodyId is { } bodyId && !await db.Bodies.AnyAsync(b => b.Id == bodyId, cancellationToken))
            problems["bodyId"] = "Choose the body whose register keeps the measure";
        if (!problems.ContainsKey("name") && details.Name?.Trim() is { } name
            && await db.Kpis.AnyAsync(k => k.BodyId == details.BodyId && k.Name == name && k.Id != kpiId, cancellationToken))
        {
            problems["name"] = $"The register already has a measure called {name}";
        }

        return problems;
    }

    /// <summary>The rules a measure's fields must meet on their own, without the database.</summary>
    public static IReadOnlyDictionary<string, string> Problems(KpiDetails d)
    {
        var problems = new Dictionary<string, string>();
        if (d.BodyId is null)
            problems["bodyId"] = "Choose the body whose register keeps the measure";
        if (string.IsNullOrWhiteSpace(d.Name))
            problems["name"] = "Enter the name of the measure";
        else if (d.Name.Trim().Length > 200)
            problems["name"] = "The name must be 200 characters or fewer";
        if (d.Definition?.Trim().Length > 4000)
            problems["definition"] = "The definition must be 4,000 characters or fewer";
        if (string.IsNullOrWhiteSpace(d.Unit))
            problems["unit"] = "Enter the unit, like % or days";
        else if (d.Unit.Trim().Length > 40)
            problems["unit"] = "The unit must be 40 characters or fewer";
        if (d.Direction is null || !Enum.IsDefined(d.Direction.Value))
            problems["direction"] = "Choose whether a higher or a lower figure is better";
        if (d.Target is null)
            problems["target"] = "Enter the target";
        else if (Math.Abs(d.Target.Value) >= Largest)
            problems["target"] = "The target must be less than a million million";
        if (d.Tolerance is < 0)
            problems["tolerance"] = "The tolerance must be 0 or more: how far short of the target still counts as amber";
        else if (d.Tolerance >= Largest)
            problems["tolerance"] = "The tolerance must be less than a million million";
        return problems;
    }

    /// <summary>The rules a reading must meet on its own: an organisation, a quarter that has begun by <paramref name="today"/>, a figure.</summary>
    public static IReadOnlyDictionary<string, string> ReadingProblems(KpiReading r, DateOnly today)
    {
        var problems = new Dictionary<string, string>();
        if (r.OrganisationId is null)
            problems["organisationId"] = "Choose the organisation the figure is for";
        if (string.IsNullOrWhiteSpace(r.Period))
            problems["period"] = "Enter the quarter, like 2025-Q3";
        else if (!Quarter.TryParse(r.Period, out var quarter))
            problems["period"] = $"Enter the quarter like 2025-Q3: a year from {Quarter.EarliestYear} to {Quarter.LatestYear} and a quarter from Q1 to Q4";
        else if (quarter.Value > Quarter.Of(today))
            problems["period"] = $"{quarter} has not begun yet: the latest quarter that can be reported is {Quarter.Of(today)}";
        if (r.Value is null)
            problems["value"] = "Enter the figure";
        else if (Math.Abs(r.Value.Value) >= Largest)
            problems["value"] = "The figure must be less than a million million";
        if (r.Note?.Trim().Length > 1000)
            problems["note"] = "The note must be 1,000 characters or fewer";
        return problems;
    }

    private static void Apply(Kpi k, KpiDetails d)
    {
        k.BodyId = d.BodyId!.Value;
        k.Name = d.Name!.Trim();
        k.Definition = Clean(d.Definition);
        k.Unit = d.Unit!.Trim();
        k.Direction = d.Direction!.Value;
        k.Target = decimal.Round(d.Target!.Value, 4, MidpointRounding.AwayFromZero);
        k.Tolerance = decimal.Round(d.Tolerance ?? 0, 4, MidpointRounding.AwayFromZero);
        k.Restricted = d.Restricted;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
