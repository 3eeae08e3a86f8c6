using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Quorum.Web.Features.Shared.Forms;

/// <summary>Shows an operation's problems beside the form's fields: <c>shortName</c> becomes <c>Input.ShortName</c>.</summary>
public static class InputProblems
{
    public static void AddProblems(this ModelStateDictionary modelState, IReadOnlyDictionary<string, string> problems, string prefix = "Input")
    {
        foreach (var (field, message) in problems)
            modelState.AddModelError(FieldOf(field, prefix), message);
    }

    /// <summary><c>interests[2].description</c> becomes <c>Input.Interests[2].Description</c>: each part of a path is a property.</summary>
    public static string FieldOf(string field, string prefix = "Input") =>
        field.Length == 0 ? "" : $"{prefix}.{string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : $"{char.ToUpperInvariant(part[0])}{part[1..]}"))}";
}
