using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Papers;

namespace Quorum.Web.Features.Papers;

/// <summary>A paper: its marking, circulation and versions; clerks upload new versions here.</summary>
[AllowAnonymous]
public sealed class DetailsModel(QuorumDb db, IPaperStore store) : PageModel
{
    public Paper Paper { get; private set; } = default!;

    public bool MayEdit { get; private set; }

    public Access.Viewer Viewer => db.Viewer;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (!MayEdit)
            return Forbid();
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose a file to upload");
            return Page();
        }

        try
        {
            await using var content = Upload.OpenReadStream();
            var (sha, size) = await store.SaveAsync(content, PapersSetup.MaxPaperBytes, HttpContext.RequestAborted);
            var sha512 = await store.Sha512Async(sha, HttpContext.RequestAborted);
            var number = Paper.Versions.Count == 0 ? 1 : Paper.Versions.Max(v => v.Number) + 1;
            Paper.Versions.Add(PaperVersions.New(number, Upload.FileName, Upload.ContentType, sha, sha512, size, db.Viewer.DisplayName, db.Clock.GetUtcNow().UtcDateTime));
            Paper.Text = PaperText.Read(store, sha, Upload.FileName);
            db.Entry(Paper).Property(p => p.Title).IsModified = true;
            await db.SaveChangesAsync();
            TempData["Success"] = $"Version {number} has been added";
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(Upload), e.Message);
            return Page();
        }

        return Redirect($"/papers/{id}");
    }

    private async Task<bool> LoadAsync(int id)
    {
        var paper = await db.Papers
            .Include(p => p.Body)
            .Include(p => p.Meeting)
            .Include(p => p.AgendaItem)
            .Include(p => p.CirculatedToBodies)
            .Include(p => p.CirculatedToPeople)
            .Include(p => p.Versions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id);
        if (paper is null)
            return false;
        Paper = paper;
        MayEdit = await db.MayEditAsync(paper);
        return true;
    }
}
