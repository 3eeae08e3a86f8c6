using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Quorum.Web.Features.Shared.Forms;

/// <summary>
/// <c>&lt;govuk-error-summary /&gt;</c>: the GOV.UK error summary, listing every model-state error
/// with a link to its field. Errors with an empty key (rules of the model) are listed unlinked.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ViewData.ModelState
            .Where(e => e.Value?.Errors.Count > 0)
            .SelectMany(e => e.Value!.Errors.Select(error => (Key: e.Key, error.ErrorMessage)))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var items = new StringBuilder();
        foreach (var (key, message) in errors)
        {
            var text = HtmlEncoder.Default.Encode(message);
            items.Append(key.Length == 0
                ? $"<li>{text}</li>"
                : $"<li><a href=\"#{TagBuilder.CreateSanitizedId(key, "_")}\">{text}</a></li>");
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        output.Content.SetHtmlContent(
            "<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>"
            + $"<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">{items}</ul></div></div>");
    }
}
