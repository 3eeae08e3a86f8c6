using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Web.Features.Home;

[AllowAnonymous]
[OutputCache(PolicyName = PublicAnswers.Policy)]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    public IReadOnlyList<Meeting> Upcoming { get; private set; } = [];

    public IReadOnlyList<Meeting> RecentlyPublished { get; private set; } = [];

    public int BodyCount { get; private set; }

    public async Task OnGetAsync()
    {
        var today = db.Today;
        Upcoming = await db.Meetings.AsNoTracking().Include(m => m.Body).Include(m => m.Location)
            .Where(m => m.Date >= today && m.State != MeetingState.Rescheduled)
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime).Take(8).ToListAsync();
        RecentlyPublished = await db.Meetings.AsNoTracking().Include(m => m.Body)
            .Where(m => m.MinutesState == MinutesState.Published)
            .OrderByDescending(m => m.Date).Take(5).ToListAsync();
        BodyCount = await db.Bodies.CountAsync();
    }
}
