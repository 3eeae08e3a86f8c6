using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Web.Features.Shared;

namespace Quorum.Web.Features.Meetings;

/// <summary>
/// Records who came: every member of the body at the meeting's date, plus officers and guests.
/// The organisation is captured as it was on the day, so later moves do not rewrite history.
/// </summary>
[Authorize]
public sealed class AttendanceModel(QuorumDb db) : PageModel
{
    public sealed class Row
    {
        public int PersonId { get; set; }

        public string Name { get; set; } = "";

        public string? Organisation { get; set; }

        public string? Seat { get; set; }

        public AttendanceStatus? Status { get; set; }

        public string? Role { get; set; }
    }

    public Meeting Meeting { get; private set; } = default!;

    [BindProperty]
    public List<Row> Rows { get; set; } = [];

    [BindProperty]
    public int? GuestId { get; set; }

    [BindProperty]
    public AttendanceStatus GuestStatus { get; set; } = AttendanceStatus.Presenting;

    public IReadOnlyList<SelectListItem> Guests { get; private set; } = [];

    /// <summary>The quorum as the attendance recorded so far stands.</summary>
    public Quorum.Conduct.QuorumCount QuorumCount { get; private set; } = default!;

    /// <summary>The body's quorum rule in words.</summary>
    public string QuorumRule { get; private set; } = "";

    /// <summary>Not quorate, the meeting went ahead as an informal meeting.</summary>
    [BindProperty]
    public bool Informal { get; set; }

    public static IReadOnlyList<SelectListItem> StatusChoices { get; } =
        [.. Enum.GetValues<AttendanceStatus>().Select(s => new SelectListItem(Display.Status(s), s.ToString()))];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        await BuildRowsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        try
        {
            Meeting.EnsureEditable();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            await BuildRowsAsync();
            return Page();
        }

        var people = await db.People.Include(p => p.Organisation)
            .Where(p => Rows.Select(r => r.PersonId).Contains(p.Id) || p.Id == GuestId)
            .ToDictionaryAsync(p => p.Id);
        var rows = Rows.Where(r => people.ContainsKey(r.PersonId)).ToList();
        if (GuestId is { } guest && people.ContainsKey(guest) && rows.All(r => r.PersonId != guest))
            rows.Add(new Row { PersonId = guest, Status = GuestStatus, Role = GuestStatus == AttendanceStatus.Presenting ? "Presenter" : null });

        foreach (var row in rows)
        {
            var existing = Meeting.Attendance.FirstOrDefault(a => a.PersonId == row.PersonId);
            if (row.Status is null)
            {
                if (existing is not null)
                    db.Attendance.Remove(existing);
                continue;
            }

            if (existing is null)
            {
                existing = new Attendance { PersonId = row.PersonId, OrganisationName = people[row.PersonId].Organisation?.Name };
                Meeting.Attendance.Add(existing);
            }

            existing.Status = row.Status.Value;
            existing.Role = string.IsNullOrWhiteSpace(row.Role) ? null : row.Role.Trim();
        }

        await db.SaveChangesAsync();
        TempData["Success"] = "Attendance has been recorded";
        return Redirect($"/meetings/{id}/attendance");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var meeting = await db.Meetings.Include(m => m.Body).Include(m => m.MinutesApprovedAt)
            .Include(m => m.Attendance).ThenInclude(a => a.Person)
            .SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
            return NotFound();
        if (!await db.MayEditAsync(meeting))
            return Forbid();
        Meeting = meeting;
        return null;
    }

    public async Task<IActionResult> OnPostInformalAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        try
        {
            await Quorum.Conduct.ConductRegister.HoldAsInformalAsync(db, Meeting, Informal);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(Informal), e.Message);
            await BuildRowsAsync();
            return Page();
        }

        TempData["Success"] = Informal
            ? "The meeting is recorded as an informal meeting: what it agreed is recorded as recommendations"
            : "The meeting is no longer recorded as an informal meeting";
        return Redirect($"/meetings/{id}/attendance");
    }

    private async Task BuildRowsAsync()
    {
        QuorumCount = await Quorum.Conduct.ConductRegister.QuorumOfAsync(db, Meeting);
        QuorumRule = Quorum.Conduct.QuorumRule.Of(Meeting.Body!).Describe();
        Informal = Meeting.IsInformal;
        var members = await db.Memberships.Include(m => m.Person!).ThenInclude(p => p.Organisation)
            .Where(m => m.BodyId == Meeting.BodyId
                && (m.From == null || m.From <= Meeting.Date)
                && (m.Until == null || m.Until >= Meeting.Date))
            .ToListAsync();
        var rows = members
            .GroupBy(m => m.PersonId)
            .Select(g => g.OrderBy(m => m.Role).First())
            .Select(m =>
            {
                var recorded = Meeting.Attendance.FirstOrDefault(a => a.PersonId == m.PersonId);
                return new Row
                {
                    PersonId = m.PersonId,
                    Name = m.Person!.FullName,
                    Organisation = recorded?.OrganisationName ?? m.Person.Organisation?.Name,
                    Seat = Display.Role(m.Role),
                    Status = recorded?.Status,
                    Role = recorded?.Role ?? (m.Role is MembershipRole.Chair or MembershipRole.ViceChair or MembershipRole.Secretary ? Display.Role(m.Role) : null),
                };
            })
            .ToList();
        rows.AddRange(Meeting.Attendance.Where(a => rows.All(r => r.PersonId != a.PersonId)).Select(a => new Row
        {
            PersonId = a.PersonId,
            Name = a.Person!.FullName,
            Organisation = a.OrganisationName,
            Seat = "Not a member",
            Status = a.Status,
            Role = a.Role,
        }));
        Rows = [.. rows.OrderBy(r => r.Seat == "Not a member").ThenBy(r => r.Name)];
        var listed = Rows.Select(r => r.PersonId).ToHashSet();
        var everyone = await db.People.OrderBy(p => p.FullName).Select(p => new { p.Id, p.FullName, Organisation = p.Organisation == null ? null : p.Organisation.Name }).ToListAsync();
        Guests = [.. everyone.Where(p => !listed.Contains(p.Id)).Select(p => new SelectListItem(p.Organisation is null ? p.FullName : $"{p.FullName} ({p.Organisation})", p.Id.ToString()))];
    }
}
