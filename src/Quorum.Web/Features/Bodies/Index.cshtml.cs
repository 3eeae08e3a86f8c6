using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Web.Features.Shared;

namespace Quorum.Web.Features.Bodies;

/// <summary>
/// The bodies by name, a page at a time, found by words of their name or short name: a national
/// deployment holds tens of thousands, and one page of them all would take seconds and megabytes.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicAnswers.Policy)]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    public const int PageSize = 100;

    public sealed record Row(string Name, string ShortName, BodyKind Kind, string? Parent, bool IsPublic, int Members, DateOnly? NextMeeting);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>From <c>?pageNumber=</c>, as the people list: Razor Pages keeps "page" for itself.</summary>
    [BindProperty(SupportsGet = true)]
    public int? PageNumber { get; set; }

    public RowPage<Row> Bodies { get; private set; } = RowPage.Empty<Row>();

    public int Total { get; private set; }

    public bool MayCreate => db.Viewer.IsAdministrator;

    public string PageUrl(int page) =>
        string.IsNullOrWhiteSpace(Q) ? $"/bodies?pageNumber={page}" : $"/bodies?Q={Uri.EscapeDataString(Q.Trim())}&pageNumber={page}";

    public async Task OnGetAsync()
    {
        var today = db.Today;
        var bodies = db.Bodies.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var words = Q.Trim().ToLower();
            bodies = bodies.Where(b => b.Name.ToLower().Contains(words) || b.ShortName.ToLower().Contains(words));
        }

        Total = await bodies.CountAsync();
        Bodies = await bodies
            .OrderBy(b => b.Name).ThenBy(b => b.Id)
            .Select(b => new Row(
                b.Name, b.ShortName, b.Kind, b.ParentBody == null ? null : b.ParentBody.Name, b.IsPublic,
                b.Memberships.Count(m => m.Until == null || m.Until >= today),
                b.Meetings.Where(m => m.Date >= today && m.State == Quorum.Meetings.MeetingState.Scheduled).Min(m => (DateOnly?)m.Date)))
            .ReadPageAsync(PageNumber, PageSize, HttpContext.RequestAborted);
    }
}
