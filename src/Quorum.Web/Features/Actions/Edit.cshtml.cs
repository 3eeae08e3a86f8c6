using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Data;
using Quorum.People;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Actions;

/// <summary>
/// Changes what an action says, when it is due and who owns it, through the same operation as the
/// API; the owners are told what changed.
/// </summary>
[Authorize]
public sealed class EditModel(QuorumDb db) : PageModel
{
    public ActionItem Action { get; private set; } = default!;

    public IReadOnlyList<Person> Candidates { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Enter what is to be done")]
    [LengthOf<ActionItem>(nameof(ActionItem.Text), "The action")]
    public string? Text { get; set; }

    [BindProperty]
    public List<int> OwnerIds { get; set; } = [];

    [BindProperty]
    public DateInput Due { get; set; } = new();

    /// <summary>The version read when the form was shown; a save against a newer one is refused.</summary>
    [BindProperty]
    public long Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Text = Action.Text;
        Due = DateInput.From(Action.DueDate);
        OwnerIds = [.. Action.Owners.Select(o => o.Id)];
        Version = Action.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (OwnerIds.Count == 0)
            ModelState.AddModelError(nameof(OwnerIds), "Choose who owns the action");
        if (!Due.TryRead("The due date", out var due, out var dueError))
            ModelState.AddModelError(nameof(Due), dueError!);
        if (!ModelState.IsValid)
            return Page();
        try
        {
            db.Entry(Action).Property(a => a.Version).OriginalValue = Version;
            var owners = Candidates.Where(p => OwnerIds.Contains(p.Id)).ToList();
            ActionRegister.Change(db, Action, new ActionChange { Text = Text, DueDate = due, RemoveDueDate = due is null, Owners = owners });
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", $"Someone else changed action {Action.Reference} while you were editing it. Your changes have not been saved: reload the page to see theirs.");
            return Page();
        }
        catch (InvalidInputException e)
        {
            foreach (var (field, message) in e.Problems)
                ModelState.AddModelError(field == "ownerIds" ? nameof(OwnerIds) : nameof(Text), message);
            return Page();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        TempData["Success"] = $"Action {Action.Reference} has been changed";
        return Redirect($"/actions/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var action = await db.Actions.Include(a => a.Body).Include(a => a.Meeting).Include(a => a.Owners)
            .AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id);
        if (action is null)
            return NotFound();
        if (!await db.MayEditAsync(action))
            return Forbid();
        Action = action;
        // Anyone who could own it when it was raised, and whoever owns it now.
        Candidates = [.. (await OwnerCandidates.ForAsync(db, action.Meeting!)).Concat(action.Owners).DistinctBy(p => p.Id).OrderBy(p => p.FullName)];
        return null;
    }
}
