using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
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

    /// <summary>The address of this person's private calendar feed, once they have asked for one.</summary>
    public string? CalendarAddress { get; private set; }

    /// <summary>Issues a new private calendar address; the old one stops working at once.</summary>
    public async Task<IActionResult> OnPostResetCalendarAsync()
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == db.Viewer.UserId);
        if (user is null)
            return Forbid();
        var hadOne = user.CalendarFeedToken is not null;
        user.ResetCalendarFeedToken();
        await db.SaveChangesAsync();
        TempData["Success"] = hadOne
            ? "Your calendar has a new address: calendars using the old one will stop updating"
            : "Your calendar address is ready";
        return RedirectToPage();
    }

    public async Task OnGetAsync()
    {
        var viewer = db.Viewer;
        Email = viewer.Name;
        IsAdministrator = viewer.IsAdministrator;
        PersonId = viewer.PersonId;
        var token = await db.Users.Where(u => u.Id == viewer.UserId).Select(u => u.CalendarFeedToken).SingleOrDefaultAsync();
        if (token is not null)
            CalendarAddress = $"{Request.Scheme}://{Request.Host}/calendars/private/{token}.ics";
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
