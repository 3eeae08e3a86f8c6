using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Quorum.Web.Features.Shared.Forms;

/// <summary>
/// What every GOV.UK form field shares: a label, a hint, an error message from model state, and
/// the form-group wrapper that turns red when the field is in error.
/// </summary>
public abstract class FieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    /// <summary>Shows the label as a page heading (for one-question pages).</summary>
    public bool LabelIsHeading { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    /// <summary>The posted field name, prefixed when the field is drawn by a partial given <c>for="Input"</c>.</summary>
    protected string Name => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);

    protected string Id => TagBuilder.CreateSanitizedId(Name, "_");

    protected string? Error
    {
        get
        {
            var entry = ViewContext.ViewData.ModelState[Name];
            return entry?.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
        }
    }

    protected string? AttemptedValue => ViewContext.ViewData.ModelState[Name]?.AttemptedValue;

    protected string? Value => AttemptedValue ?? For.Model switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd"),
        TimeOnly t => t.ToString("HH:mm"),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    protected static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    protected string DescribedBy(string? extra = null)
    {
        var ids = new List<string>();
        if (Hint is not null)
            ids.Add($"{Id}-hint");
        if (Error is not null)
            ids.Add($"{Id}-error");
        if (extra is not null)
            ids.Add(extra);
        return ids.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', ids)}\"";
    }

    protected string LabelHtml(string forId)
    {
        var label = $"<label class=\"govuk-label{(LabelIsHeading ? " govuk-label--l" : "")}\" for=\"{forId}\">{E(Label)}</label>";
        return LabelIsHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label;
    }

    protected string HintAndErrorHtml() =>
        (Hint is null ? "" : $"<div id=\"{Id}-hint\" class=\"govuk-hint\">{E(Hint)}</div>")
        + (Error is null ? "" : $"<p id=\"{Id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {E(Error)}</p>");

    protected void WrapInFormGroup(TagHelperOutput output, string inner)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        output.Content.SetHtmlContent(inner);
    }
}
