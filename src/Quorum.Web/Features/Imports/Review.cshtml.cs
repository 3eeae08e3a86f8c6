using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Import;
using Quorum.Import.Minutes;
using Quorum.Imports;

namespace Quorum.Web.Features.Imports;

/// <summary>
/// The draft read from an upload, every field editable, people matched to existing persons or
/// marked new. Saving creates the meeting and all it holds in one transaction; cancelling saves nothing.
/// </summary>
[Authorize]
public sealed class ReviewModel(QuorumDb db) : PageModel
{
    public PendingImport Pending { get; private set; } = default!;

    public MinutesDraft Draft { get; private set; } = default!;

    [BindProperty]
    public ReviewForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> ExistingPeople { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
            return missing;
        var people = await db.People.Include(p => p.Organisation).Select(p => new { p.Id, p.FullName, Organisation = p.Organisation == null ? null : p.Organisation.Name }).ToListAsync();
        Input = ReviewForm.From(Draft, draft =>
        {
            var sameName = people.Where(p => string.Equals(p.FullName, draft.Name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            var best = sameName.FirstOrDefault(p => draft.Organisation is null || string.Equals(p.Organisation, draft.Organisation, StringComparison.OrdinalIgnoreCase))
                ?? (sameName.Count == 1 ? sameName[0] : null);
            return best?.Id;
        });
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
            return missing;
        var reviewed = Input.Read(Pending.Sha256, Pending.FileName, ModelState);
        if (reviewed is null)
            return Page();
        try
        {
            // The meeting is saved before its declarations and motions are recorded (their rules read
            // its attendance): one transaction holds both, so the import is whole or not at all.
            await using var transaction = await db.Database.BeginTransactionAsync();
            var (meeting, saved) = await MinutesImport.SaveAsync(db, Pending.Body!, reviewed);
            db.PendingImports.Remove(Pending);
            await db.SaveChangesAsync();
            var notes = saved.Concat(await MinutesImport.RecordConductAsync(db, meeting, reviewed)).ToList();
            await transaction.CommitAsync();
            TempData["Success"] = $"The minutes of {Quorum.Web.Features.Shared.Display.Date(meeting.Date)} have been imported as draft minutes." + (notes.Count == 0 ? "" : " " + string.Join(" ", notes));
            return Redirect($"/meetings/{meeting.Id}");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostCancelAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
            return missing;
        db.PendingImports.Remove(Pending);
        await db.SaveChangesAsync();
        TempData["Success"] = $"The import of {Pending.FileName} was cancelled. Nothing was saved.";
        return Redirect($"/bodies/{Pending.Body!.ShortName}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        // The filter shows a pending import only to the clerks of its body.
        var pending = await db.PendingImports.Include(p => p.Body).SingleOrDefaultAsync(p => p.Id == id);
        if (pending is null)
            return NotFound();
        Pending = pending;
        Draft = JsonSerializer.Deserialize<MinutesDraft>(pending.DraftJson, DraftJson.Options)!;
        ExistingPeople = await db.People.OrderBy(p => p.FullName)
            .Select(p => new SelectListItem(p.Organisation == null ? p.FullName : p.FullName + " (" + p.Organisation.Name + ")", p.Id.ToString()))
            .ToListAsync();
        return null;
    }
}
