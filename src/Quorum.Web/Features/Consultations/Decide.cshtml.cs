using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Consultations;
using Quorum.Data;

namespace Quorum.Web.Features.Consultations;

/// <summary>Records the decision, at an item of one of the body's meetings, to respond to a consultation or not.</summary>
[Authorize]
public sealed class DecideModel(QuorumDb db) : PageModel
{
    public sealed class DecideForm
    {
        public int? AgendaItemId { get; set; }

        /// <summary>"yes" or "no".</summary>
        public string? Respond { get; set; }

        public string? Wording { get; set; }
    }

    public static readonly IReadOnlyList<SelectListItem> Answers = [new("Respond to the consultation", "yes"), new("Do not respond", "no")];

    [BindProperty]
    public DecideForm Input { get; set; } = new();

    public Consultation Consultation { get; private set; } = default!;

    public IReadOnlyList<SelectListItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        bool? respond = Input.Respond switch { "yes" => true, "no" => false, _ => null };
        await ConsultationRegister.DecideAsync(db, Consultation, Input.AgendaItemId, respond, Input.Wording);
        TempData["Success"] = respond == true ? "The decision to respond has been recorded" : "The decision not to respond has been recorded";
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
        Items = await ConsultationChoices.AgendaItemsAsync(db, consultation.BodyId);
        return null;
    }
}
