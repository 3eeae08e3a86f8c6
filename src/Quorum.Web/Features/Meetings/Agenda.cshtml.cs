using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Web.Features.Meetings;

/// <summary>Builds a meeting's agenda: add, nest, reorder and remove items; numbers follow the order.</summary>
[Authorize]
public sealed class AgendaModel(QuorumDb db) : PageModel
{
    public Meeting Meeting { get; private set; } = default!;

    [BindProperty]
    [Required(ErrorMessage = "Enter the item's title")]
    [StringLength(500, ErrorMessage = "The title must be 500 characters or fewer")]
    public string? Title { get; set; }

    [BindProperty]
    public int? ParentId { get; set; }

    public IReadOnlyList<SelectListItem> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (!ModelState.IsValid)
            return Page();
        var parent = Meeting.AgendaItems.FirstOrDefault(i => i.Id == ParentId);
        return await ChangeAsync(() => Meeting.AddAgendaItem(Title!, parent), $"Item “{Title}” has been added");
    }

    public Task<IActionResult> OnPostUpAsync(int id, int item) => ItemChangeAsync(id, item, i => Meeting.MoveAgendaItem(i, -1), null);

    public Task<IActionResult> OnPostDownAsync(int id, int item) => ItemChangeAsync(id, item, i => Meeting.MoveAgendaItem(i, +1), null);

    public Task<IActionResult> OnPostNestAsync(int id, int item) => ItemChangeAsync(id, item, i => Meeting.NestAgendaItem(i), null);

    public Task<IActionResult> OnPostUnnestAsync(int id, int item) => ItemChangeAsync(id, item, i => Meeting.UnnestAgendaItem(i), null);

    public Task<IActionResult> OnPostMattersArisingAsync(int id, int item) =>
        ItemChangeAsync(id, item, i => Meeting.SetKind(i, AgendaItemKind.MattersArising), "Earlier meetings' open actions will be listed under that item");

    public Task<IActionResult> OnPostRemoveAsync(int id, int item) => ItemChangeAsync(id, item, i =>
    {
        Meeting.RemoveAgendaItem(i);
        db.AgendaItems.Remove(i);
    }, "The item has been removed");

    private async Task<IActionResult> ItemChangeAsync(int id, int itemId, Action<AgendaItem> change, string? success)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        ModelState.Clear();
        var item = Meeting.AgendaItems.FirstOrDefault(i => i.Id == itemId);
        if (item is null)
            return NotFound();
        return await ChangeAsync(() => change(item), success);
    }

    private async Task<IActionResult> ChangeAsync(Action change, string? success)
    {
        try
        {
            change();
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        if (success is not null)
            TempData["Success"] = success;
        return Redirect($"/meetings/{Meeting.Id}/agenda");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var meeting = await db.Meetings.Include(m => m.Body).Include(m => m.MinutesApprovedAt)
            .Include(m => m.AgendaItems).ThenInclude(i => i.Presenters)
            .Include(m => m.AgendaItems).ThenInclude(i => i.Minute)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
            return NotFound();
        if (!await db.MayEditAsync(meeting))
            return Forbid();
        Meeting = meeting;
        Parents = [.. meeting.AgendaInOrder().Where(i => i.ParentId is null).Select(i => new SelectListItem($"{i.Number}. {i.Title}", i.Id.ToString()))];
        return null;
    }
}
