using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.People;

namespace Quorum.Web.Features.People;

/// <summary>A person's fields, for adding and editing.</summary>
public sealed class PersonForm
{
    [Required(ErrorMessage = "Enter the person's full name")]
    [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
    public string? FullName { get; set; }

    [StringLength(200, ErrorMessage = "The job title must be 200 characters or fewer")]
    public string? JobTitle { get; set; }

    public int? OrganisationId { get; set; }

    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.org")]
    [StringLength(320)]
    public string? Email { get; set; }

    [StringLength(50, ErrorMessage = "The telephone number must be 50 characters or fewer")]
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
