using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.People;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.People;

/// <summary>A person's fields, for adding and editing.</summary>
public sealed class PersonForm
{
    [Required(ErrorMessage = "Enter the person's full name")]
    [LengthOf<Person>(nameof(Person.FullName), "The name")]
    public string? FullName { get; set; }

    [LengthOf<Person>(nameof(Person.JobTitle), "The job title")]
    public string? JobTitle { get; set; }

    public int? OrganisationId { get; set; }

    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.org")]
    [LengthOf<Person>(nameof(Person.Email), "The email address")]
    public string? Email { get; set; }

    [LengthOf<Person>(nameof(Person.Phone), "The telephone number")]
    public string? Phone { get; set; }

    /// <summary>The person agreed to their name and seats being published as open data.</summary>
    public bool ConsentsToPublication { get; set; }

    public static PersonForm From(Person p) => new()
    {
        FullName = p.FullName,
        JobTitle = p.JobTitle,
        OrganisationId = p.OrganisationId,
        Email = p.Email,
        Phone = p.Phone,
        ConsentsToPublication = p.ConsentsToPublication,
    };

    public void ApplyTo(Person p)
    {
        p.FullName = FullName!.Trim();
        p.JobTitle = string.IsNullOrWhiteSpace(JobTitle) ? null : JobTitle.Trim();
        p.OrganisationId = OrganisationId;
        p.Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        p.Phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim();
        p.ConsentsToPublication = ConsentsToPublication;
    }

    public static async Task<IReadOnlyList<SelectListItem>> OrganisationsAsync(QuorumDb db) =>
        await db.Organisations.OrderBy(o => o.Name).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();
}
