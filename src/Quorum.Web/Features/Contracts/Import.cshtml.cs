using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Contracts;
using Quorum.Data;
using Quorum.Import;
using Quorum.Imports;

namespace Quorum.Web.Features.Contracts;

/// <summary>
/// Contracts read from a CSV or Excel table in the Transparency Code layout: upload, check every row
/// against the register's rules, then save the rows that meet them in one transaction, or cancel.
/// The same file is refused a second time.
/// </summary>
[Authorize]
public sealed class ImportModel(QuorumDb db) : PageModel
{
    public const string Kind = "contracts";

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public int? BodyId { get; set; }

    public IReadOnlyList<SelectListItem> Registers { get; private set; } = [];

    public PendingImport? Pending { get; private set; }

    public IReadOnlyList<ReviewedContractRow> Rows { get; private set; } = [];

    public IReadOnlyList<string> Warnings { get; private set; } = [];

    public IReadOnlyDictionary<int, string> Organisations { get; private set; } = new Dictionary<int, string>();

    public async Task<IActionResult> OnGetAsync(int? pending) => await LoadAsync(pending) ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync(null) is { } refusal)
            return refusal;
        BodyId ??= Registers.Count == 1 ? int.Parse(Registers[0].Value, CultureInfo.InvariantCulture) : null;
        if (BodyId is null || Registers.All(r => r.Value != BodyId.Value.ToString(CultureInfo.InvariantCulture)))
            ModelState.AddModelError(nameof(BodyId), "Choose the register the contracts go into");
        if (Upload is null || Upload.Length == 0)
            ModelState.AddModelError(nameof(Upload), "Choose the CSV file or Excel workbook to import");
        if (!ModelState.IsValid)
            return Page();
        try
        {
            await using var stream = Upload!.OpenReadStream();
            var bytes = DocumentImporter.ReadBounded(stream, Upload.FileName);
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (await MinutesImport.AlreadyImportedAsync(db, BodyId!.Value, sha))
            {
                ModelState.AddModelError(nameof(Upload), $"{Upload.FileName} has already been imported.");
                return Page();
            }

            var table = DocumentImporter.ReadTable(bytes, Upload.FileName);
            // Read now, so that a table without the needed columns is refused at once.
            TransparencyCodeLayout.Read([.. table], out _);
            var draft = new PendingImport
            {
                BodyId = BodyId.Value,
                Kind = Kind,
                Sha256 = sha,
                FileName = Path.GetFileName(Upload.FileName),
                DraftJson = JsonSerializer.Serialize(table),
                CreatedBy = db.Viewer.Name ?? "unknown",
                CreatedAt = DateTime.UtcNow,
            };
            db.PendingImports.Add(draft);
            await db.SaveChangesAsync();
            return Redirect($"/contracts/import?pending={draft.Id}");
        }
        catch (ImportException e)
        {
            ModelState.AddModelError(nameof(Upload), e.Message);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddModelError(nameof(Upload), string.Join(" ", e.Problems.Values));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int pending)
    {
        if (await LoadAsync(pending) is { } refusal)
            return refusal;
        var (added, updated, leftOut) = await ContractRegister.ImportAsync(db, Pending!.BodyId, TransparencyCodeLayout.Read(TableOf(Pending), out _));
        db.ImportedDocuments.Add(new ImportedDocument { BodyId = Pending.BodyId, Sha256 = Pending.Sha256, FileName = Pending.FileName, ImportedBy = db.Viewer.Name ?? "unknown", ImportedAt = DateTime.UtcNow });
        db.PendingImports.Remove(Pending);
        await db.SaveChangesAsync();
        TempData["Success"] = $"{Pending.FileName}: {Count(added, "contract")} added, {updated} updated{(leftOut > 0 ? $", {Count(leftOut, "row")} with problems left out" : "")}.";
        return Redirect("/contracts");
    }

    public async Task<IActionResult> OnPostCancelAsync(int pending)
    {
        if (await LoadAsync(pending) is { } refusal)
            return refusal;
        db.PendingImports.Remove(Pending!);
        await db.SaveChangesAsync();
        TempData["Success"] = "The import was cancelled. Nothing was saved.";
        return Redirect("/contracts");
    }

    private async Task<IActionResult?> LoadAsync(int? pending)
    {
        Registers = await ContractForm.RegisterChoicesAsync(db);
        if (Registers.Count == 0)
            return Forbid();
        if (pending is null)
            return null;
        // The filter shows a pending import to its body's clerks only.
        Pending = await db.PendingImports.SingleOrDefaultAsync(p => p.Id == pending && p.Kind == Kind);
        if (Pending is null)
            return NotFound();
        var rows = TransparencyCodeLayout.Read(TableOf(Pending), out var warnings);
        Warnings = warnings;
        Rows = await ContractRegister.ReviewImportAsync(db, Pending.BodyId, rows);
        Organisations = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Name);
        return null;
    }

    private static List<IReadOnlyList<string>> TableOf(PendingImport pending) =>
        [.. JsonSerializer.Deserialize<List<List<string>>>(pending.DraftJson)!];

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
