using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Import;
using Quorum.Imports;

namespace Quorum.Web.Features.Imports;

/// <summary>A clerk uploads old minutes (txt, md, docx, pdf, html); the reader's draft waits for review. Nothing is saved to the body yet.</summary>
[Authorize]
public sealed class UploadModel(QuorumDb db) : PageModel
{
    public Body Body { get; private set; } = default!;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(string shortName) => await LoadAsync(shortName) ?? Page();

    public async Task<IActionResult> OnPostAsync(string shortName)
    {
        if (await LoadAsync(shortName) is { } refusal)
            return refusal;
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose the minutes to import");
            return Page();
        }

        byte[] content;
        await using (var stream = Upload.OpenReadStream())
        {
            try
            {
                content = DocumentImporter.ReadBounded(stream, Upload.FileName);
            }
            catch (ImportException e)
            {
                ModelState.AddModelError(nameof(Upload), e.Message);
                return Page();
            }
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        if (await MinutesImport.AlreadyImportedAsync(db, Body.Id, sha))
        {
            ModelState.AddModelError(nameof(Upload), $"{Upload.FileName} has already been imported into {Body.Name}.");
            return Page();
        }

        string draft;
        try
        {
            draft = DraftJson.Serialize(DocumentImporter.ReadMinutes(content, Upload.FileName));
        }
        catch (ImportException e)
        {
            ModelState.AddModelError(nameof(Upload), e.Message);
            return Page();
        }

        var pending = new PendingImport { BodyId = Body.Id, Sha256 = sha, FileName = Path.GetFileName(Upload.FileName), DraftJson = draft, CreatedBy = db.Viewer.Name ?? "unknown", CreatedAt = DateTime.UtcNow };
        db.PendingImports.Add(pending);
        await db.SaveChangesAsync();
        return Redirect($"/imports/{pending.Id}");
    }

    private async Task<IActionResult?> LoadAsync(string shortName)
    {
        var body = await db.Bodies.SingleOrDefaultAsync(b => b.ShortName == shortName);
        if (body is null)
            return NotFound();
        if (!await db.MayEditAsync(body))
            return Forbid();
        Body = body;
        return null;
    }
}
