using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Quorum.Kpis;
using Quorum.Programmes;

namespace Quorum.Web.Features.Kpis;

/// <summary>
/// A measure's charts, server-rendered SVG: each organisation's figures over the quarters against the
/// target line, and the organisations ranked on one quarter. Each has a title and a description, and
/// the page gives the same figures in a table, so nothing depends on seeing the picture.
/// </summary>
public static class KpiCharts
{
    private const int Width = 640;
    private const int Left = 64;
    private const int Right = 170;
    private const int Top = 16;
    private const int PlotHeight = 220;
    private const int SeriesStyles = 6;

    /// <summary>Each organisation's figures quarter by quarter, a line each, with the target drawn across.</summary>
    public static IHtmlContent Trend(Kpi kpi, string id)
    {
        var values = kpi.Values.Where(v => v.Organisation is not null).ToList();
        if (values.Count == 0)
            return HtmlString.Empty;
        var quarters = values.Select(v => Quarter.Parse(v.Period)).ToList();
        var (first, last) = (quarters.Min(), quarters.Max());
        var periods = new List<Quarter>();
        for (var q = first; q <= last; q = q.Next)
            periods.Add(q);
        var (low, high, step) = Range(values.Select(v => v.Value).Append(kpi.Target));
        var plotWidth = Width - Left - Right;
        double X(Quarter q) => Left + (periods.Count == 1 ? plotWidth / 2.0 : periods.IndexOf(q) * plotWidth / (double)(periods.Count - 1));
        double Y(decimal v) => Top + PlotHeight - ((double)(v - low) * PlotHeight / (double)(high - low));
        var organisations = values.Select(v => v.Organisation!).DistinctBy(o => o.Id).OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        var height = Math.Max(Top + PlotHeight + 44, (organisations.Count * 18) + 60);

        var svg = Open(id, height, $"{kpi.Name}: each organisation's figures by quarter",
            $"{organisations.Count} {(organisations.Count == 1 ? "organisation" : "organisations")} from {first} to {last}, against a target of {KpiDisplay.Target(kpi)}. The table below gives the same figures.");
        Axis(svg, low, high, step, kpi.Unit, Y);
        foreach (var q in periods)
        {
            // Every label when they fit; else every other one, always the first and last.
            var index = periods.IndexOf(q);
            if (periods.Count <= 8 || index % 2 == 0 || index == periods.Count - 1)
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(q):0.#}\" y=\"{Top + PlotHeight + 18}\" text-anchor=\"middle\" class=\"quorum-chart__label\">{q}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Left + plotWidth}\" y1=\"{Y(kpi.Target):0.#}\" y2=\"{Y(kpi.Target):0.#}\" class=\"quorum-chart__target\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + plotWidth + 6}\" y=\"{Y(kpi.Target) + 4:0.#}\" class=\"quorum-chart__label\">Target</text>");

        for (var i = 0; i < organisations.Count; i++)
        {
            var organisation = organisations[i];
            var css = $"quorum-chart__series-{(i % SeriesStyles) + 1}";
            var points = values.Where(v => v.OrganisationId == organisation.Id).OrderBy(v => v.Period, StringComparer.Ordinal).ToList();
            if (points.Count > 1)
                svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" class=\"{css}\" points=\"{string.Join(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(Quarter.Parse(p.Period)):0.#},{Y(p.Value):0.#}")))}\"/>");
            foreach (var p in points)
                Marker(svg, i, X(Quarter.Parse(p.Period)), Y(p.Value), css);
            var legendY = Top + 8 + (i * 18);
            Marker(svg, i, Width - Right + 60, legendY - 4, css);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right + 70}\" y=\"{legendY}\" class=\"quorum-chart__label\">{E(Short(organisation.ShortName ?? organisation.Name, 14))}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The organisations ranked on one quarter, best at the top, each bar in its RAG colour, the target marked.</summary>
    public static IHtmlContent Ranking(KpiBenchmark benchmark, string id)
    {
        var ranked = benchmark.Standings.Where(s => s.Value is not null).ToList();
        if (ranked.Count == 0 || benchmark.Period is not { } period)
            return HtmlString.Empty;
        var kpi = benchmark.Kpi;
        var (low, high, _) = Range(ranked.Select(s => s.Value!.Value).Append(kpi.Target).Append(0m));
        const int labelWidth = 190, rowHeight = 26;
        var plotWidth = Width - labelWidth - 90;
        double X(decimal v) => labelWidth + ((double)(v - low) * plotWidth / (double)(high - low));
        var height = (ranked.Count * rowHeight) + 40;
        var best = kpi.Direction == KpiDirection.HigherIsBetter ? "highest" : "lowest";
        var svg = Open(id, height, $"{kpi.Name}: organisations ranked on {period}",
            $"{ranked.Count} {(ranked.Count == 1 ? "organisation" : "organisations")}, {best} figure first, against a target of {KpiDisplay.Target(kpi)}. The table below gives the same figures.");
        var y = 8;
        foreach (var s in ranked)
        {
            var value = s.Value!.Value;
            var (from, to) = value < 0 ? (X(value), X(0)) : (X(Math.Max(0, low)), X(value));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 14}\" class=\"quorum-chart__label\">{s.Rank}. {E(Short(s.Organisation.Name, 26))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{from:0.#}\" y=\"{y + 2}\" width=\"{Math.Max(2, to - from):0.#}\" height=\"16\" class=\"{RagClass(s.Rag)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Math.Max(from, to) + 4:0.#}\" y=\"{y + 14}\" class=\"quorum-chart__value\">{E(KpiDisplay.Figure(value, kpi.Unit))}</text>");
            y += rowHeight;
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(kpi.Target):0.#}\" x2=\"{X(kpi.Target):0.#}\" y1=\"0\" y2=\"{height - 22}\" class=\"quorum-chart__target\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(kpi.Target):0.#}\" y=\"{height - 6}\" text-anchor=\"middle\" class=\"quorum-chart__label\">Target {E(KpiDisplay.Figure(kpi.Target, kpi.Unit))}</text>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    public static string RagClass(Rag? rag) => rag switch
    {
        Rag.Green => "quorum-chart__green",
        Rag.Amber => "quorum-chart__amber",
        _ => "quorum-chart__red",
    };

    private static StringBuilder Open(string id, int height, string title, string description)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"quorum-chart\" role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(description)}</desc>");
        return svg;
    }

    private static void Axis(StringBuilder svg, decimal low, decimal high, decimal step, string unit, Func<decimal, double> y)
    {
        for (var value = low; value <= high; value += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y(value):0.#}\" y2=\"{y(value):0.#}\" class=\"quorum-chart__grid\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y(value) + 4:0.#}\" text-anchor=\"end\" class=\"quorum-chart__label\">{E(KpiDisplay.Figure(value, unit).Replace($" {unit}", "", StringComparison.Ordinal))}</text>");
        }
    }

    /// <summary>A different shape for each line as well as a different colour, so that lines are told apart without colour.</summary>
    private static void Marker(StringBuilder svg, int series, double x, double y, string css)
    {
        switch (series % 3)
        {
            case 0:
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"4\" class=\"{css}-mark\"/>");
                break;
            case 1:
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x - 4:0.#}\" y=\"{y - 4:0.#}\" width=\"8\" height=\"8\" class=\"{css}-mark\"/>");
                break;
            default:
                svg.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{x:0.#},{y - 5:0.#} {x + 5:0.#},{y + 4:0.#} {x - 5:0.#},{y + 4:0.#}\" class=\"{css}-mark\"/>");
                break;
        }
    }

    /// <summary>
    /// The plot's range: the figures and the target, widened to round steps (1, 2, 2.5 or 5 times a
    /// power of ten) so that the axis reads 40%, 50%, 60% rather than 37.57%, 54.46%.
    /// </summary>
    private static (decimal Low, decimal High, decimal Step) Range(IEnumerable<decimal> figures)
    {
        var all = figures.ToList();
        var (min, max) = (all.Min(), all.Max());
        if (max == min)
            (min, max) = (min - Math.Max(1, Math.Abs(min) / 10), max + Math.Max(1, Math.Abs(max) / 10));
        var rough = (double)(max - min) / 4;
        var power = (decimal)Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1m, 2m, 2.5m, 5m, 10m }.Select(m => m * power).First(m => (double)m >= rough);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    private static string Short(string text, int length) => text.Length > length ? text[..(length - 1)] + "…" : text;

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
