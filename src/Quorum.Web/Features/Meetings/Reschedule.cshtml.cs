using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Meetings;

[Authorize]
public sealed class RescheduleModel(QuorumDb db) : PageModel
{
    public Meeting Meeting { get; private set; } = default!;

    [BindProperty]
    public DateInput NewDate { get; set; } = new();

    [BindProperty]
    public string? StartTime { get; set; }

    [BindProperty]
    public string? EndTime { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        StartTime = Meeting.StartTime?.ToString("HH:mm");
        EndTime = Meeting.EndTime?.ToString("HH:mm");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        DateOnly? date = null;
        if (NewDate.IsEmpty)
            ModelState.AddModelError(nameof(NewDate), "Enter the new date of the meeting");
        else if (!NewDate.TryRead("The new date", out date, out var error))
            ModelState.AddModelError(nameof(NewDate), error!);
        var start = MeetingForm.ReadTime(StartTime, nameof(StartTime), "start", ModelState);
        var end = MeetingForm.ReadTime(EndTime, nameof(EndTime), "end", ModelState);
        if (!ModelState.IsValid)
            return Page();
        try
        {
            var replacement = Meeting.RescheduleTo(date!.Value, start, end, await db.NextMeetingNumberAsync(Meeting.BodyId), string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim());
            db.Meetings.Add(replacement);
            await db.SaveChangesAsync();
            TempData["Success"] = "The meeting has been rescheduled. This is the replacement meeting, with the agenda carried over.";
            return Redirect($"/meetings/{replacement.Id}");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(NewDate), e.Message);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var meeting = await db.Meetings.Include(m => m.Body)
            .Include(m => m.AgendaItems).ThenInclude(i => i.Presenters)
            .SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
            return NotFound();
        if (!await db.MayEditAsync(meeting))
            return Forbid();
        Meeting = meeting;
        return null;
    }
}
