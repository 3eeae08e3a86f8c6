using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Web.Features.Meetings;

[Authorize]
public sealed class EditModel(QuorumDb db) : PageModel
{
    [BindProperty]
    public MeetingForm Input { get; set; } = new();

    [BindProperty]
    public long Version { get; set; }

    public Meeting Meeting { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var meeting = await db.Meetings.Include(m => m.Body).Include(m => m.Location).SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
            return NotFound();
        if (!await db.MayEditAsync(meeting))
            return Forbid();
        Meeting = meeting;
        Input = MeetingForm.From(meeting);
        Version = meeting.Version;
        ViewData["Organisations"] = await MeetingForm.OrganisationChoicesAsync(db);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var meeting = await db.Meetings.Include(m => m.Body).Include(m => m.Location).Include(m => m.MinutesApprovedAt).SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
            return NotFound();
        if (!await db.MayEditAsync(meeting))
            return Forbid();
        Meeting = meeting;
        var when = Input.Read(ModelState);
        if (ModelState.IsValid && when is not null)
        {
            try
            {
                meeting.EnsureEditable();
                db.Entry(meeting).Property(m => m.Version).OriginalValue = Version;
                await Input.ApplyToAsync(db, meeting, when.Value);
                await db.SaveChangesAsync();
                TempData["Success"] = "The meeting has been updated";
                return Redirect($"/meetings/{id}");
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("", e.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", "Someone else changed this meeting while you were editing it. Your changes have not been saved: reload the page to see theirs.");
            }
        }

        ViewData["Organisations"] = await MeetingForm.OrganisationChoicesAsync(db);
        return Page();
    }
}
