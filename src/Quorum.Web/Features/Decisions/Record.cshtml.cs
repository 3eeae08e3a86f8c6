using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Decisions;
using Quorum.Meetings;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Decisions;

/// <summary>Records what a meeting agreed under an item, numbered in the body's series.</summary>
[Authorize]
public sealed class RecordModel(QuorumDb db) : PageModel
{
    public Meeting Meeting { get; private set; } = default!;

    public AgendaItem Item { get; private set; } = default!;

    [BindProperty]
    [Required(ErrorMessage = "Enter what was decided")]
    [LengthOf<Decision>(nameof(Decision.Text), "The decision")]
    public string? Text { get; set; }

    [BindProperty]
    [LengthOf<Decision>(nameof(Decision.RenamesBodyTo), "The new name")]
    public string? RenamesBodyTo { get; set; }

    [BindProperty]
    public bool ApplyRenameNow { get; set; } = true;

    /// <summary>Optional: the programme workstream the decision concerns.</summary>
    [BindProperty]
    public int? WorkstreamId { get; set; }

    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Workstreams { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int item, string? text)
    {
        if (await LoadAsync(id, item) is { } refusal)
            return refusal;
        Text = text;
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
            Meeting.EnsureEditable();
            var decision = await DecisionRegister.RecordAsync(db, Meeting, Item, Text!, RenamesBodyTo);
            decision.WorkstreamId = Workstreams.Any(w => w.Value == WorkstreamId?.ToString()) ? WorkstreamId : null;
            if (decision.RenamesBodyTo is not null && ApplyRenameNow)
            {
                await db.Entry(Meeting.Body!).Collection(b => b.FormerNames).LoadAsync();
                decision.ApplyRename(Meeting.Body!, Meeting.Date);
            }

            await db.SaveChangesAsync();
            TempData["Success"] = decision.RenameAppliedOn is null
                ? $"Decision {decision.Number} has been recorded"
                : $"Decision {decision.Number} has been recorded and the body is now called {decision.RenamesBodyTo}";
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        return Redirect($"/meetings/{id}/items/{item}");
    }

    private async Task<IActionResult?> LoadAsync(int id, int itemId)
    {
        var meeting = await db.Meetings.Include(m => m.Body).Include(m => m.MinutesApprovedAt).SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
            return NotFound();
        if (!await db.MayEditAsync(meeting))
            return Forbid();
        var item = await db.AgendaItems.SingleOrDefaultAsync(i => i.Id == itemId && i.MeetingId == id);
        if (item is null)
            return NotFound();
        Meeting = meeting;
        Item = item;
        Workstreams = await db.Workstreams.Where(w => w.Programme!.BodyId == meeting.BodyId)
            .OrderBy(w => w.Name).Select(w => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(w.Programme!.Name + ": " + w.Name, w.Id.ToString())).ToListAsync();
        return null;
    }
}
