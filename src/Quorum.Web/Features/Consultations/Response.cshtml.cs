using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Consultations;
using Quorum.Data;

namespace Quorum.Web.Features.Consultations;

/// <summary>Attaches the body's response, one of its papers, to a consultation.</summary>
[Authorize]
public sealed class ResponseModel(QuorumDb db) : PageModel
{
    public sealed class ResponseForm
    {
        public int? ResponsePaperId { get; set; }
    }

    [BindProperty]
    public ResponseForm Input { get; set; } = new();

    public Consultation Consultation { get; private set; } = default!;

    public IReadOnlyList<SelectListItem> Papers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input.ResponsePaperId = Consultation.ResponsePaperId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        await ConsultationRegister.AttachResponseAsync(db, Consultation, Input.ResponsePaperId);
        TempData["Success"] = "The response has been attached";
        return Redirect($"/consultations/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var consultation = await db.Consultations.SingleOrDefaultAsync(c => c.Id == id);
        if (consultation is null)
            return NotFound();
        if (!await db.MayEditAsync(consultation))
            return Forbid();
        Consultation = consultation;
        Papers = await ConsultationChoices.ResponsePapersAsync(db, consultation);
        return null;
    }
}
