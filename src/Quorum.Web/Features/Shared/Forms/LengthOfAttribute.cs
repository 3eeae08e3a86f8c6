using System.ComponentModel.DataAnnotations;
using Quorum.Data;

namespace Quorum.Web.Features.Shared.Forms;

/// <summary>
/// Holds a form field to the length the model declares for the property it is saved to
/// (<see cref="ModelConfiguration"/>), so that a form, the API and an import refuse the same lengths,
/// and a length is written down in one place.
/// </summary>
/// <typeparam name="T">The record the field is saved to.</typeparam>
[AttributeUsage(AttributeTargets.Property)]
public sealed class LengthOfAttribute<T>(string property, string label) : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var db = (QuorumDb?)validationContext.GetService(typeof(QuorumDb)) ?? throw new InvalidOperationException("No database to read field lengths from");
        return FieldLengths.ProblemWith<T>(db, property, value as string, label) is { } problem
            ? new ValidationResult(problem, validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
    }
}
