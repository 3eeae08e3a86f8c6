using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Web.Features.Conduct;

/// <summary>What the clerk's conduct pages share: the meeting and item, loaded for a clerk who may edit them, and the people who could take part.</summary>
public abstract class ConductPage(QuorumDb db) : PageModel
{
    protected QuorumDb Db => db;

    public Meeting Meeting { get; private set; } = default!;

    public AgendaItem Item { get; private set; } = default!;

    /// <summary>Members of the body on the day and anyone recorded at the meeting, for the choice of who declared or moved.</summary>
    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    protected async Task<IActionResult?> LoadAsync(int id, int itemId)
    {
        var meeting = await db.Meetings.Include(m => m.Body).Include(m => m.MinutesApprovedAt)
            .Include(m => m.Attendance).ThenInclude(a => a.Person)
            .SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
            return NotFound();
        if (!await db.MayEditAsync(meeting))
            return Forbid();
        var item = await db.AgendaItems.SingleOrDefaultAsync(i => i.Id == itemId && i.MeetingId == id);
        if (item is null)
            return NotFound();
        Meeting = meeting;
        Item = item;
        var members = await db.Memberships.Where(m => m.BodyId == meeting.BodyId
                && (m.From == null || m.From <= meeting.Date) && (m.Until == null || m.Until >= meeting.Date))
            .Select(m => new { m.PersonId, m.Person!.FullName }).ToListAsync();
        People = [.. members.Concat(meeting.Attendance.Select(a => new { a.PersonId, a.Person!.FullName }))
            .DistinctBy(p => p.PersonId).OrderBy(p => p.FullName)
            .Select(p => new SelectListItem(p.FullName, p.PersonId.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        return null;
    }

    /// <summary>The people recorded present, whom a motion's mover, seconder and voters must be.</summary>
    public IReadOnlyList<SelectListItem> Present =>
        [.. Meeting.Attendance.Where(a => a.Status == AttendanceStatus.Present).OrderBy(a => a.Person!.FullName)
            .Select(a => new SelectListItem(a.Person!.FullName, a.PersonId.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    protected string ItemUrl => $"/meetings/{Meeting.Id}/items/{Item.Id}";
}
