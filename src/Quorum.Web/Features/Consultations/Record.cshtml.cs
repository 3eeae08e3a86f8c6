using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Quorum.Consultations;
using Quorum.Data;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Consultations;

/// <summary>Records that a paper is a consultation from an outside body (<c>/consultations/new</c>).</summary>
[Authorize]
public sealed class RecordModel(QuorumDb db) : PageModel
{
    public sealed class RecordForm
    {
        public int? PaperId { get; set; }

        public string? ConsultingOrganisation { get; set; }

        public string? Title { get; set; }

        public string? Link { get; set; }

        public DateInput ResponseDeadline { get; set; } = new();
    }

    [BindProperty]
    public RecordForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Papers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? paper)
    {
        if (await LoadAsync() is { } refusal)
            return refusal;
        Input.PaperId = paper;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refusal)
            return refusal;
        var readable = Input.ResponseDeadline.TryRead("The response deadline", out var deadline, out var error);
        if (!readable)
            ModelState.AddModelError("Input.ResponseDeadline", error!);
        var details = new ConsultationDetails
        {
            PaperId = Input.PaperId,
            ConsultingOrganisation = Input.ConsultingOrganisation,
            Title = Input.Title,
            Link = Input.Link,
            ResponseDeadline = deadline,
        };
        foreach (var (field, problem) in ConsultationRegister.Problems(details))
        {
            // An unreadable date has already said what is wrong with it.
            if (field != "responseDeadline" || readable)
                ModelState.AddModelError(InputProblems.FieldOf(field), problem);
        }

        if (!ModelState.IsValid)
            return Page();
        var consultation = await ConsultationRegister.RecordAsync(db, details);
        TempData["Success"] = $"{consultation.Title} has been recorded as a consultation";
        return Redirect($"/consultations/{consultation.Id}");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var bodies = await ConsultationChoices.EditableBodyIdsAsync(db);
        if (bodies.Count == 0)
            return Forbid();
        Papers = await ConsultationChoices.PapersToRecordAsync(db, bodies);
        return null;
    }
}
