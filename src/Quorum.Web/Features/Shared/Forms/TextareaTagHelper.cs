using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Quorum.Web.Features.Shared.Forms;

/// <summary><c>&lt;govuk-textarea for="Input.Minute" label="Minute" /&gt;</c>: a GOV.UK textarea.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextareaTagHelper : FieldTagHelper
{
    public int Rows { get; set; } = 5;

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        WrapInFormGroup(output, LabelHtml(Id) + HintAndErrorHtml()
            + $"<textarea class=\"govuk-textarea{(Error is null ? "" : " govuk-textarea--error")}\" id=\"{Id}\" name=\"{E(Name)}\" rows=\"{Rows}\"{DescribedBy()}>{E(Value)}</textarea>");
}
