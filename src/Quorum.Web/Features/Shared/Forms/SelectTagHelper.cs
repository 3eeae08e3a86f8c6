using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Quorum.Web.Features.Shared.Forms;

/// <summary><c>&lt;govuk-select for="Input.BodyId" label="Body" items="Model.Bodies" /&gt;</c>: a GOV.UK select.</summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelectTagHelper : FieldTagHelper
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>Text of a first, empty option (e.g. "None"); omitted when null.</summary>
    public string? Empty { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var current = Value;
        var options = new StringBuilder();
        if (Empty is not null)
            options.Append($"<option value=\"\">{E(Empty)}</option>");
        foreach (var item in Items)
        {
            var selected = item.Value == current ? " selected" : "";
            options.Append($"<option value=\"{E(item.Value)}\"{selected}>{E(item.Text)}</option>");
        }

        WrapInFormGroup(output, LabelHtml(Id) + HintAndErrorHtml()
            + $"<select class=\"govuk-select{(Error is null ? "" : " govuk-select--error")}\" id=\"{Id}\" name=\"{E(Name)}\"{DescribedBy()}>{options}</select>");
    }
}
