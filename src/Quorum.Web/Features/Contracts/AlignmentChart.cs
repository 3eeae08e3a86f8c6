using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Quorum.Contracts;

namespace Quorum.Web.Features.Contracts;

/// <summary>
/// The alignment time line, server-rendered SVG: each contract a bar from start to end, its open
/// extension as an outline beyond, the window shaded, ends inside it marked. The page gives the
/// same figures in a table, so nothing depends on seeing the picture.
/// </summary>
public static class AlignmentChart
{
    private const int Width = 720;
    private const int LabelWidth = 200;
    private const int RowHeight = 24;

    public static IHtmlContent Timeline(IReadOnlyList<Contract> contracts, AlignmentWindow window, DateOnly today, string titleId)
    {
        if (contracts.Count == 0)
            return HtmlString.Empty;
        var first = new[] { contracts.Min(c => c.StartDate), window.From, today }.Min();
        var last = new[] { contracts.Max(c => c.LatestEndDate), window.To, today }.Max().AddDays(15);
        var span = Math.Max(1, last.DayNumber - first.DayNumber);
        double X(DateOnly d) => LabelWidth + ((d.DayNumber - first.DayNumber) * (Width - LabelWidth - 10) / (double)span);
        var height = (contracts.Count * RowHeight) + 44;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"quorum-chart quorum-chart--wide\" role=\"img\" aria-labelledby=\"{titleId}\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{X(window.From):0.#}\" y=\"0\" width=\"{Math.Max(2, X(window.To) - X(window.From)):0.#}\" height=\"{height - 24}\" class=\"quorum-chart__window\"/>");
        var y = 8;
        foreach (var c in contracts)
        {
            var fit = window.Fit(c);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 12}\" class=\"quorum-chart__label\">{E(Short($"{c.Organisation?.ShortName ?? c.Organisation?.Name}: {c.SupplierName}"))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{X(c.StartDate):0.#}\" y=\"{y + 2}\" width=\"{Math.Max(2, X(c.EndDate) - X(c.StartDate)):0.#}\" height=\"12\" class=\"{(fit == WindowFit.EndsInWindow ? "quorum-chart__in-window" : "quorum-chart__contract")}\"/>");
            if (c.ExtensionMonths > 0)
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{X(c.EndDate):0.#}\" y=\"{y + 2}\" width=\"{Math.Max(2, X(c.LatestEndDate) - X(c.EndDate)):0.#}\" height=\"12\" class=\"quorum-chart__extension\"/>");
            if (fit != WindowFit.Outside)
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(fit == WindowFit.EndsInWindow ? c.EndDate : window.From):0.#}\" cy=\"{y + 8}\" r=\"5\" class=\"quorum-chart__end-marker\"/>");
            y += RowHeight;
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(today):0.#}\" x2=\"{X(today):0.#}\" y1=\"0\" y2=\"{height - 24}\" class=\"quorum-chart__today\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(today) + 3:0.#}\" y=\"{height - 8}\" class=\"quorum-chart__label\">Today</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth}\" y=\"{height - 8}\" class=\"quorum-chart__label\">{first:MMM yyyy}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - 10}\" y=\"{height - 8}\" text-anchor=\"end\" class=\"quorum-chart__label\">{last:MMM yyyy}</text>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Short(string text) => text.Length > 32 ? text[..31] + "…" : text;

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
