using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace Quorum.Web.Features.Shared;

/// <summary>
/// Renders minutes and other Markdown safely: raw HTML is shown as text, and links may only use
/// http, https or mailto, so a hostile minute cannot run script in a reader's browser.
/// </summary>
public static class MinuteMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .Build();

    /// <summary>The text of a minute without its Markdown, for Word and PDF documents.</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Pipeline).Trim();

    public static IHtmlContent ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return HtmlString.Empty;
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
                link.Url = "#";
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!IsSafe(link.Url))
                link.Url = "#";
        }

        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new HtmlString(GovukClasses(writer.ToString()));
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return true;
        var trimmed = url.Trim();
        if (trimmed.StartsWith('#') || trimmed.StartsWith('/'))
            return !trimmed.StartsWith("//", StringComparison.Ordinal);
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https" or "mailto";
    }

    // GOV.UK Frontend styles only elements that carry its classes.
    private static string GovukClasses(string html) => html
        .Replace("<p>", "<p class=\"govuk-body\">", StringComparison.Ordinal)
        .Replace("<ul>", "<ul class=\"govuk-list govuk-list--bullet\">", StringComparison.Ordinal)
        .Replace("<ol>", "<ol class=\"govuk-list govuk-list--number\">", StringComparison.Ordinal)
        .Replace("<a href=", "<a class=\"govuk-link\" href=", StringComparison.Ordinal)
        .Replace("<table>", "<table class=\"govuk-table\">", StringComparison.Ordinal)
        .Replace("<h1>", "<h3 class=\"govuk-heading-s\">", StringComparison.Ordinal).Replace("</h1>", "</h3>", StringComparison.Ordinal)
        .Replace("<h2>", "<h3 class=\"govuk-heading-s\">", StringComparison.Ordinal).Replace("</h2>", "</h3>", StringComparison.Ordinal);
}
