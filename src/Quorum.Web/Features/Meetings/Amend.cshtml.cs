using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Web.Features.Meetings;

/// <summary>Corrects an approved minute by a recorded amendment (who, when, why, what).</summary>
[Authorize]
public sealed class AmendModel(QuorumDb db) : PageModel
{
    public Meeting Meeting { get; private set; } = default!;

    public AgendaItem Item { get; private set; } = default!;

    [BindProperty]
    [Required(ErrorMessage = "Enter the corrected minute")]
    public string? Minute { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Say why the approved minutes are being amended")]
    [StringLength(2000, ErrorMessage = "The reason must be 2,000 characters or fewer")]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int item)
    {
        if (await LoadAsync(id, item) is { } refusal)
            return refusal;
        Minute = Item.Minute?.Text;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int item)
    {
        if (await LoadAsync(id, item) is { } refusal)
            return refusal;
        if (!ModelState.IsValid)
            return Page();
        try
        {
            Meeting.AmendMinute(Item, Minute!, Reason!, db.Viewer.Name ?? "unknown", DateTime.UtcNow);
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(Minute), e.Message);
            return Page();
        }

        TempData["Success"] = $"The minute of item {Item.Number} has been amended; the amendment is shown with the minutes";
        return Redirect($"/meetings/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, int itemId)
    {
        var meeting = await db.Meetings.Include(m => m.Body).SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
            return NotFound();
        if (!await db.MayEditAsync(meeting))
            return Forbid();
        var item = await db.AgendaItems.Include(i => i.Minute).SingleOrDefaultAsync(i => i.Id == itemId && i.MeetingId == id);
        if (item is null)
            return NotFound();
        Meeting = meeting;
        Item = item;
        return null;
    }
}
