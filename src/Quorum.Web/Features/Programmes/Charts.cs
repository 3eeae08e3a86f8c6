using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Quorum.Programmes;

namespace Quorum.Web.Features.Programmes;

/// <summary>
/// Server-rendered SVG charts. Each is an image with a text name; the page gives the same figures
/// in a table beside it, so nothing depends on seeing the picture or on JavaScript.
/// </summary>
public static class Charts
{
    private const int Width = 640;
    private const int BarHeight = 14;
    private const int LabelWidth = 180;

    /// <summary>Planned against actual spend per workstream; "to be agreed" is drawn as an outline, never as zero.</summary>
    public static IHtmlContent Spend(IReadOnlyList<Workstream> workstreams, string titleId)
    {
        var max = workstreams.SelectMany(w => new[] { w.PlannedSpend.Amount ?? 0, w.ActualSpend.Amount ?? 0 }).DefaultIfEmpty(0).Max();
        var scale = max == 0 ? 0 : (Width - LabelWidth - 90) / (double)max;
        var rowHeight = (BarHeight * 2) + 16;
        var height = Math.Max(40, (workstreams.Count * rowHeight) + 30);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"quorum-chart\" role=\"img\" aria-labelledby=\"{titleId}\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">");
        var y = 10;
        foreach (var w in workstreams)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + BarHeight}\" class=\"quorum-chart__label\">{E(Short(w.Name))}</text>");
            Bar(svg, y, w.PlannedSpend, scale, "quorum-chart__planned");
            Bar(svg, y + BarHeight + 2, w.ActualSpend, scale, "quorum-chart__actual");
            y += rowHeight;
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{height - 16}\" width=\"12\" height=\"10\" class=\"quorum-chart__planned\"/><text x=\"{LabelWidth + 16}\" y=\"{height - 7}\" class=\"quorum-chart__label\">Planned</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth + 90}\" y=\"{height - 16}\" width=\"12\" height=\"10\" class=\"quorum-chart__actual\"/><text x=\"{LabelWidth + 106}\" y=\"{height - 7}\" class=\"quorum-chart__label\">Actual</text>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>Milestones on a time line: each a mark at its target, red when it has slipped.</summary>
    public static IHtmlContent Timeline(IReadOnlyList<Milestone> milestones, DateOnly today, string titleId)
    {
        if (milestones.Count == 0)
            return HtmlString.Empty;
        var first = milestones.Min(m => m.TargetDate).AddDays(-15);
        var last = milestones.Max(m => m.Deadline).AddDays(15);
        if (today > first && today < last.AddDays(60))
            last = today > last ? today.AddDays(15) : last;
        var span = Math.Max(1, last.DayNumber - first.DayNumber);
        double X(DateOnly d) => LabelWidth + ((d.DayNumber - first.DayNumber) * (Width - LabelWidth - 20) / (double)span);
        var rowHeight = 22;
        var height = (milestones.Count * rowHeight) + 40;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"quorum-chart\" role=\"img\" aria-labelledby=\"{titleId}\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">");
        var y = 10;
        foreach (var m in milestones.OrderBy(m => m.TargetDate))
        {
            var slipped = m.SlippageDaysOn(today) > 0;
            var css = m.Status == MilestoneStatus.Achieved ? "quorum-chart__done" : slipped ? "quorum-chart__slipped" : "quorum-chart__planned";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 11}\" class=\"quorum-chart__label\">{E(Short(m.Text))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{X(m.TargetDate):0.#}\" y=\"{y + 2}\" width=\"{Math.Max(6, X(m.Deadline) - X(m.TargetDate)):0.#}\" height=\"12\" class=\"{css}\"/>");
            y += rowHeight;
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(today):0.#}\" x2=\"{X(today):0.#}\" y1=\"0\" y2=\"{height - 20}\" class=\"quorum-chart__today\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(today) + 3:0.#}\" y=\"{height - 6}\" class=\"quorum-chart__label\">Today</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth}\" y=\"{height - 6}\" class=\"quorum-chart__label\">{first:MMM yyyy}</text>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static void Bar(StringBuilder svg, int y, Money money, double scale, string css)
    {
        if (money.Amount is { } amount)
        {
            var width = Math.Max(1, (double)amount * scale);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{width:0.#}\" height=\"{BarHeight}\" class=\"{css}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + width + 4:0.#}\" y=\"{y + 11}\" class=\"quorum-chart__value\">{E(money.ToString())}</text>");
        }
        else
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"40\" height=\"{BarHeight}\" class=\"quorum-chart__tba\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + 44}\" y=\"{y + 11}\" class=\"quorum-chart__value\">To be agreed</text>");
        }
    }

    private static string Short(string text) => text.Length > 28 ? text[..27] + "…" : text;

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
