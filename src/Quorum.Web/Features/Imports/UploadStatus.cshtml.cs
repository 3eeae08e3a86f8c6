using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Import;
using Quorum.Import.Status;
using Quorum.Imports;
using Quorum.Programmes;

namespace Quorum.Web.Features.Imports;

/// <summary>
/// A programme status table (tsv, csv, xlsx) read into workstreams: upload, check what was read,
/// then save in one transaction or cancel. The same file is refused a second time.
/// </summary>
[Authorize]
public sealed class UploadStatusModel(QuorumDb db) : PageModel
{
    public Programme Programme { get; private set; } = default!;

    public PendingImport? Pending { get; private set; }

    public StatusDraft? Draft { get; private set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int? pending) => await LoadAsync(id, pending) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id, null) is { } refusal)
            return refusal;
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose the status table to import");
            return Page();
        }

        try
        {
            await using var stream = Upload.OpenReadStream();
            var bytes = DocumentImporter.ReadBounded(stream, Upload.FileName);
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (await MinutesImport.AlreadyImportedAsync(db, Programme.BodyId, sha))
            {
                ModelState.AddModelError(nameof(Upload), $"{Upload.FileName} has already been imported.");
                return Page();
            }

            var draft = DocumentImporter.ReadStatus(bytes, Upload.FileName);
            var pending = new PendingImport
            {
                BodyId = Programme.BodyId,
                ProgrammeId = Programme.Id,
                Kind = "status",
                Sha256 = sha,
                FileName = Path.GetFileName(Upload.FileName),
                DraftJson = DraftJson.Serialize(draft),
                CreatedBy = db.Viewer.Name ?? "unknown",
                CreatedAt = DateTime.UtcNow,
            };
            db.PendingImports.Add(pending);
            await db.SaveChangesAsync();
            return Redirect($"/programmes/{id}/import?pending={pending.Id}");
        }
        catch (ImportException e)
        {
            ModelState.AddModelError(nameof(Upload), e.Message);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, int pending)
    {
        if (await LoadAsync(id, pending) is { } refusal)
            return refusal;
        if (Pending is null || Draft is null)
            return NotFound();
        var added = await StatusIntoProgramme.AddAsync(db, Programme, Draft, db.Today, db.Viewer.Name);
        db.ImportedDocuments.Add(new ImportedDocument { BodyId = Programme.BodyId, Sha256 = Pending.Sha256, FileName = Pending.FileName, ImportedBy = db.Viewer.Name ?? "unknown", ImportedAt = DateTime.UtcNow });
        db.PendingImports.Remove(Pending);
        await db.SaveChangesAsync();
        TempData["Success"] = $"{added.Count} workstreams were imported from {Pending.FileName}. Their reports have no RAG yet: the table did not give one.";
        return Redirect($"/programmes/{id}");
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, int pending)
    {
        if (await LoadAsync(id, pending) is { } refusal)
            return refusal;
        if (Pending is not null)
        {
            db.PendingImports.Remove(Pending);
            await db.SaveChangesAsync();
        }

        TempData["Success"] = "The import was cancelled. Nothing was saved.";
        return Redirect($"/programmes/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, int? pending)
    {
        var programme = await db.Programmes.Include(p => p.Workstreams).SingleOrDefaultAsync(p => p.Id == id);
        if (programme is null)
            return NotFound();
        if (!await db.MayEditAsync(programme))
            return Forbid();
        Programme = programme;
        if (pending is not null)
        {
            Pending = await db.PendingImports.SingleOrDefaultAsync(p => p.Id == pending && p.ProgrammeId == id && p.Kind == "status");
            if (Pending is null)
                return NotFound();
            Draft = JsonSerializer.Deserialize<StatusDraft>(Pending.DraftJson, DraftJson.Options);
        }

        return null;
    }
}
