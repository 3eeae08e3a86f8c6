using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Kpis;

namespace Quorum.Web.Features.Kpis;

/// <summary>The fields of a measure on the add and edit pages; the rules they must meet are the KPI register's.</summary>
public sealed class KpiForm
{
    public int? BodyId { get; set; }

    public string? Name { get; set; }

    public string? Definition { get; set; }

    public string? Unit { get; set; }

    public KpiDirection? Direction { get; set; }

    /// <summary>Figures as typed ("92.5%"), read by the form so that a mistyped one comes back as typed.</summary>
    public string? Target { get; set; }

    public string? Tolerance { get; set; }

    public bool Restricted { get; set; }

    public static KpiForm From(Kpi k) => new()
    {
        BodyId = k.BodyId,
        Name = k.Name,
        Definition = k.Definition,
        Unit = k.Unit,
        Direction = k.Direction,
        Target = KpiDisplay.Plain(k.Target),
        Tolerance = KpiDisplay.Plain(k.Tolerance),
        Restricted = k.Restricted,
    };

    /// <summary>The form as the register's input; a figure that cannot be read is added to <paramref name="modelState"/>.</summary>
    public KpiDetails ToDetails(ModelStateDictionary modelState)
    {
        decimal? Figure(string? text, string field, string what)
        {
            if (string.IsNullOrWhiteSpace(text))
                return null;
            if (KpiDisplay.Read(text) is { } value)
                return value;
            modelState.AddModelError($"Input.{field}", $"{what} must be a number, like 92.5");
            return null;
        }

        return new KpiDetails
        {
            BodyId = BodyId,
            Name = Name,
            Definition = Definition,
            Unit = Unit,
            Direction = Direction,
            Target = Figure(Target, nameof(Target), "The target"),
            Tolerance = Figure(Tolerance, nameof(Tolerance), "The tolerance"),
            Restricted = Restricted,
        };
    }

    /// <summary>The bodies whose register the viewer keeps: the only ones a measure may be added to.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> RegisterChoicesAsync(QuorumDb db)
    {
        var choices = new List<SelectListItem>();
        foreach (var body in await db.Bodies.AsNoTracking().OrderBy(b => b.Name).ToListAsync())
        {
            if (await db.MayEditAsync(Owner.Of<Body>(body.Id)))
                choices.Add(new SelectListItem(body.Name, body.Id.ToString(CultureInfo.InvariantCulture)));
        }

        return choices;
    }

    public static async Task<IReadOnlyList<SelectListItem>> OrganisationChoicesAsync(QuorumDb db) =>
        await db.Organisations.OrderBy(o => o.Name).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();
}
