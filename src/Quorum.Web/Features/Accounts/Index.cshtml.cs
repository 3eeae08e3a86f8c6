using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Bodies;
using Quorum.Data;

namespace Quorum.Web.Features.Accounts;

[Authorize]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    public string? Email { get; private set; }

    public bool IsAdministrator { get; private set; }

    public string? PersonName { get; private set; }

    public int? PersonId { get; private set; }

    public IReadOnlyList<(string Body, string ShortName, MembershipRole Role)> Seats { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var viewer = db.Viewer;
        Email = viewer.Name;
        IsAdministrator = viewer.IsAdministrator;
        PersonId = viewer.PersonId;
        if (viewer.PersonId is { } personId)
        {
            PersonName = await db.People.Where(p => p.Id == personId).Select(p => p.FullName).SingleOrDefaultAsync();
            var today = db.Today;
            Seats = (await db.Memberships
                    .Where(m => m.PersonId == personId && (m.Until == null || m.Until >= today))
                    .Select(m => new { m.Body!.Name, m.Body.ShortName, m.Role })
                    .ToListAsync())
                .Select(m => (m.Name, m.ShortName, m.Role)).ToList();
        }
    }
}
