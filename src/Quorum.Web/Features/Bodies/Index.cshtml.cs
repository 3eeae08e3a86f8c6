using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Quorum.Bodies;
using Quorum.Data;

namespace Quorum.Web.Features.Bodies;

[AllowAnonymous]
[OutputCache(PolicyName = PublicAnswers.Policy)]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    public sealed record Row(string Name, string ShortName, BodyKind Kind, string? Parent, bool IsPublic, int Members, DateOnly? NextMeeting);

    public IReadOnlyList<Row> Bodies { get; private set; } = [];

    public bool MayCreate => db.Viewer.IsAdministrator;

    public async Task OnGetAsync()
    {
        var today = db.Today;
        Bodies = await db.Bodies.AsNoTracking()
            .OrderBy(b => b.Name)
            .Select(b => new Row(
                b.Name, b.ShortName, b.Kind, b.ParentBody == null ? null : b.ParentBody.Name, b.IsPublic,
                b.Memberships.Count(m => m.Until == null || m.Until >= today),
                b.Meetings.Where(m => m.Date >= today && m.State == Quorum.Meetings.MeetingState.Scheduled).Min(m => (DateOnly?)m.Date)))
            .ToListAsync();
    }
}
