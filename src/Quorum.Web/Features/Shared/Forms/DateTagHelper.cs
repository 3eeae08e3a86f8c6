using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Quorum.Web.Features.Shared.Forms;

/// <summary><c>&lt;govuk-date for="Input.Date" label="Date" /&gt;</c>: a GOV.UK date input bound to a <see cref="DateInput"/>.</summary>
[HtmlTargetElement("govuk-date", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateTagHelper : FieldTagHelper
{
    // The day box carries the field's own id, so the error summary's link lands on it.
    private string InputId(string part) => part == "Day" ? Id : $"{Id}_{part}";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var model = For.Model as DateInput ?? new DateInput();
        string Part(string part, string label, string? value, int width)
        {
            var key = $"{Name}.{part}";
            var attempted = ViewContext.ViewData.ModelState[key]?.AttemptedValue ?? value;
            return "<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">"
                + $"<label class=\"govuk-label govuk-date-input__label\" for=\"{InputId(part)}\">{label}</label>"
                + $"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{width}{(Error is null ? "" : " govuk-input--error")}\" id=\"{InputId(part)}\" name=\"{E(key)}\" type=\"text\" inputmode=\"numeric\" value=\"{E(attempted)}\"></div></div>";
        }

        var legend = LabelIsHeading
            ? $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\"><h1 class=\"govuk-fieldset__heading\">{E(Label)}</h1></legend>"
            : $"<legend class=\"govuk-fieldset__legend\">{E(Label)}</legend>";
        WrapInFormGroup(output,
            $"<fieldset class=\"govuk-fieldset\" role=\"group\"{DescribedBy()}>{legend}{HintAndErrorHtml()}"
            + $"<div class=\"govuk-date-input\" id=\"{Id}-container\">{Part("Day", "Day", model.Day, 2)}{Part("Month", "Month", model.Month, 2)}{Part("Year", "Year", model.Year, 4)}</div></fieldset>");
    }
}
