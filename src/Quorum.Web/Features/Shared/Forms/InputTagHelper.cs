using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Quorum.Web.Features.Shared.Forms;

/// <summary><c>&lt;govuk-input for="Input.Name" label="Name" /&gt;</c>: a GOV.UK text input.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InputTagHelper : FieldTagHelper
{
    public string Type { get; set; } = "text";

    /// <summary>GOV.UK width class suffix: 2, 3, 4, 5, 10, 20, 30, or "full" etc.</summary>
    public string? Width { get; set; }

    public string? Autocomplete { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = "govuk-input" + (Width is null ? "" : Width.All(char.IsDigit) ? $" govuk-input--width-{Width}" : $" govuk-!-width-{Width}")
            + (Error is null ? "" : " govuk-input--error");
        var autocomplete = Autocomplete is null ? "" : $" autocomplete=\"{E(Autocomplete)}\"";
        var spellcheck = Type is "email" or "password" ? " spellcheck=\"false\"" : "";
        var value = Type == "password" ? "" : $" value=\"{E(Value)}\"";
        WrapInFormGroup(output, LabelHtml(Id) + HintAndErrorHtml()
            + $"<input class=\"{classes}\" id=\"{Id}\" name=\"{E(Name)}\" type=\"{E(Type)}\"{value}{autocomplete}{spellcheck}{DescribedBy()}>");
    }
}
