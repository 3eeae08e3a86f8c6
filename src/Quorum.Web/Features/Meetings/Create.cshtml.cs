using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Web.Features.Meetings;

[Authorize]
public sealed class CreateModel(QuorumDb db) : PageModel
{
    [BindProperty]
    public MeetingForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Bodies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? body)
    {
        await LoadChoicesAsync();
        if (Bodies.Count == 0)
            return Forbid();
        if (body is not null && await db.Bodies.SingleOrDefaultAsync(b => b.ShortName == body) is { } chosen)
        {
            Input.BodyId = chosen.Id;
            Input.Kind = Input.Kind;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var body = await db.Bodies.SingleOrDefaultAsync(b => b.Id == Input.BodyId);
        if (body is null)
            ModelState.AddModelError("Input.BodyId", "Choose the body that is meeting");
        else if (!await db.MayEditAsync(body))
            return Forbid();
        var when = Input.Read(ModelState);
        if (!ModelState.IsValid || when is null || body is null)
        {
            await LoadChoicesAsync();
            return Page();
        }

        var meeting = new Meeting { Body = body, BodyId = body.Id, TimeZone = body.TimeZone, Number = await db.NextMeetingNumberAsync(body.Id) };
        await Input.ApplyToAsync(db, meeting, when.Value);
        meeting.StartAgendaWithStandingItems(body);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        TempData["Success"] = $"{meeting.DisplayTitle} has been scheduled";
        return Redirect($"/meetings/{meeting.Id}");
    }

    private async Task LoadChoicesAsync()
    {
        var bodies = await db.BodiesTheViewerMayEdit().OrderBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync();
        Bodies = [.. bodies.Select(b => new SelectListItem(b.Name, b.Id.ToString()))];
        ViewData["Organisations"] = await MeetingForm.OrganisationChoicesAsync(db);
    }
}
