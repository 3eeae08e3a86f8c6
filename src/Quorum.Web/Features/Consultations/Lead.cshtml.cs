using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Consultations;
using Quorum.Data;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Consultations;

/// <summary>Names who leads the response: an action in the body's register, due by the deadline unless another date is given.</summary>
[Authorize]
public sealed class LeadModel(QuorumDb db) : PageModel
{
    public sealed class LeadForm
    {
        public int? PersonId { get; set; }

        public DateInput Due { get; set; } = new();
    }

    [BindProperty]
    public LeadForm Input { get; set; } = new();

    public Consultation Consultation { get; private set; } = default!;

    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input.PersonId = Consultation.LeadAction?.Owners.FirstOrDefault()?.Id;
        Input.Due = DateInput.From(Consultation.LeadAction?.DueDate ?? Consultation.ResponseDeadline);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (!Input.Due.TryRead("The due date", out var due, out var error))
        {
            ModelState.AddModelError("Input.Due", error!);
            return Page();
        }

        await ConsultationRegister.AssignLeadAsync(db, Consultation, Input.PersonId, due);
        TempData["Success"] = "The lead has been named";
        return Redirect($"/consultations/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var consultation = await db.Consultations.Include(c => c.Decision).Include(c => c.LeadAction).ThenInclude(a => a!.Owners)
            .SingleOrDefaultAsync(c => c.Id == id);
        if (consultation is null)
            return NotFound();
        if (!await db.MayEditAsync(consultation))
            return Forbid();
        Consultation = consultation;
        People = await ConsultationChoices.MembersAsync(db, consultation.BodyId, db.Today);
        return null;
    }
}
