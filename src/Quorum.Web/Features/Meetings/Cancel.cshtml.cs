using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Web.Features.Meetings;

[Authorize]
public sealed class CancelModel(QuorumDb db) : PageModel
{
    public Meeting Meeting { get; private set; } = default!;

    [BindProperty]
    [Required(ErrorMessage = "Choose whether to cancel or postpone the meeting")]
    public string? Outcome { get; set; }

    [BindProperty]
    [StringLength(1000, ErrorMessage = "The reason must be 1000 characters or fewer")]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var meeting = await db.Meetings.Include(m => m.Body).SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
            return NotFound();
        if (!await db.MayEditAsync(meeting))
            return Forbid();
        Meeting = meeting;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var meeting = await db.Meetings.Include(m => m.Body).SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
            return NotFound();
        if (!await db.MayEditAsync(meeting))
            return Forbid();
        Meeting = meeting;
        if (!ModelState.IsValid)
            return Page();
        try
        {
            var reason = string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim();
            if (Outcome == "postpone")
                meeting.Postpone(reason);
            else
                meeting.Cancel(reason);
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(Outcome), e.Message);
            return Page();
        }

        TempData["Success"] = Outcome == "postpone" ? "The meeting has been postponed" : "The meeting has been cancelled";
        return Redirect($"/meetings/{id}");
    }
}
