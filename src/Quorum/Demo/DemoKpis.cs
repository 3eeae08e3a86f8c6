using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Kpis;

namespace Quorum.Demo;

/// <summary>
/// The demo council's strategic KPIs: six measures its four member organisations report, over the
/// eight quarters up to the last one ended, each organisation on its own course so that the
/// rankings move. One measure is for the council's members only.
/// </summary>
public static class DemoKpis
{
    public const int Quarters = 8;

    private sealed record Measure(string Name, string Definition, string Unit, KpiDirection Direction, decimal Target, decimal Tolerance, bool Restricted,
        decimal Start, decimal StepPerQuarter, decimal Spread, int Places);

    private static readonly Measure[] Measures =
    [
        new("Customer contacts resolved online", "Contacts completed end to end on the website or app, as a share of all customer contacts in the quarter.",
            "%", KpiDirection.HigherIsBetter, 60, 5, false, 48, 1.6m, 4, 1),
        new("Website availability", "Minutes the main website answered its monitoring check, as a share of all minutes in the quarter.",
            "%", KpiDirection.HigherIsBetter, 99.9m, 0.4m, false, 99.5m, 0.04m, 0.15m, 2),
        new("Average days to resolve an IT incident", "Mean working days from an incident being logged to its being resolved, over incidents closed in the quarter.",
            "days", KpiDirection.LowerIsBetter, 3, 1, false, 5.2m, -0.25m, 0.8m, 1),
        new("Staff who completed cyber security training", "Staff who completed the annual cyber security course in the last twelve months, as a share of all staff at the quarter's end.",
            "%", KpiDirection.HigherIsBetter, 95, 5, false, 78, 2.1m, 5, 0),
        new("ICT cost per employee", "Revenue spend on ICT in the quarter, annualised, divided by full-time-equivalent staff.",
            "£", KpiDirection.LowerIsBetter, 1800, 150, false, 2150, -28, 180, 0),
        new("Phishing simulation click rate", "Staff who followed the link in the quarter's simulated phishing e-mail, as a share of those sent it.",
            "%", KpiDirection.LowerIsBetter, 5, 2, true, 11, -0.7m, 2.5m, 1),
    ];

    /// <summary>Adds the measures and their figures to the council's register; the caller's transaction holds them with the rest of the demo.</summary>
    public static async Task AddAsync(QuorumDb db, DateOnly today, CancellationToken cancellationToken = default)
    {
        var council = await db.Bodies.SingleAsync(b => b.ShortName == "NDLC", cancellationToken);
        var organisations = await db.Organisations.Where(o => o.ShortName == "NCC" || o.ShortName == "EDC" || o.ShortName == "WBC" || o.ShortName == "NFRS")
            .OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var last = Quarter.Of(today).Previous;
        var first = last;
        for (var i = 1; i < Quarters; i++)
            first = first.Previous;

        foreach (var m in Measures)
        {
            var kpi = new Kpi
            {
                BodyId = council.Id,
                Name = m.Name,
                Definition = m.Definition,
                Unit = m.Unit,
                Direction = m.Direction,
                Target = m.Target,
                Tolerance = m.Tolerance,
                Restricted = m.Restricted,
            };
            for (var o = 0; o < organisations.Count; o++)
            {
                var quarter = first;
                for (var q = 0; q < Quarters; q++, quarter = quarter.Next)
                {
                    // Each organisation starts apart from the others and improves at its own pace, with a quarter's wobble.
                    var offset = m.Spread * (o - 1.5m) / 1.5m;
                    var pace = 1 + ((o % 3) - 1) * 0.35m;
                    var wobble = m.Spread * 0.2m * (((q * 7) + (o * 3)) % 5 - 2) / 2;
                    var value = m.Start + offset + (m.StepPerQuarter * pace * q) + wobble;
                    if (m.Unit == "%")
                        value = Math.Clamp(value, 0, 100);
                    kpi.Values.Add(new KpiValue
                    {
                        OrganisationId = organisations[o].Id,
                        Period = quarter.ToString(),
                        Value = decimal.Round(value, m.Places, MidpointRounding.AwayFromZero),
                        Note = q == Quarters - 1 && o == 3 && m.Restricted ? "Simulation sent to half the staff this quarter" : null,
                    });
                }
            }

            db.Kpis.Add(kpi);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
