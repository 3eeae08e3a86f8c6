using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.People;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Actions;

/// <summary>Raises an action under an agenda item; it takes the body's next reference.</summary>
[Authorize]
public sealed class RaiseModel(QuorumDb db) : PageModel
{
    public Meeting Meeting { get; private set; } = default!;

    public AgendaItem Item { get; private set; } = default!;

    public IReadOnlyList<Person> Candidates { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Enter what is to be done")]
    [LengthOf<ActionItem>(nameof(ActionItem.Text), "The action")]
    public string? Text { get; set; }

    [BindProperty]
    public List<int> OwnerIds { get; set; } = [];

    [BindProperty]
    public DateInput Due { get; set; } = new();

    /// <summary>Optional: the programme workstream the action belongs to.</summary>
    [BindProperty]
    public int? WorkstreamId { get; set; }

    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Workstreams { get; private set; } = [];

    /// <summary>A line of the minute this action was offered from, shown to the clerk to confirm.</summary>
    [BindProperty(SupportsGet = true)]
    public string? FromLine { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int item, string? text, string? owners, DateOnly? due)
    {
        if (await LoadAsync(id, item) is { } refusal)
            return refusal;
        Text = text;
        Due = DateInput.From(due);
        if (owners is not null)
            OwnerIds = [.. owners.Split(',').Select(o => int.TryParse(o, out var n) ? n : 0).Where(n => n > 0)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int item)
    {
        if (await LoadAsync(id, item) is { } refusal)
            return refusal;
        if (OwnerIds.Count == 0)
            ModelState.AddModelError(nameof(OwnerIds), "Choose who owns the action");
        if (!Due.TryRead("The due date", out var due, out var dueError))
            ModelState.AddModelError(nameof(Due), dueError!);
        if (!ModelState.IsValid)
            return Page();
        try
        {
            Meeting.EnsureEditable();
            var owners = Candidates.Where(p => OwnerIds.Contains(p.Id)).ToList();
            var action = await ActionRegister.RaiseAsync(db, Meeting, Item, owners, Text!, due);
            action.WorkstreamId = Workstreams.Any(w => w.Value == WorkstreamId?.ToString()) ? WorkstreamId : null;
            await db.SaveChangesAsync();
            TempData["Success"] = $"Action {action.Reference} has been raised";
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
        Candidates = await OwnerCandidates.ForAsync(db, meeting);
        Workstreams = await db.Workstreams.Where(w => w.Programme!.BodyId == meeting.BodyId)
            .OrderBy(w => w.Name).Select(w => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(w.Programme!.Name + ": " + w.Name, w.Id.ToString())).ToListAsync();
        return null;
    }
}
