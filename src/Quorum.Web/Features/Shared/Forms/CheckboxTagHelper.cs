using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Quorum.Web.Features.Shared.Forms;

/// <summary><c>&lt;govuk-checkbox for="Input.IsPublic" label="Public" /&gt;</c>: a single GOV.UK checkbox for a bool.</summary>
[HtmlTargetElement("govuk-checkbox", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CheckboxTagHelper : FieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var isChecked = AttemptedValue is { } attempted
            ? attempted.Split(',').Contains("true")
            : For.Model is true;
        // The hidden false makes an unticked box post "false" rather than nothing.
        WrapInFormGroup(output, HintAndErrorHtml()
            + "<div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\">"
            + $"<input class=\"govuk-checkboxes__input\" id=\"{Id}\" name=\"{E(Name)}\" type=\"checkbox\" value=\"true\"{(isChecked ? " checked" : "")}{DescribedBy()}>"
            + $"<label class=\"govuk-label govuk-checkboxes__label\" for=\"{Id}\">{E(Label)}</label></div></div>"
            + $"<input type=\"hidden\" name=\"{E(Name)}\" value=\"false\">");
    }
}
